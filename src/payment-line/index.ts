/**
 * `eftkit/payment-line`: the payment-line lifecycle between the ERP and the hub. Statuses with
 * the ERP's codes, events as a discriminated union, a pure `transition(line, event)` that
 * returns the new line, the effects (settlement voucher, reopen remainder, payable again) and
 * the audit-trail entry; duplicates, late and out-of-order deliveries converge. The transition
 * table is data.
 *
 * @packageDocumentation
 */
export { PaymentLineError } from './errors';
export { PAYMENT_LINE_MESSAGES } from './messages';
export type { PaymentLineIssueCode } from './messages';
export { PAYMENT_LINE_STATUSES, PAYMENT_LINE_STATUS_IDS, PAYMENT_HEADER_STATUSES, isTerminalStatus } from './statuses';
export type {
  PaymentLineStatusId,
  ErpLineStatusCode,
  PaymentLineStatusClass,
  PaymentLineStatusInfo,
  PaymentHeaderStatusCode,
  PaymentHeaderStatusInfo,
} from './statuses';
export { PAYMENT_LINE_EVENT_TYPES } from './events';
export type {
  PaymentLineEventType,
  PaymentLineEventBase,
  PaymentLineEvent,
  UploadedEvent,
  BatchCancelledEvent,
  PreApprovedEvent,
  ApprovedEvent,
  SentToBankEvent,
  MissingEvent,
  AcceptedByBankEvent,
  AmountReducedEvent,
  DateChangedEvent,
  SettledEvent,
  RejectedEvent,
  CancelledEvent,
  PostedEvent,
  Charges,
} from './events';
export type {
  PaymentLineEffectKind,
  PaymentLineEffectBase,
  PaymentLineEffect,
  CreateSettlementVoucherEffect,
  ReopenRemainderEffect,
  MakePayableAgainEffect,
} from './effects';
export type { PaymentLineState, LineSettlement, LineRejection, ChangeStamp } from './line';
export { PAYMENT_LINE_TRANSITIONS, transitionRules, transitionTableMarkdown, transitionDiagramMermaid } from './table';
export type { TransitionAction, TransitionRule, TransitionTable } from './table';
export { transition, safeTransition, applyEvents } from './transition';
export type {
  HistoryOutcome,
  PaymentLineHistoryEntry,
  TransitionResult,
  TransitionOptions,
  ApplyEventsOptions,
  ApplyEventsResult,
} from './transition';
export { paymentHeaderStatus } from './header';
export type { PaymentHeaderStatus } from './header';
export {
  createPaymentLine,
  safeCreatePaymentLine,
  parsePaymentLineState,
  safeParsePaymentLineState,
  parsePaymentLineEvent,
  safeParsePaymentLineEvent,
} from './create';
export {
  EventTimestampSchema,
  PaymentLineStatusSchema,
  PaymentLineEventSchema,
  PaymentLineInputSchema,
  PaymentLineStateSchema,
} from './schemas';
export type { PaymentLineInput } from './schemas';
