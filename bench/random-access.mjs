/**
 * What one random memory access costs as the heap grows, on this machine: N small objects (each
 * with a string), then 12,000,000 reads of a random object's string length. The work is the same
 * at every N; only the heap the reads land in grows. Context for bench/matching-scale.mjs, whose
 * matching does a few such reads per payment (an index bucket, an entry) over a heap of 1.7 GB at
 * 1M payments and 3.4 GB at 2M.
 *
 *   node --max-old-space-size=16000 bench/random-access.mjs 4000000 8000000 16000000 32000000
 */
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(4_000_000, 8_000_000, 16_000_000, 32_000_000);
const n = sizes[0];
if (sizes.length > 1) {
  const { spawnSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=16000', fileURLToPath(import.meta.url), String(size)], { encoding: 'utf8' });
    process.stdout.write(child.stdout);
  }
} else {
  const objects = new Array(n);
  for (let i = 0; i < n; i++) objects[i] = { a: i, b: `x${i}`, c: null, d: null, e: null, f: null };
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  const picks = new Int32Array(4_000_000);
  for (let i = 0; i < picks.length; i++) picks[i] = next() % n;
  let sum = 0;
  const start = performance.now();
  for (let round = 0; round < 3; round++) for (let i = 0; i < picks.length; i++) sum += objects[picks[i]].b.length;
  const ms = performance.now() - start;
  console.log(JSON.stringify({ objects: n, heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20), nsPerRandomRead: +((ms * 1e6) / (3 * picks.length)).toFixed(1), check: sum > 0 }));
}
