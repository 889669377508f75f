/**
 * Payment-line lifecycle: transitions per second over one million deliveries. Run with
 * `npx vitest bench --run bench/payment-line.bench.ts`.
 *
 * Input: consistent histories from `consistentHistoryArbitrary` (fixed seed), each delivered as
 * `deliveryOrderArbitrary` makes it (every event 1–3 times, shuffled), line after line until
 * exactly 1,000,000 deliveries. Every bench processes the same deliveries; one op = one million
 * transitions, so ops/s × 1,000,000 = transitions per second.
 *
 * No npm package models this lifecycle, and no general state-machine library (xstate, …) is a
 * dependency here, so the comparison in the same run is with a naive listener: status := the
 * event's status, no duplicate check, no amounts, no effects, no history. That is the floor.
 */
import fc from 'fast-check';
import { bench, describe } from 'vitest';
import { PaymentLineEventSchema, applyEvents, transition, type PaymentLineEvent, type PaymentLineState } from '../src/payment-line';
import { consistentHistoryArbitrary, deliveryOrderArbitrary } from '../src/testing';

const TOTAL = 1_000_000;
const lines: { line: PaymentLineState; deliveries: PaymentLineEvent[] }[] = [];
let count = 0;
const sampler = consistentHistoryArbitrary(fc).chain((h) => fc.tuple(fc.constant(h), deliveryOrderArbitrary(fc, h.events)));
let seed = 42;
let serial = 0;
while (count < TOTAL) {
  for (const [h, deliveries] of fc.sample(sampler, { seed: seed++, numRuns: 10_000 })) {
    // Give every line its own id so that effects and ids are unique across the whole run.
    const lineId = `B${serial++}`;
    const take = deliveries.slice(0, TOTAL - count).map((e) => ({ ...e, lineId, id: `${lineId}:${e.id}` }));
    lines.push({ line: { ...h.line, lineId }, deliveries: take });
    count += take.length;
    if (count >= TOTAL) break;
  }
}

const STATUS: Record<string, string> = {
  uploaded: '8', approved: '8', 'pre-approved': '2', 'sent-to-bank': '2', missing: '9', 'accepted-by-bank': '3',
  settled: '5', posted: '6', rejected: '10', cancelled: '10', 'batch-cancelled': '10',
};

let sink = 0;
const opts = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };

describe(`payment-line: ${TOTAL.toLocaleString('en')} deliveries over ${lines.length.toLocaleString('en')} lines per op`, () => {
  bench('eftkit transition (line, effects, history entry per delivery)', () => {
    for (const { line, deliveries } of lines) {
      let current = line;
      for (const e of deliveries) {
        const r = transition(current, e);
        current = r.line;
        sink += r.effects.length;
      }
    }
  }, opts);
  bench('eftkit applyEvents (the fold, keeping every history entry)', () => {
    for (const { line, deliveries } of lines) sink += applyEvents(line, deliveries).history.length;
  }, opts);
  bench('eftkit PaymentLineEventSchema.parse + transition (events from a queue)', () => {
    for (const { line, deliveries } of lines) {
      let current = line;
      for (const e of deliveries) current = transition(current, PaymentLineEventSchema.parse(e)).line;
      sink += current.eventIds.length;
    }
  }, opts);
  bench('naive listener: status := the event\'s status (no dedup, amounts, effects or history)', () => {
    for (const { deliveries } of lines) {
      let status = '1';
      for (const e of deliveries) status = STATUS[e.type] ?? status;
      sink += status.length;
    }
  }, opts);
});

export { sink };
