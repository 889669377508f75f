import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { COUNTRY_ALPHA3 } from './country-codes';
import { AccountError } from './errors';
import { ACCOUNTS_MESSAGES as M } from './messages';

/** An ISO 3166-1 alpha-2 country code, such as `NO`. */
export type CountryCode = string;

/**
 * Codes that people type for a country but that are not its ISO 3166 code. Source: ISO 3166-1
 * exceptionally reserved codes (`UK` for the United Kingdom, `EL` used by the EU for Greece).
 */
export const COUNTRY_CODE_MISTAKES: Readonly<Record<string, string>> = Object.freeze({ UK: 'GB', EL: 'GR' });

const ALPHA2_BY_ALPHA3: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(COUNTRY_ALPHA3).map(([a2, a3]) => [a3, a2])),
);

/** True when `code` is an ISO 3166-1 alpha-2 code (capitals), or `XK` (Kosovo). */
export function isCountryCode(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(COUNTRY_ALPHA3, code);
}

/** The alpha-2 code of an ISO 3166-1 alpha-3 code (`NOR` → `NO`), or `undefined`. */
export function alpha2FromAlpha3(code: string): CountryCode | undefined {
  return Object.prototype.hasOwnProperty.call(ALPHA2_BY_ALPHA3, code) ? ALPHA2_BY_ALPHA3[code] : undefined;
}

/**
 * Every issue of a country code: it must be two capital letters of ISO 3166-1. A three-letter
 * code is an issue that says so and names the two-letter one (`NOR` → use `NO`), as the
 * integration guide warns ("the ISO code in the Country table must have two characters, NOT
 * three"). Lower case is an issue too: the bank file needs capitals.
 */
export function countryCodeIssues(code: unknown): EftkitIssue[] {
  if (code === undefined || code === null || code === '') return [issue('country/empty', M.countryEmpty)];
  const text = String(code);
  if (/^[A-Za-z]{3}$/.test(text)) {
    const alpha2 = alpha2FromAlpha3(text.toUpperCase());
    return [issue('country/alpha-3', alpha2 === undefined ? M.countryAlpha3Unknown(text) : M.countryAlpha3(text, alpha2))];
  }
  if (!/^[A-Z]{2}$/.test(text)) return [issue('country/invalid-format', M.countryFormat(text))];
  const mistake = COUNTRY_CODE_MISTAKES[text];
  if (mistake !== undefined) return [issue('country/not-iso', M.countryNotIso(text, mistake))];
  if (!isCountryCode(text)) return [issue('country/unknown', M.countryUnknown(text))];
  return [];
}

/** Checks a country code; the value is the code itself. Never throws. */
export function safeValidateCountryCode(code: unknown): Result<CountryCode> {
  const issues = countryCodeIssues(code);
  return issues.length > 0 ? fail(issues) : ok(code as string);
}

/**
 * Checks a country code and returns it.
 *
 * @throws {AccountError} `country/alpha-3`, `country/unknown`, … when it is not an ISO 3166-1 alpha-2 code.
 */
export function validateCountryCode(code: unknown): CountryCode {
  return unwrap(safeValidateCountryCode(code), AccountError);
}
