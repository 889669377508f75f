/**
 * Check-digit arithmetic shared by the account validators. Every function works on strings of
 * ASCII characters through char codes: no `Number()` of an account, no regular expressions in
 * the hot path, no allocation.
 */

const ZERO = 48;
const NINE = 57;
const A = 65;
const Z = 90;

/** True when every character of `text` is an ASCII digit (and there is at least one). */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

/** The value of a digit or capital letter for ISO 7064 MOD 97-10: `0`–`9` → 0–9, `A`–`Z` → 10–35; −1 otherwise. */
export function alphanumericValue(code: number): number {
  if (code >= ZERO && code <= NINE) return code - ZERO;
  if (code >= A && code <= Z) return code - A + 10;
  return -1;
}

/**
 * ISO 7064 MOD 97-10 remainder of a string of digits and capital letters read as one number
 * (letters count as two digits, A = 10 … Z = 35). −1 when a character is neither.
 */
export function mod97(text: string, from = 0, to: number = text.length): number {
  let remainder = 0;
  for (let i = from; i < to; i += 1) {
    const v = alphanumericValue(text.charCodeAt(i));
    if (v < 0) return -1;
    remainder = v < 10 ? (remainder * 10 + v) % 97 : (remainder * 100 + v) % 97;
  }
  return remainder;
}

/**
 * The IBAN remainder: MOD 97-10 of the BBAN followed by the country code and check digits
 * (ISO 13616: move the first four characters to the end). A valid IBAN gives 1.
 */
export function ibanRemainder(iban: string): number {
  let remainder = mod97(iban, 4);
  if (remainder < 0) return -1;
  for (let i = 0; i < 4 && i < iban.length; i += 1) {
    const v = alphanumericValue(iban.charCodeAt(i));
    if (v < 0) return -1;
    remainder = v < 10 ? (remainder * 10 + v) % 97 : (remainder * 100 + v) % 97;
  }
  return remainder;
}

/** The two IBAN check digits for a country and BBAN (ISO 13616: 98 − remainder of `BBAN` + `CC00`). */
export function ibanCheckDigits(country: string, bban: string): string {
  const remainder = ibanRemainder(`${country}00${bban}`);
  const check = 98 - remainder;
  return check < 10 ? `0${check}` : String(check);
}

/**
 * Luhn (MOD 10 with weights 2, 1 from the right, digits of products summed) over all of
 * `digits`, the check digit included: true when the sum is a multiple of 10.
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `digits`. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  let double = true;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - ZERO;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Weighted sum of the digits of `text[from, to)` with `weights` applied from the left
 * (`weights[0]` to `text[from]`). Returns −1 when a character is not a digit.
 */
export function weightedSum(text: string, from: number, to: number, weights: readonly number[]): number {
  let sum = 0;
  for (let i = from; i < to; i += 1) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    sum += d * (weights[i - from] ?? 0);
  }
  return sum;
}

/** The digit value of `text[index]`, or −1. */
export function digitAt(text: string, index: number): number {
  const d = text.charCodeAt(index) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}
