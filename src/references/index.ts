export { PaymentReferenceError, REFERENCE_SCHEMES } from './types';
export type {
  ReferenceScheme,
  ReferenceSchemeInput,
  OcrControl,
  ValidateReferenceOptions,
  ValidReference,
  FikPaymentLine,
} from './types';
export { safeValidateReference, validateReference, isValidReference } from './validate';
export { detectReference, schemesForCountry } from './detect';
export type { DetectReferenceOptions } from './detect';
export { safeCreateReference, createReference, computeCheckDigit } from './create';
export type { CreateReferenceOptions } from './create';
export { safeFinnishToRf, finnishToRf, safeRfToFinnish, rfToFinnish, formatReference } from './convert';
export { formatFikLine } from './fik';
export { normaliseReference } from './normalise';
export { findReferences } from './find';
export type { FindReferencesOptions, FoundReference } from './find';
export { REFERENCE_MESSAGES, SCHEME_NAMES } from './messages';
export type { ReferenceIssueCode } from './messages';
export {
  KID_MOD11_WEIGHTS,
  FINNISH_WEIGHTS,
  REFERENCE_LENGTHS,
  FIK_CARD_TYPES,
  FIK_CREDITOR_LENGTH,
  COUNTRY_SCHEMES,
  INVOICE_KEYWORDS,
} from './tables';
export type { FikCardType, LengthLimits } from './tables';
