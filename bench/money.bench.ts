/**
 * Money: parsing and exact sums. Run with `npm run bench`.
 * Compared with decimal.js used directly (the floor: eftkit adds currency checks on top).
 */
import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import { parseAmount, sumAmounts } from '../src/money';

const values = Array.from({ length: 10_000 }, (_, i) => `${(i * 7919) % 1_000_000}.${String(i % 100).padStart(2, '0')}`);
const amounts = values.map((v) => parseAmount(v, 'NOK'));
const D = DecimalJs.clone();

describe('parse 10,000 amounts', () => {
  bench('eftkit parseAmount', () => {
    for (const v of values) parseAmount(v, 'NOK');
  });
  bench('decimal.js new Decimal (no checks)', () => {
    for (const v of values) new D(v);
  });
});

describe('sum 10,000 amounts', () => {
  bench('eftkit sumAmounts', () => {
    sumAmounts(amounts);
  });
});
