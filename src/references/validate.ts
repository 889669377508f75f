import { fail, issue, resultOf, unwrap, type Result } from '../errors';
import { shownText, type SchemeCheck } from './common';
import { checkFik } from './fik';
import { checkFinnish } from './finnish';
import { checkKid, checkKidEither } from './kid';
import { REFERENCE_MESSAGES } from './messages';
import { normaliseReference } from './normalise';
import { checkOcr } from './ocr';
import { checkRf } from './rf';
import {
  PaymentReferenceError,
  type ReferenceSchemeInput,
  type ValidateReferenceOptions,
  type ValidReference,
} from './types';

/** Runs the check of one scheme on raw text. @internal */
export function checkReference(
  text: string,
  scheme: ReferenceSchemeInput,
  options: ValidateReferenceOptions = {},
): SchemeCheck {
  if (typeof text !== 'string') {
    return { issues: [issue('reference/invalid-format', REFERENCE_MESSAGES.invalidFormat('reference', String(text), 'a string'))] };
  }
  const value = normaliseReference(text);
  const shown = value === text ? text : shownText(text);
  switch (scheme) {
    case 'kid':
      return checkKidEither(value, shown, options.kidLengths);
    case 'kid-mod10':
      return checkKid(value, shown, 'mod10', options.kidLengths);
    case 'kid-mod11':
      return checkKid(value, shown, 'mod11', options.kidLengths);
    case 'ocr':
      return checkOcr(value, shown, options.ocrControl);
    case 'fi':
      return checkFinnish(value, shown);
    case 'rf':
      return checkRf(value, shown);
    case 'fik':
      return checkFik(value, shown);
    default:
      return { issues: [issue('reference/unknown-scheme', REFERENCE_MESSAGES.unknownScheme(String(scheme)))] };
  }
}

/**
 * Validates a payment reference against a scheme, returning every issue instead of throwing.
 * Whitespace, `-` and `.` between characters are ignored and letters are upper-cased; a final
 * `-` is the MOD11 KID check character. `kid` accepts MOD10 or MOD11 (MOD10 first).
 * Nothing is converted to a JS number, so 25-digit references are exact.
 *
 * Issue codes (path `[]`): `reference/empty`, `reference/too-short`, `reference/too-long`,
 * `reference/wrong-length`, `reference/invalid-character`, `reference/invalid-format`,
 * `reference/bad-check-digit`, `reference/bad-length-digit`, `reference/unsupported-card-type`,
 * `reference/bad-creditor-number`, `reference/unknown-scheme`. Under the OCR `soft` control a
 * bad check digit is a warning on a success.
 *
 * @example
 * ```ts
 * safeValidateReference('2345676', 'kid');        // ok: { scheme: 'kid-mod10', value: '2345676', … }
 * safeValidateReference('RF18 5390 0754 7034', 'rf'); // ok: value 'RF18539007547034'
 * ```
 */
export function safeValidateReference(
  text: string,
  scheme: ReferenceSchemeInput,
  options?: ValidateReferenceOptions,
): Result<ValidReference> {
  const check = checkReference(text, scheme, options);
  if (check.reference === undefined) return fail(check.issues);
  return resultOf(check.reference, check.issues);
}

/**
 * Validates a payment reference; see {@link safeValidateReference}.
 *
 * @throws {PaymentReferenceError} with every issue when the reference is not valid.
 */
export function validateReference(
  text: string,
  scheme: ReferenceSchemeInput,
  options?: ValidateReferenceOptions,
): ValidReference {
  return unwrap(safeValidateReference(text, scheme, options), PaymentReferenceError);
}

/** True when the reference satisfies the scheme (warnings allowed). Never throws. */
export function isValidReference(text: string, scheme: ReferenceSchemeInput, options?: ValidateReferenceOptions): boolean {
  const check = checkReference(text, scheme, options);
  return check.reference !== undefined && check.issues.every((i) => i.severity === 'warning');
}
