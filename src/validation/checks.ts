import { countryCodeIssues, isCountryCode } from '../accounts';
import { mod97 } from '../accounts/check-digits';
import { issue, type EftkitIssue, type IssuePath } from '../errors';
import { VALIDATION_MESSAGES as M } from './messages';

/** A view of a value that may not have the shape its type says: every field is `unknown`. */
export type Loose<T> = { readonly [K in keyof T]?: unknown };

/** The value when it is a string, else `undefined`. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value as a loose object when it is a (non-array) object, else `undefined`. */
export function obj<T>(value: unknown): Loose<T> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose<T>) : undefined;
}

/**
 * The characters of the SEPA Latin character set (EPC Implementation Guidelines, "Character
 * set"): a–z A–Z 0–9 / - ? : ( ) . , ' + and space. Also what SWIFT's x character set allows.
 */
const LATIN = /^[A-Za-z0-9/\-?:().,'+ ]*$/;

/** The characters of `text` outside the SEPA Latin set, each once. */
export function outsideLatin(text: string): string[] {
  if (LATIN.test(text)) return [];
  return [...new Set([...text].filter((c) => !LATIN.test(c)))];
}

/**
 * True for an id that can be sent as `MsgId`, `PmtInfId` or `EndToEndId`: 1–35 characters of
 * the SEPA Latin set, not starting or ending with `/` and without `//` (EPC rule for
 * identifiers).
 */
export function isSendableId(value: string): boolean {
  return value.length >= 1 && value.length <= 35 && LATIN.test(value) && value.trim() === value && !value.startsWith('/') && !value.endsWith('/') && !value.includes('//');
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * Longest value of each structured address field (ISO 20022 `PostalAddress24`, the address of
 * pain.001.001.09).
 */
export const ADDRESS_FIELD_LIMITS: Readonly<Record<string, number>> = Object.freeze({
  department: 70,
  subDepartment: 70,
  street: 70,
  buildingNo: 16,
  buildingName: 35,
  floor: 70,
  postBox: 16,
  room: 70,
  postCode: 16,
  town: 35,
  townLocation: 35,
  district: 35,
  countrySubDivision: 35,
});

/** How strictly addresses of cross-border payments are checked. */
export type AddressRule = 'cbpr-2026' | 'lenient';

/**
 * Every issue of a postal address at `at`. For a cross-border (SWIFT) payment under the CBPR+
 * rule of November 2026: town and country must be structured fields, and a hybrid address has
 * at most two address lines; only address lines is `address/unstructured`.
 */
export function addressIssues(value: unknown, at: IssuePath, crossBorder: boolean, rule: AddressRule): EftkitIssue[] {
  const address = obj<Record<string, unknown>>(value);
  if (address === undefined) return [];
  const issues: EftkitIssue[] = [];
  for (const [field, max] of Object.entries(ADDRESS_FIELD_LIMITS)) {
    const v = str(address[field]);
    if (v !== undefined && v.length > max) issues.push(issue('address/too-long', M.addressTooLong(field, max), [...at, field]));
  }
  const country = address['country'];
  if (country !== undefined) issues.push(...countryCodeIssues(country).map((i) => ({ ...i, path: [...at, 'country'] })));
  const lines = Array.isArray(address['addressLines']) ? (address['addressLines'] as unknown[]) : [];
  lines.forEach((line, k) => {
    if (typeof line === 'string' && line.length > 70) issues.push(issue('address/too-long', M.addressTooLong(`addressLines[${k}]`, 70), [...at, 'addressLines', k]));
  });
  if (lines.length > 7) issues.push(issue('address/too-many-lines', M.addressTooManyLines(lines.length, 7), [...at, 'addressLines']));
  if (crossBorder) {
    const structured = str(address['town']) !== undefined && str(address['country']) !== undefined;
    const severity = rule === 'cbpr-2026' ? undefined : 'warning';
    if (!structured && lines.length > 0) issues.push(issue('address/unstructured', M.addressUnstructured, at, severity));
    else if (structured && lines.length > 2) issues.push(issue('address/too-many-lines', M.addressTooManyLines(lines.length, 2), [...at, 'addressLines'], severity));
  }
  return issues;
}

/** True for an ISO 17442 LEI: 18 letters or digits and 2 check digits, MOD 97-10 = 1. */
export function isLei(value: string): boolean {
  return /^[A-Z0-9]{18}[0-9]{2}$/.test(value) && mod97(value) === 1;
}

/** Every issue of an ultimate debtor or creditor at `at`. */
export function partyIssues(value: unknown, at: IssuePath, crossBorder: boolean, rule: AddressRule): EftkitIssue[] {
  const party = obj<Record<string, unknown>>(value);
  if (party === undefined) return [];
  const issues: EftkitIssue[] = [];
  const name = str(party['name']);
  if (name !== undefined && (name.length === 0 || name.length > 140)) issues.push(issue('party/field-too-long', M.partyFieldTooLong('name', 140), [...at, 'name']));
  const orgNo = str(party['orgNo']);
  if (orgNo !== undefined && orgNo.length > 35) issues.push(issue('party/field-too-long', M.partyFieldTooLong('orgNo', 35), [...at, 'orgNo']));
  const lei = str(party['lei']);
  if (lei !== undefined && !isLei(lei)) issues.push(issue('party/invalid-lei', M.invalidLei(lei), [...at, 'lei']));
  issues.push(...addressIssues(party['address'], [...at, 'address'], crossBorder, rule));
  return issues;
}

/** True for an ISO 20022 external code such as a purpose or category purpose: 1–4 capitals or digits. */
export function isExternalCode(value: string): boolean {
  return /^[A-Z0-9]{1,4}$/.test(value);
}

/** Every issue of a regulatory reporting block at `at`. */
export function regulatoryIssues(value: unknown, at: IssuePath): EftkitIssue[] {
  const rr = obj<Record<string, unknown>>(value);
  if (rr === undefined) return [];
  const issues: EftkitIssue[] = [];
  const code = str(rr['code']);
  if (code !== undefined && !/^[A-Za-z0-9]{1,10}$/.test(code)) issues.push(issue('regulatory/invalid-code', M.regulatoryCode(code), [...at, 'code']));
  const info = Array.isArray(rr['information']) ? (rr['information'] as unknown[]) : [];
  info.forEach((line, k) => {
    if (typeof line === 'string' && line.length > 35) issues.push(issue('regulatory/information-too-long', M.regulatoryInformation, [...at, 'information', k]));
  });
  const country = rr['authorityCountry'];
  if (country !== undefined) issues.push(...countryCodeIssues(country).map((i) => ({ ...i, path: [...at, 'authorityCountry'] })));
  return issues;
}

/** True when a two-letter code names a country. */
export function knownCountry(value: string | undefined): value is string {
  return value !== undefined && isCountryCode(value);
}
