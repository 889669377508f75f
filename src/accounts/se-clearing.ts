/**
 * Swedish clearing numbers: which bank a range belongs to and how its account numbers are
 * built and checked.
 *
 * Source: Bankgirot, "Bankernas kontonummeruppbyggnad" (user manual of Swedish banks' account
 * numbers), as tabulated by github.com/swantzter/kontonummer `src/banks.ts`; Multitude Bank
 * (9070–9079) from that project's tests. Type 1: 4-digit clearing number and a 7-digit account
 * number, checked MOD 11 over the last three clearing digits and the account (comment 1) or
 * over all four and the account (comment 2). Type 2: the account number alone is checked,
 * MOD 10 (Luhn; comments 1 and 3) or MOD 11 over 9 digits (comment 2). Swedbank's 8xxx
 * clearing numbers have a fifth digit, a Luhn check digit of the first four.
 */
export interface SwedishClearingRange {
  /** First clearing number of the range. */
  readonly from: number;
  /** Last clearing number of the range (inclusive). */
  readonly to: number;
  /** The bank. */
  readonly bank: string;
  /** Account number type 1 or 2 in Bankgirot's manual. */
  readonly type: 1 | 2;
  /** The manual's comment (1, 2 or 3) that says which digits the check covers. */
  readonly comment: 1 | 2 | 3;
  /** Fewest digits of the account number (after the clearing number); zero-filled to `maxDigits`. */
  readonly minDigits: number;
  /** Most digits of the account number. */
  readonly maxDigits: number;
}

const t1 = (from: number, to: number, bank: string, comment: 1 | 2): SwedishClearingRange =>
  ({ from, to, bank, type: 1, comment, minDigits: 7, maxDigits: 7 });
const t2 = (from: number, to: number, bank: string, comment: 1 | 2 | 3, minDigits: number, maxDigits: number): SwedishClearingRange =>
  ({ from, to, bank, type: 2, comment, minDigits, maxDigits });

/** The clearing number ranges, sorted. */
export const SWEDISH_CLEARING_RANGES: readonly SwedishClearingRange[] = Object.freeze([
  t1(1100, 1199, 'Nordea', 1),
  t1(1200, 1399, 'Danske Bank', 1),
  t1(1400, 2099, 'Nordea', 1),
  t1(2300, 2399, 'Ålandsbanken', 2),
  t1(2400, 2499, 'Danske Bank', 1),
  t1(3000, 3299, 'Nordea', 1),
  t2(3300, 3300, 'Nordea (personkonto)', 1, 10, 10),
  t1(3301, 3399, 'Nordea', 1),
  t1(3400, 3409, 'Länsförsäkringar Bank', 1),
  t1(3410, 3781, 'Nordea', 1),
  t2(3782, 3782, 'Nordea (personkonto)', 1, 10, 10),
  t1(3783, 3999, 'Nordea', 1),
  t1(4000, 4999, 'Nordea', 2),
  t1(5000, 5999, 'SEB', 1),
  t2(6000, 6999, 'Handelsbanken', 2, 8, 9),
  t1(7000, 7999, 'Swedbank', 1),
  t2(8000, 8999, 'Swedbank', 3, 1, 10),
  t1(9020, 9029, 'Länsförsäkringar Bank', 2),
  t1(9040, 9049, 'Citibank', 2),
  t1(9060, 9069, 'Länsförsäkringar Bank', 1),
  t1(9070, 9079, 'Multitude Bank', 1),
  t1(9100, 9109, 'Nordnet Bank', 2),
  t1(9120, 9124, 'SEB', 1),
  t1(9130, 9149, 'SEB', 1),
  t1(9150, 9169, 'Skandiabanken', 2),
  t1(9170, 9179, 'Ikano Bank', 1),
  t2(9180, 9189, 'Danske Bank', 1, 10, 10),
  t1(9190, 9199, 'DNB Bank', 2),
  t1(9230, 9239, 'Marginalen Bank', 1),
  t1(9250, 9259, 'SBAB', 1),
  t1(9260, 9269, 'DNB Bank', 2),
  t1(9270, 9279, 'ICA Banken', 1),
  t1(9280, 9289, 'Resurs Bank', 1),
  t2(9300, 9349, 'Swedbank', 1, 10, 10),
  t1(9390, 9399, 'Landshypotek', 2),
  t1(9400, 9449, 'Forex Bank', 1),
  t1(9460, 9469, 'Santander Consumer Bank', 1),
  t1(9470, 9479, 'BNP Paribas', 2),
  t2(9500, 9549, 'Nordea (Plusgirot)', 3, 2, 10),
  t1(9550, 9569, 'Avanza Bank', 2),
  t2(9570, 9579, 'Sparbanken Syd', 1, 10, 10),
  t1(9590, 9599, 'Erik Penser', 2),
  t1(9630, 9639, 'Lån & Spar Bank Sverige', 1),
  t1(9640, 9649, 'Nordax Bank', 2),
  t1(9650, 9659, 'MedMera Bank', 2),
  t1(9660, 9669, 'Svea Bank', 2),
  t1(9670, 9679, 'JAK Medlemsbank', 2),
  t1(9680, 9689, 'BlueStep Finans', 1),
  t1(9700, 9709, 'Ekobanken', 2),
  t1(9780, 9789, 'Klarna Bank', 2),
  t1(9880, 9889, 'Riksgälden', 2),
  t2(9890, 9899, 'Riksgälden', 1, 10, 10),
  t2(9960, 9969, 'Nordea (Plusgirot)', 3, 2, 10),
]);

/** The clearing range of a 4-digit Swedish clearing number, or `undefined`. */
export function swedishClearingRange(clearing: number): SwedishClearingRange | undefined {
  for (const range of SWEDISH_CLEARING_RANGES) {
    if (clearing >= range.from && clearing <= range.to) return range;
  }
  return undefined;
}
