/**
 * Matching's work counted in instructions, not seconds: `valgrind --tool=callgrind` counts the
 * instructions a process executes, the same whatever else the machine is doing and however fast
 * its memory answers (a wall-clock ratio on a VM also measures its page faults and TLB misses,
 * see docs/benchmarks.md). For each size it runs bench/matching-scale.mjs twice under callgrind:
 * making the inputs only, then making them and matching them; the difference is matching's
 * (input checks, indexes, matching, vouchers, and the garbage collection all of that causes).
 *
 *   npm run build && node bench/matching-instructions.mjs 1000000 2000000
 *   node bench/matching-instructions.mjs 1000000 2000000 --keep /tmp/cg   # keep callgrind's files
 *
 * Slow: about 20–35× the native run (the four runs of 1M and 2M take some 20 minutes on two
 * cores, two at a time). Needs valgrind (`apt-get install valgrind`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const scale = fileURLToPath(new URL('./matching-scale.mjs', import.meta.url));
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt < 0 ? undefined : process.argv[keepAt + 1];
const sizes = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--keep').map(Number);
const list = sizes.length > 0 ? sizes : [1_000_000, 2_000_000];
// --keep DIR: callgrind's files stay there, for `callgrind_annotate` (per function).
const dir = keep ?? mkdtempSync(join(tmpdir(), 'eftkit-callgrind-'));
if (keep !== undefined) mkdirSync(keep, { recursive: true });

/** Instructions executed by node running the scale benchmark with `mode` (callgrind's `Ir`). */
function instructions(n, mode) {
  const out = join(dir, `${n}-${mode}.out`);
  // --predictable: V8 runs its compiler and collector on the main thread, at the same points
  // every run, so two runs of the same input count the same instructions (within 0.1 %; without
  // it, making the same 1M inputs counted 21.2 and 25.7 billion in two runs).
  const args = ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--predictable', '--expose-gc', '--max-old-space-size=16000', scale, '--one', String(n), `--${mode}`];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`valgrind ${n} ${mode} exited ${code}: ${stderr.slice(-2000)}`));
      const summary = /^summary: (\d+)/m.exec(readFileSync(out, 'utf8'));
      if (summary === null) return reject(new Error(`no summary in ${out}`));
      resolve(Number(summary[1]));
    });
  });
}

// Two at a time (one per core): instruction counts do not depend on what else runs.
// The longest first, so that the two workers end together.
const jobs = list
  .flatMap((n) => [
    [n, 'matching-only'],
    [n, 'inputs-only'],
  ])
  .sort((a, b) => b[0] - a[0]);
const counts = new Map();
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const [n, mode] = jobs[next++];
    const started = Date.now();
    counts.set(`${n} ${mode}`, await instructions(n, mode));
    console.error(`${n} ${mode}: ${counts.get(`${n} ${mode}`).toLocaleString('en')} instructions (${Math.round((Date.now() - started) / 1000)} s)`);
  }
}
await Promise.all([worker(), worker()]);
if (keep === undefined) rmSync(dir, { recursive: true, force: true });
const matching = (n) => counts.get(`${n} matching-only`) - counts.get(`${n} inputs-only`);
for (const n of list) console.log(JSON.stringify({ n, matchingInstructions: matching(n), perPayment: Math.round(matching(n) / n) }));
if (list.length >= 2) console.log(`instruction ratio ${list[1]} / ${list[0]}: ${(matching(list[1]) / matching(list[0])).toFixed(3)}`);
