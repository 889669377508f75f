/**
 * Issue codes the pain.001 module adds. A suggestion that fails validation keeps the
 * validation module's codes (`line/…`, `creditor/…`, `iban/…`, …). Stable: switch on them,
 * never on messages.
 */
export type Pain001IssueCode =
  | 'pain001/invalid-options'
  | 'pain001/invalid-message-id'
  | 'pain001/invalid-creation-time'
  | 'pain001/invalid-instruction-id'
  | 'pain001/invalid-uetr'
  | 'pain001/uetr-not-in-version'
  | 'pain001/duplicate-end-to-end-id'
  | 'pain001/duplicate-payment-information-id'
  | 'pain001/invalid-xml-character'
  | 'pain001/address-not-expressible'
  | 'pain001/date-adjustment-failed'
  | 'pain001/control-sum-too-large'
  | 'pain001/totals-mismatch'
  | 'pain001/source-changed'
  | 'pain001/transliterated'
  | 'pain001/not-re-iterable';

/** Messages a bookkeeper understands, one per code. */
export const PAIN001_MESSAGES = {
  invalidMessageId: (id: string): string =>
    `The message id "${id}" cannot be sent: use 1–35 letters, digits or / - ? : ( ) . , ' + and spaces, not starting or ending with "/" and without "//".`,
  invalidCreationTime: (value: string): string =>
    `"${value}" is not a creation time: write it as an ISO date and time such as 2026-11-30T14:05:00 or 2026-11-30T14:05:00+01:00.`,
  invalidInstructionId: (id: string): string =>
    `The instruction id "${id}" cannot be sent: use 1–35 letters, digits or / - ? : ( ) . , ' + and spaces, not starting or ending with "/" and without "//".`,
  invalidUetr: (value: string): string =>
    `"${value}" is not a UETR: a UETR is a version-4 UUID in lower case, such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301.`,
  uetrNotInVersion:
    'pain.001.001.03 has no UETR field: choose pain.001.001.09 or .11, or do not give UETRs.',
  duplicateEndToEndId: (id: string): string =>
    `The line id "${id}" is used twice in this file; the bank's answer could not be matched to the right line. Give each line its own id.`,
  duplicatePaymentInformationId: (id: string): string =>
    `Two payment blocks would get the id "${id}" (their payment numbers are too alike); use payment numbers that differ in their first 30 characters.`,
  invalidXmlCharacter: (field: string): string =>
    `${field} holds a control character that an XML file cannot carry; remove it.`,
  addressNotExpressible: (fields: string): string =>
    `pain.001.001.03 has no fields for ${fields}, and they do not fit into the address lines (at most 7 lines of 70 characters); shorten them or use pain.001.001.09.`,
  dateAdjustmentFailed: (why: string): string => `The payment date could not be moved to a bank day: ${why}`,
  controlSumTooLarge: 'The total of the payments has more than 18 digits, more than the file can carry; split the payment.',
  totalsMismatch: (what: string, expected: string, actual: string): string =>
    `The ${what} given before writing (${expected}) differs from the lines (${actual}); the file written is wrong and must be discarded.`,
  sourceChanged: (what: string): string =>
    `The lines changed between the two readings of the source (${what}); the file written is wrong and must be discarded.`,
  transliterated: (field: string, from: string, to: string): string =>
    `${field} was written as "${to}" (SEPA payments carry only the Latin character set; "${from}" was replaced).`,
  notReIterable:
    'The lines can be read only once, so the totals of the file cannot be counted before writing: pass a function that returns the lines anew, or give the totals.',
} as const;
