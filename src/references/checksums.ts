/**
 * Check-digit arithmetic, digit by digit on strings. Nothing here converts a reference to a JS
 * number: every running value stays below 2^31 whatever the length of the input.
 * The rules are those of DOMAIN.md section 5.
 */
import { FINNISH_WEIGHTS, KID_MOD11_WEIGHTS } from './tables';

const ZERO = 48;

/** True when every character of `text` is an ASCII digit (and there is at least one). */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The Luhn (MOD10) sum of `digits` with the rightmost digit weighted `firstWeight` (1 when the
 * check digit is included, 2 when computing the check digit of a base).
 */
function luhnSum(digits: string, firstWeight: 1 | 2): number {
  let sum = 0;
  let double = firstWeight === 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - ZERO;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/** The Luhn (MOD10) check digit of a base of digits. */
export function luhnCheckDigit(base: string): string {
  return String((10 - (luhnSum(base, 2) % 10)) % 10);
}

/** True when `digits` (check digit last) passes the Luhn (MOD10) test. */
export function isLuhnValid(digits: string): boolean {
  return luhnSum(digits, 1) % 10 === 0;
}

/**
 * The Norwegian MOD11 check character of a base of digits: weights 2..7 repeating from the
 * right, c = 11 − (s mod 11); 11 gives `0` and 10 gives `-`.
 */
export function mod11CheckDigit(base: string): string {
  let sum = 0;
  let w = 0;
  for (let i = base.length - 1; i >= 0; i--) {
    sum += (base.charCodeAt(i) - ZERO) * (KID_MOD11_WEIGHTS[w] as number);
    w = w === KID_MOD11_WEIGHTS.length - 1 ? 0 : w + 1;
  }
  const c = 11 - (sum % 11);
  return c === 11 ? '0' : c === 10 ? '-' : String(c);
}

/**
 * The Finnish reference check digit of a base of digits: weights 7, 3, 1 repeating from the
 * right, c = (10 − s mod 10) mod 10.
 */
export function finnishCheckDigit(base: string): string {
  let sum = 0;
  let w = 0;
  for (let i = base.length - 1; i >= 0; i--) {
    sum += (base.charCodeAt(i) - ZERO) * (FINNISH_WEIGHTS[w] as number);
    w = w === FINNISH_WEIGHTS.length - 1 ? 0 : w + 1;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * The remainder mod 97 of an alphanumeric string read as ISO 7064 does: digits as themselves,
 * letters A=10 … Z=35. Processed one character at a time, so the running remainder never
 * exceeds 9,699.
 */
export function mod97(text: string): number {
  let r = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - ZERO)) % 97;
    else r = (r * 100 + (c - 55)) % 97; // 'A' is 65 → 10
  }
  return r;
}

/** The two ISO 11649 check digits of a creditor reference body (what follows `RFcc`). */
export function rfCheckDigits(body: string): string {
  const c = 98 - mod97(`${body}RF00`);
  return c < 10 ? `0${c}` : String(c);
}

/** True when `RFcc<body>` passes the ISO 11649 check (moved to the end, mod 97 = 1). */
export function isRfValid(reference: string): boolean {
  return mod97(reference.slice(4) + reference.slice(0, 4)) === 1;
}
