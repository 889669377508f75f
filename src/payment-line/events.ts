/** The kinds of event a payment line can receive. */
export type PaymentLineEventType =
  | 'uploaded'
  | 'batch-cancelled'
  | 'pre-approved'
  | 'approved'
  | 'sent-to-bank'
  | 'missing'
  | 'accepted-by-bank'
  | 'amount-reduced'
  | 'date-changed'
  | 'settled'
  | 'rejected'
  | 'cancelled'
  | 'posted';

/** The event types, in the order the table and the docs list them. */
export const PAYMENT_LINE_EVENT_TYPES: readonly PaymentLineEventType[] = Object.freeze([
  'uploaded',
  'batch-cancelled',
  'pre-approved',
  'approved',
  'sent-to-bank',
  'missing',
  'accepted-by-bank',
  'amount-reduced',
  'date-changed',
  'settled',
  'rejected',
  'cancelled',
  'posted',
]);

/** What every event carries. The caller supplies the id and the timestamp: eftkit reads no clock. */
export interface PaymentLineEventBase {
  /**
   * Unique id of this notification (the hub's message id, the bank's status id, …). A second
   * delivery with the same id is a duplicate and changes nothing.
   */
  readonly id: string;
  /**
   * When it happened at its source, ISO 8601 with an offset (`2026-11-30T09:15:00Z`,
   * `2026-11-30T10:15:00+01:00`). Used to order amount reductions and date changes only.
   */
  readonly at: string;
  /** The line it is about (`lineId` of the line, the end-to-end id in ISO 20022 terms). */
  readonly lineId: string;
  /** Where it came from, for the audit trail (`hub`, `pain.002`, `camt.054`, `erp`, …). */
  readonly source?: string | undefined;
}

/** The ERP uploaded the line to the hub (pain.001 accepted by the hub). → 8. */
export interface UploadedEvent extends PaymentLineEventBase {
  readonly type: 'uploaded';
}

/** The hub cancelled the whole batch because one of its transactions was deficient. → cancelled. */
export interface BatchCancelledEvent extends PaymentLineEventBase {
  readonly type: 'batch-cancelled';
  /** Why, as the hub says it. */
  readonly reasonText?: string | undefined;
}

/** The hub accepted the line's approval token ("Approve and pay"): it goes to the bank at once. → 2. */
export interface PreApprovedEvent extends PaymentLineEventBase {
  readonly type: 'pre-approved';
}

/** A user approved the batch in the hub. → approved (8). */
export interface ApprovedEvent extends PaymentLineEventBase {
  readonly type: 'approved';
}

/** The hub sent the payment to the bank. → 2. */
export interface SentToBankEvent extends PaymentLineEventBase {
  readonly type: 'sent-to-bank';
}

/** The hub's return data for the payment had no line matching this one. → 9 (not final). */
export interface MissingEvent extends PaymentLineEventBase {
  readonly type: 'missing';
}

/** The bank accepted the payment (pain.002 ACTC, ACCP, ACSP, ACWC, PDNG). → 3. */
export interface AcceptedByBankEvent extends PaymentLineEventBase {
  readonly type: 'accepted-by-bank';
  /** The bank's status code, for the audit trail (`ACCP`, `ACSP`, …). */
  readonly bankStatus?: string | undefined;
}

/** The hub reduced the amount (never increased) before approval. Status unchanged. */
export interface AmountReducedEvent extends PaymentLineEventBase {
  readonly type: 'amount-reduced';
  /** The new amount, a decimal string in the line's currency (`"800.00"`), > 0. */
  readonly amount: string;
  /** The currency; must be the line's. */
  readonly currency: string;
}

/** The hub changed the payment date before approval. Status unchanged. */
export interface DateChangedEvent extends PaymentLineEventBase {
  readonly type: 'date-changed';
  /** The new payment date, `YYYY-MM-DD`. */
  readonly date: string;
}

/** Charges the bank took for a payment (camt.054 `Chrgs`). */
export interface Charges {
  /** Decimal string, ≥ 0. */
  readonly amount: string;
  /** ISO 4217 currency. */
  readonly currency: string;
}

/**
 * The payment was settled: the amount actually debited for this line (camt.054 debit, or
 * pain.002 ACSC with the amount), partial allowed. → 5 (settled or partly settled).
 */
export interface SettledEvent extends PaymentLineEventBase {
  readonly type: 'settled';
  /** The settled amount, a decimal string in the line's currency, > 0 and ≤ the line's amount. */
  readonly amount: string;
  /** The currency; must be the line's. */
  readonly currency: string;
  /** Booking date of the debit, `YYYY-MM-DD`. */
  readonly date: string;
  /** The bank's charges for the payment, when reported. */
  readonly charges?: Charges | undefined;
}

/** The bank (or the hub) rejected the payment (pain.002 RJCT). → 10, final. */
export interface RejectedEvent extends PaymentLineEventBase {
  readonly type: 'rejected';
  /** The reason code (ISO 20022 `StsRsnInf/Rsn/Cd` such as `AC01`, `AM04`, or the hub's own). */
  readonly reasonCode: string;
  /** The reason in words. */
  readonly reasonText: string;
}

/** A user cancelled the line (or its batch) in the hub. → cancelled (10), final. */
export interface CancelledEvent extends PaymentLineEventBase {
  readonly type: 'cancelled';
  /** Why, if said. */
  readonly reasonText?: string | undefined;
}

/** The ERP posted the settlement voucher (the ERP's own event, after the settlement effect). → 6, final. */
export interface PostedEvent extends PaymentLineEventBase {
  readonly type: 'posted';
  /** The ERP's voucher (batch) number. */
  readonly voucherNo?: string | undefined;
}

/** Every event a payment line understands, discriminated by `type`. */
export type PaymentLineEvent =
  | UploadedEvent
  | BatchCancelledEvent
  | PreApprovedEvent
  | ApprovedEvent
  | SentToBankEvent
  | MissingEvent
  | AcceptedByBankEvent
  | AmountReducedEvent
  | DateChangedEvent
  | SettledEvent
  | RejectedEvent
  | CancelledEvent
  | PostedEvent;
