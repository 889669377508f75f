import type * as FastCheck from 'fast-check';
import { Amount, parseAmount } from '../money/amount';
import { CURRENCY_MINOR_UNITS } from '../money/currencies';

/**
 * The fast-check API a consumer passes in (`import fc from 'fast-check'` or
 * `import * as fc from 'fast-check'`), so that eftkit never bundles its own copy.
 */
export type FastCheckApi = Omit<typeof FastCheck, 'default'>;

/** Options of {@link amountStringArbitrary}. */
export interface AmountArbitraryOptions {
  /** Number of decimals; default 2. */
  readonly exponent?: number;
  /** Largest number of whole-unit digits; default 12. */
  readonly maxWholeDigits?: number;
  /** Allow zero; default false (payment amounts are positive). */
  readonly allowZero?: boolean;
}

/**
 * Decimal strings with exactly `exponent` decimals (`"1234.50"`), positive unless asked.
 * Built digit by digit, so large values are exact.
 */
export function amountStringArbitrary(fc: FastCheckApi, options: AmountArbitraryOptions = {}): FastCheck.Arbitrary<string> {
  const exponent = options.exponent ?? 2;
  const maxWhole = options.maxWholeDigits ?? 12;
  const whole = fc
    .string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: maxWhole })
    .map((s) => s.replace(/^0+(?=\d)/, ''));
  const fraction = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: exponent, maxLength: exponent });
  return fc
    .tuple(whole, fraction)
    .map(([w, f]) => (exponent === 0 ? w : `${w}.${f}`))
    .filter((s) => options.allowZero === true || /[1-9]/.test(s));
}

/** ISO 4217 currency codes eftkit knows, any exponent. */
export function currencyCodeArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return fc.constantFrom(...Object.keys(CURRENCY_MINOR_UNITS));
}

/** Positive {@link Amount}s in any known currency, with that currency's decimals. */
export function amountArbitrary(fc: FastCheckApi, options: Omit<AmountArbitraryOptions, 'exponent'> = {}): FastCheck.Arbitrary<Amount> {
  return currencyCodeArbitrary(fc).chain((currency) =>
    amountStringArbitrary(fc, { ...options, exponent: CURRENCY_MINOR_UNITS[currency] ?? 2 }).map((s) =>
      parseAmount(s, currency),
    ),
  );
}
