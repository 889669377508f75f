import type { IncomingPayment as CamtIncomingPayment, IncomingPayments as CamtIncomingPayments, SkippedTransaction } from '../camt054';
import { normaliseAccount } from '../cid';
import { issue, type EftkitIssue } from '../errors';
import { MATCHING_MESSAGES as M } from './messages';
import type { IncomingPayment } from './types';

/** Where a camt.054 transaction stands in its report (notification, entry, transaction index). */
export interface CamtPaymentPosition {
  readonly notificationIndex: number;
  readonly entryIndex: number;
  /** Absent for an entry without transaction details. */
  readonly transactionIndex?: number;
}

/** A camt.054 credit that is not handed to the matcher, with the reason. */
export interface UnmappedCamtPayment extends CamtPaymentPosition {
  /** The payment id it would have had, when one could be made. */
  readonly id?: string;
  /**
   * Why: `matching/not-booked`, `matching/no-booking-date`, `matching/no-receiving-account`,
   * `matching/unknown-receiving-account`, `matching/amount-not-positive`,
   * `matching/duplicate-payment`, or the camt054 reader's own
   * reason (`camt054/no-amount`, `camt054/reversal`, `camt054/unknown-direction`).
   */
  readonly reason: EftkitIssue;
}

/** What {@link incomingPaymentsForMatching} returns: every camt.054 credit is in exactly one list. */
export interface CamtPaymentsForMatching {
  /** The payments for {@link matchIncomingPayments}, in the order given. */
  readonly payments: readonly IncomingPayment[];
  /** Credits that cannot be matched (yet), each with its reason, in the order given. */
  readonly unmapped: readonly UnmappedCamtPayment[];
}

/** Options of {@link incomingPaymentsForMatching}. */
export interface CamtPaymentsForMatchingOptions {
  /**
   * The matching setup (or just its accounts). When given, the receiving account is written as
   * the setup writes it (the IBAN, the other id, or the BBAN inside the IBAN, whichever the
   * setup has), and a credit to an account not in the setup is reported
   * (`matching/unknown-receiving-account`) instead of failing the whole matching run.
   */
  readonly setup?: { readonly accounts: readonly { readonly account: string }[] };
  /**
   * Prefix of ids made from a payment's position, for a payment without any bank reference:
   * `<prefix>/<notification>/<entry>/<transaction>`. Use the report's message id. Default `camt054`.
   */
  readonly idPrefix?: string;
  /** Hand pending (`PDNG`) and information-only (`INFO`) entries to the matcher too. Default false: only booked entries are matched. */
  readonly includeUnbooked?: boolean;
}

const isList = (v: CamtIncomingPayments | readonly CamtIncomingPayment[]): v is readonly CamtIncomingPayment[] => Array.isArray(v);

function positionOf(p: CamtPaymentPosition): CamtPaymentPosition {
  return p.transactionIndex === undefined
    ? { notificationIndex: p.notificationIndex, entryIndex: p.entryIndex }
    : { notificationIndex: p.notificationIndex, entryIndex: p.entryIndex, transactionIndex: p.transactionIndex };
}

function pathOf(p: CamtPaymentPosition): (string | number)[] {
  const base = ['notifications', p.notificationIndex, 'entries', p.entryIndex];
  return p.transactionIndex === undefined ? base : [...base, 'transactions', p.transactionIndex];
}

/**
 * The payment's id: the bank's reference of the transaction (`TxDtls/Refs/AcctSvcrRef`); else
 * the entry's (`Ntry/AcctSvcrRef`, then `NtryRef`), with `/<transaction>` when the entry has
 * several transactions; else its position under `prefix`.
 */
function idOf(p: CamtIncomingPayment, perEntry: ReadonlyMap<string, number>, prefix: string): string {
  const r = p.bankReferences;
  if (r.accountServicerReference !== undefined && r.accountServicerReference !== '') return r.accountServicerReference;
  const entryRef = r.entryAccountServicerReference ?? r.entryReference;
  const several = (perEntry.get(`${p.notificationIndex}/${p.entryIndex}`) ?? 1) > 1;
  if (entryRef !== undefined && entryRef !== '') return several && p.transactionIndex !== undefined ? `${entryRef}/${p.transactionIndex}` : entryRef;
  const tail = p.transactionIndex === undefined ? '' : `/${p.transactionIndex}`;
  return `${prefix}/${p.notificationIndex}/${p.entryIndex}${tail}`;
}

/** The receiving account as the setup writes it, or the IBAN (else the other id) without a setup. */
function accountOf(p: CamtIncomingPayment, known: ReadonlySet<string> | undefined): { account?: string; shown?: string } {
  const a = p.account;
  const candidates = [a?.iban, a?.other, a?.iban !== undefined && a.iban.length > 4 ? a.iban.slice(4) : undefined].filter(
    (c): c is string => c !== undefined && c.trim() !== '',
  );
  const shown = candidates[0];
  if (shown === undefined) return {};
  if (known === undefined) return { account: shown, shown };
  const hit = candidates.find((c) => known.has(normaliseAccount(c)));
  return hit === undefined ? { shown } : { account: hit, shown };
}

/**
 * Maps the incoming payments `eftkit/camt054` read (`incomingPaymentsFromCamt054`, or its
 * `payments` list) to the input of {@link matchIncomingPayments}:
 *
 * - `id`: the bank's reference of the transaction, else of the entry (see
 *   {@link CamtPaymentsForMatchingOptions.idPrefix} for a payment without one), so the same
 *   payment in a second file gets the same id;
 * - `receivingAccount`: the notified account (`Ntfctn/Acct`): our account;
 * - `amount` (the decimal string), `currency`, `bookingDate`, `valueDate`;
 * - `reference`: the first structured creditor reference (the CID/KID);
 * - `message`: further structured references, then the unstructured texts, joined by a space
 *   (so a payment of several invoices is read in full);
 * - `debtorName`, `debtorAccount` (IBAN, else the other id), `bankReference` (the bank's
 *   reference of the transaction, else of the entry).
 *
 * Nothing is dropped: a credit that cannot be matched is in `unmapped` with its reason — not
 * booked (pending or information only, unless `includeUnbooked`), without a booking date or a
 * receiving account, to an account not in `options.setup`, with an amount that is not above
 * zero, or a second payment with an id already seen (the same
 * transaction reported twice). When the reader's whole result is given, its `skipped`
 * transactions are listed in `unmapped` too, with the reader's reason. Never throws.
 */
export function incomingPaymentsForMatching(
  camtPayments: CamtIncomingPayments | readonly CamtIncomingPayment[],
  options: CamtPaymentsForMatchingOptions = {},
): CamtPaymentsForMatching {
  const list = isList(camtPayments) ? camtPayments : camtPayments.payments;
  const skipped: readonly SkippedTransaction[] = isList(camtPayments) ? [] : camtPayments.skipped;
  const prefix = options.idPrefix ?? 'camt054';
  const known = options.setup === undefined ? undefined : new Set(options.setup.accounts.map((a) => normaliseAccount(a.account)));
  const perEntry = new Map<string, number>();
  for (const p of list) {
    const key = `${p.notificationIndex}/${p.entryIndex}`;
    perEntry.set(key, (perEntry.get(key) ?? 0) + 1);
  }
  const payments: IncomingPayment[] = [];
  const unmapped: UnmappedCamtPayment[] = [];
  const seen = new Set<string>();
  for (const p of list) {
    const id = idOf(p, perEntry, prefix);
    const path = pathOf(p);
    const reject = (code: string, message: string): void => {
      unmapped.push({ ...positionOf(p), id, reason: issue(code, message, path, 'warning') });
    };
    if (!p.booked && options.includeUnbooked !== true) {
      reject('matching/not-booked', M.notBooked(p.status));
      continue;
    }
    if (p.bookingDate === undefined) {
      reject('matching/no-booking-date', M.noBookingDate);
      continue;
    }
    const { account, shown } = accountOf(p, known);
    if (account === undefined) {
      if (shown === undefined) reject('matching/no-receiving-account', M.noReceivingAccount);
      else reject('matching/unknown-receiving-account', M.unknownReceivingAccount(shown));
      continue;
    }
    const amount = p.amount.toString();
    if (!p.amount.isPositive()) {
      reject('matching/amount-not-positive', M.amountNotPositive('amount received', amount));
      continue;
    }
    if (seen.has(id)) {
      reject('matching/duplicate-payment', M.duplicatePayment(id));
      continue;
    }
    seen.add(id);
    const message = [...p.references.slice(1).map((r) => r.value), ...p.unstructured].filter((t) => t.trim() !== '').join(' ');
    const debtorAccount = p.debtorAccount?.iban ?? p.debtorAccount?.other;
    const bankReference = p.bankReferences.accountServicerReference ?? p.bankReferences.entryAccountServicerReference;
    const payment: { -readonly [K in keyof IncomingPayment]: IncomingPayment[K] } = {
      id,
      receivingAccount: account,
      amount,
      currency: p.currency,
      bookingDate: p.bookingDate,
    };
    if (p.valueDate !== undefined) payment.valueDate = p.valueDate;
    if (p.reference !== undefined) payment.reference = p.reference;
    if (message !== '') payment.message = message;
    if (p.debtorName !== undefined) payment.debtorName = p.debtorName;
    if (debtorAccount !== undefined) payment.debtorAccount = debtorAccount;
    if (bankReference !== undefined) payment.bankReference = bankReference;
    payments.push(payment);
  }
  for (const s of skipped) unmapped.push({ ...positionOf(s), reason: s.reason });
  return { payments, unmapped };
}
