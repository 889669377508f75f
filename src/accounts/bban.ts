import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { isDigits, luhnValid } from './check-digits';
import { AccountError } from './errors';
import { ibanFromBban } from './iban';
import { ACCOUNTS_MESSAGES as M } from './messages';
import { norwegianCheckDigit } from './national';
import { swedishClearingRange } from './se-clearing';

/** The countries whose domestic account numbers eftkit checks. */
export type DomesticBbanCountry = 'NO' | 'SE' | 'DK' | 'FI';

/** The countries whose domestic account numbers eftkit checks, as a list. */
export const DOMESTIC_BBAN_COUNTRIES: readonly DomesticBbanCountry[] = Object.freeze(['NO', 'SE', 'DK', 'FI']);

/** A checked domestic account number. */
export interface ValidatedBban {
  /** The country. */
  readonly country: DomesticBbanCountry;
  /**
   * The account number as digits only, in the form the bank file wants: 11 digits (NO),
   * clearing number + account (SE), 4-digit reg. no. + 10-digit account (DK), the 14-digit
   * machine form (FI).
   */
  readonly bban: string;
  /** SE: the clearing number (4 or 5 digits); DK: the reg. no. */
  readonly clearingNumber?: string;
  /** SE and DK: the account number after the clearing or reg. number. */
  readonly accountNumber?: string;
  /** SE: the bank the clearing number belongs to. */
  readonly bank?: string;
  /** The IBAN of the account where it follows from the BBAN alone (NO, DK, FI; not SE). */
  readonly iban?: string;
}

const SEPARATORS = /[\s.\-,\u00a0\u202f]/g;

function digitsOf(input: string): string | undefined {
  const digits = input.replace(SEPARATORS, '');
  return isDigits(digits) ? digits : undefined;
}

/** MOD 11 with weights 1, 2, …, 10, 1, 2, … from the right (Bankgirot's 11-modul). */
function swedishMod11(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, k = 0; i >= 0; i -= 1, k += 1) sum += (digits.charCodeAt(i) - 48) * ((k % 10) + 1);
  return sum % 11 === 0;
}

function validateNO(digits: string): Result<ValidatedBban> {
  if (digits.length !== 11) return fail([issue('bban/invalid-length', M.bbanLength('Norwegian', '11', digits.length))]);
  const c = norwegianCheckDigit(digits);
  if (c < 0) return fail([issue('bban/bad-check-digit', M.bbanNoCheckDigit('Norwegian'))]);
  if (String(c) !== digits[10]) return fail([issue('bban/bad-check-digit', M.bbanCheckDigit('Norwegian'))]);
  return ok({ country: 'NO', bban: digits, iban: ibanFromBban('NO', digits) });
}

function validateDK(input: string, digits: string): Result<ValidatedBban> {
  // "1234 0001234567", "1234-1234567" or 5–14 plain digits: always a 4-digit reg. no. first.
  const grouped = /^\s*(\d{4})[\s\-.]+([\d\s\-.]+)$/.exec(input);
  const reg = grouped?.[1] ?? digits.slice(0, 4);
  const account = grouped?.[2] !== undefined ? grouped[2].replace(SEPARATORS, '') : digits.slice(4);
  if (reg.length !== 4 || account.length < 1 || account.length > 10) {
    return fail([issue('bban/invalid-length', M.bbanLength('Danish', '4 (reg. no.) + up to 10', digits.length))]);
  }
  const bban = reg + account.padStart(10, '0');
  return ok({ country: 'DK', bban, clearingNumber: reg, accountNumber: account.padStart(10, '0'), iban: ibanFromBban('DK', bban) });
}

/** Finnish short form (`123456-785`) to the 14-digit machine form. */
function finnishMachineForm(input: string, digits: string): string | undefined {
  if (digits.length === 14) return digits;
  const short = /^\s*(\d{6})-(\d{2,8})\s*$/.exec(input);
  if (short === null) return undefined;
  const head = short[1] ?? '';
  const tail = short[2] ?? '';
  // Savings banks (4) and OP/POP banks (5) keep the first digit after the dash in place.
  if (head[0] === '4' || head[0] === '5') return head + tail[0] + tail.slice(1).padStart(7, '0');
  return head + tail.padStart(8, '0');
}

function validateFI(input: string, digits: string): Result<ValidatedBban> {
  const bban = finnishMachineForm(input, digits);
  if (bban === undefined) {
    return fail([issue('bban/invalid-length', M.bbanLength('Finnish', '14 (or the short form 123456-785)', digits.length))]);
  }
  if (!luhnValid(bban)) return fail([issue('bban/bad-check-digit', M.bbanCheckDigit('Finnish'))]);
  return ok({ country: 'FI', bban, iban: ibanFromBban('FI', bban) });
}

function validateSE(digits: string): Result<ValidatedBban> {
  if (digits.length < 5) return fail([issue('bban/invalid-length', M.bbanLength('Swedish', 'a 4-digit clearing number and', digits.length))]);
  const clearing4 = digits.slice(0, 4);
  const range = swedishClearingRange(Number(clearing4));
  if (range === undefined) return fail([issue('bban/unknown-clearing-number', M.bbanClearing(clearing4))]);
  const issues: EftkitIssue[] = [];
  // Swedbank 8xxx-x: a fifth clearing digit, the Luhn check digit of the first four.
  const fiveDigitClearing = range.from === 8000;
  const clearing = fiveDigitClearing ? digits.slice(0, 5) : clearing4;
  if (fiveDigitClearing && !luhnValid(clearing)) issues.push(issue('bban/bad-clearing-check-digit', M.bbanClearingCheck(clearing)));
  const account = digits.slice(clearing.length);
  if (account.length < range.minDigits || account.length > range.maxDigits) {
    const expected = range.minDigits === range.maxDigits ? String(range.maxDigits) : `${range.minDigits}–${range.maxDigits}`;
    issues.push(issue('bban/invalid-length', M.bbanLength(`Swedish (${range.bank})`, `${clearing} and ${expected}`, account.length)));
    return fail(issues);
  }
  let valid: boolean;
  if (range.type === 1) {
    const padded = account.padStart(7, '0');
    valid = swedishMod11(range.comment === 1 ? clearing4.slice(1) + padded : clearing4 + padded);
  } else if (range.comment === 2) {
    valid = swedishMod11(account.padStart(9, '0'));
  } else {
    valid = luhnValid(account.padStart(10, '0'));
  }
  if (!valid) issues.push(issue('bban/bad-check-digit', M.bbanCheckDigit(`Swedish (${range.bank})`)));
  if (issues.length > 0) return fail(issues);
  const accountNumber = range.type === 1 ? account.padStart(7, '0') : account.padStart(range.comment === 2 ? 9 : 10, '0');
  return ok({ country: 'SE', bban: clearing + accountNumber, clearingNumber: clearing, accountNumber, bank: range.bank });
}

/**
 * Checks a domestic account number of Norway (11 digits, MOD11), Sweden (clearing number and
 * account, per Bankgirot's bank table), Denmark (reg. no. + account; no check digit exists) or
 * Finland (short or machine form, Luhn). Separators (spaces, dots, dashes) are allowed.
 * Never throws.
 */
export function safeValidateBban(input: unknown, country: string): Result<ValidatedBban> {
  if (typeof input !== 'string' || input.trim() === '') return fail([issue('bban/empty', M.bbanEmpty)]);
  if (!(DOMESTIC_BBAN_COUNTRIES as readonly string[]).includes(country)) {
    return fail([issue('bban/unsupported-country', M.bbanUnsupported(country))]);
  }
  const digits = digitsOf(input);
  if (digits === undefined) return fail([issue('bban/invalid-characters', M.bbanCharacters(input))]);
  switch (country) {
    case 'NO':
      return validateNO(digits);
    case 'DK':
      return validateDK(input, digits);
    case 'FI':
      return validateFI(input, digits);
    default:
      return validateSE(digits);
  }
}

/**
 * Checks a domestic account number (NO, SE, DK, FI); see {@link safeValidateBban}.
 *
 * @throws {AccountError} with every issue when it is not valid.
 */
export function validateBban(input: unknown, country: string): ValidatedBban {
  return unwrap(safeValidateBban(input, country), AccountError);
}

/**
 * Checks a Swedish bankgiro number (7 or 8 digits, Luhn over all; `5402-9681`) and returns its
 * digits. Never throws.
 */
export function safeValidateBankgiro(input: unknown): Result<string> {
  const digits = typeof input === 'string' ? digitsOf(input) : undefined;
  if (digits === undefined || digits.length < 7 || digits.length > 8) {
    return fail([issue('bankgiro/invalid-format', M.bankgiroFormat(String(input)))]);
  }
  return luhnValid(digits) ? ok(digits) : fail([issue('bankgiro/bad-check-digit', M.bankgiroCheck)]);
}

/**
 * Checks a Swedish PlusGiro number (2 to 8 digits, Luhn over all; `28 65 43-4`) and returns its
 * digits. Never throws.
 */
export function safeValidatePlusgiro(input: unknown): Result<string> {
  const digits = typeof input === 'string' ? digitsOf(input) : undefined;
  if (digits === undefined || digits.length < 2 || digits.length > 8) {
    return fail([issue('plusgiro/invalid-format', M.plusgiroFormat(String(input)))]);
  }
  return luhnValid(digits) ? ok(digits) : fail([issue('plusgiro/bad-check-digit', M.plusgiroCheck)]);
}
