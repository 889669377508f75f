import type { Charges } from './events';
import type { PaymentLineStatusId } from './statuses';

/** When a reduction or a date change was made, to order them: the event's time and id. */
export interface ChangeStamp {
  /** The event's `at`. */
  readonly at: string;
  /** The event's id (breaks ties between equal times). */
  readonly eventId: string;
}

/** The settlement of a line, as the bank reported it. */
export interface LineSettlement {
  /** The settled amount, decimal string. */
  readonly amount: string;
  /** Booking date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The bank's charges, when reported. */
  readonly charges?: Charges;
}

/** Why a line was rejected. */
export interface LineRejection {
  /** The reason code (`AC01`, `AM04`, …). */
  readonly reasonCode: string;
  /** The reason in words. */
  readonly reasonText: string;
}

/**
 * A payment line as its lifecycle sees it: a plain, serialisable object (strings only), so the
 * ERP can store it and read it back with `PaymentLineStateSchema`. Never changed in place:
 * `transition` returns a new one.
 *
 * Invariant: `paidAmount + openAmount = originalAmount`, exactly.
 */
export interface PaymentLineState {
  /** The line's id (the end-to-end id). */
  readonly lineId: string;
  /** The payment number the line belongs to. */
  readonly paymentNo?: string;
  /** The supplier paid. */
  readonly supplierNo: string;
  /** The open supplier entry the line pays. */
  readonly openEntryId?: string;
  /** ISO 4217 currency of every amount of the line. */
  readonly currency: string;
  /** The amount of the open entry when the line was made; never changes. */
  readonly originalAmount: string;
  /** The amount to pay now: the original, reduced by the hub, or the paid amount once settled. */
  readonly amount: string;
  /** What the bank settled; `0` until then. */
  readonly paidAmount: string;
  /** What stays open on the entry: original − paid. */
  readonly openAmount: string;
  /** The payment date: requested, changed by the hub, or the settlement's booking date. */
  readonly paymentDate: string;
  /** The status. */
  readonly status: PaymentLineStatusId;
  /** The settlement, once settled. */
  readonly settlement?: LineSettlement;
  /** The reason, once rejected. */
  readonly rejection?: LineRejection;
  /** The ERP's voucher number, once posted (when the posted event named it). */
  readonly voucherNo?: string;
  /** When the amount was last reduced. */
  readonly amountChangedBy?: ChangeStamp;
  /** When the date was last changed. */
  readonly dateChangedBy?: ChangeStamp;
  /** The id of every event recorded (applied or late), in arrival order: duplicates are found here. */
  readonly eventIds: readonly string[];
  /** The id of every effect asked for, so that none is asked for twice. */
  readonly effectIds: readonly string[];
}
