/**
 * pain.001: throughput and peak memory (maximum resident set size from `/usr/bin/time -v`) of
 * each writer in its own child process, on the same SEPA-only input, and the 1,000,000-line
 * stream. Run with `node --import tsx bench/pain001-peak.ts [lines] [stream-lines]`
 * (defaults 100,000 and 1,000,000). Figures go to docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildPain001, streamPain001, writePain001 } from '../src/pain001';
import { parsePaymentSuggestion } from '../src/validation';
import { COMPANY, sepaLineGenerator, sepaLines } from './pain001-input';
import { sepaPackageXml, xmlbuilder2CallbackLength, xmlbuilder2DomXml } from './pain001-peers';

const OPTIONS = { messageId: 'PEAK-1', creationDateTime: '2026-11-30T10:00:00' };
const MODES = ['eftkit-write', 'eftkit-build', 'sepa', 'xmlbuilder2-dom', 'xmlbuilder2-callback'] as const;

async function child(mode: string, n: number): Promise<void> {
  let bytes = 0;
  let start = 0;
  if (mode === 'eftkit-stream') {
    start = performance.now();
    for await (const chunk of streamPain001({ paymentNo: 'PEAK', company: COMPANY, lines: () => sepaLineGenerator(n) }, OPTIONS)) bytes += chunk.length;
  } else {
    const lines = sepaLines(n);
    const suggestion = { paymentNo: 'PEAK', company: COMPANY, lines };
    if (mode === 'eftkit-write') {
      const checked = parsePaymentSuggestion(suggestion);
      start = performance.now();
      bytes = writePain001(checked, OPTIONS).xml.length;
    } else {
      start = performance.now();
      if (mode === 'eftkit-build') bytes = buildPain001(suggestion, OPTIONS).xml.length;
      else if (mode === 'sepa') bytes = sepaPackageXml(COMPANY, lines).length;
      else if (mode === 'xmlbuilder2-dom') bytes = xmlbuilder2DomXml(COMPANY, lines).length;
      else bytes = xmlbuilder2CallbackLength(COMPANY, lines);
    }
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ mode, n, ms: Math.round(ms), perSecond: Math.round((n / ms) * 1000), bytes }));
}

function runWithPeak(mode: string, n: number): string {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync('/bin/sh', ['-c', `/usr/bin/time -v "${process.execPath}" --max-old-space-size=4096 --import tsx "${script}" child ${mode} ${n} 2>/tmp/pain001-peak-${mode}.txt`], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const time = execFileSync('cat', [`/tmp/pain001-peak-${mode}.txt`], { encoding: 'utf8' });
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? 'NaN');
  const r = JSON.parse(out) as { n: number; ms: number; perSecond: number; bytes: number };
  return `| ${mode} | ${r.n.toLocaleString('en')} | ${r.ms.toLocaleString('en')} | ${r.perSecond.toLocaleString('en')} | ${(kb / 1024).toFixed(0)} | ${(r.bytes / 1e6).toFixed(1)} |`;
}

const [, , first, second, third] = process.argv;
if (first === 'child') {
  await child(second ?? 'eftkit-write', Number(third ?? '100000'));
} else {
  const n = Number(first ?? '100000');
  const streamLines = Number(second ?? '1000000');
  console.log('| writer | transactions | ms | transactions/s | peak RSS MB | XML MB |');
  console.log('|---|---|---|---|---|---|');
  for (const mode of MODES) console.log(runWithPeak(mode, n));
  if (streamLines > 0) console.log(runWithPeak('eftkit-stream', streamLines));
}
