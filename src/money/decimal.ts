import DecimalJs from 'decimal.js';

/**
 * eftkit's own Decimal constructor. A clone, so that no setting of the application's global
 * Decimal (or another library's) changes our arithmetic, and ours changes nobody's.
 * 60 significant digits hold any sum of ISO amounts (18 digits each) exactly.
 */
export const MoneyDecimal: typeof DecimalJs = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -100,
  toExpPos: 100,
});

/** A decimal value of eftkit's own Decimal constructor. */
export type Decimal = DecimalJs;

/** A rounding mode of decimal.js (0–8). */
export type DecimalRounding = DecimalJs.Rounding;
