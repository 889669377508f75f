/**
 * The statuses of a payment line: the ERP's documented codes (DOMAIN.md section 2: 1, 8, 2, 3,
 * 5, 6, 9, 10) and the hub's outcomes that share a code with one of them (approved in the hub,
 * partly settled, cancelled).
 */
export type PaymentLineStatusId =
  | 'estimate'
  | 'transferred-to-eft'
  | 'approved'
  | 'transferred'
  | 'missing'
  | 'receipted'
  | 'partly-settled'
  | 'settled'
  | 'posted'
  | 'rejected'
  | 'cancelled';

/** The codes a user sees in the ERP's payment-line status column. */
export type ErpLineStatusCode = 1 | 2 | 3 | 5 | 6 | 8 | 9 | 10;

/**
 * Where a status stands: `open` (on its way, nothing paid), `paid` (settled, not yet posted),
 * `posted` (final) or `returned` (rejected or cancelled: final, the open entry is payable again).
 */
export type PaymentLineStatusClass = 'open' | 'paid' | 'posted' | 'returned';

/** One status of a payment line, as data. */
export interface PaymentLineStatusInfo {
  /** eftkit's id of the status. */
  readonly id: PaymentLineStatusId;
  /** The code the ERP shows for it. */
  readonly erpCode: ErpLineStatusCode;
  /** The ERP's name of that code. */
  readonly erpName: string;
  /** An English name of the status itself (more precise than the ERP's code where codes are shared). */
  readonly name: string;
  /** Open, paid, posted or returned. */
  readonly class: PaymentLineStatusClass;
  /** True when no event can move the line any more (posted, rejected, cancelled). */
  readonly terminal: boolean;
  /**
   * How far the line has come (0 estimate … 7 posted); a notification about a stage at or
   * below the line's rank is late. Returned statuses have no rank (`null`).
   */
  readonly rank: number | null;
  /** What it means, for a user. */
  readonly description: string;
}

const info = (
  id: PaymentLineStatusId,
  erpCode: ErpLineStatusCode,
  erpName: string,
  name: string,
  cls: PaymentLineStatusClass,
  rank: number | null,
  description: string,
): PaymentLineStatusInfo =>
  Object.freeze({ id, erpCode, erpName, name, class: cls, terminal: cls === 'posted' || cls === 'returned', rank, description });

/**
 * Every payment-line status with its ERP code and name, in the order a line passes through
 * them. Source of the codes: the ERP's payment-line status field as listed in DOMAIN.md
 * section 2 (integration guide, seeds/003). The hub outcomes without a code of their own
 * (approved, partly settled, cancelled) show the code the ERP shows for them; that mapping is
 * eftkit's (the full table is not public; see docs/decisions/0005-payment-line-lifecycle.md).
 */
export const PAYMENT_LINE_STATUSES: Readonly<Record<PaymentLineStatusId, PaymentLineStatusInfo>> = Object.freeze({
  estimate: info('estimate', 1, 'Estimate', 'Estimate', 'open', 0, 'In a payment suggestion, not yet uploaded.'),
  'transferred-to-eft': info('transferred-to-eft', 8, 'Transferred to EFT system, not to bank', 'Transferred to EFT system, not to bank', 'open', 1, 'Uploaded to the hub, waiting for approval.'),
  approved: info('approved', 8, 'Transferred to EFT system, not to bank', 'Approved in the hub', 'open', 2, 'Approved in the hub, not yet sent to the bank.'),
  transferred: info('transferred', 2, 'Transferred', 'Sent to bank', 'open', 3, 'Sent to the bank by the hub (pre-approved lines go here at once).'),
  missing: info('missing', 9, 'Missing', 'Missing', 'open', 4, 'The hub\'s return data had no line matching this one; a later notification moves it on.'),
  receipted: info('receipted', 3, 'Receipted', 'Accepted by the bank', 'open', 5, 'The bank accepted the payment (pain.002 ACTC, ACCP, ACSP, ACWC, PDNG).'),
  'partly-settled': info('partly-settled', 5, 'Settled', 'Partly settled', 'paid', 6, 'Settled for less than the original amount; the line now holds the paid amount and the rest of the open entry is open again.'),
  settled: info('settled', 5, 'Settled', 'Settled', 'paid', 6, 'Settled in full; the settlement voucher is to be created.'),
  posted: info('posted', 6, 'Posted', 'Posted', 'posted', 7, 'The settlement voucher is in the accounts. Final.'),
  rejected: info('rejected', 10, 'Rejected', 'Rejected', 'returned', null, 'Rejected by the bank or the hub, with a reason. Final; the open entry can be paid again.'),
  cancelled: info('cancelled', 10, 'Rejected', 'Cancelled', 'returned', null, 'Cancelled in the hub (by a user, or the whole batch because a line was deficient). Final; the open entry can be paid again.'),
});

/** The status ids in lifecycle order. */
export const PAYMENT_LINE_STATUS_IDS: readonly PaymentLineStatusId[] = Object.freeze(Object.keys(PAYMENT_LINE_STATUSES) as PaymentLineStatusId[]);

/** True for a status no event can leave: posted, rejected, cancelled. */
export function isTerminalStatus(status: PaymentLineStatusId): boolean {
  return PAYMENT_LINE_STATUSES[status].terminal;
}

/** The codes of the payment (header) status, field PmtSt. */
export type PaymentHeaderStatusCode = 1 | 2 | 3 | 8 | 9 | 10;

/** One payment (header) status, as data. */
export interface PaymentHeaderStatusInfo {
  /** The ERP's code. */
  readonly code: PaymentHeaderStatusCode;
  /** The ERP's name. */
  readonly name: string;
  /** When it applies. */
  readonly description: string;
}

/**
 * The payment (header) statuses. Source: the ERP's field PmtSt as listed in DOMAIN.md section 2
 * (Visma Business reference "Betalingsstatus").
 */
export const PAYMENT_HEADER_STATUSES: Readonly<Record<PaymentHeaderStatusCode, PaymentHeaderStatusInfo>> = Object.freeze({
  1: Object.freeze({ code: 1, name: 'Estimate', description: 'Every line is still an estimate (suggestion).' }),
  8: Object.freeze({ code: 8, name: 'Transferred to EFT system, not to bank', description: 'Uploaded; some line that is not rejected has not reached the bank yet.' }),
  2: Object.freeze({ code: 2, name: 'Transferred', description: 'Every line reached the bank (sent, receipted, settled or posted).' }),
  3: Object.freeze({ code: 3, name: 'Transferred with rejections', description: 'Some lines were rejected or cancelled; the rest reached the bank.' }),
  9: Object.freeze({ code: 9, name: 'Missing payment lines', description: 'The return data had no matching line for some line that is not rejected.' }),
  10: Object.freeze({ code: 10, name: 'Rejected by EFT system', description: 'Every line was rejected or cancelled.' }),
} satisfies Record<PaymentHeaderStatusCode, PaymentHeaderStatusInfo>);
