/** Issue codes of the payment-line module. Stable: switch on them, never on messages. */
export type PaymentLineIssueCode =
  | 'payment-line/invalid-line'
  | 'payment-line/invalid-event'
  | 'payment-line/unknown-event-type'
  | 'payment-line/wrong-line'
  | 'payment-line/currency-mismatch'
  | 'payment-line/amount-increased'
  | 'payment-line/reduced-below-settled'
  | 'payment-line/settled-exceeds-amount'
  | 'payment-line/settlement-conflict'
  | 'payment-line/conflicting-outcome'
  | 'payment-line/not-settled'
  | 'payment-line/already-posted'
  | 'payment-line/no-lines';

/** Messages a bookkeeper understands, one per situation. */
export const PAYMENT_LINE_MESSAGES = {
  invalidEvent: (what: string): string => `The notification is not usable: ${what}.`,
  invalidLine: (what: string): string => `The payment line is not usable: ${what}.`,
  unknownEventType: (type: string): string => `"${type}" is not a payment-line event eftkit knows.`,
  wrongLine: (eventLine: string, line: string): string =>
    `This notification is about payment line ${eventLine}, not ${line}.`,
  currencyMismatch: (eventCurrency: string, lineCurrency: string): string =>
    `The notification is in ${eventCurrency}, but the payment line is in ${lineCurrency}.`,
  amountIncreased: (amount: string, current: string): string =>
    `The hub may only reduce a payment's amount, never increase it: ${amount} is more than ${current}.`,
  increasedOverTime: (amount: string, current: string): string =>
    `An earlier reduction to ${amount} is lower than the later ${current}: the amount would have been increased, which the hub never does.`,
  reducedBelowSettled: (amount: string, paid: string): string =>
    `The amount cannot be reduced to ${amount}: ${paid} has already been settled.`,
  settledExceedsAmount: (amount: string, limit: string): string =>
    `The bank settled ${amount}, more than the payment's amount ${limit}.`,
  settlementConflict: (recorded: string, incoming: string): string =>
    `The line was settled as ${recorded}, but this notification says ${incoming}. A line is settled once.`,
  settledAfterReturn: (status: string): string =>
    `The line is ${status}, so it cannot be settled: nothing was paid. Check the payment with the bank.`,
  returnedAfterPaid: (status: string): string =>
    `The line is already ${status}; it cannot be rejected or cancelled any more. Check the payment with the bank.`,
  notSettled: (status: string): string => `The line is ${status}; only a settled line can be posted.`,
  alreadyPosted: (what: string): string => `The line is posted, which is final: ${what} cannot change it.`,
  noLines: 'A payment needs at least one payment line to have a status.',
  // History notes (not errors).
  duplicate: (id: string): string => `Notification ${id} was already received; nothing changed.`,
  late: (type: string, status: string): string => `"${type}" arrived after the line was ${status}; recorded and ignored.`,
  superseded: (type: string): string => `"${type}" is older than the change already applied; recorded and ignored.`,
  sameSettlement: 'The same settlement was reported again; recorded and ignored.',
  applied: (from: string, to: string): string => (from === to ? `Applied; the line stays ${to}.` : `${from} → ${to}.`),
} as const;
