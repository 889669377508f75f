/**
 * `eftkit/camt054`: reads camt.054 bank-to-customer debit/credit notifications, versions
 * camt.054.001.02 and .08, safely, and lists incoming payments (with their KID/OCR/Finnish/RF
 * references recognised) and our outgoing debits.
 *
 * @packageDocumentation
 */
export { Camt054Error } from './errors';
export { CAMT054_MESSAGES } from './messages';
export type { Camt054IssueCode } from './messages';
export { ParseCamt054OptionsSchema } from './schemas';
export type { ParseCamt054Options } from './schemas';
export { safeParseCamt054, parseCamt054 } from './parse';
export { streamCamt054Entries } from './stream';
export type { Camt054StreamEntry, Camt054StreamGroup, CamtNotificationHeader } from './stream';
export { incomingPaymentsFromCamt054, outgoingDebitsFromCamt054 } from './payments';
export type {
  CamtPosition,
  BankReferences,
  IncomingPayment,
  OutgoingDebit,
  ReturnedPayment,
  SkippedTransaction,
  IncomingPayments,
  OutgoingDebits,
} from './payments';
export type {
  Camt054Version,
  CreditDebit,
  IsoAccount,
  IsoDate,
  CamtParty,
  CamtCharge,
  CreditorReference,
  StructuredRemittance,
  Remittance,
  TransactionReferences,
  ReturnInformation,
  CamtTransaction,
  BankTransactionCode,
  BatchInformation,
  CamtEntry,
  NotifiedAccount,
  CamtNotification,
  Camt054Report,
} from './types';
export type { XmlInput, XmlLimits, XmlChunk } from '../internal/xml';
export { camt054ToEvents, safeCamt054ToEvents, Camt054ToEventsOptionsSchema, CAMT054_EVENT_MESSAGES } from './events';
export type { Camt054ToEventsOptions, Camt054Events, Camt054UnknownItem, Camt054SkippedItem, Camt054EventIssueCode } from './events';
export { createLineLookup, safeCreateLineLookup } from '../pain002/lookup';
export type { LineLookup, LineReference, LineQuery, LineLookupSource } from '../pain002/lookup';
