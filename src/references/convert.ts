import { fail, issue, ok, unwrap, type Result } from '../errors';
import { rfCheckDigits } from './checksums';
import { isDigits } from './checksums';
import { REFERENCE_MESSAGES } from './messages';
import { PaymentReferenceError, type ReferenceSchemeInput, type ValidReference } from './types';
import { safeValidateReference } from './validate';

/**
 * Turns a Finnish national reference into its RF form: `RF` + check digits + the reference
 * without leading zeros (`01030100067175800018` → `RF031030100067175800018`). Returns every
 * issue of the Finnish reference instead of throwing.
 */
export function safeFinnishToRf(reference: string): Result<ValidReference> {
  const finnish = safeValidateReference(reference, 'fi');
  if (!finnish.ok) return finnish;
  const body = finnish.value.value.replace(/^0+(?=\d)/, '');
  return safeValidateReference(`RF${rfCheckDigits(body)}${body}`, 'rf');
}

/**
 * The RF form of a Finnish reference; see {@link safeFinnishToRf}.
 *
 * @throws {PaymentReferenceError} when the Finnish reference is not valid.
 */
export function finnishToRf(reference: string): string {
  return unwrap(safeFinnishToRf(reference), PaymentReferenceError).value;
}

/**
 * Turns an RF creditor reference that holds a Finnish reference back into the national form
 * (`RF341234561` → `1234561`). Fails with `reference/not-finnish` when the RF reference is valid
 * but its body is not a valid Finnish reference.
 */
export function safeRfToFinnish(reference: string): Result<ValidReference> {
  const rf = safeValidateReference(reference, 'rf');
  if (!rf.ok) return rf;
  const body = rf.value.base;
  const finnish = isDigits(body) ? safeValidateReference(body, 'fi') : undefined;
  if (finnish === undefined || !finnish.ok) {
    return fail([issue('reference/not-finnish', REFERENCE_MESSAGES.notFinnish(rf.value.display))]);
  }
  return ok(finnish.value);
}

/**
 * The Finnish form of an RF reference; see {@link safeRfToFinnish}.
 *
 * @throws {PaymentReferenceError} when the RF reference is not valid or holds no Finnish one.
 */
export function rfToFinnish(reference: string): string {
  return unwrap(safeRfToFinnish(reference), PaymentReferenceError).value;
}

/**
 * Writes a valid reference the way a person should see it: Finnish in groups of five from the
 * right without leading zeros (`1 23118 06525 26617`), RF in groups of four
 * (`RF18 5390 0754 7034`), a FIK line whole, KID and OCR unchanged.
 *
 * @throws {PaymentReferenceError} when the reference is not valid in that scheme.
 */
export function formatReference(reference: string, scheme: ReferenceSchemeInput): string {
  return unwrap(safeValidateReference(reference, scheme), PaymentReferenceError).display;
}
