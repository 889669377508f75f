/**
 * Where matching allocates: V8's sampling heap profiler (through node:inspector), keeping the
 * objects that minor and major collections freed as well, so garbage counts too. Prints the
 * bytes allocated during `matchIncomingPayments` per function (self), and per payment. Uses the
 * built package and the inputs of bench/matching-scale.mjs.
 *
 *   npm run build && node --expose-gc bench/matching-allocations.mjs 200000
 */
import { Session } from 'node:inspector';
import { inputs, SETUP } from './matching-scale.mjs';

const n = Number(process.argv[2] ?? 200_000);
const { matchIncomingPayments } = await import('../dist/matching/index.js');
const { entries, payments } = inputs(n);
globalThis.gc?.();
const session = new Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const result = matchIncomingPayments(payments, entries, SETUP);
const { profile } = await post('HeapProfiler.stopSampling');
const bySelf = new Map();
let total = 0;
const walk = (node) => {
  const f = node.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  total += node.selfSize;
  bySelf.set(key, (bySelf.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child);
};
walk(profile.head);
console.log(JSON.stringify({ payments: n, vouchers: result.vouchers.length, allocatedMiB: Math.round(total / 2 ** 20), bytesPerPayment: Math.round(total / n) }));
for (const [key, bytes] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(bytes / 2 ** 20).toFixed(1).padStart(8)} MiB  ${key}`);
