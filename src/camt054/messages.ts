import type { XmlIssueCode } from '../internal/xml';

/** Issue codes of the camt.054 reader: the XML layer's `xml/…` codes and its own. */
export type Camt054IssueCode =
  | XmlIssueCode
  | 'camt054/missing-field'
  | 'camt054/invalid-amount'
  | 'camt054/invalid-date'
  | 'camt054/invalid-number'
  | 'camt054/invalid-credit-debit'
  | 'camt054/batch-sum-mismatch'
  | 'camt054/batch-count-mismatch'
  | 'camt054/no-amount'
  | 'camt054/unknown-direction'
  | 'camt054/reversal';

/** Messages a bookkeeper understands. */
export const CAMT054_MESSAGES = {
  missingField: (field: string, where: string): string => `The notification has no ${field} in ${where}; the bank’s file is incomplete.`,
  invalidCreditDebit: (value: string): string => `"${value}" is neither CRDT (credit) nor DBIT (debit).`,
  batchSumMismatch: (sum: string, entry: string, currency: string): string =>
    `The transactions of this entry add up to ${sum} ${currency}, but the entry is ${entry} ${currency}. Check the bank’s file before posting it.`,
  batchCountMismatch: (declared: string, found: number): string =>
    `The batch says it holds ${declared} transactions, but ${found} are detailed.`,
  noAmount: 'This transaction’s amount is not given, and the entry holds several transactions, so it cannot be told.',
  unknownDirection: 'This entry does not say whether it is a credit or a debit, so it cannot be listed as a payment.',
  reversal: 'This entry reverses an earlier booking; it is not a new payment.',
  invalidOptions: (detail: string): string => `The options of parseCamt054 are not valid: ${detail}`,
} as const;
