/**
 * Amounts inside the matcher are exact integers of minor units (øre, cents), {@link Minor}: the
 * decimal strings are checked against the currency's decimals on the way in (so nothing is
 * rounded) and written back with exactly those decimals on the way out. @internal
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Minor units of a non-negative decimal string with at most `exponent` decimals (trailing
 * zeros beyond them are fine), or undefined.
 */
export function toMinor(text: string, exponent: number): bigint | undefined {
  const m = DECIMAL.exec(text);
  if (m === null) return undefined;
  const whole = m[1] as string;
  let fraction = m[2] ?? '';
  if (fraction.length > exponent) {
    if (!/^0*$/.test(fraction.slice(exponent))) return undefined;
    fraction = fraction.slice(0, exponent);
  }
  return BigInt(whole + fraction.padEnd(exponent, '0'));
}

/**
 * Minor units in the matcher's hot path: a `number` when the value is a safe integer (every
 * realistic amount: up to 90 trillion NOK in øre), else a `bigint`. Always in this canonical
 * form, so `===` compares values; `<`, `>` compare across the two types. @internal
 */
export type Minor = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The canonical {@link Minor} of a bigint: a number when it is safe. @internal */
export function compactMinor(value: bigint): Minor {
  return value <= MAX_SAFE && value >= -MAX_SAFE ? Number(value) : value;
}

/**
 * The minor units of a plain decimal string (`1234.50`: digits, at most one `.`, no sign, no
 * more decimals than `exponent`) as a safe-integer `number`, without a `bigint` or a regex
 * match; undefined for anything else (a sign, extra decimals even when zero, more than 15
 * digits), which the caller then reads the exact way ({@link toMinor}). @internal
 */
export function minorOfPlain(text: string, exponent: number): number | undefined {
  const n = text.length;
  if (n === 0 || n > 16) return undefined;
  let value = 0;
  let decimals = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (decimals >= 0 || i === 0 || i === n - 1) return undefined;
      decimals = 0;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    value = value * 10 + (c - 48);
    if (decimals >= 0) decimals++;
  }
  if (decimals > exponent) return undefined;
  for (let k = decimals < 0 ? 0 : decimals; k < exponent; k++) value *= 10;
  return Number.isSafeInteger(value) ? value : undefined;
}

/** `a - b` exactly, canonical. @internal */
export function minus(a: Minor, b: Minor): Minor {
  if (typeof a === 'number' && typeof b === 'number') {
    const d = a - b;
    if (Number.isSafeInteger(d)) return d;
  }
  return compactMinor(BigInt(a) - BigInt(b));
}

/** Writes minor units with exactly `exponent` decimals: `123450n, 2` → `"1234.50"`. */
export function fromMinor(value: Minor, exponent: number): string {
  const negative = value < 0;
  const digits = (negative ? -value : value).toString();
  if (exponent === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(exponent + 1, '0');
  const text = `${padded.slice(0, padded.length - exponent)}.${padded.slice(padded.length - exponent)}`;
  return negative ? `-${text}` : text;
}

/** Digits only, the first not a zero: already its own key (no trimming, no regex). */
function isPlainNumber(value: string): boolean {
  const n = value.length;
  if (n === 0 || value.charCodeAt(0) === 48) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Leading zeros of an all-digit number do not count (`000123` → `123`); other keys stay. */
export function numberKey(value: string): string {
  if (isPlainNumber(value)) return value;
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? trimmed.replace(/^0+(?=\d)/, '') : trimmed.toUpperCase();
}

/**
 * A key of {@link numberKey}'s form as a map key: a number when it is digits without a leading
 * zero (at most 15, so exact), else the text. A number key is hashed and compared in place,
 * where a string key's characters are read from wherever the string lives: with a million
 * entries, one memory miss fewer per lookup. Keys must all be made by this function so that
 * `"123"` and `123` never meet. @internal
 */
export function mapKey(key: string): string | number {
  return key.length <= 15 && (key === '0' || isPlainNumber(key)) ? Number(key) : key;
}

const ZEROS = new Map<number, string>();
/** The zero of an exponent, one shared string. @internal */
export function zeroText(exponent: number): string {
  let z = ZEROS.get(exponent);
  if (z === undefined) {
    z = fromMinor(0n, exponent);
    ZEROS.set(exponent, z);
  }
  return z;
}

/**
 * True when `text` is already how {@link fromMinor} writes an amount with `exponent` decimals:
 * digits without a leading zero (but `0.50`), a `.` and exactly `exponent` decimals.
 */
function isWrittenAsMinor(text: string, exponent: number): boolean {
  const n = text.length;
  const point = exponent === 0 ? n : n - exponent - 1;
  if (point < 1 || (exponent > 0 && text.charCodeAt(point) !== 46)) return false;
  if (text.charCodeAt(0) === 48 && point > 1) return false;
  for (let i = 0; i < n; i++) {
    if (i === point) continue;
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The amount in minor units as text, reusing `input` when it is already written that way. @internal */
export function textOf(minor: Minor, exponent: number, input: unknown): string {
  return typeof input === 'string' && isWrittenAsMinor(input, exponent) ? input : fromMinor(minor, exponent);
}
