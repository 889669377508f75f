/**
 * Streams a pain.001 of N SEPA transfers (default 1,000,000) with the built package
 * (`npm run build` first) and prints transactions per second; run it under `/usr/bin/time -v`
 * for the peak resident set size, in plain node (no TypeScript loader in the measurement):
 *
 *   npm run build && /usr/bin/time -v node bench/pain001-stream.mjs 1000000
 *
 * The lines are made one by one (the same lines as bench/pain001-input.ts) and the chunks are
 * counted, not kept: the memory measured is the writer's.
 */
import { streamPain001 } from '../dist/pain001/index.js';

const n = Number(process.argv[2] ?? '1000000');
const IBANS = ['DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'BE68539007547034', 'AT611904300234573201', 'ES9121000418450200051332', 'IT60X0542811101000000123456', 'FI2112345600000785', 'GB29NWBK60161331926819', 'IE29AIBK93115212345678'];
const BICS = ['COBADEFFXXX', 'BNPAFRPPXXX', 'ABNANL2AXXX', 'GEBABEBBXXX', 'BKAUATWWXXX', 'CAIXESBBXXX', 'BCITITMMXXX', 'NDEAFIHHXXX', 'NWBKGB2LXXX', 'AIBKIE2DXXX'];
const COUNTRIES = ['DE', 'FR', 'NL', 'BE', 'AT', 'ES', 'IT', 'FI', 'GB', 'IE'];
const company = { name: 'Nordlys Handel AS', orgNo: '987654321', country: 'FI', debtorAccount: { iban: 'FI2112345600000785', bic: 'NDEAFIHHXXX', currency: 'EUR' }, bankPartner: { id: '95', glAccount: '1920' } };

function* lines() {
  for (let i = 0; i < n; i++) {
    const k = i % IBANS.length;
    yield {
      lineId: `L${i + 1}`,
      supplierNo: String(10_000 + (i % 5_000)),
      amount: `${(i % 9_973) + 1}.${String(i % 100).padStart(2, '0')}`,
      currency: 'EUR',
      dueDate: '2026-12-15',
      creditor: { name: `Supplier ${i % 5_000} GmbH`, country: COUNTRIES[k], account: { iban: IBANS[k] }, bic: BICS[k] },
      remittance: { type: 'text', text: `Invoice ${100_000 + i} of 2026-11-30` },
    };
  }
}

let bytes = 0;
let chunks = 0;
let peak = 0;
const start = performance.now();
for await (const chunk of streamPain001({ paymentNo: 'STREAM', company, lines }, { messageId: 'STREAM-1', creationDateTime: '2026-11-30T10:00:00' })) {
  bytes += chunk.length;
  if (++chunks % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const ms = performance.now() - start;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ transactions: n, ms: Math.round(ms), perSecond: Math.round((n / ms) * 1000), xmlMb: +(bytes / 1e6).toFixed(1), sampledPeakRssMb: Math.round(peak / 1048576) }));
