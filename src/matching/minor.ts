/**
 * Amounts inside the matcher are exact integers of minor units (øre, cents) as `bigint`: the
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

/** Leading zeros of an all-digit number do not count (`000123` → `123`); other keys stay. */
export function numberKey(value: string): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? trimmed.replace(/^0+(?=\d)/, '') : trimmed.toUpperCase();
}
