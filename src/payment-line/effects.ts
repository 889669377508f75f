/** The kinds of effect a transition asks the ERP to perform. */
export type PaymentLineEffectKind = 'create-settlement-voucher' | 'reopen-remainder' | 'make-payable-again';

/** What every effect carries: a stable id and the line it is for. */
export interface PaymentLineEffectBase {
  /**
   * Stable id: `<paymentNo>/<lineId>:<kind>` (or `<lineId>:<kind>` without a payment number). A
   * line gets each kind at most once, so the id names the effect in every delivery order; the
   * ERP can store it to perform the effect exactly once.
   */
  readonly id: string;
  /** The line's id (the end-to-end id). */
  readonly lineId: string;
  /** The payment number, when the line has one. */
  readonly paymentNo?: string;
  /** The supplier paid. */
  readonly supplierNo: string;
  /** The open supplier entry the line pays, when known. */
  readonly openEntryId?: string;
  /** ISO 4217 currency of `amount`. */
  readonly currency: string;
}

/**
 * Create the settlement voucher: debit the supplier (accounts payable) for `amount`, credit the
 * bank partner's GL account, post `charges` to the charges account, and match the open entry.
 */
export interface CreateSettlementVoucherEffect extends PaymentLineEffectBase {
  readonly kind: 'create-settlement-voucher';
  /** The settled amount, decimal string. */
  readonly amount: string;
  /** Booking date of the settlement, `YYYY-MM-DD`. */
  readonly date: string;
  /** The bank's charges, when reported. */
  readonly charges?: { readonly amount: string; readonly currency: string };
}

/** A partly settled line: the unpaid remainder of the open entry is open (payable) again. */
export interface ReopenRemainderEffect extends PaymentLineEffectBase {
  readonly kind: 'reopen-remainder';
  /** The remainder: original amount − settled amount, decimal string, > 0. */
  readonly amount: string;
}

/** A rejected or cancelled line: its open entry leaves the payment and can be paid again, in full. */
export interface MakePayableAgainEffect extends PaymentLineEffectBase {
  readonly kind: 'make-payable-again';
  /** The open amount (the original amount: nothing was paid), decimal string. */
  readonly amount: string;
  /** Why. */
  readonly reason: 'rejected' | 'cancelled';
}

/** Every effect, discriminated by `kind`. */
export type PaymentLineEffect = CreateSettlementVoucherEffect | ReopenRemainderEffect | MakePayableAgainEffect;
