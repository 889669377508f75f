/**
 * camt.054: reading a notification with 1,000 entries. Run with
 * `npx vitest bench --run bench/camt054.bench.ts`. Compared with fast-xml-parser used directly
 * (no safety checks, no well-formedness validation, no amounts, no references): eftkit's own
 * one-pass scanner does all of those and still builds each entry faster. The 200,000-entry figure with peak memory comes from
 * `npx tsx bench/camt054-200k.ts` (a process of its own); see docs/benchmarks.md.
 */
import { XMLParser } from 'fast-xml-parser';
import { bench, describe } from 'vitest';
import { incomingPaymentsFromCamt054, parseCamt054, streamCamt054Entries } from '../src/camt054';
import { bigCamt054 } from './camt054-document';

const xml = bigCamt054(1_000);

describe('read a camt.054 with 1,000 entries', () => {
  bench('eftkit parseCamt054 + incomingPaymentsFromCamt054', () => {
    incomingPaymentsFromCamt054(parseCamt054(xml));
  }, { iterations: 10 });
  bench('eftkit parseCamt054 only', () => {
    parseCamt054(xml);
  }, { iterations: 10 });
  bench('eftkit streamCamt054Entries (one chunk)', async () => {
    for await (const item of streamCamt054Entries([xml])) void item;
  }, { iterations: 10 });
  bench('fast-xml-parser parse only (no checks, no amounts)', () => {
    new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
  }, { iterations: 10 });
});
