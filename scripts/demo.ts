/**
 * `npm run demo`: the end-to-end job on embedded sample data. For now it shows the library's
 * version, its modules, and the money rules on a few amounts; later modules extend it.
 */
import { MODULES, VERSION } from '../src';
import { formatAmount, parseAmount, safeParseAmount, sumAmounts } from '../src/money';

console.log(`eftkit ${VERSION}`);
console.log(`modules: ${MODULES.map((m) => `eftkit/${m}`).join(', ')}`);

const lines = [
  { amount: '12 500,00', currency: 'NOK' },
  { amount: '990,50', currency: 'NOK' },
  { amount: '1 234 567,89', currency: 'NOK' },
];
const amounts = lines.map((l) => parseAmount(l.amount, l.currency, { locale: 'nb-NO' }));
console.log(`\nmoney: ${lines.length} NOK lines typed as a person writes them`);
for (const a of amounts) console.log(`  ${formatAmount(a, { locale: 'nb-NO' }).padStart(14)}  → XML ${a.toString()}`);
const total = sumAmounts(amounts);
console.log(`  total ${formatAmount(total, { locale: 'nb-NO', withCurrency: true })} (exact: ${total.toString()})`);

const bad = safeParseAmount('150.5', 'JPY');
if (!bad.ok) console.log(`  rejected "150.5" JPY: ${bad.issues[0]?.code}: ${bad.issues[0]?.message}`);
