import IBAN from 'iban';
import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { ibanCheckDigits, ibanRemainder } from './check-digits';
import { isCountryCode, type CountryCode } from './countries';
import { AccountError } from './errors';
import { ACCOUNTS_MESSAGES as M } from './messages';
import { NATIONAL_CHECKS } from './national';
import { isSepaCountry } from './sepa';

/**
 * The IBAN layout of a country, in the notation of the `iban` package: blocks of a class
 * letter and a two-digit count, `F` digits, `U` capitals, `A` letters or digits (so Norway is
 * `F04F06F01`: 4 + 6 + 1 digits).
 */
export interface IbanCountrySpec {
  /** Total length of the IBAN, country code and check digits included. */
  readonly length: number;
  /** The BBAN layout, such as `F04F06F01`. */
  readonly structure: string;
}

/** Options of the IBAN functions. */
export interface IbanOptions {
  /**
   * Layouts to use instead of (or beside) those of the `iban` package, keyed by country code:
   * for countries the SWIFT IBAN registry added or changed after the package's last release.
   */
  readonly countries?: Readonly<Record<string, IbanCountrySpec>>;
}

/** A checked IBAN, split into its parts. */
export interface ValidatedIban {
  /** The IBAN in electronic format: capitals, no spaces (`NO9386011117947`). */
  readonly iban: string;
  /** The country code, the first two letters. */
  readonly country: CountryCode;
  /** The two ISO 13616 check digits. */
  readonly checkDigits: string;
  /** The national account number (everything after the check digits). */
  readonly bban: string;
  /** True when the country is in the SEPA schemes' scope. */
  readonly sepa: boolean;
  /** `verified` when eftkit also checked the country's own check digits; `none` when the country has none eftkit knows. */
  readonly nationalCheck: 'verified' | 'none';
}

interface Spec {
  readonly length: number;
  isValidBBAN(bban: string): boolean;
}

const CLASS: Readonly<Record<string, string>> = { A: '0-9A-Z', B: '0-9A-Z', C: 'A-Z', F: '0-9', L: 'a-z', U: 'A-Z', W: '0-9a-z' };

function compile(spec: IbanCountrySpec): Spec {
  const blocks = spec.structure.match(/.{3}/g) ?? [];
  const regex = new RegExp(`^${blocks.map((b) => `[${CLASS[b[0] ?? 'A'] ?? '0-9A-Z'}]{${Number(b.slice(1))}}`).join('')}$`);
  return { length: spec.length, isValidBBAN: (bban) => bban.length === spec.length - 4 && regex.test(bban) };
}

const overlayCache = new WeakMap<object, Map<string, Spec>>();

function specOf(country: string, options: IbanOptions | undefined): Spec | undefined {
  const extra = options?.countries;
  if (extra !== undefined && Object.prototype.hasOwnProperty.call(extra, country)) {
    let cache = overlayCache.get(extra);
    if (cache === undefined) {
      cache = new Map();
      overlayCache.set(extra, cache);
    }
    let spec = cache.get(country);
    if (spec === undefined) {
      spec = compile(extra[country] as IbanCountrySpec);
      cache.set(country, spec);
    }
    return spec;
  }
  return Object.prototype.hasOwnProperty.call(IBAN.countries, country) ? IBAN.countries[country] : undefined;
}

/**
 * The layout of a country's IBANs from the `iban` package (length, structure and the SWIFT
 * registry example), or `undefined` when the country does not use IBANs.
 */
export function ibanCountrySpec(country: string): (IbanCountrySpec & { readonly example: string }) | undefined {
  if (!Object.prototype.hasOwnProperty.call(IBAN.countries, country)) return undefined;
  const spec = IBAN.countries[country] as IBAN.Specification;
  return { length: spec.length, structure: spec.structure, example: spec.example };
}

/** The country codes whose IBAN layout the `iban` package knows. */
export function ibanCountries(): CountryCode[] {
  return Object.keys(IBAN.countries);
}

function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/**
 * Writes an IBAN in electronic format: capitals, without the spaces, dashes and dots of the
 * print format, and without a leading "IBAN" label. `normaliseIban('no93 8601 1117 947')` →
 * `NO9386011117947`. Does not check it.
 */
export function normaliseIban(input: string): string {
  if (isPlain(input) && !input.startsWith('IBAN')) return input;
  return input
    .replace(/^\s*IBAN[\s:]*/i, '')
    .replace(/[\s.\-\u00a0\u202f]/g, '')
    .toUpperCase();
}

/** Writes an IBAN in print format, groups of four: `NO93 8601 1117 947`. Does not check it. */
export function formatIban(iban: string): string {
  return normaliseIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * ISO 13616 computes check digits as 98 − (remainder), so only 02–98 occur: 00, 01 and 99 pass
 * MOD 97 (they equal 97, 98 and 02 modulo 97) but no bank issues them.
 */
function inCheckDigitRange(value: number): boolean {
  return value >= 2 && value <= 98;
}

/**
 * True when `input` is a valid IBAN: known country, length, layout, ISO 13616 check digits and
 * the national check digits where eftkit knows them. The fast boolean form of
 * {@link safeValidateIban}; accepts the print format too.
 */
export function isValidIban(input: string, options?: IbanOptions): boolean {
  if (typeof input !== 'string') return false;
  const iban = normaliseIban(input);
  if (iban.length < 5 || !isPlain(iban)) return false;
  const country = iban.slice(0, 2);
  const spec = specOf(country, options);
  if (spec === undefined || iban.length !== spec.length) return false;
  const bban = iban.slice(4);
  if (!spec.isValidBBAN(bban) || ibanRemainder(iban) !== 1) return false;
  const c2 = iban.charCodeAt(2);
  const c3 = iban.charCodeAt(3);
  if (c2 < 48 || c2 > 57 || c3 < 48 || c3 > 57) return false;
  if (!inCheckDigitRange((c2 - 48) * 10 + (c3 - 48))) return false;
  const national = NATIONAL_CHECKS[country];
  return national === undefined || national.check(bban);
}

/**
 * Every issue of an IBAN: empty, characters, country, length, layout, ISO 13616 check digits
 * and the national check digits (NO, FI, BE, ES, FR, IT, PL, PT, SI, EE and more; see
 * `NATIONAL_CHECKS`). Paths are relative to the IBAN (empty).
 */
export function ibanIssues(input: unknown, options?: IbanOptions): EftkitIssue[] {
  const result = safeValidateIban(input, options);
  return result.ok ? [] : [...result.issues];
}

/**
 * Checks an IBAN and splits it into its parts; returns every issue when it is not valid.
 * Accepts the print format (`NO93 8601 1117 947`) and lower case. Never throws.
 */
export function safeValidateIban(input: unknown, options?: IbanOptions): Result<ValidatedIban> {
  if (typeof input !== 'string' || input.trim() === '') return fail([issue('iban/empty', M.ibanEmpty)]);
  const iban = normaliseIban(input);
  if (iban === '') return fail([issue('iban/empty', M.ibanEmpty)]);
  if (!isPlain(iban)) return fail([issue('iban/invalid-characters', M.ibanCharacters(input))]);
  const country = iban.slice(0, 2);
  const spec = specOf(country, options);
  if (spec === undefined) {
    return fail([issue('iban/unknown-country', M.ibanUnknownCountry(country, isCountryCode(country)))]);
  }
  if (iban.length !== spec.length) {
    return fail([issue('iban/invalid-length', M.ibanLength(country, spec.length, iban.length))]);
  }
  const issues: EftkitIssue[] = [];
  const checkDigits = iban.slice(2, 4);
  const bban = iban.slice(4);
  const structured = /^\d\d$/.test(checkDigits) && spec.isValidBBAN(bban);
  if (!structured) issues.push(issue('iban/invalid-structure', M.ibanStructure(country)));
  if (ibanRemainder(iban) !== 1 || (/^\d\d$/.test(checkDigits) && !inCheckDigitRange(Number(checkDigits)))) {
    issues.push(issue('iban/bad-check-digits', M.ibanCheckDigits(checkDigits, ibanCheckDigits(country, bban))));
  }
  const national = NATIONAL_CHECKS[country];
  if (structured && national !== undefined && !national.check(bban)) {
    issues.push(issue('iban/bad-national-check-digit', M.ibanNational(country, national.name)));
  }
  if (issues.length > 0) return fail(issues);
  return ok({
    iban,
    country,
    checkDigits,
    bban,
    sepa: isSepaCountry(country),
    nationalCheck: national === undefined ? 'none' : 'verified',
  });
}

/**
 * Checks an IBAN and returns it split into its parts.
 *
 * @throws {AccountError} with every issue (`iban/bad-check-digits`, …) when it is not valid.
 */
export function validateIban(input: unknown, options?: IbanOptions): ValidatedIban {
  return unwrap(safeValidateIban(input, options), AccountError);
}

/**
 * Builds the IBAN of a national account number (computes the ISO 13616 check digits). The
 * BBAN must already have the country's layout; check the result with {@link safeValidateIban}.
 */
export function ibanFromBban(country: CountryCode, bban: string): string {
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}
