import { fail, isEftkitError, issue, ok, prefixIssues, unwrap, type EftkitIssue, type IssuePath, type Result } from '../errors';
import { isIsoDate } from '../calendar/dates';
import { safeParseAmount, type Amount } from '../money/amount';
import type { PaymentLineEffect, PaymentLineEffectKind } from './effects';
import { PaymentLineError } from './errors';
import { PAYMENT_LINE_EVENT_TYPES, type Charges, type PaymentLineEvent, type PaymentLineEventType } from './events';
import type { ChangeStamp, LineSettlement, PaymentLineState } from './line';
import { PAYMENT_LINE_MESSAGES as M, type PaymentLineIssueCode } from './messages';
import { PAYMENT_LINE_STATUSES, type PaymentLineStatusId } from './statuses';
import { PAYMENT_LINE_TRANSITIONS, type TransitionRule, type TransitionTable } from './table';

/**
 * What became of a delivered event: `applied` (the line changed), `late` (the line had moved
 * past it, or it repeats a fact already known under another id: recorded and ignored),
 * `duplicate` (an id seen before: nothing changed, not even the record), `impossible` (an error;
 * the line is unchanged).
 */
export type HistoryOutcome = 'applied' | 'late' | 'duplicate' | 'impossible';

/** One line of the audit trail: what one delivery of an event did. */
export interface PaymentLineHistoryEntry {
  /** The event's id. */
  readonly eventId: string;
  /** The event's type. */
  readonly type: string;
  /** The event's time. */
  readonly at: string;
  /** Where it came from, when the event said. */
  readonly source?: string;
  /** What became of it. */
  readonly outcome: HistoryOutcome;
  /** The status before. */
  readonly from: PaymentLineStatusId;
  /** The status after (the same unless applied). */
  readonly to: PaymentLineStatusId;
  /** The ids of the effects it produced. */
  readonly effectIds: readonly string[];
  /** A sentence for the user. */
  readonly note: string;
  /** The error code, for an impossible event. */
  readonly code?: string;
}

/** What {@link transition} returns. */
export interface TransitionResult {
  /** The line after the event (the same object for a duplicate). */
  readonly line: PaymentLineState;
  /** The effects for the ERP to perform, each at most once per line (see their ids). */
  readonly effects: readonly PaymentLineEffect[];
  /** The audit-trail entry of this delivery. */
  readonly entry: PaymentLineHistoryEntry;
}

/** Options of {@link transition} and {@link applyEvents}. */
export interface TransitionOptions {
  /** The transition table; default {@link PAYMENT_LINE_TRANSITIONS}. */
  readonly table?: TransitionTable;
}

type Step = { ok: true; value: TransitionResult } | { ok: false; issues: EftkitIssue[] };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const EVENT_TYPES: ReadonlySet<string> = new Set(PAYMENT_LINE_EVENT_TYPES);
const NONE: readonly string[] = Object.freeze([]);

const bad = (code: PaymentLineIssueCode, message: string, path: IssuePath = []): Step => ({
  ok: false,
  issues: [issue(code, message, path)],
});

function timeOf(at: string): number {
  return TIMESTAMP.test(at) ? Date.parse(at) : Number.NaN;
}

/** Positive when stamp `a` is later than `b` (time, then id). */
function compareStamps(a: ChangeStamp, b: ChangeStamp): number {
  const d = timeOf(a.at) - timeOf(b.at);
  if (d !== 0) return d;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

function effectId(line: PaymentLineState, kind: PaymentLineEffectKind): string {
  const key = line.paymentNo === undefined ? line.lineId : `${line.paymentNo}/${line.lineId}`;
  return `${key}:${kind}`;
}

function effectBase(line: PaymentLineState, kind: PaymentLineEffectKind) {
  return {
    id: effectId(line, kind),
    lineId: line.lineId,
    ...(line.paymentNo === undefined ? {} : { paymentNo: line.paymentNo }),
    supplierNo: line.supplierNo,
    ...(line.openEntryId === undefined ? {} : { openEntryId: line.openEntryId }),
    currency: line.currency,
  };
}

/** The line's own amounts (checked when the line was made). */
function lineAmount(line: PaymentLineState, value: string): Amount {
  const r = safeParseAmount(value, line.currency);
  if (!r.ok) throw new PaymentLineError('payment-line/invalid-line', M.invalidLine(`its amount ${JSON.stringify(value)} is not an amount in ${line.currency}`), { path: ['line'] });
  return r.value;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; step: Step };

function eventAmount(value: unknown, currency: unknown, line: PaymentLineState, path: string, positive: boolean): Parsed<Amount> {
  if (currency !== line.currency) {
    return { ok: false, step: bad('payment-line/currency-mismatch', M.currencyMismatch(String(currency), line.currency), ['currency']) };
  }
  const r = typeof value === 'string' ? safeParseAmount(value, line.currency) : undefined;
  if (r === undefined || !r.ok) {
    const why = r === undefined ? 'the amount must be a decimal string like "1234.50"' : (r.issues[0]?.message ?? 'bad amount');
    return { ok: false, step: bad('payment-line/invalid-event', M.invalidEvent(why), [path]) };
  }
  if (positive ? !r.value.isPositive() : r.value.isNegative()) {
    return { ok: false, step: bad('payment-line/invalid-event', M.invalidEvent(`the amount ${r.value.toString()} must be ${positive ? 'above' : 'at least'} zero`), [path]) };
  }
  return { ok: true, value: r.value };
}

function eventCharges(charges: Charges | undefined): Parsed<Charges | undefined> {
  if (charges === undefined) return { ok: true, value: undefined };
  const r = typeof charges === 'object' && charges !== null && typeof charges.amount === 'string' && typeof charges.currency === 'string'
    ? safeParseAmount(charges.amount, charges.currency)
    : undefined;
  if (r === undefined || !r.ok || r.value.isNegative()) {
    const why = r === undefined || r.ok ? 'charges must be a non-negative { amount, currency }' : (r.issues[0]?.message ?? 'bad charges');
    return { ok: false, step: bad('payment-line/invalid-event', M.invalidEvent(why), ['charges']) };
  }
  return { ok: true, value: { amount: r.value.toString(), currency: r.value.currency } };
}

function sameSettlement(a: LineSettlement, b: LineSettlement): boolean {
  return (
    a.amount === b.amount &&
    a.date === b.date &&
    a.charges?.amount === b.charges?.amount &&
    a.charges?.currency === b.charges?.currency
  );
}

function entryOf(
  event: PaymentLineEvent,
  outcome: HistoryOutcome,
  from: PaymentLineStatusId,
  to: PaymentLineStatusId,
  effectIds: readonly string[],
  note: string,
): PaymentLineHistoryEntry {
  return event.source === undefined
    ? { eventId: event.id, type: event.type, at: event.at, outcome, from, to, effectIds, note }
    : { eventId: event.id, type: event.type, at: event.at, source: event.source, outcome, from, to, effectIds, note };
}

const statusName = (s: PaymentLineStatusId): string => PAYMENT_LINE_STATUSES[s].name;

/** The line with the event recorded (and the patch, status and effects applied). */
function record(
  line: PaymentLineState,
  event: PaymentLineEvent,
  outcome: 'applied' | 'late',
  to: PaymentLineStatusId,
  patch: Partial<PaymentLineState>,
  effects: readonly PaymentLineEffect[],
  note?: string,
): Step {
  const fresh = effects.length === 0 ? effects : effects.filter((e) => !line.effectIds.includes(e.id));
  const next: PaymentLineState = {
    ...line,
    ...patch,
    status: to,
    eventIds: [...line.eventIds, event.id],
    effectIds: fresh.length === 0 ? line.effectIds : [...line.effectIds, ...fresh.map((e) => e.id)],
  };
  const text = note ?? (outcome === 'late' ? M.late(event.type, statusName(line.status)) : M.applied(statusName(line.status), statusName(to)));
  return {
    ok: true,
    value: { line: next, effects: fresh, entry: entryOf(event, outcome, line.status, to, fresh.length === 0 ? NONE : fresh.map((e) => e.id), text) },
  };
}

function impossible(rule: TransitionRule, line: PaymentLineState, event: PaymentLineEvent): Step {
  const code = rule.codes[0] ?? 'payment-line/unknown-event-type';
  const status = statusName(line.status);
  switch (code) {
    case 'payment-line/conflicting-outcome':
      return bad(code, event.type === 'settled' ? M.settledAfterReturn(status) : M.returnedAfterPaid(status), ['type']);
    case 'payment-line/not-settled':
      return bad(code, M.notSettled(status), ['type']);
    case 'payment-line/already-posted':
      return bad(code, M.alreadyPosted(`"${event.type}"`), ['type']);
    default:
      return bad('payment-line/unknown-event-type', M.unknownEventType(String(event.type)), ['type']);
  }
}

function step(line: PaymentLineState, event: PaymentLineEvent, table: TransitionTable): Step {
  if (typeof event !== 'object' || event === null) return bad('payment-line/invalid-event', M.invalidEvent('it is not an object'));
  if (!EVENT_TYPES.has(event.type)) return bad('payment-line/unknown-event-type', M.unknownEventType(String(event.type)), ['type']);
  if (typeof event.id !== 'string' || event.id === '') return bad('payment-line/invalid-event', M.invalidEvent('it has no id'), ['id']);
  if (typeof event.at !== 'string' || Number.isNaN(timeOf(event.at))) {
    return bad('payment-line/invalid-event', M.invalidEvent(`its time ${JSON.stringify(event.at)} is not an ISO 8601 timestamp with a time zone, like 2026-11-30T09:15:00Z`), ['at']);
  }
  if (event.lineId !== line.lineId) return bad('payment-line/wrong-line', M.wrongLine(String(event.lineId), line.lineId), ['lineId']);
  if (line.eventIds.includes(event.id)) {
    return { ok: true, value: { line, effects: [], entry: entryOf(event, 'duplicate', line.status, line.status, [], M.duplicate(event.id)) } };
  }
  const rule = table[line.status]?.[event.type as PaymentLineEventType];
  if (rule === undefined) return bad('payment-line/invalid-line', M.invalidLine(`its status ${JSON.stringify(line.status)} is not a payment-line status`));
  const from = line.status;
  const target = rule.to[0] ?? from;

  switch (rule.action) {
    case 'advance':
      return record(line, event, 'applied', target, {}, []);
    case 'late':
      return record(line, event, 'late', from, {}, []);
    case 'impossible':
      return impossible(rule, line, event);
    case 'post': {
      if (event.type !== 'posted') return impossible(rule, line, event);
      const voucherNo = event.voucherNo;
      return record(line, event, 'applied', target, typeof voucherNo === 'string' && voucherNo !== '' ? { voucherNo } : {}, []);
    }
    case 'return': {
      let patch: Partial<PaymentLineState> = {};
      if (event.type === 'rejected') {
        if (typeof event.reasonCode !== 'string' || event.reasonCode.trim() === '') {
          return bad('payment-line/invalid-event', M.invalidEvent('a rejection needs its reason code'), ['reasonCode']);
        }
        if (typeof event.reasonText !== 'string') return bad('payment-line/invalid-event', M.invalidEvent('a rejection needs its reason text'), ['reasonText']);
        patch = { rejection: { reasonCode: event.reasonCode, reasonText: event.reasonText } };
      }
      const effect: PaymentLineEffect = {
        ...effectBase(line, 'make-payable-again'),
        kind: 'make-payable-again',
        amount: line.openAmount,
        reason: target === 'rejected' ? 'rejected' : 'cancelled',
      };
      return record(line, event, 'applied', target, patch, [effect]);
    }
    case 'settle':
    case 'confirm-settlement': {
      if (event.type !== 'settled') return impossible(rule, line, event);
      const amount = eventAmount(event.amount, event.currency, line, 'amount', true);
      if (!amount.ok) return amount.step;
      if (!isIsoDate(event.date)) return bad('payment-line/invalid-event', M.invalidEvent(`the date ${JSON.stringify(event.date)} is not a YYYY-MM-DD date`), ['date']);
      const charges = eventCharges(event.charges);
      if (!charges.ok) return charges.step;
      const settlement: LineSettlement = charges.value === undefined
        ? { amount: amount.value.toString(), date: event.date }
        : { amount: amount.value.toString(), date: event.date, charges: charges.value };
      if (rule.action === 'confirm-settlement') {
        const recorded = line.settlement;
        if (recorded !== undefined && sameSettlement(recorded, settlement)) return record(line, event, 'late', from, {}, [], M.sameSettlement);
        const describe = (s: LineSettlement | undefined): string =>
          s === undefined ? 'unknown' : `${s.amount} ${line.currency} on ${s.date}${s.charges === undefined ? '' : ` with charges ${s.charges.amount} ${s.charges.currency}`}`;
        const code = rule.codes[0] ?? 'payment-line/settlement-conflict';
        const message = M.settlementConflict(describe(recorded), describe(settlement));
        return bad(code, code === 'payment-line/already-posted' ? M.alreadyPosted(`a different settlement (${describe(settlement)})`) : message, ['amount']);
      }
      const original = lineAmount(line, line.originalAmount);
      const current = lineAmount(line, line.amount);
      if (amount.value.compare(original) > 0) {
        return bad('payment-line/settled-exceeds-amount', M.settledExceedsAmount(amount.value.toString(), original.toString()), ['amount']);
      }
      if (amount.value.compare(current) > 0) {
        return bad('payment-line/settled-exceeds-amount', M.settledExceedsAmount(amount.value.toString(), current.toString()), ['amount']);
      }
      const open = original.minus(amount.value);
      const to: PaymentLineStatusId = open.isZero() ? 'settled' : 'partly-settled';
      const voucher: PaymentLineEffect = charges.value === undefined
        ? { ...effectBase(line, 'create-settlement-voucher'), kind: 'create-settlement-voucher', amount: settlement.amount, date: settlement.date }
        : { ...effectBase(line, 'create-settlement-voucher'), kind: 'create-settlement-voucher', amount: settlement.amount, date: settlement.date, charges: charges.value };
      const effects: PaymentLineEffect[] = [voucher];
      if (!open.isZero()) effects.push({ ...effectBase(line, 'reopen-remainder'), kind: 'reopen-remainder', amount: open.toString() });
      return record(
        line,
        event,
        'applied',
        to,
        { amount: settlement.amount, paidAmount: settlement.amount, openAmount: open.toString(), paymentDate: settlement.date, settlement },
        effects,
      );
    }
    case 'merge':
    case 'merge-paid': {
      const stamp: ChangeStamp = { at: event.at, eventId: event.id };
      if (event.type === 'date-changed') {
        if (!isIsoDate(event.date)) return bad('payment-line/invalid-event', M.invalidEvent(`the date ${JSON.stringify(event.date)} is not a YYYY-MM-DD date`), ['date']);
        if (rule.action === 'merge-paid') return record(line, event, 'late', from, {}, []);
        const newer = line.dateChangedBy === undefined || compareStamps(stamp, line.dateChangedBy) > 0;
        if (newer) return record(line, event, 'applied', target, { paymentDate: event.date, dateChangedBy: stamp }, []);
        return target === from ? record(line, event, 'late', from, {}, [], M.superseded(event.type)) : record(line, event, 'applied', target, {}, []);
      }
      if (event.type !== 'amount-reduced') return impossible(rule, line, event);
      const amount = eventAmount(event.amount, event.currency, line, 'amount', true);
      if (!amount.ok) return amount.step;
      const original = lineAmount(line, line.originalAmount);
      const value = amount.value;
      if (value.compare(original) > 0) return bad('payment-line/amount-increased', M.amountIncreased(value.toString(), original.toString()), ['amount']);
      if (rule.action === 'merge-paid') {
        const paid = lineAmount(line, line.paidAmount);
        if (value.compare(paid) < 0) return bad('payment-line/reduced-below-settled', M.reducedBelowSettled(value.toString(), paid.toString()), ['amount']);
        return record(line, event, 'late', from, {}, []);
      }
      const current = lineAmount(line, line.amount);
      const newer = line.amountChangedBy === undefined || compareStamps(stamp, line.amountChangedBy) > 0;
      if (newer) {
        if (value.compare(current) > 0) return bad('payment-line/amount-increased', M.amountIncreased(value.toString(), current.toString()), ['amount']);
        return record(line, event, 'applied', target, { amount: value.toString(), amountChangedBy: stamp }, []);
      }
      if (value.compare(current) < 0) return bad('payment-line/amount-increased', M.increasedOverTime(value.toString(), current.toString()), ['amount']);
      return target === from ? record(line, event, 'late', from, {}, [], M.superseded(event.type)) : record(line, event, 'applied', target, {}, []);
    }
  }
}

/**
 * Applies one event to a payment line, purely: returns the new line, the effects for the ERP
 * to perform and the audit-trail entry, or every issue. Never throws.
 *
 * - A duplicate (an event id the line has recorded) changes nothing: outcome `duplicate`.
 * - An event about a stage the line has moved past (sent to bank after settled) is recorded
 *   and ignored: outcome `late`. So is the same settlement or rejection reported again.
 * - A stage reported before the stages it implies moves the line there at once (settled
 *   before accepted-by-bank settles the line; accepted-by-bank then arrives late): any arrival
 *   order of one consistent history ends in the same line and the same effects.
 * - An impossible event (settled for more than the line's amount, amount increased, settled
 *   after rejected, posted before settled, anything that would change a posted line) fails with
 *   a `payment-line/…` code; the line is unchanged.
 */
export function safeTransition(line: PaymentLineState, event: PaymentLineEvent, options: TransitionOptions = {}): Result<TransitionResult> {
  let result: Step;
  try {
    result = step(line, event, options.table ?? PAYMENT_LINE_TRANSITIONS);
  } catch (e) {
    // Only a malformed stored line gets here (its own amounts do not parse).
    if (isEftkitError(e)) return fail(e.issues);
    throw e;
  }
  return result.ok ? ok(result.value) : fail(prefixIssues(['event'], result.issues));
}

/**
 * Applies one event to a payment line; see {@link safeTransition}.
 *
 * @throws {PaymentLineError} when the event is impossible or malformed (the line is unchanged).
 */
export function transition(line: PaymentLineState, event: PaymentLineEvent, options?: TransitionOptions): TransitionResult {
  return unwrap(safeTransition(line, event, options), PaymentLineError);
}

/** Options of {@link applyEvents}. */
export interface ApplyEventsOptions extends TransitionOptions {
  /**
   * What an impossible event does: `throw` (default) stops with a {@link PaymentLineError}
   * whose path points at the event (`events[3].amount`); `record` puts it in the history with
   * outcome `impossible` and its code, leaves the line unchanged, and goes on.
   */
  readonly impossible?: 'throw' | 'record';
}

/** What {@link applyEvents} returns. */
export interface ApplyEventsResult {
  /** The line after every event. */
  readonly line: PaymentLineState;
  /** Every effect, in the order they arose; no id twice. */
  readonly effects: readonly PaymentLineEffect[];
  /** One entry per delivered event, in delivery order: nothing is dropped. */
  readonly history: readonly PaymentLineHistoryEntry[];
}

/**
 * Folds a stream of deliveries over a line with {@link transition}: the final line, every
 * effect, and one history entry per delivery (duplicates and late events included).
 *
 * @throws {PaymentLineError} on the first impossible event, unless `impossible: 'record'`.
 */
export function applyEvents(line: PaymentLineState, events: Iterable<PaymentLineEvent>, options: ApplyEventsOptions = {}): ApplyEventsResult {
  const table = options.table ?? PAYMENT_LINE_TRANSITIONS;
  const effects: PaymentLineEffect[] = [];
  const history: PaymentLineHistoryEntry[] = [];
  let current = line;
  let index = 0;
  for (const event of events) {
    const result = step(current, event, table);
    if (result.ok) {
      current = result.value.line;
      for (const e of result.value.effects) effects.push(e);
      history.push(result.value.entry);
    } else if (options.impossible === 'record') {
      const first = result.issues[0];
      const safe = typeof event === 'object' && event !== null ? event : ({ id: '', at: '', type: String(event) } as unknown as PaymentLineEvent);
      const base = entryOf(safe, 'impossible', current.status, current.status, [], first?.message ?? '');
      history.push(first === undefined ? base : { ...base, code: first.code });
    } else {
      throw PaymentLineError.fromIssues(prefixIssues(['events', index], result.issues));
    }
    index++;
  }
  return { line: current, effects, history };
}
