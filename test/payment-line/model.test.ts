/**
 * Model-based tests of the payment-line lifecycle with fast-check `commands`: random events for
 * one line (possible and impossible ones), new deliveries and redeliveries of earlier ones (so
 * duplicates and any order), run against a small model written independently of the transition
 * table, with amounts as bigint minor units (not decimal.js).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/money';
import {
  applyEvents,
  createPaymentLine,
  isTerminalStatus,
  safeTransition,
  type PaymentLineEffect,
  type PaymentLineEvent,
  type PaymentLineHistoryEntry,
  type PaymentLineState,
  type PaymentLineStatusId,
} from '../../src/payment-line';
import { paymentLineEventArbitrary, paymentLineInputArbitrary } from '../../src/testing';

type Outcome = 'applied' | 'late' | 'duplicate' | 'impossible';

interface Model {
  readonly seen: Set<string>;
  status: PaymentLineStatusId;
  readonly original: bigint;
  amount: bigint;
  paid: bigint;
  amountStamp: [number, string] | undefined;
  dateStamp: [number, string] | undefined;
  settlement: string | undefined;
  readonly effects: Map<string, bigint>;
}

interface Real {
  line: PaymentLineState;
  readonly deliveries: PaymentLineEvent[];
  readonly effects: PaymentLineEffect[];
  readonly history: PaymentLineHistoryEntry[];
}

const OPEN_RANK: Partial<Record<PaymentLineStatusId, number>> = {
  estimate: 0,
  'transferred-to-eft': 1,
  approved: 2,
  transferred: 3,
  missing: 4,
  receipted: 5,
};
const BY_RANK: PaymentLineStatusId[] = ['estimate', 'transferred-to-eft', 'approved', 'transferred', 'missing', 'receipted'];
const PROGRESS: Record<string, number> = { uploaded: 1, approved: 2, 'pre-approved': 3, 'sent-to-bank': 3, missing: 4, 'accepted-by-bank': 5 };

const minor = (line: PaymentLineState, s: string): bigint => parseAmount(s, line.currency).toMinorUnits();
const newer = (a: [number, string], b: [number, string] | undefined): boolean =>
  b === undefined || a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

/** The model's verdict on one delivery; mutates the model when the event is recorded. */
function predict(m: Model, line: PaymentLineState, e: PaymentLineEvent): { outcome: Outcome; code?: string } {
  if (m.seen.has(e.id)) return { outcome: 'duplicate' };
  const rank = OPEN_RANK[m.status];
  const open = rank !== undefined;
  const paidCls = m.status === 'settled' || m.status === 'partly-settled';
  const posted = m.status === 'posted';
  const returned = m.status === 'rejected' || m.status === 'cancelled';
  const no = (code: string) => ({ outcome: 'impossible' as const, code: `payment-line/${code}` });
  const yes = (outcome: 'applied' | 'late') => {
    m.seen.add(e.id);
    return { outcome };
  };
  const stamp: [number, string] = [Date.parse(e.at), e.id];
  switch (e.type) {
    case 'uploaded':
    case 'approved':
    case 'pre-approved':
    case 'sent-to-bank':
    case 'missing':
    case 'accepted-by-bank': {
      const target = PROGRESS[e.type] as number;
      if (open && rank < target) {
        m.status = BY_RANK[target] as PaymentLineStatusId;
        return yes('applied');
      }
      return yes('late');
    }
    case 'amount-reduced': {
      if (e.currency !== line.currency) return no('currency-mismatch');
      const a = minor(line, e.amount);
      if (a > m.original) return no('amount-increased');
      if (paidCls || posted) return a < m.paid ? no('reduced-below-settled') : yes('late');
      if (newer(stamp, m.amountStamp)) {
        if (a > m.amount) return no('amount-increased');
        m.amount = a;
        m.amountStamp = stamp;
        if (m.status === 'estimate') m.status = 'transferred-to-eft';
        return yes('applied');
      }
      return a < m.amount ? no('amount-increased') : yes('late');
    }
    case 'date-changed': {
      if (paidCls || posted) return yes('late');
      if (newer(stamp, m.dateStamp)) {
        m.dateStamp = stamp;
        if (m.status === 'estimate') m.status = 'transferred-to-eft';
        return yes('applied');
      }
      return yes('late');
    }
    case 'settled': {
      if (returned) return no('conflicting-outcome');
      if (e.currency !== line.currency) return no('currency-mismatch');
      const a = minor(line, e.amount);
      const key = `${a}|${e.date}|${e.charges === undefined ? '' : minor(line, e.charges.amount)}`;
      if (paidCls || posted) return key === m.settlement ? yes('late') : no(posted ? 'already-posted' : 'settlement-conflict');
      if (a > m.original || a > m.amount) return no('settled-exceeds-amount');
      m.paid = a;
      m.amount = a;
      m.settlement = key;
      m.status = a === m.original ? 'settled' : 'partly-settled';
      m.effects.set('create-settlement-voucher', a);
      if (a < m.original) m.effects.set('reopen-remainder', m.original - a);
      return yes('applied');
    }
    case 'rejected':
    case 'cancelled':
    case 'batch-cancelled':
      if (returned) return yes('late');
      if (posted) return no('already-posted');
      if (paidCls) return no('conflicting-outcome');
      m.status = e.type === 'rejected' ? 'rejected' : 'cancelled';
      m.effects.set('make-payable-again', m.original);
      return yes('applied');
    case 'posted':
      if (posted) return yes('late');
      if (!paidCls) return no('not-settled');
      m.status = 'posted';
      return yes('applied');
  }
}

function deliver(m: Model, r: Real, e: PaymentLineEvent): void {
  const before = r.line;
  const expected = predict(m, before, e);
  const result = safeTransition(before, e);
  r.deliveries.push(e);
  if (!result.ok) {
    expect(expected).toEqual({ outcome: 'impossible', code: result.issues[0]?.code });
    expect(result.issues[0]?.path[0]).toBe('event');
    r.history.push({ eventId: e.id, type: e.type, at: e.at, outcome: 'impossible', from: before.status, to: before.status, effectIds: [], note: '' });
  } else {
    const { line, effects, entry } = result.value;
    expect({ outcome: entry.outcome, status: line.status }).toEqual({ outcome: expected.outcome, status: m.status });
    if (entry.outcome === 'duplicate') expect(line).toBe(before);
    if (isTerminalStatus(before.status)) expect(line.status).toBe(before.status);
    expect(entry.effectIds).toEqual(effects.map((x) => x.id));
    r.line = line;
    r.effects.push(...effects);
    r.history.push(entry);
  }
  // Invariants after every delivery.
  const line = r.line;
  expect(minor(line, line.paidAmount) + minor(line, line.openAmount)).toBe(minor(line, line.originalAmount));
  expect(parseAmount(line.paidAmount, line.currency).plus(parseAmount(line.openAmount, line.currency)).toString()).toBe(line.originalAmount);
  expect(minor(line, line.paidAmount)).toBe(m.paid);
  expect(minor(line, line.amount)).toBe(m.amount);
  const ids = r.effects.map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...line.effectIds]).toEqual(ids);
  expect(new Map(r.effects.map((x) => [x.kind, minor(line, x.amount)]))).toEqual(m.effects);
  expect(r.history).toHaveLength(r.deliveries.length);
  expect([...line.eventIds].sort()).toEqual([...m.seen].sort());
}

class DeliverCommand implements fc.Command<Model, Real> {
  constructor(readonly event: PaymentLineEvent) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    deliver(m, r, this.event);
  }
  toString(): string {
    return `deliver(${this.event.type} ${this.event.id})`;
  }
}

class RedeliverCommand implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    if (r.deliveries.length === 0) return;
    deliver(m, r, r.deliveries[this.pick % r.deliveries.length] as PaymentLineEvent);
  }
  toString(): string {
    return `redeliver(#${this.pick})`;
  }
}

const scenario = paymentLineInputArbitrary(fc).chain((input) => {
  const line = createPaymentLine(input);
  return fc.tuple(
    fc.constant(line),
    fc.commands(
      [
        paymentLineEventArbitrary(fc, line).map((e) => new DeliverCommand(e)),
        fc.nat().map((n) => new RedeliverCommand(n)),
      ],
      { maxCommands: 40 },
    ),
  );
});

describe('the lifecycle against a model (fast-check commands: random events, duplicates, any order)', () => {
  it('agrees with the model after every delivery; paid + open = original; effects once; terminal stays; history complete', () => {
    fc.assert(
      fc.property(scenario, ([line, commands]) => {
        const model: Model = {
          seen: new Set(),
          status: 'estimate',
          original: minor(line, line.originalAmount),
          amount: minor(line, line.amount),
          paid: 0n,
          amountStamp: undefined,
          dateStamp: undefined,
          settlement: undefined,
          effects: new Map(),
        };
        const real: Real = { line, deliveries: [], effects: [], history: [] };
        fc.modelRun(() => ({ model, real }), commands);
        // The fold helper, recording impossible events, tells the same story.
        const folded = applyEvents(line, real.deliveries, { impossible: 'record' });
        expect(folded.line).toEqual(real.line);
        expect(folded.effects).toEqual(real.effects);
        expect(folded.history.map((h) => h.outcome)).toEqual(real.history.map((h) => h.outcome));
        expect(folded.history.filter((h) => h.outcome === 'impossible').every((h) => h.code?.startsWith('payment-line/'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
