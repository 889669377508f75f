/**
 * The data of the reference schemes, separate from the logic. Each table names its source.
 */

/**
 * Norwegian KID MOD11 weights, applied from the rightmost digit of the base.
 * Source: DOMAIN.md §5; Nets "KID – kundeidentifikasjon" (weights 2–7), as in
 * Ondkloss/norwegian-numbers.js `makeMod11ControlDigit`.
 */
export const KID_MOD11_WEIGHTS: readonly number[] = Object.freeze([2, 3, 4, 5, 6, 7]);

/**
 * Finnish reference weights 7, 3, 1, applied from the rightmost digit of the base.
 * Source: DOMAIN.md §5; Finance Finland, "Reference number" (kotimainen viite).
 */
export const FINNISH_WEIGHTS: readonly number[] = Object.freeze([7, 3, 1]);

/** Smallest and largest total length of a reference, check digit(s) included. */
export interface LengthLimits {
  readonly min: number;
  readonly max: number;
}

/**
 * Length limits per scheme, check digits included.
 * - KID: 2–25 (DOMAIN.md §5; Nets OCR giro: "maks 25 siffer").
 * - OCR (Bankgirot): 2–25 digits (DOMAIN.md §5; banktools-se `OCR::MIN_LENGTH/MAX_LENGTH` after
 *   Bankgirot's BG6070 manual §5.2).
 * - Finnish: base 3–19 digits, so 4–20 with the check digit (DOMAIN.md §5; finnish-bank-utils
 *   `REF_NUMBER_REGEX`).
 * - RF (ISO 11649): `RF` + 2 check digits + 1–21 characters, 5–25 in all.
 * - FIK payment id: 15 digits on +71, 16 on +75 (giro-kort.dk, "Betalingsidentifikation").
 */
export const REFERENCE_LENGTHS: Readonly<Record<'kid' | 'ocr' | 'fi' | 'rf' | 'fik', LengthLimits>> = Object.freeze({
  kid: { min: 2, max: 25 },
  ocr: { min: 2, max: 25 },
  fi: { min: 4, max: 20 },
  rf: { min: 5, max: 25 },
  fik: { min: 15, max: 16 },
});

/** The FIK card types eftkit reads (kortartkode). */
export type FikCardType = '71' | '73' | '75';

/**
 * What each FIK card type carries: the length of the payment id (0: none; the payer's name
 * and address come instead). Sources: DOMAIN.md §5; formula-digital.dk "Kortartkode"
 * (+71 15 digits, +73 none, +75 16 digits); giro-kort.dk; dantryk.dk FAQ (creditor number of
 * 8 digits). The payment id ends in a Luhn digit: Business::DK::FI (CPAN, weights 1-2, +71 and
 * +75) and giro-kort.dk ("number 1 is printed as 18").
 * Card types +01, +04 and +15 (the older giro cards) are not included: no public source gives
 * their payment-id rules.
 */
export const FIK_CARD_TYPES: Readonly<Record<FikCardType, { readonly paymentIdLength: number }>> = Object.freeze({
  '71': { paymentIdLength: 15 },
  '73': { paymentIdLength: 0 },
  '75': { paymentIdLength: 16 },
});

/** Digits of the FIK creditor number (kreditornummer). Source: dantryk.dk FAQ §1. */
export const FIK_CREDITOR_LENGTH = 8;

/**
 * Words that announce an invoice number in a payment message, in the Nordic languages and
 * English, lower case. Used by `findReferences`; extend with `invoiceKeywords`.
 */
export const INVOICE_KEYWORDS: readonly string[] = Object.freeze([
  'faktura',
  'fakturanr',
  'fakturanummer',
  'fakt',
  'fnr',
  'lasku',
  'laskun',
  'laskunro',
  'laskunumero',
  'invoice',
  'invoices',
  'inv',
  'invoice no',
  'reikningur',
  'fakturor',
  'fakturaer',
  'fakturaene',
]);

/**
 * The reference schemes in use per country (ISO 3166 alpha-2). RF (ISO 11649) is accepted in
 * SEPA and is listed for every country. Source: DOMAIN.md §5.
 */
export const COUNTRY_SCHEMES: Readonly<Record<string, readonly ('kid-mod10' | 'kid-mod11' | 'ocr' | 'fi' | 'rf' | 'fik')[]>> =
  Object.freeze({
    NO: Object.freeze(['kid-mod10', 'kid-mod11', 'rf'] as const),
    SE: Object.freeze(['ocr', 'rf'] as const),
    FI: Object.freeze(['fi', 'rf'] as const),
    DK: Object.freeze(['fik', 'rf'] as const),
  });
