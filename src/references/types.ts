import { EftkitError } from '../errors';
import type { FikCardType } from './tables';

/**
 * A payment reference scheme:
 * - `kid-mod10`, `kid-mod11`: Norwegian KID with a MOD10 (Luhn) or MOD11 check digit;
 * - `ocr`: Swedish OCR reference (Bankgirot), Luhn;
 * - `fi`: Finnish national reference (viitenumero), weights 7-3-1;
 * - `rf`: RF creditor reference, ISO 11649;
 * - `fik`: Danish FIK payment id (or a whole FIK payment line).
 */
export type ReferenceScheme = 'kid-mod10' | 'kid-mod11' | 'ocr' | 'fi' | 'rf' | 'fik';

/** Every scheme, in the order `detectReference` reports them. */
export const REFERENCE_SCHEMES: readonly ReferenceScheme[] = Object.freeze([
  'kid-mod10',
  'kid-mod11',
  'ocr',
  'fi',
  'rf',
  'fik',
] as const);

/** A scheme to validate against: one of {@link ReferenceScheme}, or `kid` for MOD10 or MOD11. */
export type ReferenceSchemeInput = ReferenceScheme | 'kid';

/**
 * How strictly the payee's bank checks Swedish OCR references (Bankgirot's OCR reference
 * control, agreed per bankgiro number):
 * - `soft`: a wrong check digit is only a warning; the payment goes through;
 * - `hard`: the Luhn check digit must be right (the default);
 * - `variable-length`: Luhn, and the second-to-last digit is the total length mod 10;
 * - `fixed-length`: Luhn, and the length is one of one or two agreed lengths.
 */
export type OcrControl =
  | { readonly mode: 'soft' }
  | { readonly mode: 'hard' }
  | { readonly mode: 'variable-length' }
  | { readonly mode: 'fixed-length'; readonly lengths: readonly [number] | readonly [number, number] };

/** Options of {@link safeValidateReference}. */
export interface ValidateReferenceOptions {
  /** Swedish OCR control mode of the payee's agreement; default `{ mode: 'hard' }`. */
  readonly ocrControl?: OcrControl;
  /**
   * The lengths (check digit included) the payee's agreement allows for a KID, such as `[12]`.
   * Default: any length from 2 to 25.
   */
  readonly kidLengths?: readonly number[];
}

/** The parts of a Danish FIK payment line (`+71<000000000000018+81234567<`). */
export interface FikPaymentLine {
  /** Card type (kortartkode) without the `+`. */
  readonly cardType: FikCardType;
  /** The payment id, check digit included; empty for +73. */
  readonly paymentId: string;
  /** The payee's 8-digit creditor number; absent when only a payment id was given. */
  readonly creditor?: string;
}

/** A reference that passed validation. */
export interface ValidReference {
  /** The scheme it satisfies (for `kid` input: the one that matched, MOD10 first). */
  readonly scheme: ReferenceScheme;
  /**
   * The reference normalised: upper case, whitespace and separators removed. For a FIK
   * payment line: the payment id (empty for +73); the line is in {@link ValidReference.fik}.
   */
  readonly value: string;
  /** The value without its check digit(s) (and the OCR length digit, RF prefix). */
  readonly base: string;
  /** The check digit(s): one character, or the two digits after `RF`. */
  readonly checkDigits: string;
  /** How a person should see it: Finnish in groups of 5, RF in groups of 4, a FIK line whole. */
  readonly display: string;
  /** For `fik`: the payment line's parts. */
  readonly fik?: FikPaymentLine;
}

/**
 * Thrown by the throwing reference functions; `code` is one of {@link ReferenceIssueCode}.
 * (Named so that it does not shadow the global `ReferenceError`.)
 */
export class PaymentReferenceError extends EftkitError {
  override readonly name: string = 'PaymentReferenceError';
}
