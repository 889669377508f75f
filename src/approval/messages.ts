/**
 * The reasons a token does not pre-approve a payment line (the verdict codes of
 * `verifyApprovalToken`).
 */
export type ApprovalFailureCode =
  | 'approval/malformed'
  | 'approval/wrong-type'
  | 'approval/unknown-key'
  | 'approval/wrong-algorithm'
  | 'approval/bad-signature'
  | 'approval/expired'
  | 'approval/not-yet-valid'
  | 'approval/amount-higher'
  | 'approval/other-account'
  | 'approval/other-currency'
  | 'approval/other-company'
  | 'approval/other-reference'
  | 'approval/outside-date-window'
  | 'approval/not-paid'
  | 'approval/already-used';

/**
 * Issue codes of the approval module. Stable: switch on them, never on messages. The verdict
 * codes ({@link ApprovalFailureCode}), and the problems of the inputs (claims, keys, bundles,
 * options), never a verdict on a token.
 */
export type ApprovalIssueCode =
  | ApprovalFailureCode
  | 'approval/invalid-claims'
  | 'approval/invalid-key'
  | 'approval/duplicate-key-id'
  | 'approval/key-cannot-sign'
  | 'approval/duplicate-approval'
  | 'approval/not-in-bundle'
  | 'approval/invalid-options';

/** Messages a bookkeeper understands, one per code. */
export const APPROVAL_MESSAGES = {
  malformed: (why: string): string => `The approval token cannot be read: ${why}. Ask the approver to approve the invoice again.`,
  wrongType: (typ: string): string =>
    `The token is a "${typ}" token, not an eftkit approval token ("eftkit-approval+jwt"); it cannot pre-approve a payment.`,
  unknownKey: (kid: string): string =>
    `The approval token was signed with key "${kid}", which this system does not know (retired, or never shared). Approve the payment manually or ask for a new approval.`,
  missingKeyId: 'The approval token does not say which key signed it (no "kid"); it cannot be checked.',
  wrongAlgorithm: (alg: string, expected: string, kid: string): string =>
    `The approval token says it is signed with "${alg}", but key "${kid}" is only used with ${expected}. The token is rejected.`,
  badSignature: 'The approval token\'s signature does not match its content: it was changed after approval or forged.',
  expired: (at: string): string => `The approval expired at ${at}. Ask the approver to approve the invoice again.`,
  notYetValid: (at: string): string => `The approval is valid only from ${at}.`,
  amountHigher: (amount: string, max: string, currency: string): string =>
    `The payment is ${amount} ${currency}, more than the ${max} ${currency} that was approved. A lower amount is fine; a higher one needs a new approval.`,
  lineAmountInvalid: (amount: string): string => `The payment line's amount "${amount}" cannot be compared with the approved amount.`,
  otherAccount: (approved: string, line: string): string =>
    `The approval is for payment to account ${approved}, but the line pays to ${line}.`,
  otherCurrency: (approved: string, line: string): string =>
    `The approval is for a payment in ${approved}, but the line pays in ${line}.`,
  otherCompany: (approved: string, line: string): string =>
    `The approval was given for company ${approved}, but the payment is made by company ${line}.`,
  otherReference: (approved: string, line: string): string =>
    `The approval is for the invoice with reference ${approved}, but the line pays ${line}.`,
  outsideDateWindow: (date: string, from: string, to: string): string =>
    `The payment date ${date} is outside the approved window ${from} to ${to}.`,
  notPaid: 'The invoice was approved, but the payment was not signed with two-factor authentication ("Payment approved: no"). It needs the usual approval in the payment hub.',
  alreadyUsed: (approvalId: string): string =>
    `Approval ${approvalId} has already been used for a payment; a pre-approval pays once.`,
  invalidClaims: (field: string, expected: string): string => `${field} is not valid: expected ${expected}.`,
  invalidKey: (kid: string, why: string): string => `Key "${kid}" cannot be used for approval tokens: ${why}.`,
  duplicateKeyId: (kid: string): string => `Key id "${kid}" is used by more than one key in the keyring; key ids must be unique.`,
  keyCannotSign: (kid: string): string => `Key "${kid}" can only verify approval tokens (it is a public key), not issue them.`,
  duplicateApproval: (approvalId: string): string => `Approval ${approvalId} is already in the bundle.`,
  notInBundle: (approvalId: string, bundleId: string): string => `Approval ${approvalId} is not in bundle ${bundleId}.`,
  invalidOptions: (field: string, expected: string): string => `The option ${field} is not valid: expected ${expected}.`,
} as const;
