import { PaymentLineError } from './errors';
import { PAYMENT_LINE_MESSAGES as M } from './messages';
import {
  PAYMENT_HEADER_STATUSES,
  PAYMENT_LINE_STATUSES,
  type PaymentHeaderStatusCode,
  type PaymentHeaderStatusInfo,
  type PaymentLineStatusId,
} from './statuses';

/** How the lines of a payment stand, counted by class. */
export interface PaymentHeaderStatus extends PaymentHeaderStatusInfo {
  /** Lines per status. */
  readonly counts: Readonly<Partial<Record<PaymentLineStatusId, number>>>;
}

/**
 * The payment (header) status derived from its lines' statuses:
 * - `10` Rejected by EFT system: every line rejected or cancelled;
 * - `9` Missing payment lines: some line that is not rejected is missing;
 * - `1` Estimate: every line that is not rejected is still an estimate;
 * - `8` Transferred to EFT system, not to bank: some line that is not rejected has not reached
 *   the bank yet (uploaded or approved in the hub);
 * - `3` Transferred with rejections: some lines rejected or cancelled, all others reached the bank;
 * - `2` Transferred: every line reached the bank (sent, receipted, settled, posted).
 *
 * @throws {PaymentLineError} `payment-line/no-lines` for a payment without lines.
 */
export function paymentHeaderStatus(lines: Iterable<{ readonly status: PaymentLineStatusId } | PaymentLineStatusId>): PaymentHeaderStatus {
  const counts: Partial<Record<PaymentLineStatusId, number>> = {};
  let total = 0;
  let returned = 0;
  let missing = 0;
  let least: 1 | 8 | 2 = 2;
  for (const item of lines) {
    const status = typeof item === 'string' ? item : item.status;
    const info = PAYMENT_LINE_STATUSES[status];
    counts[status] = (counts[status] ?? 0) + 1;
    total++;
    if (info.class === 'returned') {
      returned++;
      continue;
    }
    if (status === 'missing') missing++;
    else if (info.erpCode === 1) least = 1;
    else if (info.erpCode === 8 && least !== 1) least = 8;
  }
  if (total === 0) throw new PaymentLineError('payment-line/no-lines', M.noLines);
  let code: PaymentHeaderStatusCode;
  if (returned === total) code = 10;
  else if (missing > 0) code = 9;
  else if (least !== 2) code = least;
  else code = returned > 0 ? 3 : 2;
  return { ...PAYMENT_HEADER_STATUSES[code], counts };
}
