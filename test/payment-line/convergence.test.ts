/**
 * Convergence: the events of one consistent history, delivered at least once and in any order
 * (the hub's message queue), end in the same line and the same effects as in causal order, and
 * in the outcome the generator worked out on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvents, type ApplyEventsResult, type PaymentLineEffect } from '../../src/payment-line';
import { consistentHistoryArbitrary, deliveryOrderArbitrary } from '../../src/testing';

/** The part of the final state that must not depend on the delivery order. */
function outcome(r: ApplyEventsResult) {
  const { line } = r;
  return {
    status: line.status,
    originalAmount: line.originalAmount,
    amount: line.amount,
    paidAmount: line.paidAmount,
    openAmount: line.openAmount,
    paymentDate: line.paymentDate,
    settlement: line.settlement,
    rejection: line.rejection,
    voucherNo: line.voucherNo,
    effects: [...r.effects].sort((a, b) => a.id.localeCompare(b.id)),
    eventIds: [...new Set(line.eventIds)].sort(),
  };
}

const byKind = (effects: readonly PaymentLineEffect[]) =>
  [...effects].map((e) => ({ kind: e.kind, amount: e.amount })).sort((a, b) => a.kind.localeCompare(b.kind));

const scenario = consistentHistoryArbitrary(fc).chain((history) =>
  fc.tuple(fc.constant(history), deliveryOrderArbitrary(fc, history.events, { maxCopies: 3 })),
);

describe('one consistent history, any delivery order, any duplication', () => {
  it('in causal order, reaches the outcome the generator expects, with no duplicate and no impossible event', () => {
    fc.assert(
      fc.property(consistentHistoryArbitrary(fc), (h) => {
        const r = applyEvents(h.line, h.events);
        expect({ status: r.line.status, amount: r.line.amount, paidAmount: r.line.paidAmount, openAmount: r.line.openAmount, paymentDate: r.line.paymentDate }).toEqual({
          status: h.expected.status,
          amount: h.expected.amount,
          paidAmount: h.expected.paidAmount,
          openAmount: h.expected.openAmount,
          paymentDate: h.expected.paymentDate,
        });
        expect(byKind(r.effects)).toEqual(byKind(h.expected.effects as PaymentLineEffect[]));
        expect(r.history).toHaveLength(h.events.length);
        expect(r.history.every((e) => e.outcome !== 'impossible' && e.outcome !== 'duplicate')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('converges: the same final status, amounts, dates and effects (ids and contents) in any order, however often delivered', () => {
    fc.assert(
      fc.property(scenario, ([h, deliveries]) => {
        const inOrder = applyEvents(h.line, h.events);
        const shuffled = applyEvents(h.line, deliveries);
        expect(outcome(shuffled)).toEqual(outcome(inOrder));
        // Exactly once: no effect id twice, whatever the duplication.
        const ids = shuffled.effects.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        // History complete: one entry per delivery; each distinct event recorded once, the rest duplicates.
        expect(shuffled.history).toHaveLength(deliveries.length);
        const distinct = new Set(deliveries.map((e) => e.id)).size;
        expect(shuffled.history.filter((e) => e.outcome === 'duplicate')).toHaveLength(deliveries.length - distinct);
        expect(shuffled.line.eventIds).toHaveLength(distinct);
      }),
      { numRuns: 400 },
    );
  });

  it('converges for the hard cases: settled before accepted-by-bank, and a reduction arriving after the settlement', () => {
    const endings = ['settled', 'posted'] as const;
    fc.assert(
      fc.property(
        consistentHistoryArbitrary(fc, { endings }).chain((h) => fc.tuple(fc.constant(h), deliveryOrderArbitrary(fc, h.events))),
        ([h, deliveries]) => {
          // Put every settled delivery first (posted straight after), the rest after them.
          const settled = deliveries.filter((e) => e.type === 'settled');
          const posted = deliveries.filter((e) => e.type === 'posted');
          const others = deliveries.filter((e) => e.type !== 'settled' && e.type !== 'posted');
          const r = applyEvents(h.line, [...settled, ...posted, ...others]);
          expect(outcome(r)).toEqual(outcome(applyEvents(h.line, h.events)));
          expect(r.line.status).toBe(h.expected.status);
          expect(r.history.filter((e) => others.includes(h.events.find((x) => x.id === e.eventId) as never)).every((e) => e.outcome !== 'applied')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
