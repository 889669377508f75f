import { fail, issue, ok, resultOf, unwrap, type EftkitIssue, type Result } from '../errors';
import { isCountryCode, type CountryCode } from './countries';
import { AccountError } from './errors';
import { ACCOUNTS_MESSAGES as M } from './messages';

/** A checked BIC (ISO 9362 business identifier code, "SWIFT code"). */
export interface ValidatedBic {
  /** The BIC in capitals without spaces, 8 or 11 characters as given. */
  readonly bic: string;
  /** Business party prefix ("bank code"), 4 characters. */
  readonly institution: string;
  /** ISO 3166 country code of the institution. */
  readonly country: CountryCode;
  /** Location code, 2 characters. */
  readonly location: string;
  /** Branch code, 3 characters; `XXX` (the primary office) when the BIC has 8 characters. */
  readonly branch: string;
}

const BIC_2014 = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;
// pain.001.001.03 BICIdentifier: [A-Z]{6,6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3,3}){0,1}
const BIC_2009 = /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/;

/** Writes a BIC in capitals without spaces. Does not check it. */
export function normaliseBic(input: string): string {
  return input.replace(/[\s\u00a0]/g, '').toUpperCase();
}

/**
 * Checks a BIC: 8 or 11 letters and digits in the ISO 9362:2014 layout (the layout of the
 * `BICFIDec2014Identifier` of pain.001.001.09) with a known ISO 3166 country in places 5–6.
 * Warnings (never failures): a test BIC (`0` in place 8) and a BIC the 2009 message version
 * (pain.001.001.03) does not accept (digits in the first six places, or a location code
 * starting with 0/1 or ending with O). Never throws.
 */
export function safeValidateBic(input: unknown): Result<ValidatedBic> {
  if (typeof input !== 'string' || input.trim() === '') return fail([issue('bic/empty', M.bicEmpty)]);
  const bic = normaliseBic(input);
  if (!/^[A-Z0-9]*$/.test(bic)) return fail([issue('bic/invalid-characters', M.bicCharacters(input))]);
  if (bic.length !== 8 && bic.length !== 11) return fail([issue('bic/invalid-length', M.bicLength(input, bic.length))]);
  if (!BIC_2014.test(bic)) return fail([issue('bic/invalid-format', M.bicFormat(input))]);
  const country = bic.slice(4, 6);
  if (!isCountryCode(country)) return fail([issue('bic/unknown-country', M.bicCountry(bic, country))]);
  const warnings: EftkitIssue[] = [];
  if (bic[7] === '0') warnings.push(issue('bic/test-code', M.bicTest(bic), [], 'warning'));
  if (!BIC_2009.test(bic)) warnings.push(issue('bic/old-format', M.bicOldFormat(bic), [], 'warning'));
  return resultOf(
    { bic, institution: bic.slice(0, 4), country, location: bic.slice(6, 8), branch: bic.length === 11 ? bic.slice(8) : 'XXX' },
    warnings,
  );
}

/** True when `input` is a BIC by {@link safeValidateBic} (warnings allowed). */
export function isValidBic(input: string): boolean {
  return safeValidateBic(input).ok;
}

/**
 * Checks a BIC; see {@link safeValidateBic}.
 *
 * @throws {AccountError} (`bic/invalid-format`, `bic/unknown-country`, …) when it is not a BIC.
 */
export function validateBic(input: unknown): ValidatedBic {
  return unwrap(safeValidateBic(input), AccountError);
}
