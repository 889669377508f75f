/**
 * Matching at scale: N incoming payments against N open entries, in a child process per size so
 * that each peak RSS is its own. Uses the built package (`npm run build` first).
 *
 *   node bench/matching-scale.mjs 1000000 2000000      # driver: one child per size, then the ratio
 *   node bench/matching-scale.mjs 1000000 2000000 --rounds 3   # alternating, ratio of the medians
 *   node bench/matching-scale.mjs --one 1000000        # one size (what the driver runs)
 *   node bench/matching-scale.mjs 1000000 --ballast 1600      # 1M with 1,600 MiB of other live data
 *   node bench/matching-scale.mjs 1000000 2000000 --no-gc     # no forced full GC before matching
 *   MATCHING_BENCH_NODE_FLAGS='--max-semi-space-size=128' node bench/matching-scale.mjs 1000000 2000000
 *
 * Inputs are made with a fixed linear congruential generator (no clock, no Math.random): 60 % of
 * payments pay their entry exactly by CID (factoring 10;1), 10 % partly, 10 % too much, 10 % name
 * their invoice no. or CID in the message, 5 % carry a CID nobody owes, 5 % have no reference.
 * Timed (wall clock and this process's CPU time, which a busy machine disturbs less):
 * `matchIncomingPayments` only (input validation, indexes, matching, vouchers); input
 * generation is not. Peak RSS is the child's maximum resident set size from /usr/bin/time -v
 * (inputs included) and its user+sys CPU and wall time (whole child, input generation included), the heap used right after matching, and the bytes per payment the result
 * keeps alive (heap after a full GC with the result referenced, minus the heap before matching).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

function luhn(body) {
  let sum = 0;
  for (let i = body.length - 1, k = 0; i >= 0; i--, k++) {
    let d = body.charCodeAt(i) - 48;
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A flat copy of `s`, made now (where the objects made next to it will lie). */
const fresh = (s) => s.split('').join('');

/** The benchmark's inputs: `n` open entries and `n` payments (see above). */
export function inputs(n) {
  let state = 12345;
  const next = (m) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % m;
  };
  const entries = new Array(n);
  const payments = new Array(n);
  // Payment k pays entry order[k]: a deterministic shuffle, so that the file's order differs
  // from the processing order (booking date, then id). Each payment is made in its place in the
  // file, as a reader of a camt.054 makes them (in memory, a shuffled array of objects made in
  // id order would put every next payment on a random page, which no parsed file does).
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = next(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  const cids = new Array(n);
  for (let i = 0; i < n; i++) {
    const customerNo = String(10000 + (i % 50000));
    const invoiceNo = String(100000 + i);
    const amount = `${100 + next(90000)}.${String(next(100)).padStart(2, '0')}`;
    entries[i] = { id: `E${i}`, customerNo, invoiceNo, amount, currency: 'NOK', dueDate: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}` };
    const body = invoiceNo.padStart(9, '0') + customerNo.padStart(10, '0');
    cids[i] = body + luhn(body);
  }
  for (let k = 0; k < n; k++) {
    const i = order[k];
    // The payment's own copies of the strings it shares with its entry: a file's reader makes
    // each payment's strings with the payment, next to it in memory, never the entry's objects.
    const invoiceNo = fresh(entries[i].invoiceNo);
    const amount = fresh(entries[i].amount);
    const cid = fresh(cids[i]);
    const kind = next(100);
    const p = { id: `P${i}`, receivingAccount: '1503.12.34567', currency: 'NOK', bookingDate: `2026-12-0${1 + next(5)}`, amount };
    if (kind < 60) p.reference = cid;
    else if (kind < 70) Object.assign(p, { reference: cid, amount: `${50 + next(40)}.00` });
    else if (kind < 80) Object.assign(p, { reference: cid, amount: `${100000 + next(1000)}.00` });
    else if (kind < 85) p.message = `Betaling faktura ${invoiceNo}, takk`;
    else if (kind < 90) p.message = `KID ${cid}`;
    else if (kind < 95) p.reference = '12345678903';
    payments[k] = p;
  }
  return { entries, payments };
}

/** The setup every size runs with: one account, factoring `10;1`, tolerance NOK 1.00. */
export const SETUP = {
  accounts: [{ account: '15031234567', bankGlAccount: '1920', definitions: [{ factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 }] }],
  glAccounts: { receivables: '1500', suspense: '2990', writeOff: '7790' },
  tolerance: { NOK: '1.00' },
};

/**
 * `--ballast MB`: that much unrelated live data (small objects, as the inputs are) held while
 * matching, to see how the time of the same matching changes with the heap's size alone.
 */
function ballast(megabytes) {
  const out = [];
  // About 64 bytes per object with its slot in the list.
  for (let i = 0, count = Math.round((megabytes * 2 ** 20) / 64); i < count; i++) out.push({ a: i, b: out.length, c: null });
  return out;
}

async function one(n, ballastMiB) {
  const { matchIncomingPayments } = await import('../dist/matching/index.js');
  const held = ballastMiB > 0 ? ballast(ballastMiB) : [];
  const { entries, payments } = inputs(n);
  // --no-gc: no full collection before matching. The forced one gives a clean "heap before"
  // for the bytes kept per payment, but V8 also sets its next collection limits from it.
  const forcedGc = !process.argv.includes('--no-gc');
  if (forcedGc) globalThis.gc?.();
  // --inputs-only / --matching-only: the two halves bench/matching-instructions.mjs subtracts
  // (the second is the first plus the matching call, and nothing after it).
  if (process.argv.includes('--inputs-only')) {
    console.log(JSON.stringify({ n, inputsOnly: true, payments: payments.length }));
    return;
  }
  if (process.argv.includes('--matching-only')) {
    const result = matchIncomingPayments(payments, entries, SETUP);
    console.log(JSON.stringify({ n, matchingOnly: true, vouchers: result.vouchers.length }));
    return;
  }
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const result = matchIncomingPayments(payments, entries, SETUP);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mem = process.memoryUsage();
  // What the result keeps alive: the heap after a full GC with the result still referenced.
  globalThis.gc?.();
  const retainedBytesPerPayment = forcedGc ? Math.round((process.memoryUsage().heapUsed - heapBefore) / n) : undefined;
  const statuses = {};
  for (const o of result.outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
  if (held.length < 0) console.log(held); // keeps the ballast alive to here
  console.log(JSON.stringify({ n, ballastMiB, seconds, cpuSeconds, rssBeforeMiB: Math.round(rssBefore / 2 ** 20), rssAfterMiB: Math.round(mem.rss / 2 ** 20), heapUsedMiB: Math.round(mem.heapUsed / 2 ** 20), retainedBytesPerPayment, vouchers: result.vouchers.length, statuses }));
}

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};

if (process.argv[1] !== self) {
  // Imported (bench/matching-allocations.mjs): the inputs and setup only.
} else if (process.argv[2] === '--one') {
  await one(Number(process.argv[3]), Number(option('--ballast') ?? 0));
} else {
  // --rounds k: the sizes run k times, alternating (1M, 2M, 1M, 2M, …), and the ratio is taken
  // from the medians: one child's time moves by ±30 % on this VM with when its full
  // collections fall and how fast the host hands it fresh memory.
  const rounds = Number(option('--rounds') ?? 1);
  const childArgs = option('--ballast') === undefined ? [] : ['--ballast', option('--ballast')];
  if (process.argv.includes('--no-gc')) childArgs.push('--no-gc');
  const sizes = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--')).map(Number);
  const list = sizes.length > 0 ? sizes : [1_000_000, 2_000_000];
  const rows = [];
  for (let round = 0; round < rounds; round++) {
    for (const n of list) {
      const extra = (process.env.MATCHING_BENCH_NODE_FLAGS ?? '').split(' ').filter((f) => f !== '');
      const child = spawnSync('/usr/bin/time', ['-v', process.execPath, '--expose-gc', '--max-old-space-size=16000', ...extra, self, '--one', String(n), ...childArgs], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (child.status !== 0) throw new Error(child.stderr);
      const row = JSON.parse(child.stdout.trim().split('\n').pop());
      const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
      row.peakRssMiB = peak === null ? undefined : Math.round(Number(peak[1]) / 1024);
      // The whole child (input generation included), as /usr/bin/time -v reports it.
      const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(child.stderr);
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(child.stderr);
      row.processUserSysSeconds = user === null || sys === null ? undefined : Number((Number(user[1]) + Number(sys[1])).toFixed(2));
      row.processWallSeconds = wall === null ? undefined : Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
      row.round = round + 1;
      rows.push(row);
      console.error(JSON.stringify({ round: row.round, n, seconds: +row.seconds.toFixed(2), cpuSeconds: +row.cpuSeconds.toFixed(2), peakRssMiB: row.peakRssMiB }));
    }
  }
  for (const r of rows) console.log(r);
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  if (list.length >= 2) {
    const [a, b] = list;
    const of = (n, key) => median(rows.filter((r) => r.n === n).map((r) => r[key]));
    for (let round = 1; round <= rounds && rounds > 1; round++) {
      const ra = rows.find((r) => r.n === a && r.round === round);
      const rb = rows.find((r) => r.n === b && r.round === round);
      console.log(`round ${round}: wall-time ratio ${(rb.seconds / ra.seconds).toFixed(2)}, CPU-time ratio ${(rb.cpuSeconds / ra.cpuSeconds).toFixed(2)}`);
    }
    console.log(`wall-time ratio ${b} / ${a}${rounds > 1 ? ' (medians)' : ''}: ${(of(b, 'seconds') / of(a, 'seconds')).toFixed(2)}`);
    console.log(`CPU-time ratio ${b} / ${a}${rounds > 1 ? ' (medians)' : ''}: ${(of(b, 'cpuSeconds') / of(a, 'cpuSeconds')).toFixed(2)}`);
  }
}
