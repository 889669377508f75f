/**
 * Streams a camt.054 with N entries (default 200,000) through `streamCamt054Entries` and prints
 * CPU seconds, wall clock and peak RSS (sampled every 20 ms, and after every 10,000 entries).
 * The document is generated chunk by chunk (64 kB) as the reader asks for it, so it is never
 * whole in memory: what grows, if anything, is the reader's. Run as its own process:
 *
 *   npx tsx bench/camt054-stream.ts [entries]
 *
 * Peak RSS of the whole process (Node and tsx included): `/usr/bin/time -v`.
 */
import { streamCamt054Entries } from '../src/camt054';
import { camt054Chunks } from './camt054-document';
import { mb, startRssSampler } from './rss-sampler';

const n = Number(process.argv[2] ?? 200_000);
const rss = await startRssSampler();
const t0 = performance.now();
const c0 = process.cpuUsage();
let entries = 0;
let credits = 0;
let lastId = '';
for await (const { entry } of streamCamt054Entries(camt054Chunks(n), { maxBytes: Number.MAX_SAFE_INTEGER })) {
  entries++;
  if (entry.creditDebit === 'credit') credits++;
  lastId = entry.transactions[0]?.references.endToEndId ?? lastId;
  if (entries % 10_000 === 0) rss.sample();
}
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const peak = rss.stop();
console.log(JSON.stringify({
  entries,
  credits,
  lastId,
  seconds: ((t1 - t0) / 1000).toFixed(2),
  cpuSeconds: ((c1.user + c1.system) / 1e6).toFixed(2),
  rssBeforeMB: mb(rss.baseline),
  peakRssMB: mb(peak),
}));
