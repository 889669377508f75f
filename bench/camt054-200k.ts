/**
 * Parses a camt.054 with 200,000 entries and prints seconds and peak memory (RSS sampled
 * every 20 ms, and heap), wall-clock and CPU seconds (CPU is the fairer figure on a shared machine). Run as its own process so the figures are this parse's alone:
 *
 *   npx tsx bench/camt054-200k.ts [entries]
 */
import { incomingPaymentsFromCamt054, parseCamt054 } from '../src/camt054';
import { bigCamt054 } from './camt054-document';
import { mb, startRssSampler } from './rss-sampler';

const n = Number(process.argv[2] ?? 200_000);
const xml = bigCamt054(n);
const bytes = Buffer.byteLength(xml);
const rss = await startRssSampler();
const t0 = performance.now();
const c0 = process.cpuUsage();
const report = parseCamt054(xml, { maxBytes: 1024 * 1024 * 1024 });
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const peakAfterParse = rss.sample();
const heapAfterParse = process.memoryUsage().heapUsed;
const incoming = incomingPaymentsFromCamt054(report);
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
const peak = rss.stop();
console.log(JSON.stringify({
  entries: report.notifications[0]?.entries.length,
  payments: incoming.payments.length,
  documentMB: mb(bytes),
  parseSeconds: ((t1 - t0) / 1000).toFixed(2),
  parseCpuSeconds: ((c1.user + c1.system) / 1e6).toFixed(2),
  incomingSeconds: ((t2 - t1) / 1000).toFixed(2),
  incomingCpuSeconds: ((c2.user + c2.system - c1.user - c1.system) / 1e6).toFixed(2),
  rssBeforeMB: mb(rss.baseline),
  peakRssParseMB: mb(peakAfterParse),
  heapUsedAfterParseMB: mb(heapAfterParse),
  peakRssMB: mb(peak),
  heapUsedAfterMB: mb(process.memoryUsage().heapUsed),
}));
