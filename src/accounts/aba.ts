import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { isDigits } from './check-digits';
import { AccountError } from './errors';
import { ACCOUNTS_MESSAGES as M } from './messages';

/**
 * The first two digits a US routing number may start with: 00 (United States Government),
 * 01–12 (the twelve Federal Reserve districts), 21–32 (thrift institutions), 61–72
 * (electronic transactions), 80 (traveller's cheques). Source: ABA Routing Number Policy
 * (Accuity, the ABA's registrar) and Federal Reserve Regulation CC, Appendix A.
 */
export const ABA_ROUTING_PREFIXES: readonly string[] = Object.freeze([
  '00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12',
  '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32',
  '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72', '80',
]);

const PREFIXES: ReadonlySet<string> = new Set(ABA_ROUTING_PREFIXES);

/** The weights of the ABA check: 3, 7, 1 repeated over the nine digits. */
export const ABA_WEIGHTS: readonly number[] = Object.freeze([3, 7, 1, 3, 7, 1, 3, 7, 1]);

/** The check digit (ninth digit) for the first eight digits of a routing number. */
export function abaCheckDigit(firstEight: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (firstEight.charCodeAt(i) - 48) * (ABA_WEIGHTS[i] ?? 0);
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks a US ABA routing transit number, the ERP's "Bank branch" column for FedWire
 * payments: 9 digits (spaces and dashes allowed), a Federal Reserve prefix, and the 3-7-1
 * check digit (the weighted sum is a multiple of 10). Returns the 9 digits. Never throws.
 */
export function safeValidateAbaRoutingNumber(input: unknown): Result<string> {
  if (typeof input !== 'string' || input.trim() === '') return fail([issue('aba/empty', M.abaEmpty)]);
  const digits = input.replace(/[\s-]/g, '');
  if (digits.length !== 9 || !isDigits(digits)) return fail([issue('aba/invalid-format', M.abaFormat(input))]);
  const issues: EftkitIssue[] = [];
  if (!PREFIXES.has(digits.slice(0, 2))) issues.push(issue('aba/unknown-prefix', M.abaPrefix(digits)));
  if (abaCheckDigit(digits) !== digits.charCodeAt(8) - 48) issues.push(issue('aba/bad-check-digit', M.abaCheck(digits)));
  return issues.length > 0 ? fail(issues) : ok(digits);
}

/** True when `input` is a valid US routing number. */
export function isValidAbaRoutingNumber(input: string): boolean {
  return safeValidateAbaRoutingNumber(input).ok;
}

/**
 * Checks a US routing number; see {@link safeValidateAbaRoutingNumber}.
 *
 * @throws {AccountError} (`aba/invalid-format`, `aba/bad-check-digit`, …) when it is not valid.
 */
export function validateAbaRoutingNumber(input: unknown): string {
  return unwrap(safeValidateAbaRoutingNumber(input), AccountError);
}
