/**
 * What a status means for the payment, in one word:
 * - `received`: the bank has the file, nothing checked yet;
 * - `accepted`: a check passed (technical, customer profile, funds…), not yet settled;
 * - `pending`: the bank is still working on it;
 * - `settled`: the money has left the debtor's account (ACSC) or reached the creditor's (ACCC);
 * - `partial`: some transactions of a group or payment were accepted, some rejected;
 * - `rejected`: the payment will not be made;
 * - `cancelled`: the payment was cancelled.
 */
export type StatusOutcome = 'received' | 'accepted' | 'pending' | 'settled' | 'partial' | 'rejected' | 'cancelled';

/** One row of the payment status table. */
export interface PaymentStatusRow {
  /** The four-letter code. */
  readonly code: string;
  /** The ISO 20022 name. */
  readonly name: string;
  /** What it means, in English. */
  readonly description: string;
  /** What it means for the payment. */
  readonly outcome: StatusOutcome;
}

/** The status codes the brief names: what a Nordic bank's pain.002 carries. */
export type PaymentStatusCode = 'ACTC' | 'ACCP' | 'ACSP' | 'ACSC' | 'ACWC' | 'PDNG' | 'PART' | 'RJCT';

const row = (code: string, name: string, outcome: StatusOutcome, description: string): PaymentStatusRow =>
  Object.freeze({ code, name, description, outcome });

/**
 * Payment status codes of pain.002 (`GrpSts`, `PmtInfSts`, `TxSts`). Source: ISO 20022
 * External Code Sets, ExternalPaymentTransactionStatus1Code and ExternalPaymentGroupStatus1Code
 * (iso20022.org, "External Code Sets"), and the TransactionGroupStatus3Code /
 * TransactionIndividualStatus3Code enumerations of the pain.002.001.03 XSD. Descriptions are
 * eftkit's English summaries of the ISO definitions.
 */
export const PAYMENT_STATUS_CODES: Readonly<Record<string, PaymentStatusRow>> = Object.freeze({
  RCVD: row('RCVD', 'Received', 'received', 'The bank has received the payment initiation; nothing has been checked yet.'),
  ACTC: row('ACTC', 'AcceptedTechnicalValidation', 'accepted', 'Authentication and syntactical and semantical (technical) validation succeeded.'),
  ACCP: row('ACCP', 'AcceptedCustomerProfile', 'accepted', 'Technical validation and the customer profile check succeeded.'),
  ACFC: row('ACFC', 'AcceptedFundsChecked', 'accepted', 'Technical validation, customer profile and funds check succeeded.'),
  ACWC: row('ACWC', 'AcceptedWithChange', 'accepted', 'Accepted, but with a change (such as the date or a missing detail) made by the bank.'),
  ACWP: row('ACWP', 'AcceptedWithoutPosting', 'accepted', 'Accepted, but not yet posted to the creditor’s account.'),
  ACIS: row('ACIS', 'AcceptedandChequeIssued', 'accepted', 'Accepted and a cheque has been issued.'),
  ACPD: row('ACPD', 'AcceptedClearingProcessed', 'accepted', 'The clearing of the transaction has been processed.'),
  ACSP: row('ACSP', 'AcceptedSettlementInProcess', 'accepted', 'All checks succeeded and the payment has been sent on for settlement.'),
  ACSC: row('ACSC', 'AcceptedSettlementCompleted', 'settled', 'Settlement on the debtor’s account has been completed: the money has left the account.'),
  ACCC: row('ACCC', 'AcceptedSettlementCompletedCreditorAccount', 'settled', 'Settlement on the creditor’s account has been completed.'),
  PDNG: row('PDNG', 'Pending', 'pending', 'The payment is pending: further checks and a status update will follow.'),
  PRES: row('PRES', 'Presented', 'pending', 'The request has been presented to the next party.'),
  PART: row('PART', 'PartiallyAccepted', 'partial', 'Some transactions have been accepted, others have not (see their own statuses).'),
  PATC: row('PATC', 'PartiallyAcceptedTechnicalCorrect', 'partial', 'The payment is partially accepted: further authorisations are needed.'),
  RJCT: row('RJCT', 'Rejected', 'rejected', 'The payment has been rejected; see the reason.'),
  BLCK: row('BLCK', 'Blocked', 'rejected', 'The payment is blocked and the funds will neither be credited nor returned.'),
  CANC: row('CANC', 'Cancelled', 'cancelled', 'The payment has been cancelled.'),
});
