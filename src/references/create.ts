import { fail, issue, unwrap, type EftkitIssue, type Result } from '../errors';
import { finnishCheckDigit, luhnCheckDigit, mod11CheckDigit, rfCheckDigits } from './checksums';
import { isAlphanumericCode, isDigitCode } from './common';
import { REFERENCE_MESSAGES, SCHEME_NAMES } from './messages';
import { badCharacters, normaliseReference, quoteCharacters } from './normalise';
import { ocrLengthDigit } from './ocr';
import { FIK_CARD_TYPES, REFERENCE_LENGTHS } from './tables';
import { PaymentReferenceError, REFERENCE_SCHEMES, type ReferenceScheme, type ValidReference } from './types';
import { safeValidateReference } from './validate';

/** Options of {@link safeCreateReference}. */
export interface CreateReferenceOptions {
  /**
   * The total length wanted, check digit(s) included: the base is left-padded with zeros
   * (KID, OCR, Finnish). For FIK the length follows the card type.
   */
  readonly length?: number;
  /** OCR: add the length digit before the check digit (variable-length control). */
  readonly lengthDigit?: boolean;
  /** FIK: the card type of the payment id, `71` (15 digits, the default) or `75` (16 digits). */
  readonly cardType?: '71' | '75';
}

/** Smallest base length (before check digits) per scheme. */
const MIN_BASE: Readonly<Record<ReferenceScheme, number>> = Object.freeze({
  'kid-mod10': 1,
  'kid-mod11': 1,
  ocr: 1,
  fi: 3,
  rf: 1,
  fik: 1,
});

function limitsOf(scheme: ReferenceScheme): { min: number; max: number } {
  switch (scheme) {
    case 'kid-mod10':
    case 'kid-mod11':
      return REFERENCE_LENGTHS.kid;
    case 'ocr':
      return REFERENCE_LENGTHS.ocr;
    case 'fi':
      return REFERENCE_LENGTHS.fi;
    case 'rf':
      return REFERENCE_LENGTHS.rf;
    case 'fik':
      return REFERENCE_LENGTHS.fik;
  }
}

/**
 * The check digit(s) of a base in a scheme: one character (`0`–`9`, or `-` for MOD11 KID), or
 * the two RF check digits. For OCR the base must already hold the length digit if one is used.
 *
 * @throws {PaymentReferenceError} `reference/invalid-character` or `reference/empty` when the
 * base is not digits (letters and digits for RF).
 */
export function computeCheckDigit(base: string, scheme: ReferenceScheme): string {
  const problems = baseCharacterIssues(base, scheme);
  if (problems.length > 0) throw PaymentReferenceError.fromIssues(problems);
  return checkDigitOf(base, scheme);
}

function checkDigitOf(base: string, scheme: ReferenceScheme): string {
  switch (scheme) {
    case 'kid-mod11':
      return mod11CheckDigit(base);
    case 'fi':
      return finnishCheckDigit(base);
    case 'rf':
      return rfCheckDigits(base);
    case 'kid-mod10':
    case 'ocr':
    case 'fik':
      return luhnCheckDigit(base);
  }
}

function baseCharacterIssues(base: string, scheme: ReferenceScheme): EftkitIssue[] {
  const name = SCHEME_NAMES[scheme];
  if (!REFERENCE_SCHEMES.includes(scheme)) {
    return [issue('reference/unknown-scheme', REFERENCE_MESSAGES.unknownScheme(String(scheme)))];
  }
  if (base.length === 0) return [issue('reference/empty', REFERENCE_MESSAGES.baseEmpty(name))];
  const allowed = scheme === 'rf' ? isAlphanumericCode : isDigitCode;
  const bad = badCharacters(base, allowed);
  if (bad.length === 0) return [];
  const what = scheme === 'rf' ? 'letters A–Z and digits' : 'digits';
  return [issue('reference/invalid-character', REFERENCE_MESSAGES.baseInvalidCharacter(name, base, quoteCharacters(bad), what))];
}

/**
 * Creates a reference from a base (a customer or invoice number): pads it when a `length` is
 * asked, adds the OCR length digit when asked, and appends the check digit(s). RF references
 * are `RF` + check digits + base. For `fik` the result is a payment id of 15 (+71) or 16 (+75)
 * digits. Returns every issue instead of throwing.
 *
 * @example
 * ```ts
 * safeCreateReference('234567', 'kid-mod10');            // ok: value '2345676'
 * safeCreateReference('1234567890', 'ocr', { lengthDigit: true }); // ok: value '123456789023'
 * safeCreateReference('1234561', 'rf');                  // ok: value 'RF341234561'
 * ```
 */
export function safeCreateReference(
  base: string,
  scheme: ReferenceScheme,
  options: CreateReferenceOptions = {},
): Result<ValidReference> {
  const problems = baseCharacterIssues(typeof base === 'string' ? normaliseReference(base) : '', scheme);
  if (problems.length > 0) return fail(problems);
  let body = normaliseReference(base);
  const name = SCHEME_NAMES[scheme];
  const limits = limitsOf(scheme);
  const checkLength = scheme === 'rf' ? 4 : 1;
  const withLengthDigit = scheme === 'ocr' && options.lengthDigit === true;
  const extra = checkLength + (withLengthDigit ? 1 : 0);

  let target = options.length;
  if (scheme === 'fik') target = FIK_CARD_TYPES[options.cardType ?? '71'].paymentIdLength;
  if (target !== undefined && scheme !== 'rf') {
    if (!Number.isInteger(target) || target < Math.max(limits.min, MIN_BASE[scheme] + extra) || target > limits.max) {
      return fail([issue('reference/wrong-length', REFERENCE_MESSAGES.badTargetLength(name, target, Math.max(limits.min, MIN_BASE[scheme] + extra), limits.max))]);
    }
    if (body.length + extra > target) {
      return fail([issue('reference/too-long', REFERENCE_MESSAGES.baseTooLong(name, body, target - extra))]);
    }
    body = body.padStart(target - extra, '0');
  }
  if (body.length < MIN_BASE[scheme]) {
    return fail([issue('reference/too-short', REFERENCE_MESSAGES.baseTooShort(name, body, MIN_BASE[scheme]))]);
  }
  if (body.length + extra > limits.max) {
    return fail([issue('reference/too-long', REFERENCE_MESSAGES.baseTooLong(name, body, limits.max - extra))]);
  }
  if (withLengthDigit) body += ocrLengthDigit(body.length + 2);
  let value: string;
  if (scheme === 'rf') value = `RF${rfCheckDigits(body)}${body}`;
  else value = body + checkDigitOf(body, scheme);
  return safeValidateReference(value, scheme, withLengthDigit ? { ocrControl: { mode: 'variable-length' } } : {});
}

/**
 * Creates a reference; see {@link safeCreateReference}. Returns the normalised value.
 *
 * @throws {PaymentReferenceError} when the base cannot make a reference of that scheme.
 */
export function createReference(base: string, scheme: ReferenceScheme, options?: CreateReferenceOptions): string {
  return unwrap(safeCreateReference(base, scheme, options), PaymentReferenceError).value;
}
