/**
 * `eftkit/validation`: the payment model (a payment suggestion as the ERP exports it) with zod
 * schemas, and `validatePaymentSuggestion`, which classifies each line, checks everything its
 * class needs and gives the hub's batch verdict.
 *
 * @packageDocumentation
 */
export type {
  PaymentSuggestion,
  PayingCompany,
  DebtorAccount,
  BankPartner,
  PaymentLine,
  Creditor,
  CreditorAccount,
  PostalAddress,
  PartyIdentification,
  Remittance,
  VoucherType,
  RegulatoryReporting,
} from './model';
export {
  PostalAddressShape,
  PartyIdentificationShape,
  DebtorAccountShape,
  BankPartnerShape,
  PayingCompanyShape,
  CreditorAccountShape,
  CreditorShape,
  RemittanceShape,
  VoucherTypeShape,
  RegulatoryReportingShape,
  PaymentLineShape,
  PaymentSuggestionShape,
} from './shapes';
export { PaymentSuggestionSchema, PaymentLineSchema, PayingCompanySchema } from './schemas';
export { classifyPayment } from './classify';
export type { PaymentClass, ClassifyPaymentInput, PaymentClassification } from './classify';
export {
  PaymentValidationError,
  DEFAULT_REFERENCE_SCHEMES,
  validatePaymentSuggestion,
  safeParsePaymentSuggestion,
  parsePaymentSuggestion,
  zodIssuesToEftkit,
} from './validate';
export type {
  ValidatePaymentSuggestionOptions,
  ValidatedPaymentLine,
  ValidatedPaymentSuggestion,
  LineReport,
  DeficientLine,
  PaymentSuggestionReport,
} from './validate';
export { ADDRESS_FIELD_LIMITS, isSendableId, isIsoDate, isLei } from './checks';
export type { AddressRule } from './checks';
export { VALIDATION_MESSAGES } from './messages';
export type { ValidationIssueCode } from './messages';
