import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactMinor, fromMinor, mapKey, minorOfPlain, numberKey, toMinor } from '../../src/matching/minor';
import { IncomingPaymentSchema, OpenCustomerEntrySchema } from '../../src/matching/schemas';
import { plainlyValidEntry, plainlyValidPayment } from '../../src/matching/validate';
import { hasDigitIn, nextToken, tokenEnd } from '../../src/matching/words';
import { parseAmount } from '../../src/money';
import { CURRENCY_MINOR_UNITS } from '../../src/money/currencies';

// Field values near the edge of what the schemas accept: mostly good ones (so that the fast path
// is taken often), and each kind of bad one.
const mostly = (good: unknown[], bad: unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
const dateValue = mostly(['2026-12-01', '2024-02-29'], ['2026-02-29', '2026-13-01', '26-12-01', '', 20261201, undefined, null]);
const textValue = mostly(['P1', 'x', ' '], ['', 7, undefined, null, ['P1']]);
const optionalText = mostly(['KID 123', ''], [0, undefined, null]);
const currencyValue = mostly(['NOK', 'EUR', 'JPY'], ['nok', 'NO', 'NOKK', 'XYZ', 'AAA', 578, undefined]);
const amountValue = fc.oneof(
  mostly(['1250.00', '0.50', '1', '00012.3', '12.345'], ['-5.00', '1,00', '1.', '.5', '1e3', '', ' 1.00', 12.5, undefined, null]),
  fc.constant(parseAmount('10.00', 'NOK')),
);

/** An object with some of `fields`, each absent, present with a value, or present as `undefined`. */
function objectOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const entries = Object.entries(fields).map(([key, value]) =>
    fc.tuple(fc.constant(key), fc.oneof({ weight: 1, arbitrary: fc.constant('absent') }, { weight: 12, arbitrary: fc.constant('present') }), value),
  );
  return fc.oneof(
    { weight: 20, arbitrary: fc.tuple(...entries).map((list) => Object.fromEntries(list.filter(([, how]) => how === 'present').map(([key, , value]) => [key, value]))) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 'payment', [], 7) },
  );
}

const paymentArbitrary = objectOf({
  id: textValue,
  receivingAccount: textValue,
  amount: amountValue,
  currency: currencyValue,
  bookingDate: dateValue,
  valueDate: dateValue,
  reference: optionalText,
  message: optionalText,
  debtorName: optionalText,
  debtorAccount: optionalText,
  bankReference: optionalText,
  extra: optionalText,
});

const entryArbitrary = objectOf({
  id: textValue,
  customerNo: textValue,
  invoiceNo: textValue,
  cid: optionalText,
  amount: amountValue,
  currency: currencyValue,
  dueDate: dateValue,
});

describe('fast paths of the matcher agree with the exact ones', () => {
  it('a payment or entry passed without zod is one the schema accepts', () => {
    fc.assert(
      fc.property(paymentArbitrary, entryArbitrary, (p, e) => {
        if (plainlyValidPayment(p as never)) expect(IncomingPaymentSchema.safeParse(p).success).toBe(true);
        if (plainlyValidEntry(e as never)) expect(OpenCustomerEntrySchema.safeParse(e).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The fast path checks a currency by the table alone: every code in it has the schema's form.
    expect(Object.keys(CURRENCY_MINOR_UNITS).filter((code) => !/^[A-Z]{3}$/.test(code))).toEqual([]);
    // And the common case does take the fast path.
    expect(plainlyValidPayment({ id: 'P1', receivingAccount: '1503.12.34567', amount: '1250.00', currency: 'NOK', bookingDate: '2026-12-01', reference: '123' })).toBe(true);
    expect(plainlyValidEntry({ id: 'E1', customerNo: '10023', invoiceNo: '4567', amount: '1250.00', currency: 'NOK' })).toBe(true);
  });

  it('minorOfPlain reads what toMinor reads, or leaves it to toMinor', () => {
    const decimal = fc.tuple(fc.stringMatching(/^\d{1,17}$/), fc.option(fc.stringMatching(/^\d{0,4}$/)), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(decimal, fc.string({ maxLength: 6 }), ([whole, fraction, exponent], noise) => {
        for (const text of [fraction === null ? whole : `${whole}.${fraction}`, noise, `-${whole}`]) {
          const fast = minorOfPlain(text, exponent);
          if (fast === undefined) continue;
          const exact = toMinor(text, exponent);
          expect(exact).toBeDefined();
          expect(compactMinor(exact as bigint)).toBe(fast);
        }
      }),
      { numRuns: 2000 },
    );
    expect(minorOfPlain('1250.5', 2)).toBe(125050);
    expect(minorOfPlain('1250.500', 2)).toBeUndefined();
    expect(minorOfPlain('99999999999999.99', 2)).toBeUndefined();
  });

  it('mapKey keeps keys apart exactly as the strings are (a number only for plain digits)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{0,18}$/), fc.string({ maxLength: 6 })), fc.oneof(fc.stringMatching(/^\d{0,18}$/), fc.string({ maxLength: 6 })), (a, b) => {
        const ka = mapKey(numberKey(a));
        const kb = mapKey(numberKey(b));
        expect(Object.is(ka, kb)).toBe(numberKey(a) === numberKey(b));
        if (typeof ka === 'number') expect(String(ka)).toBe(numberKey(a));
      }),
      { numRuns: 2000 },
    );
    expect(mapKey('000123')).toBe('000123');
    expect(mapKey(numberKey('000123'))).toBe(123);
    expect(mapKey('1234567890123456')).toBe('1234567890123456');
    expect(fromMinor(compactMinor(12345n), 2)).toBe('123.45');
  });
});

describe('the words of a message', () => {
  const TOKEN = /[0-9A-Za-z]+(?:[-/][0-9A-Za-z]+)*/g;
  const wordsOf = (text: string): [number, number][] => {
    const out: [number, number][] = [];
    for (let start = nextToken(text, 0); start < text.length; ) {
      const end = tokenEnd(text, start);
      out.push([start, end]);
      start = nextToken(text, end);
    }
    return out;
  };
  const messageChar = fc.constantFrom(...'0123456789aZ-/., \u00e6\u00a0:');

  it('are where the regular expression finds them, and hasDigitIn says whether they have a digit', () => {
    fc.assert(
      fc.property(fc.array(messageChar, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        const expected = [...text.matchAll(TOKEN)].map((m): [number, number] => [m.index, m.index + m[0].length]);
        const actual = wordsOf(text);
        expect(actual).toEqual(expected);
        for (const [start, end] of actual) expect(hasDigitIn(text, start, end)).toBe(/\d/.test(text.slice(start, end)));
      }),
      { numRuns: 500 },
    );
  });

  it('known cases', () => {
    expect(wordsOf('Faktura 12-34/5, 2026-12-01 --7 a//b')).toEqual([
      [0, 7],
      [8, 15],
      [17, 27],
      [30, 31],
      [32, 33],
      [35, 36],
    ]);
    expect(wordsOf('')).toEqual([]);
    expect(wordsOf('-/ .')).toEqual([]);
  });
});
