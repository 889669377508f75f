/**
 * Streams a pain.001 of N SEPA transfers (default 1,000,000) with the built package
 * (`npm run build` first) and prints transactions per second; run it under `/usr/bin/time -v`
 * for the peak resident set size, in plain node (no TypeScript loader in the measurement):
 *
 *   npm run build && /usr/bin/time -v node bench/pain001-stream.mjs 1000000
 *   node bench/pain001-stream.mjs 1000000 --write-ndjson /tmp/lines.ndjson   (once, not measured)
 *   /usr/bin/time -v node bench/pain001-stream.mjs 1000000 --ndjson /tmp/lines.ndjson [--chunk 16384] [--readline]
 *
 * The lines (the same lines as bench/pain001-input.ts) come either from a generator, one by
 * one, or, as a million lines would in production, from an NDJSON file read twice (the
 * two-reading stream; `--chunk` sets the file stream's read size, 64 KiB by default;
 * `--readline` reads with node:readline instead of splitting the chunks). The chunks of XML
 * are counted, not kept: with the generator, the memory measured is the writer's; with a file,
 * node's file reading adds its own (about 60 MB at 64 KiB reads, see docs/benchmarks.md).
 *
 * The generator builds its digit strings by concatenation, not with `String(n)` or a template
 * literal: V8 keeps every number it turns into a string in its number-string cache (thousands
 * of entries), so those strings outlive two minor collections, are promoted and fill the old
 * generation until a full collection; a generator written with `String(n)` (`--number-cache`)
 * measured 40 MB more peak RSS, all of it the input's, none the writer's. Lines parsed from a
 * file do not go through that cache.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { streamPain001 } from '../dist/pain001/index.js';

const n = Number(process.argv[2] ?? '1000000');
const flag = (name) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : (process.argv[at + 1] ?? '');
};
const IBANS = ['DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'BE68539007547034', 'AT611904300234573201', 'ES9121000418450200051332', 'IT60X0542811101000000123456', 'FI2112345600000785', 'GB29NWBK60161331926819', 'IE29AIBK93115212345678'];
const BICS = ['COBADEFFXXX', 'BNPAFRPPXXX', 'ABNANL2AXXX', 'GEBABEBBXXX', 'BKAUATWWXXX', 'CAIXESBBXXX', 'BCITITMMXXX', 'NDEAFIHHXXX', 'NWBKGB2LXXX', 'AIBKIE2DXXX'];
const COUNTRIES = ['DE', 'FR', 'NL', 'BE', 'AT', 'ES', 'IT', 'FI', 'GB', 'IE'];
const company = { name: 'Nordlys Handel AS', orgNo: '987654321', country: 'FI', debtorAccount: { iban: 'FI2112345600000785', bic: 'NDEAFIHHXXX', currency: 'EUR' }, bankPartner: { id: '95', glAccount: '1920' } };

const DIGITS = '0123456789';
/** The decimal digits of a non-negative integer, without V8's number-string cache (see above). */
function digitsOf(value) {
  let out = '';
  let rest = value;
  do {
    out = DIGITS[rest % 10] + out;
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  return out;
}
const text = process.argv.includes('--number-cache') ? (value) => String(value) : digitsOf;

function lineAt(i) {
  const k = i % IBANS.length;
  return {
    lineId: 'L' + text(i + 1),
    supplierNo: text(10_000 + (i % 5_000)),
    amount: text((i % 9_973) + 1) + '.' + text(i % 100).padStart(2, '0'),
    currency: 'EUR',
    dueDate: '2026-12-15',
    creditor: { name: 'Supplier ' + text(i % 5_000) + ' GmbH', country: COUNTRIES[k], account: { iban: IBANS[k] }, bic: BICS[k] },
    remittance: { type: 'text', text: 'Invoice ' + text(100_000 + i) + ' of 2026-11-30' },
  };
}

function* generated() {
  for (let i = 0; i < n; i++) yield lineAt(i);
}

let rowsRead = 0;
async function* fromNdjson(path) {
  if (process.argv.includes('--readline')) {
    for await (const row of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) if (row !== '') {
      rowsRead++;
      yield JSON.parse(row);
    }
    return;
  }
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: Number(flag('--chunk') ?? 65536) })) {
    const rows = (rest + chunk).split('\n');
    rest = rows.pop() ?? '';
    for (const row of rows) {
      if (row === '') continue;
      rowsRead++;
      yield JSON.parse(row);
    }
  }
  if (rest !== '') {
    rowsRead++;
    yield JSON.parse(rest);
  }
}

const writeTo = flag('--write-ndjson');
if (writeTo !== undefined) {
  const out = createWriteStream(writeTo);
  for (let i = 0; i < n; i++) if (!out.write(JSON.stringify(lineAt(i)) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  console.log(JSON.stringify({ wrote: writeTo, lines: n }));
  process.exit(0);
}

const ndjson = flag('--ndjson');
const lines = ndjson === undefined ? generated : () => fromNdjson(ndjson);
let bytes = 0;
let chunks = 0;
let peak = 0;
const start = performance.now();
for await (const chunk of streamPain001({ paymentNo: 'STREAM', company, lines }, { messageId: 'STREAM-1', creationDateTime: '2026-11-30T10:00:00' })) {
  bytes += chunk.length;
  if (++chunks % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const ms = performance.now() - start;
const transactions = ndjson === undefined ? n : rowsRead / 2;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ source: ndjson === undefined ? (text === digitsOf ? 'generated' : 'generated, String(n)') : 'ndjson', transactions, ms: Math.round(ms), perSecond: Math.round((transactions / ms) * 1000), xmlMb: +(bytes / 1e6).toFixed(1), sampledPeakRssMb: Math.round(peak / 1048576) }));
