import type * as FastCheck from 'fast-check';
import { formatIsoDate, fromEpochDay, toEpochDay } from '../calendar/dates';
import { parseAmount } from '../money/amount';
import { CURRENCY_MINOR_UNITS } from '../money/currencies';
import { createPaymentLine } from '../payment-line/create';
import type { PaymentLineEffectKind } from '../payment-line/effects';
import type { PaymentLineEvent, PaymentLineEventType } from '../payment-line/events';
import type { PaymentLineState } from '../payment-line/line';
import type { PaymentLineInput } from '../payment-line/schemas';
import type { PaymentLineStatusId } from '../payment-line/statuses';
import { amountStringArbitrary, type FastCheckApi } from './money';

/** Options of {@link paymentLineInputArbitrary}. */
export interface PaymentLineInputArbitraryOptions {
  /** Currencies to draw from; default NOK, SEK, DKK, EUR, USD, JPY (0 decimals) and BHD (3). */
  readonly currencies?: readonly string[];
}

/** Inputs of `createPaymentLine`: a line id, supplier, open entry, positive amount, currency and date. */
export function paymentLineInputArbitrary(fc: FastCheckApi, options: PaymentLineInputArbitraryOptions = {}): FastCheck.Arbitrary<PaymentLineInput> {
  const currencies = options.currencies ?? ['NOK', 'SEK', 'DKK', 'EUR', 'USD', 'JPY', 'BHD'];
  return fc
    .record({
      n: fc.integer({ min: 1, max: 99_999 }),
      payment: fc.integer({ min: 1, max: 9_999 }),
      supplier: fc.integer({ min: 10_000, max: 99_999 }),
      currency: fc.constantFrom(...currencies),
      day: fc.integer({ min: toEpochDay(2025, 1, 1), max: toEpochDay(2027, 12, 31) }),
    })
    .chain(({ n, payment, supplier, currency, day }) =>
      amountStringArbitrary(fc, { exponent: CURRENCY_MINOR_UNITS[currency] ?? 2, maxWholeDigits: 8 }).map((amount) => {
        const d = fromEpochDay(day);
        return {
          lineId: `L${n}`,
          paymentNo: `P${payment}`,
          supplierNo: String(supplier),
          openEntryId: `OE-${supplier}-${n}`,
          amount,
          currency,
          paymentDate: formatIsoDate(d.year, d.month, d.day),
        };
      }),
    );
}

/** How a generated history ends. */
export type HistoryEnding = 'open' | 'settled' | 'posted' | 'rejected' | 'cancelled' | 'batch-cancelled';

/** What a consistent history must end in, worked out by the generator (not by eftkit's transition). */
export interface ExpectedLineOutcome {
  /** The final status. */
  readonly status: PaymentLineStatusId;
  /** The final amount of the line (reduced, or the paid amount once settled). */
  readonly amount: string;
  /** The settled amount (`0` with the currency's decimals when none). */
  readonly paidAmount: string;
  /** original − paid. */
  readonly openAmount: string;
  /** The final payment date. */
  readonly paymentDate: string;
  /** The effects, by kind, with their amounts. */
  readonly effects: readonly { readonly kind: PaymentLineEffectKind; readonly amount: string }[];
}

/** One consistent history of a payment line: a fresh line, its events in causal order, and what they must end in. */
export interface ConsistentHistory {
  /** The line in status `1 Estimate`. */
  readonly line: PaymentLineState;
  /** The events as they happened (causal order), each with its own id; re-reports of the same fact under another id included. */
  readonly events: readonly PaymentLineEvent[];
  /** How it ends. */
  readonly ending: HistoryEnding;
  /** The final state every delivery order must reach. */
  readonly expected: ExpectedLineOutcome;
}

/** Options of {@link consistentHistoryArbitrary}. */
export interface ConsistentHistoryArbitraryOptions extends PaymentLineInputArbitraryOptions {
  /** Endings to draw from; default all. */
  readonly endings?: readonly HistoryEnding[];
}

function fromMinor(n: bigint, exponent: number): string {
  const s = n.toString().padStart(exponent + 1, '0');
  return exponent === 0 ? s : `${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
}

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = fromEpochDay(toEpochDay(y, m, d) + days);
  return formatIsoDate(t.year, t.month, t.day);
}

const REASONS: readonly (readonly [string, string])[] = [
  ['AC01', 'Incorrect account number'],
  ['AC04', 'Closed account number'],
  ['AM04', 'Insufficient funds'],
  ['MS03', 'Reason not specified'],
];

const BANK_STATUSES = ['ACTC', 'ACCP', 'ACSP', 'ACWC', 'PDNG'] as const;

/**
 * Consistent histories of one payment line, with the outcome they must reach: uploaded; 0–2
 * amount reductions (each lower than the last) and 0–2 date changes; approved or pre-approved
 * or neither; maybe sent to bank, missing, accepted by the bank; then open, settled (in full
 * or partly, maybe with charges, maybe reported twice under two ids, maybe posted), rejected
 * (maybe reported twice), cancelled or batch-cancelled. Times rise by a minute per event.
 */
export function consistentHistoryArbitrary(fc: FastCheckApi, options: ConsistentHistoryArbitraryOptions = {}): FastCheck.Arbitrary<ConsistentHistory> {
  const endings = options.endings ?? ['open', 'settled', 'posted', 'rejected', 'cancelled', 'batch-cancelled'];
  return fc
    .record({
      input: paymentLineInputArbitrary(fc, options),
      reductions: fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 2 }),
      dateShifts: fc.array(fc.integer({ min: -5, max: 30 }), { maxLength: 2 }),
      approval: fc.constantFrom('none', 'approved', 'pre-approved'),
      sent: fc.boolean(),
      missing: fc.boolean(),
      accepted: fc.boolean(),
      bankStatus: fc.constantFrom(...BANK_STATUSES),
      ending: fc.constantFrom(...endings),
      settlePerMille: fc.oneof(fc.constant(1000), fc.integer({ min: 1, max: 1000 })),
      settleDays: fc.integer({ min: 0, max: 10 }),
      chargesMinor: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
      rereport: fc.boolean(),
      reason: fc.constantFrom(...REASONS),
      startMinute: fc.integer({ min: 0, max: 60 * 24 * 365 }),
    })
    .map((c): ConsistentHistory => {
      const line = createPaymentLine(c.input);
      const exponent = CURRENCY_MINOR_UNITS[line.currency] ?? 2;
      const original = parseAmount(line.originalAmount, line.currency).toMinorUnits();
      const money = (n: bigint): string => fromMinor(n, exponent);
      const events: PaymentLineEvent[] = [];
      const start = Date.UTC(2026, 0, 1) + c.startMinute * 60_000;
      const push = <T extends PaymentLineEventType>(type: T, extra: Record<string, unknown> = {}): void => {
        const i = events.length;
        events.push({ id: `${line.lineId}-e${i}`, at: new Date(start + i * 60_000).toISOString(), lineId: line.lineId, type, ...extra } as PaymentLineEvent);
      };
      push('uploaded', { source: 'hub' });
      let current = original;
      let rank = 1;
      const reductions = [...new Set(c.reductions)].sort((a, b) => b - a);
      let date = line.paymentDate;
      for (let i = 0; i < Math.max(reductions.length, c.dateShifts.length); i++) {
        const perMille = reductions[i];
        if (perMille !== undefined) {
          const next = (original * BigInt(perMille)) / 1000n;
          if (next >= 1n && next < current) {
            current = next;
            push('amount-reduced', { amount: money(current), currency: line.currency, source: 'hub' });
          }
        }
        const shift = c.dateShifts[i];
        if (shift !== undefined) {
          date = shiftDate(line.paymentDate, shift);
          push('date-changed', { date, source: 'hub' });
        }
      }
      if (c.approval === 'approved') {
        push('approved', { source: 'hub' });
        rank = 2;
      }
      if (c.approval === 'pre-approved') {
        push('pre-approved', { source: 'hub' });
        rank = 3;
      }
      if (c.sent) {
        push('sent-to-bank', { source: 'hub' });
        rank = 3;
      }
      if (c.missing) {
        push('missing', { source: 'hub' });
        rank = 4;
      }
      if (c.accepted) {
        push('accepted-by-bank', { bankStatus: c.bankStatus, source: 'pain.002' });
        rank = 5;
      }
      const zero = money(0n);
      const byRank: PaymentLineStatusId[] = ['estimate', 'transferred-to-eft', 'approved', 'transferred', 'missing', 'receipted'];
      let expected: ExpectedLineOutcome = {
        status: byRank[rank] ?? 'receipted',
        amount: money(current),
        paidAmount: zero,
        openAmount: money(original),
        paymentDate: date,
        effects: [],
      };
      switch (c.ending) {
        case 'settled':
        case 'posted': {
          const paid = (current * BigInt(c.settlePerMille)) / 1000n > 0n ? (current * BigInt(c.settlePerMille)) / 1000n : 1n;
          const settledOn = shiftDate(date, c.settleDays);
          const extra: Record<string, unknown> = { amount: money(paid), currency: line.currency, date: settledOn, source: 'camt.054' };
          if (c.chargesMinor !== undefined) extra['charges'] = { amount: money(BigInt(c.chargesMinor)), currency: line.currency };
          push('settled', extra);
          if (c.rereport) push('settled', { ...extra, source: 'pain.002' });
          if (c.ending === 'posted') push('posted', { voucherNo: `V${line.lineId}`, source: 'erp' });
          const open = original - paid;
          expected = {
            status: c.ending === 'posted' ? 'posted' : open === 0n ? 'settled' : 'partly-settled',
            amount: money(paid),
            paidAmount: money(paid),
            openAmount: money(open),
            paymentDate: settledOn,
            effects: open === 0n
              ? [{ kind: 'create-settlement-voucher', amount: money(paid) }]
              : [{ kind: 'create-settlement-voucher', amount: money(paid) }, { kind: 'reopen-remainder', amount: money(open) }],
          };
          break;
        }
        case 'rejected':
          push('rejected', { reasonCode: c.reason[0], reasonText: c.reason[1], source: 'pain.002' });
          if (c.rereport) push('rejected', { reasonCode: c.reason[0], reasonText: c.reason[1], source: 'hub' });
          expected = { ...expected, status: 'rejected', effects: [{ kind: 'make-payable-again', amount: money(original) }] };
          break;
        case 'cancelled':
        case 'batch-cancelled':
          push(c.ending, { reasonText: 'Cancelled in the hub', source: 'hub' });
          if (c.rereport) push(c.ending, { source: 'hub' });
          expected = { ...expected, status: 'cancelled', effects: [{ kind: 'make-payable-again', amount: money(original) }] };
          break;
        case 'open':
          break;
      }
      return { line, events, ending: c.ending, expected };
    });
}

/** Options of {@link deliveryOrderArbitrary}. */
export interface DeliveryOrderArbitraryOptions {
  /** Most deliveries of one event; default 3. */
  readonly maxCopies?: number;
}

/**
 * The deliveries of a history as an at-least-once, unordered queue hands them over: every
 * event 1–`maxCopies` times, in any order; only a `posted` event (the ERP's own, caused by the
 * settlement effect) is kept after the first delivery of a `settled` event.
 */
export function deliveryOrderArbitrary(
  fc: FastCheckApi,
  events: readonly PaymentLineEvent[],
  options: DeliveryOrderArbitraryOptions = {},
): FastCheck.Arbitrary<PaymentLineEvent[]> {
  const maxCopies = options.maxCopies ?? 3;
  return fc
    .array(fc.integer({ min: 1, max: maxCopies }), { minLength: events.length, maxLength: events.length })
    .chain((copies) => {
      const all = events.flatMap((e, i) => Array.from({ length: copies[i] ?? 1 }, () => e));
      return fc.array(fc.nat(), { minLength: all.length, maxLength: all.length }).map((keys) => {
        const order = all.map((e, i) => ({ e, k: keys[i] ?? 0, i })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.e);
        const firstSettled = order.findIndex((e) => e.type === 'settled');
        if (firstSettled < 0) return order;
        const early = order.slice(0, firstSettled).filter((e) => e.type === 'posted');
        if (early.length === 0) return order;
        const rest = order.filter((e, i) => !(i < firstSettled && e.type === 'posted'));
        const at = rest.findIndex((e) => e.type === 'settled');
        return [...rest.slice(0, at + 1), ...early, ...rest.slice(at + 1)];
      });
    });
}

/** Options of {@link paymentLineEventArbitrary}. */
export interface PaymentLineEventArbitraryOptions {
  /** How many distinct event ids to draw from (a small pool makes duplicates); default 12. */
  readonly idPool?: number;
}

/**
 * Any event for `line`, possible or not: every type, amounts from 1 ‰ to 120 % of the original
 * (so some increase or exceed it), now and then another currency, times within a few hours
 * (so reductions and date changes arrive out of order), ids from a small pool (duplicates).
 * For model-based tests.
 */
export function paymentLineEventArbitrary(
  fc: FastCheckApi,
  line: PaymentLineState,
  options: PaymentLineEventArbitraryOptions = {},
): FastCheck.Arbitrary<PaymentLineEvent> {
  const exponent = CURRENCY_MINOR_UNITS[line.currency] ?? 2;
  const original = parseAmount(line.originalAmount, line.currency).toMinorUnits();
  const amount = fc
    .oneof(fc.integer({ min: 1, max: 1200 }), fc.constant(1000))
    .map((pm) => {
      const n = (original * BigInt(pm)) / 1000n;
      return fromMinor(n < 1n ? 1n : n, exponent);
    });
  const currency = fc.oneof({ weight: 19, arbitrary: fc.constant(line.currency) }, { weight: 1, arbitrary: fc.constant(line.currency === 'EUR' ? 'SEK' : 'EUR') });
  const date = fc.integer({ min: 0, max: 20 }).map((d) => shiftDate(line.paymentDate, d));
  const types: PaymentLineEventType[] = [
    'uploaded', 'batch-cancelled', 'pre-approved', 'approved', 'sent-to-bank', 'missing', 'accepted-by-bank',
    'amount-reduced', 'amount-reduced', 'amount-reduced', 'amount-reduced', 'date-changed', 'date-changed',
    'settled', 'settled', 'rejected', 'cancelled', 'posted', 'posted',
  ];
  return fc
    .record({
      type: fc.constantFrom(...types),
      n: fc.integer({ min: 1, max: options.idPool ?? 12 }),
      minute: fc.integer({ min: 0, max: 300 }),
      amount,
      currency,
      date,
      charges: fc.option(fc.constantFrom('0', '1', '25'), { nil: undefined }),
      reason: fc.constantFrom(...REASONS),
    })
    .map((r) => {
      const base = { id: `${line.lineId}-x${r.n}-${r.type}`, at: new Date(Date.UTC(2026, 5, 1) + r.minute * 60_000).toISOString(), lineId: line.lineId };
      switch (r.type) {
        case 'amount-reduced':
          return { ...base, type: r.type, amount: r.amount, currency: r.currency };
        case 'date-changed':
          return { ...base, type: r.type, date: r.date };
        case 'settled':
          return r.charges === undefined
            ? { ...base, type: r.type, amount: r.amount, currency: r.currency, date: r.date }
            : { ...base, type: r.type, amount: r.amount, currency: r.currency, date: r.date, charges: { amount: r.charges, currency: line.currency } };
        case 'rejected':
          return { ...base, type: r.type, reasonCode: r.reason[0], reasonText: r.reason[1] };
        default:
          return { ...base, type: r.type } as PaymentLineEvent;
      }
    });
}
