import { digitAt, luhnCheckDigit, luhnValid, mod97, weightedSum } from './check-digits';

/**
 * National check digits inside the BBAN of an IBAN. The `iban` package checks only the
 * structure and the ISO 13616 MOD 97-10 digits; these are the checks a country's own account
 * numbers carry on top. Each function receives a BBAN that already has the country's structure
 * (length and character classes), in capitals.
 *
 * Sources of the algorithms (each cross-checked against the SWIFT IBAN registry example of the
 * country and the invalid vectors in test/accounts/vectors.ts):
 * - NO: Finance Norway account number MOD11, weights 5,4,3,2,7,6,5,4,3,2 (DOMAIN.md section 6).
 * - FI: Finance Finland, Luhn over the 14-digit machine form (DOMAIN.md section 6).
 * - BE: first 10 digits mod 97 = last two (00 read as 97).
 * - ES: Banco de España "dígitos de control", weights 1,2,4,8,5,10,9,7,3,6, 11 − r (10 → 1, 11 → 0).
 * - FR, MC and the French territories: clé RIB, letters A/J=1 … I/R/Z=9, whole BBAN mod 97 = 0.
 * - IT, SM: CIN, odd/even position tables, sum mod 26 → letter.
 * - PL: sorting code digit 8, weights 3,9,7,1,3,9,7.
 * - PT, SI, BA, ME, MK, RS: ISO 7064 MOD 97-10 over the whole BBAN = 1.
 * - TN: RIB key, whole BBAN mod 97 = 0.
 * - EE: last digit, weights 7,3,1 from the right over the domestic account.
 * - HR: ISO 7064 MOD 11,10 over the bank code and over the account number.
 * - CZ, SK: MOD 11 with weights 10,5,8,4,2,1 (prefix) and 6,3,7,9,10,5,8,4,2,1 (account).
 * - HU: weights 9,7,3,1 over the bank/branch code and over the account number.
 * - IS: the kennitala (last 10 digits) MOD 11 with weights 3,2,7,6,5,4,3,2.
 * Implementations of the same rules to compare with: iban4j `countryrules/algorithms/*`
 * (github.com/arturmkrtchyan/iban4j) and ibantools `checkXxxBBAN` (github.com/Simplify/ibantools).
 */

/** One national check: its name and the test of a BBAN. */
export interface NationalCheck {
  /** What the check is called in that country. */
  readonly name: string;
  /** True when the national check digits of the BBAN are right. */
  readonly check: (bban: string) => boolean;
}

const NO_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
/** Norwegian MOD11 check digit of the first 10 digits, or −1 when none exists (remainder 1). */
export function norwegianCheckDigit(digits: string, from = 0): number {
  const sum = weightedSum(digits, from, from + 10, NO_WEIGHTS);
  if (sum < 0) return -1;
  const r = sum % 11;
  if (r === 0) return 0;
  return r === 1 ? -1 : 11 - r;
}
function checkNO(bban: string): boolean {
  const c = norwegianCheckDigit(bban);
  return c >= 0 && c === digitAt(bban, 10);
}

function checkBE(bban: string): boolean {
  const r = mod97(bban, 0, 10);
  const expected = r === 0 ? 97 : r;
  return expected === digitAt(bban, 10) * 10 + digitAt(bban, 11);
}

const ES_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6] as const;
const ES_BANK_WEIGHTS = ES_WEIGHTS.slice(2);
function spanishDigit(sum: number): number {
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}
function checkES(bban: string): boolean {
  return (
    spanishDigit(weightedSum(bban, 0, 8, ES_BANK_WEIGHTS)) === digitAt(bban, 8) &&
    spanishDigit(weightedSum(bban, 10, 20, ES_WEIGHTS)) === digitAt(bban, 9)
  );
}

/** Clé RIB value of a BBAN character: digits as themselves, letters A/J=1, B/K/S=2 … I/R/Z=9. */
const RIB_LETTERS = '12345678912345678923456789';
function ribValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return RIB_LETTERS.charCodeAt(code - 65) - 48;
  return -1;
}
function ribRemainder(bban: string, to: number): number {
  let r = 0;
  for (let i = 0; i < to; i += 1) {
    const v = ribValue(bban.charCodeAt(i));
    if (v < 0) return -1;
    r = (r * 10 + v) % 97;
  }
  return r;
}
function checkFR(bban: string): boolean {
  return ribRemainder(bban, bban.length) === 0;
}

/** CIN: value of a character at an odd position (1st, 3rd, …), indexed by 0–9 / A–Z as 0–25. */
const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23] as const;
function cinIndex(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 65;
  return -1;
}
function italianCin(bban: string): number {
  let sum = 0;
  for (let i = 1; i < 23; i += 1) {
    const v = cinIndex(bban.charCodeAt(i));
    if (v < 0) return -1;
    sum += (i - 1) % 2 === 0 ? (CIN_ODD[v] ?? 0) : v;
  }
  return 65 + (sum % 26);
}
function checkIT(bban: string): boolean {
  return italianCin(bban) === bban.charCodeAt(0);
}

const PL_WEIGHTS = [3, 9, 7, 1, 3, 9, 7] as const;
function checkPL(bban: string): boolean {
  const sum = weightedSum(bban, 0, 7, PL_WEIGHTS);
  return sum >= 0 && (10 - (sum % 10)) % 10 === digitAt(bban, 7);
}

function checkMod97One(bban: string): boolean {
  return mod97(bban) === 1;
}
function checkMod97Zero(bban: string): boolean {
  return mod97(bban) === 0;
}

function estonianDigit(bban: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 14, k = 0; i >= 2; i -= 1, k += 1) {
    const d = digitAt(bban, i);
    if (d < 0) return -1;
    sum += d * (weights[k % 3] ?? 0);
  }
  return (10 - (sum % 10)) % 10;
}
function checkEE(bban: string): boolean {
  return estonianDigit(bban) === digitAt(bban, 15);
}

/** ISO 7064 MOD 11,10 check digit of `text[from, to)`. */
function mod1110Digit(text: string, from: number, to: number): number {
  let p = 10;
  for (let i = from; i < to; i += 1) {
    const d = digitAt(text, i);
    if (d < 0) return -1;
    let s = (p + d) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return (11 - p) % 10;
}
function checkHR(bban: string): boolean {
  return mod1110Digit(bban, 0, 6) === digitAt(bban, 6) && mod1110Digit(bban, 7, 16) === digitAt(bban, 16);
}

const CZ_PREFIX = [10, 5, 8, 4, 2, 1] as const;
const CZ_ACCOUNT = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1] as const;
function checkCZ(bban: string): boolean {
  const prefix = weightedSum(bban, 4, 10, CZ_PREFIX);
  const account = weightedSum(bban, 10, 20, CZ_ACCOUNT);
  return prefix >= 0 && account >= 0 && prefix % 11 === 0 && account % 11 === 0;
}

const HU_WEIGHTS = [9, 7, 3, 1, 9, 7, 3, 1, 9, 7, 3, 1, 9, 7, 3] as const;
function hungarianDigit(bban: string, from: number, to: number): number {
  const sum = weightedSum(bban, from, to, HU_WEIGHTS);
  return sum < 0 ? -1 : (10 - (sum % 10)) % 10;
}
function checkHU(bban: string): boolean {
  if (hungarianDigit(bban, 0, 7) !== digitAt(bban, 7)) return false;
  // 16-digit accounts are written as 24 digits with eight trailing zeros.
  const short = bban.endsWith('00000000');
  return short ? hungarianDigit(bban, 8, 15) === digitAt(bban, 15) : hungarianDigit(bban, 8, 23) === digitAt(bban, 23);
}

const IS_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
function icelandicDigit(bban: string): number {
  const sum = weightedSum(bban, 12, 20, IS_WEIGHTS);
  if (sum < 0) return -1;
  const r = sum % 11;
  return r === 0 ? 0 : r === 1 ? -1 : 11 - r;
}
function checkIS(bban: string): boolean {
  const c = icelandicDigit(bban);
  return c >= 0 && c === digitAt(bban, 20);
}

const RIB: NationalCheck = { name: 'clé RIB', check: checkFR };
const MOD97_10: NationalCheck = { name: 'ISO 7064 MOD 97-10', check: checkMod97One };

/**
 * The national check of each country that has one, keyed by the IBAN country code. Every IBAN
 * country not listed here has no national check digit that can be verified offline; see
 * {@link NATIONAL_CHECK_ABSENT}.
 */
export const NATIONAL_CHECKS: Readonly<Record<string, NationalCheck>> = Object.freeze({
  NO: { name: 'MOD11 (kontonummer)', check: checkNO },
  FI: { name: 'Luhn (tilinumero)', check: luhnValid },
  BE: { name: 'MOD 97 (numéro de compte)', check: checkBE },
  ES: { name: 'dígitos de control (CCC)', check: checkES },
  FR: RIB,
  MC: RIB,
  GF: RIB, GP: RIB, MQ: RIB, RE: RIB, PF: RIB, TF: RIB, YT: RIB, NC: RIB, BL: RIB, MF: RIB, PM: RIB, WF: RIB,
  IT: { name: 'CIN', check: checkIT },
  SM: { name: 'CIN', check: checkIT },
  PL: { name: 'sorting code check digit', check: checkPL },
  PT: { name: 'NIB check digits (MOD 97-10)', check: checkMod97One },
  SI: MOD97_10,
  BA: MOD97_10,
  ME: MOD97_10,
  MK: MOD97_10,
  RS: MOD97_10,
  TN: { name: 'RIB key (MOD 97)', check: checkMod97Zero },
  EE: { name: '7-3-1 (kontrollnumber)', check: checkEE },
  HR: { name: 'ISO 7064 MOD 11,10', check: checkHR },
  CZ: { name: 'MOD 11 (prefix and account)', check: checkCZ },
  SK: { name: 'MOD 11 (prefix and account)', check: checkCZ },
  HU: { name: '9-7-3-1 (bank and account)', check: checkHU },
  IS: { name: 'kennitala MOD 11', check: checkIS },
});

/**
 * IBAN countries that have no national check eftkit can verify, with the reason. Every IBAN
 * country that is neither here nor in {@link NATIONAL_CHECKS} has no known check either.
 * Germany and the United Kingdom (and Ireland) have bank-specific methods that need the bank's
 * own tables (Bundesbank Prüfzifferberechnungsmethoden, Vocalink modulus checking); Sweden's
 * depend on the clearing number, which the Swedish IBAN does not carry (check domestic numbers
 * with `validateBban(…, 'SE')`); the Netherlands dropped the "elfproef" for new accounts.
 */
export const NATIONAL_CHECK_ABSENT: Readonly<Record<string, string>> = Object.freeze({
  DE: 'bank-specific methods (Bundesbank tables)',
  GB: 'bank-specific modulus checks (Vocalink tables)',
  IE: 'bank-specific modulus checks (Vocalink tables)',
  SE: 'bank-specific; the IBAN does not carry the clearing number',
  NL: 'the elfproef no longer holds for new accounts',
  DK: 'no check digit in the account number',
  CH: 'no check digit in the account number',
  LI: 'no check digit in the account number',
  AT: 'no check digit in the account number',
  LU: 'no check digit in the account number',
  LT: 'no check digit in the account number',
  LV: 'no check digit in the account number',
});

/** True when eftkit verifies national check digits inside IBANs of `country`. */
export function hasNationalCheck(country: string): boolean {
  return Object.prototype.hasOwnProperty.call(NATIONAL_CHECKS, country);
}

/**
 * Fills in the national check digits of a BBAN (the positions the check covers are kept).
 * Used by the test arbitraries; returns `undefined` when no check digit can make the BBAN valid
 * (Norwegian and Icelandic remainders of 1) or the country has no national check.
 *
 * @internal
 */
export function completeNationalCheck(country: string, bban: string): string | undefined {
  const set = (at: number, value: string): string => bban.slice(0, at) + value + bban.slice(at + value.length);
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  switch (country) {
    case 'NO': {
      const c = norwegianCheckDigit(bban);
      return c < 0 ? undefined : set(10, String(c));
    }
    case 'FI':
      return set(13, String(luhnCheckDigit(bban.slice(0, 13))));
    case 'BE': {
      const r = mod97(bban, 0, 10);
      return set(10, two(r === 0 ? 97 : r));
    }
    case 'ES':
      return set(8, `${spanishDigit(weightedSum(bban, 0, 8, ES_BANK_WEIGHTS))}${spanishDigit(weightedSum(bban, 10, 20, ES_WEIGHTS))}`);
    case 'FR': case 'MC': case 'GF': case 'GP': case 'MQ': case 'RE': case 'PF': case 'TF':
    case 'YT': case 'NC': case 'BL': case 'MF': case 'PM': case 'WF': {
      const r = ribRemainder(bban, 21);
      return set(21, two(97 - ((r * 100) % 97)));
    }
    case 'IT': case 'SM':
      return String.fromCharCode(italianCin(bban)) + bban.slice(1);
    case 'PL': {
      const sum = weightedSum(bban, 0, 7, PL_WEIGHTS);
      return set(7, String((10 - (sum % 10)) % 10));
    }
    case 'PT': case 'SI': case 'BA': case 'ME': case 'MK': case 'RS': {
      const r = mod97(bban, 0, bban.length - 2);
      return set(bban.length - 2, two((98 - ((r * 100) % 97)) % 97));
    }
    case 'TN': {
      const r = mod97(bban, 0, bban.length - 2);
      return set(bban.length - 2, two((97 - ((r * 100) % 97)) % 97));
    }
    case 'EE':
      return set(15, String(estonianDigit(bban)));
    case 'HR':
      return set(6, String(mod1110Digit(bban, 0, 6))).slice(0, 16) + String(mod1110Digit(bban, 7, 16));
    case 'HU': {
      const head = set(7, String(hungarianDigit(bban, 0, 7)));
      const tail = head.endsWith('00000000') ? head.slice(0, 15) + String(hungarianDigit(head, 8, 15)) + head.slice(16) : head.slice(0, 23) + String(hungarianDigit(head, 8, 23));
      return tail;
    }
    case 'IS': {
      const c = icelandicDigit(bban);
      return c < 0 ? undefined : set(20, String(c));
    }
    case 'CZ': case 'SK': {
      // The last weight of both parts is 1, so the last digit makes the sum a multiple of 11.
      const prefix = (11 - (weightedSum(bban, 4, 9, CZ_PREFIX) % 11)) % 11;
      const account = (11 - (weightedSum(bban, 10, 19, CZ_ACCOUNT) % 11)) % 11;
      return prefix === 10 || account === 10 ? undefined : set(9, String(prefix)).slice(0, 19) + String(account);
    }
    default:
      return undefined;
  }
}
