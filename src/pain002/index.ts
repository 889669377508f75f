/**
 * `eftkit/pain002`: reads the bank's (or hub's) pain.002 customer payment status reports,
 * versions pain.002.001.03 and .10, safely: group, payment-information and transaction
 * statuses tied to our ids, with reason codes described in English.
 *
 * @packageDocumentation
 */
export { Pain002Error } from './errors';
export { PAIN002_MESSAGES } from './messages';
export type { Pain002IssueCode } from './messages';
export { PAYMENT_STATUS_CODES } from './status-codes';
export type { PaymentStatusCode, PaymentStatusRow, StatusOutcome } from './status-codes';
export { STATUS_REASON_CODES } from './reason-codes';
export type { StatusReasonRow } from './reason-codes';
export { ParsePain002OptionsSchema } from './schemas';
export type { ParsePain002Options } from './schemas';
export { safeParsePain002, parsePain002, describeStatus, describeReason, transactionStatuses } from './parse';
export { streamPain002Statuses } from './stream';
export type { Pain002StreamStatus, Pain002StreamHeader, Pain002PaymentInformationHeader } from './stream';
export type {
  Pain002Version,
  StatusCode,
  StatusReason,
  TransactionsPerStatus,
  GroupStatus,
  OriginalTransactionReference,
  TransactionStatus,
  PaymentInformationStatus,
  Pain002Report,
} from './types';
export type { XmlInput, XmlLimits, XmlChunk } from '../internal/xml';
export { createLineLookup, safeCreateLineLookup, LineReferenceSchema } from './lookup';
export type { LineLookup, LineReference, LineQuery, LineLookupSource } from './lookup';
export { pain002ToEvents, safePain002ToEvents, Pain002ToEventsOptionsSchema, PAIN002_EVENT_MESSAGES } from './events';
export type { Pain002ToEventsOptions, Pain002Events, UnknownReference, UnknownReferenceReason, SkippedStatus } from './events';
