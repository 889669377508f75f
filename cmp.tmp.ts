import { parsePaymentSuggestion } from './src/validation';
import { COMPANY, sepaLines } from './bench/pain001-input';
import { sepaPackageXml } from './bench/pain001-peers';
import { writePain001 } from './src/pain001';
const lines = sepaLines(10000);
const checked = parsePaymentSuggestion({ paymentNo: 'B', company: COMPANY, lines });
const o = { messageId: 'M', creationDateTime: '2026-11-30T10:00:00' };
const a: number[] = [], b: number[] = [];
for (let i = 0; i < 8; i++) {
  let t = performance.now(); writePain001(checked, o); a.push(performance.now() - t);
  t = performance.now(); sepaPackageXml(COMPANY, lines); b.push(performance.now() - t);
}
const med = (x: number[]) => x.sort((p, q) => p - q)[x.length >> 1]!;
console.log('eftkit', med(a).toFixed(0), 'sepa', med(b).toFixed(0), 'ratio', (med(b) / med(a)).toFixed(1));
