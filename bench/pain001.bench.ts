/**
 * pain.001: SEPA credit transfers written per second, eftkit against the `sepa` package and
 * against xmlbuilder2 (DOM and callback modes, the writer of the original design), on the same
 * 10,000 SEPA lines in one run. Run with `npx vitest bench --run bench/pain001.bench.ts`.
 * Peak memory and the 1,000,000-line stream: `node --import tsx bench/pain001-peak.ts`.
 *
 * `buildPain001` validates every line first (IBAN with national check digits, BIC, amount,
 * charges, …: about 28,000 lines/s on this machine), `writePain001` writes lines checked
 * beforehand by `parsePaymentSuggestion`: the writer on its own. The `sepa` package checks
 * little and takes amounts as floats.
 */
import { bench, describe } from 'vitest';
import { buildPain001, streamPain001, writePain001 } from '../src/pain001';
import { parsePaymentSuggestion } from '../src/validation';
import { COMPANY, sepaLines } from './pain001-input';
import { sepaPackageXml, xmlbuilder2CallbackLength, xmlbuilder2DomXml } from './pain001-peers';

const N = 10_000;
const lines = sepaLines(N);
const suggestion = { paymentNo: 'BENCH', company: COMPANY, lines };
const checked = parsePaymentSuggestion(suggestion);
const options = { messageId: 'BENCH-1', creationDateTime: '2026-11-30T10:00:00' };
/** Few iterations: the slow peers take seconds per operation. */
const RUNS = { time: 2_000, iterations: 5, warmupIterations: 1 };

describe(`write ${N.toLocaleString('en')} SEPA transfers`, () => {
  bench('eftkit writePain001 (lines checked beforehand; the string writer)', () => {
    writePain001(checked, options);
  }, RUNS);
  bench('eftkit buildPain001 (validates every line, then writes)', () => {
    buildPain001(suggestion, options);
  }, RUNS);
  bench('eftkit streamPain001 over a re-iterable source (validates twice, 64 KiB chunks)', async () => {
    let length = 0;
    for await (const chunk of streamPain001({ paymentNo: 'BENCH', company: COMPANY, lines: () => lines }, options)) length += chunk.length;
    if (length === 0) throw new Error('nothing written');
  }, RUNS);
  bench('sepa Document.toString()', () => {
    sepaPackageXml(COMPANY, lines);
  }, RUNS);
  bench('xmlbuilder2 DOM (create … end)', () => {
    xmlbuilder2DomXml(COMPANY, lines);
  }, RUNS);
  bench('xmlbuilder2 callback (createCB)', () => {
    xmlbuilder2CallbackLength(COMPANY, lines);
  }, RUNS);
});
