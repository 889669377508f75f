import type { FactoringDefinitionInput } from '../cid';
import type { Amount } from '../money';
import type { UnmatchedReason } from './messages';

/**
 * An incoming payment as the bank reports it (camt.054 `Ntry`/`TxDtls`, or a hub's incoming
 * payment file). Structural and minimal: a parser maps its own types onto this one.
 */
export interface IncomingPayment {
  /** Unique id of the payment (the bank's entry reference or your own). */
  readonly id: string;
  /** The account the money came in on (BBAN or IBAN; spaces, dots, hyphens ignored). */
  readonly receivingAccount: string;
  /** The amount received, above zero: a decimal string (`"1250.00"`) or an `Amount`. */
  readonly amount: string | Amount;
  /** ISO 4217 currency of the amount. */
  readonly currency: string;
  /** Booking date `YYYY-MM-DD`: the voucher date. */
  readonly bookingDate: string;
  /** Value date `YYYY-MM-DD`, when the bank gives one. */
  readonly valueDate?: string;
  /** The structured reference (CID/KID/OCR/RF) the payer gave. */
  readonly reference?: string;
  /** Unstructured message: may name several invoices or hold CIDs. */
  readonly message?: string;
  /** The payer's name. */
  readonly debtorName?: string;
  /** The payer's account. */
  readonly debtorAccount?: string;
  /** The bank's own reference of the booking (for the voucher text). */
  readonly bankReference?: string;
}

/** An open customer entry (an invoice, or an instalment of one) waiting for payment. */
export interface OpenCustomerEntry {
  /** Unique id of the entry. */
  readonly id: string;
  /** Customer no. (digits or letters; leading zeros of an all-digit number do not count). */
  readonly customerNo: string;
  /** Invoice no. (leading zeros of an all-digit number do not count). */
  readonly invoiceNo: string;
  /** The CID stored on the entry, for accounts with a `0;0` (whole CID) definition. */
  readonly cid?: string;
  /** The amount still open, above zero, as a decimal string. */
  readonly amount: string;
  /** ISO 4217 currency of the entry. */
  readonly currency: string;
  /** Due date `YYYY-MM-DD`; entries due earlier are paid first when a payment names several at once. */
  readonly dueDate?: string;
}

/** One receiving account: its bank GL account and the factoring definitions of its CIDs. */
export interface ReceivingAccountSetup {
  /** The account number (BBAN or IBAN), as the payments name it. */
  readonly account: string;
  /** GL account of this bank account: debited with every payment received on it. */
  readonly bankGlAccount: string;
  /** Factoring definitions (`eftkit/cid`), tried in this order; may be empty. */
  readonly definitions: readonly FactoringDefinitionInput[];
}

/** General-ledger accounts the vouchers post to. */
export interface GlAccounts {
  /** Customer (receivables) account: credited for each matched entry. Needed for matching. */
  readonly receivables?: string;
  /** Suspense account: what could not be matched waits here. Needed for matching. */
  readonly suspense?: string;
  /** Write-off account for differences within the tolerance. Needed when a tolerance is set. */
  readonly writeOff?: string;
  /** Supplier (accounts payable) account: debited for each settlement. Needed for settlements. */
  readonly payables?: string;
  /** Bank charges account. Needed for settlements with charges. */
  readonly charges?: string;
  /** Exchange-rate difference account. Needed when a settlement's ledger amounts differ. */
  readonly currencyDifference?: string;
}

/** The setup of {@link matchIncomingPayments}. */
export interface MatchingSetup {
  /** Every account payments may come in on. A payment to another account is an input error. */
  readonly accounts: readonly ReceivingAccountSetup[];
  /** The GL accounts: `receivables` and `suspense` are needed, `writeOff` with a tolerance. */
  readonly glAccounts: GlAccounts;
  /**
   * Small differences to accept, per currency (`{ NOK: '5.00' }`): an entry left open by at
   * most this much is closed with a write-off; a payment exceeding its entries by at most this
   * much has the excess written off. Default: none (exact amounts only).
   */
  readonly tolerance?: Readonly<Record<string, string>>;
  /** Match a payment without any reference by its amount when exactly one open entry has that amount. Default false. */
  readonly matchByAmount?: boolean;
  /** Read CIDs and invoice numbers in the message. Default true. */
  readonly useMessage?: boolean;
}

/** How an entry was found. */
export type MatchMethod = 'cid' | 'customer-cid' | 'whole-cid' | 'message-cid' | 'message-invoice' | 'amount';

/** The part of a payment applied to one open entry. */
export interface Allocation {
  readonly entryId: string;
  readonly customerNo: string;
  readonly invoiceNo: string;
  /** How the entry was found. */
  readonly method: MatchMethod;
  /** The amount of the payment applied to the entry. */
  readonly amount: string;
  /** The entry's open amount before this payment. */
  readonly openBefore: string;
  /** The entry's open amount after this payment (and any write-off). */
  readonly openAfter: string;
  /** An underpayment within the tolerance, written off to close the entry. */
  readonly writtenOff?: string;
}

/**
 * How the payment compared with what was open: `exact`; `underpaid` (an entry stays partly
 * open); `overpaid` (a rest goes to suspense); `…-within-tolerance` (the difference was written
 * off); `none` (unmatched).
 */
export type PaymentFit =
  | 'exact'
  | 'underpaid'
  | 'overpaid'
  | 'underpaid-within-tolerance'
  | 'overpaid-within-tolerance'
  | 'none';

/** The one outcome of one payment. */
export interface PaymentOutcome {
  readonly paymentId: string;
  /** `matched`: all of it applied to entries; `partly-matched`: a rest went to suspense; `unmatched`: all of it did. */
  readonly status: 'matched' | 'partly-matched' | 'unmatched';
  readonly fit: PaymentFit;
  readonly currency: string;
  /** The payment's amount. */
  readonly amount: string;
  /** The entries paid, in the order they were paid. */
  readonly allocations: readonly Allocation[];
  /** An overpayment within the tolerance, written off (`"0.00"` when none). */
  readonly overpaymentWrittenOff: string;
  /** What went to the suspense account (`"0.00"` when nothing). */
  readonly unallocated: string;
  /** Why something went to suspense: set exactly when `unallocated` is above zero. */
  readonly reason?: UnmatchedReason;
  /** The voucher of this payment (`vouchers[i]` of the result, same order). */
  readonly voucherId: string;
}

/** One line of a voucher. Amounts are positive decimal strings; `side` says debit or credit. */
export interface VoucherLine {
  /** GL account. */
  readonly account: string;
  readonly side: 'debit' | 'credit';
  /** Amount in the voucher's currency (may be zero on an exchange-rate difference line). */
  readonly amount: string;
  /** Amount in the ledger currency, on vouchers that have one. */
  readonly ledgerAmount?: string;
  /** Text for the journal. */
  readonly text: string;
  /** The open entry this line settles. */
  readonly entryId?: string;
  readonly customerNo?: string;
  readonly invoiceNo?: string;
  readonly supplierNo?: string;
  /** On a suspense line: why the amount is there. */
  readonly reason?: UnmatchedReason;
}

/** A balanced voucher: debits equal credits, in its currency and (when set) in the ledger currency. */
export interface Voucher {
  /** `IN-<payment id>`, or the settlement's `voucherId` (default `ST-<line id>`). */
  readonly id: string;
  readonly kind: 'incoming-payment' | 'settlement';
  /** The payment id or the payment line id. */
  readonly sourceId: string;
  /** Voucher date `YYYY-MM-DD`. */
  readonly date: string;
  readonly currency: string;
  /** The ledger currency, when the voucher's currency is a foreign one. */
  readonly ledgerCurrency?: string;
  readonly lines: readonly VoucherLine[];
}

/** An open entry after matching. */
export interface EntryBalance {
  readonly entryId: string;
  readonly currency: string;
  readonly openBefore: string;
  readonly openAfter: string;
}

/** What {@link matchIncomingPayments} returns. */
export interface MatchingResult {
  /** One outcome per payment, in processing order (booking date, then payment id). */
  readonly outcomes: readonly PaymentOutcome[];
  /** One voucher per payment, same order as `outcomes`. */
  readonly vouchers: readonly Voucher[];
  /** The entries whose open amount changed, in the order of the input entries. */
  readonly entries: readonly EntryBalance[];
}

/**
 * A settled supplier payment to post (from a payment line's "settled" effect). The settled
 * `amount` and `charges` are in `currency`; `ledger` is there when that is not the ledger currency.
 */
export interface SettlementToPost {
  /**
   * The voucher's id; default `ST-<lineId>`. `settlementsFromEffects` sets the effect's stable
   * id here, so posting an effect again gives the same voucher id (store it: post once).
   */
  readonly voucherId?: string;
  /** The payment line id. */
  readonly lineId: string;
  readonly supplierNo: string;
  /** The open supplier entry the payment settles. */
  readonly openEntryId: string;
  /** The settled amount, above zero. */
  readonly amount: string;
  readonly currency: string;
  /** Settlement (booking) date `YYYY-MM-DD`. */
  readonly date: string;
  /** Bank charges taken from the bank account on top of the amount, in `currency`. */
  readonly charges?: string;
  /** The bank partner's bank GL account: credited. */
  readonly bankGlAccount: string;
  /** The ledger side of a foreign-currency settlement. */
  readonly ledger?: SettlementLedger;
}

/** Ledger-currency amounts of a foreign-currency settlement. */
export interface SettlementLedger {
  /** The ledger (company) currency. */
  readonly currency: string;
  /** Ledger units per unit of the settlement currency on the settlement date (`"11.4825"`). */
  readonly rate: string;
  /** The settled amount in the ledger currency as the bank booked it; default `amount × rate`, rounded half-even. */
  readonly amount?: string;
  /** The settled part of the open entry at the rate it was booked with; default the settled ledger amount (no difference). */
  readonly entryAmount?: string;
}

/** The setup of {@link postSettlements}: `payables` needed, `charges` and `currencyDifference` when used. */
export interface SettlementSetup {
  readonly glAccounts: GlAccounts;
}
