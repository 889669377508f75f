import type { XmlIssueCode } from '../internal/xml';

/** Issue codes of the pain.002 reader: the XML layer's `xml/…` codes and its own. */
export type Pain002IssueCode =
  | XmlIssueCode
  | 'pain002/missing-field'
  | 'pain002/invalid-amount'
  | 'pain002/invalid-date'
  | 'pain002/invalid-number'
  | 'pain002/unknown-status'
  | 'pain002/unknown-reason'
  | 'pain002/invalid-lookup'
  | 'pain002/invalid-options'
  | 'pain002/unknown-reference'
  | 'pain002/no-event-for-status';

/** Messages a bookkeeper understands. */
export const PAIN002_MESSAGES = {
  missingField: (field: string, where: string): string => `The status report has no ${field} in ${where}; the bank’s file is incomplete.`,
  unknownStatus: (code: string): string =>
    `The bank sent the status "${code}", which eftkit does not know. It is kept as sent; check with the bank what it means.`,
  unknownReason: (code: string): string =>
    `The bank sent the reason code "${code}", which is not in eftkit’s table. It is kept as sent.`,
  invalidOptions: (detail: string): string => `The options of parsePain002 are not valid: ${detail}`,
} as const;
