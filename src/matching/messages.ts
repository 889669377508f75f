/**
 * Issue codes of the matching module (input problems that make a `safe…` call fail). Stable:
 * switch on them, never on messages.
 */
export type MatchingIssueCode =
  | 'matching/invalid-input'
  | 'matching/invalid-amount'
  | 'matching/amount-not-positive'
  | 'matching/duplicate-id'
  | 'matching/unknown-receiving-account'
  | 'matching/duplicate-receiving-account'
  | 'matching/missing-gl-account'
  | 'matching/invalid-tolerance'
  | 'matching/invalid-rate'
  | 'matching/ledger-currency-same';

/**
 * Why an adapter did not hand an input on (`incomingPaymentsForMatching`,
 * `settlementsFromEffects`): warnings in their `unmapped` / `skipped` lists, never thrown.
 */
export type MatchingAdapterCode =
  | 'matching/not-booked'
  | 'matching/no-booking-date'
  | 'matching/no-receiving-account'
  | 'matching/unknown-receiving-account'
  | 'matching/amount-not-positive'
  | 'matching/duplicate-payment'
  | 'matching/not-a-settlement'
  | 'matching/duplicate-effect'
  | 'matching/already-posted'
  | 'matching/no-open-entry-id'
  | 'matching/no-bank-gl-account'
  | 'matching/no-rate'
  | 'matching/charges-currency';

/**
 * Why (part of) a payment went to the suspense account. Stable codes: an unmatched payment has
 * one of them, a partly matched payment has one for its rest.
 */
export type UnmatchedReason =
  | 'matching/no-reference'
  | 'matching/reference-not-understood'
  | 'matching/no-open-entry'
  | 'matching/ambiguous-invoice'
  | 'matching/currency-mismatch'
  | 'matching/already-settled'
  | 'matching/amount-not-unique'
  | 'matching/overpayment';

/** Why a payment (or its rest) went to suspense, in words, per {@link UnmatchedReason}. */
export const UNMATCHED_REASONS: Readonly<Record<UnmatchedReason, string>> = Object.freeze({
  'matching/no-reference': 'The payment has no CID, no message naming an invoice, and could not be matched by its amount.',
  'matching/reference-not-understood': 'None of the factoring definitions of the receiving account reads the CID of this payment.',
  'matching/no-open-entry': 'The CID or the invoice no. of the payment was read, but no open customer entry has it.',
  'matching/ambiguous-invoice': 'The invoice no. in the message is open for more than one customer; it cannot be told which one paid.',
  'matching/currency-mismatch': 'The open entries the payment names are in another currency than the payment.',
  'matching/already-settled': 'The open entries the payment names were already paid in full by earlier payments.',
  'matching/amount-not-unique': 'More than one open entry has the amount of this payment, so it cannot be matched by amount alone.',
  'matching/overpayment': 'The payment is more than the open amount of the entries it names; the rest waits in the suspense account.',
});

/** Messages a bookkeeper understands. */
export const MATCHING_MESSAGES = {
  invalidInput: (detail: string): string => `This field is not filled in correctly: ${detail}`,
  invalidAmount: (detail: string): string => `The amount is not usable: ${detail}`,
  amountNotPositive: (what: string, amount: string): string => `The ${what} must be above zero, not ${amount}.`,
  duplicateId: (what: string, id: string, first: number): string =>
    `The ${what} id "${id}" is used more than once (first at position ${first}); every ${what} needs its own id.`,
  unknownReceivingAccount: (account: string): string =>
    `The payment was received on the account "${account}", which is not in the setup. Add the account with its bank GL account.`,
  duplicateReceivingAccount: (account: string): string =>
    `The receiving account "${account}" is set up more than once; give each account one row with all its factoring definitions.`,
  missingGlAccount: (role: string, why: string): string => `A ${role} GL account is needed ${why}.`,
  invalidTolerance: (currency: string, detail: string): string => `The tolerance for ${currency} is not usable: ${detail}`,
  invalidRate: (rate: string): string => `The exchange rate "${rate}" must be a decimal number above zero, like "11.4825".`,
  ledgerCurrencySame: (currency: string): string =>
    `The ledger currency ${currency} is the currency of the settlement itself; leave out the ledger part for a settlement in the ledger currency.`,
  notBooked: (status: string | undefined): string =>
    `The bank has not booked this credit yet (status ${status ?? 'not given'}); it is matched when a notification reports it booked.`,
  noBookingDate: 'The bank gives no booking date for this credit, so it has no voucher date; ask the bank for the booked notification.',
  noReceivingAccount: 'The notification does not say which of our accounts received this credit.',
  duplicatePayment: (id: string): string =>
    `A payment with the bank reference "${id}" is already in this run: the bank reported the same credit twice. It is matched once.`,
  notASettlement: (kind: string): string => `The effect "${kind}" is not a settlement; the ERP performs it itself (no voucher).`,
  duplicateEffect: (id: string): string => `The effect "${id}" is in the list more than once; it is posted once.`,
  alreadyPosted: (id: string): string => `The effect "${id}" was already posted; it is not posted again.`,
  noOpenEntryId: 'The payment line names no open supplier entry, so the settlement cannot say which entry it settles.',
  noBankGlAccount: 'No bank GL account is set up for the bank partner of this payment line.',
  noRate: (currency: string, ledger: string): string => `No exchange rate from ${currency} to the ledger currency ${ledger} is given for this settlement.`,
  chargesCurrency: (charges: string, currency: string): string =>
    `The bank charges are in ${charges}, the settlement in ${currency}; give the charges in ${currency} (or post them separately).`,
  reasons: UNMATCHED_REASONS as Readonly<Record<UnmatchedReason, string>>,
} as const;
