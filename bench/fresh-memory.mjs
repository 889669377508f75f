/**
 * What fresh memory costs this machine as a process grows: 96 blocks of 64 MiB, each allocated
 * and written once per 4 KiB page (one page fault each), timed per block. No garbage collector
 * and no JavaScript objects are involved. Context for bench/matching-scale.mjs, whose 2M run
 * grows from 1 GiB to 3.4 GiB while it matches.
 *
 *   node bench/fresh-memory.mjs
 */
const block = 64 * 2 ** 20;
const held = [];
for (let i = 0; i < 96; i++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const bytes = Buffer.allocUnsafeSlow(block);
  for (let at = 0; at < block; at += 4096) bytes[at] = 1;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  held.push(bytes);
  if (i % 8 === 7) {
    const mib = block / 2 ** 20;
    console.log(JSON.stringify({ heldMiB: (i + 1) * mib, msPerMiB: +(ms / mib).toFixed(2), systemMsPerMiB: +(cpu.system / 1000 / mib).toFixed(2) }));
  }
}
