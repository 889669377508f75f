/**
 * `eftkit/matching`: match incoming customer payments (CID, whole CID, invoice numbers and CIDs
 * in the message, amount) against open customer entries, and post balanced vouchers for them
 * and for settled supplier payments.
 *
 * @packageDocumentation
 */
export { MatchingError } from './errors';
export { MATCHING_MESSAGES, UNMATCHED_REASONS } from './messages';
export type { MatchingIssueCode, MatchingAdapterCode, UnmatchedReason } from './messages';
export { safeMatchIncomingPayments, matchIncomingPayments } from './match';
export { safePostSettlements, postSettlements } from './vouchers';
export { voucherTotals, isBalanced } from './balance';
export { incomingPaymentsForMatching } from './from-camt054';
export type { CamtPaymentPosition, UnmappedCamtPayment, CamtPaymentsForMatching, CamtPaymentsForMatchingOptions } from './from-camt054';
export { settlementsFromEffects } from './from-effects';
export type { PerSettlement, SettlementContext, SkippedEffect, SettlementsFromEffects } from './from-effects';
export type { VoucherTotals } from './balance';
export type {
  IncomingPayment,
  OpenCustomerEntry,
  ReceivingAccountSetup,
  GlAccounts,
  MatchingSetup,
  MatchMethod,
  Allocation,
  PaymentFit,
  PaymentOutcome,
  VoucherLine,
  Voucher,
  EntryBalance,
  MatchingResult,
  SettlementToPost,
  SettlementLedger,
  SettlementSetup,
} from './types';
export {
  AmountOrStringSchema,
  IncomingPaymentSchema,
  OpenCustomerEntrySchema,
  GlAccountsSchema,
  ReceivingAccountSetupSchema,
  MatchingSetupSchema,
  SettlementLedgerSchema,
  SettlementToPostSchema,
  SettlementSetupSchema,
} from './schemas';
