import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Amount,
  CURRENCY_MINOR_UNITS,
  MoneyError,
  currencyExponent,
  formatAmount,
  isCurrencyCode,
  parseAmount,
  safeParseAmount,
  sumAmounts,
  type AmountLocale,
} from '../../src/money';
import { amountArbitrary, amountStringArbitrary, currencyCodeArbitrary } from '../../src/testing';
import DecimalGlobal from 'decimal.js';
import { codeOf } from '../support/errors';


describe('currency table (ISO 4217 List One)', () => {
  it('knows the exponents that differ from 2', () => {
    expect(currencyExponent('NOK')).toBe(2);
    expect(currencyExponent('EUR')).toBe(2);
    for (const c of ['JPY', 'ISK', 'KRW', 'CLP', 'VND', 'XOF']) expect(currencyExponent(c), c).toBe(0);
    for (const c of ['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']) expect(currencyExponent(c), c).toBe(3);
    for (const c of ['CLF', 'UYW']) expect(currencyExponent(c), c).toBe(4);
  });

  it('does not know codes without minor units or invented ones', () => {
    for (const c of ['XAU', 'XXX', 'XTS', 'NKR', 'nok']) expect(currencyExponent(c), c).toBeUndefined();
  });

  it('answers from the table, and only for its own codes (not an object key like constructor)', () => {
    for (const [code, exponent] of Object.entries(CURRENCY_MINOR_UNITS)) {
      expect(currencyExponent(code), code).toBe(exponent);
      expect(isCurrencyCode(code), code).toBe(true);
    }
    for (const c of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '']) {
      expect(currencyExponent(c), c).toBeUndefined();
      expect(isCurrencyCode(c), c).toBe(false);
    }
  });
});

describe('parseAmount', () => {
  it('reads the XML form', () => {
    expect(parseAmount('1234.50', 'NOK').toString()).toBe('1234.50');
    expect(parseAmount('1234.5', 'NOK').toString()).toBe('1234.50');
    expect(parseAmount('7', 'EUR').toString()).toBe('7.00');
    expect(parseAmount('1500', 'JPY').toString()).toBe('1500');
    expect(parseAmount('1.234', 'KWD').toString()).toBe('1.234');
    expect(parseAmount('-0.10', 'SEK').toString()).toBe('-0.10');
  });

  it('accepts trailing zeros beyond the currency decimals (the value is the same)', () => {
    expect(parseAmount('10.5000', 'NOK').toString()).toBe('10.50');
    expect(parseAmount('1500.00', 'JPY').toString()).toBe('1500');
  });

  it('reads grouped amounts only with an explicit locale', () => {
    expect(parseAmount('1 234,50', 'NOK', { locale: 'nb-NO' }).toString()).toBe('1234.50');
    expect(parseAmount('1\u00a0234\u00a0567,5', 'SEK', { locale: 'sv-SE' }).toString()).toBe('1234567.50');
    expect(parseAmount('1.234,50', 'DKK', { locale: 'da-DK' }).toString()).toBe('1234.50');
    expect(parseAmount('1,234.50', 'USD', { locale: 'en-US' }).toString()).toBe('1234.50');
    expect(parseAmount('1234,50', 'EUR', { locale: 'fi-FI' }).toString()).toBe('1234.50');
    expect(codeOf(() => parseAmount('1 234,50', 'NOK'))).toBe('amount/invalid-format');
  });

  it('rejects badly grouped amounts', () => {
    for (const bad of ['12 34,50', '1 2345,00', '1 234.567,00', '1,234,5']) {
      expect(codeOf(() => parseAmount(bad, 'NOK', { locale: 'nb-NO' })), bad).toBe('amount/invalid-format');
    }
    expect(codeOf(() => parseAmount('1.234.50', 'DKK', { locale: 'da-DK' }))).toBe('amount/invalid-format');
  });

  it('rejects more decimals than the currency has, with a clear message', () => {
    const result = safeParseAmount('12.345', 'NOK');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.code).toBe('amount/too-many-decimals');
      expect(result.issues[0]?.message).toBe('NOK has 2 decimals, but the amount "12.345" has more.');
      expect(result.issues[0]?.path).toEqual(['amount']);
    }
    expect(codeOf(() => parseAmount('100.5', 'JPY'))).toBe('amount/too-many-decimals');
    expect(codeOf(() => parseAmount('1.2345', 'KWD'))).toBe('amount/too-many-decimals');
  });

  it('rejects what is not an amount', () => {
    for (const bad of ['', '   ', 'abc', '1e5', '1.', '.5', '+1', '12,50', '0x10', 'NaN', 'Infinity', '1_000']) {
      const code = codeOf(() => parseAmount(bad, 'NOK'));
      expect(code === 'amount/invalid-format' || code === 'amount/empty', `${bad}: ${code}`).toBe(true);
    }
  });

  it('rejects unknown or malformed currencies', () => {
    expect(codeOf(() => parseAmount('1', 'nok'))).toBe('currency/invalid-format');
    expect(codeOf(() => parseAmount('1', 'NKR'))).toBe('currency/unknown');
    expect(codeOf(() => parseAmount('1', 'XAU'))).toBe('currency/unknown');
  });

  it('takes JS numbers only as written, never with float noise', () => {
    expect(parseAmount(0.1, 'NOK').toString()).toBe('0.10');
    expect(parseAmount(1234.5, 'NOK').toString()).toBe('1234.50');
    expect(codeOf(() => parseAmount(0.1 + 0.2, 'NOK'))).toBe('amount/too-many-decimals');
    expect(codeOf(() => parseAmount(2 ** 60, 'NOK'))).toBe('amount/imprecise-number');
    expect(codeOf(() => parseAmount(Number.NaN, 'NOK'))).toBe('amount/not-finite');
    expect(codeOf(() => parseAmount(Number.POSITIVE_INFINITY, 'NOK'))).toBe('amount/not-finite');
  });

  it('throws MoneyError, an EftkitError', () => {
    expect(() => parseAmount('x', 'NOK')).toThrow(MoneyError);
  });

  it('is not affected by the global decimal.js configuration', () => {
    const saved = DecimalGlobal.precision;
    DecimalGlobal.set({ precision: 5, rounding: DecimalGlobal.ROUND_DOWN });
    try {
      const a = parseAmount('123456789012345.67', 'NOK');
      expect(a.plus(parseAmount('0.01', 'NOK')).toString()).toBe('123456789012345.68');
    } finally {
      DecimalGlobal.set({ precision: saved, rounding: DecimalGlobal.ROUND_HALF_UP });
    }
  });
});

describe('Amount arithmetic', () => {
  it('adds, subtracts and compares in one currency', () => {
    const a = parseAmount('0.10', 'NOK');
    const b = parseAmount('0.20', 'NOK');
    expect(a.plus(b).toString()).toBe('0.30');
    expect(a.minus(b).toString()).toBe('-0.10');
    expect(a.compare(b)).toBe(-1);
    expect(a.plus(b).equals(parseAmount('0.3', 'NOK'))).toBe(true);
    expect(a.minus(a).isZero()).toBe(true);
    expect(a.isPositive()).toBe(true);
    expect(a.negated().isNegative()).toBe(true);
    expect(a.negated().abs().equals(a)).toBe(true);
  });

  it('refuses to mix currencies', () => {
    expect(codeOf(() => parseAmount('1', 'NOK').plus(parseAmount('1', 'SEK')))).toBe('amount/currency-mismatch');
    expect(codeOf(() => sumAmounts([parseAmount('1', 'NOK'), parseAmount('1', 'SEK')]))).toBe('amount/currency-mismatch');
  });

  it('rounds only where asked: times and convert', () => {
    expect(parseAmount('10.00', 'EUR').times('0.333').toString()).toBe('3.33');
    expect(parseAmount('0.05', 'EUR').times('0.5').toString()).toBe('0.02'); // half-even
    expect(parseAmount('0.05', 'EUR').times('0.5', 'half-up').toString()).toBe('0.03');
    expect(parseAmount('100.00', 'EUR').convert('11.6543', 'NOK').toString()).toBe('1165.43');
    expect(parseAmount('100.00', 'USD').convert('149.876', 'JPY').toString()).toBe('14988');
  });

  it('gives minor units as an exact bigint', () => {
    expect(parseAmount('1234.56', 'NOK').toMinorUnits()).toBe(123456n);
    expect(parseAmount('99999999999999999.99', 'NOK').toMinorUnits()).toBe(9999999999999999999n);
    expect(parseAmount('1500', 'JPY').toMinorUnits()).toBe(1500n);
  });

  it('serialises to JSON as strings', () => {
    expect(JSON.stringify(parseAmount('5', 'SEK'))).toBe('{"amount":"5.00","currency":"SEK"}');
    expect(Amount.zero('ISK').toString()).toBe('0');
  });

  it('sums an empty list to zero of the given currency', () => {
    expect(sumAmounts([], 'EUR').toString()).toBe('0.00');
    expect(codeOf(() => sumAmounts([]))).toBe('currency/invalid-format');
  });
});

describe('formatAmount', () => {
  it('writes the XML form and locale forms', () => {
    const a = parseAmount('1234567.5', 'NOK');
    expect(formatAmount(a)).toBe('1234567.50');
    expect(formatAmount(a, { locale: 'nb-NO', withCurrency: true })).toBe('1 234 567,50 NOK');
    expect(formatAmount(a, { locale: 'da-DK' })).toBe('1.234.567,50');
    expect(formatAmount(a, { locale: 'en-US' })).toBe('1,234,567.50');
    expect(formatAmount(parseAmount('-1000', 'JPY'), { locale: 'en-US' })).toBe('-1,000');
  });
});

describe('properties', () => {
  it('sums are exact over thousands of random values (checked against bigint minor units)', () => {
    fc.assert(
      fc.property(fc.array(amountStringArbitrary(fc, { exponent: 2, maxWholeDigits: 15 }), { minLength: 1000, maxLength: 3000 }), (values) => {
        const amounts = values.map((v) => parseAmount(v, 'EUR'));
        const expected = values.reduce((s, v) => s + BigInt(v.replace('.', '')), 0n);
        expect(sumAmounts(amounts).toMinorUnits()).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('addition is associative and commutative (no float drift)', () => {
    fc.assert(
      fc.property(fc.array(amountStringArbitrary(fc), { minLength: 2, maxLength: 50 }), (values) => {
        const amounts = values.map((v) => parseAmount(v, 'SEK'));
        expect(sumAmounts([...amounts].reverse()).equals(sumAmounts(amounts))).toBe(true);
      }),
    );
  });

  it('parse ∘ format is the identity for every currency exponent and locale', () => {
    const locales: AmountLocale[] = ['iso', 'nb-NO', 'sv-SE', 'fi-FI', 'da-DK', 'de-DE', 'en-US', 'en-GB'];
    fc.assert(
      fc.property(amountArbitrary(fc, { allowZero: true }), fc.constantFrom(...locales), fc.boolean(), (amount, locale, negate) => {
        const a = negate ? amount.negated() : amount;
        const text = formatAmount(a, { locale });
        const back = parseAmount(text, a.currency, { locale });
        expect(back.equals(a)).toBe(true);
        expect(formatAmount(back, { locale })).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('the XML form always has exactly the currency decimals', () => {
    fc.assert(
      fc.property(amountArbitrary(fc), (amount) => {
        const decimals = amount.toString().split('.')[1]?.length ?? 0;
        expect(decimals).toBe(CURRENCY_MINOR_UNITS[amount.currency]);
      }),
    );
  });

  it('one decimal too many is always a MoneyError with a code', () => {
    fc.assert(
      fc.property(currencyCodeArbitrary(fc), fc.integer({ min: 1, max: 9 }), (currency, digit) => {
        const exponent = CURRENCY_MINOR_UNITS[currency] ?? 2;
        const text = `1.${'0'.repeat(exponent)}${digit}`;
        expect(codeOf(() => parseAmount(text, currency))).toBe('amount/too-many-decimals');
      }),
    );
  });

  it('random junk never parses and never throws anything but an EftkitError', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = safeParseAmount(text, 'NOK');
        if (result.ok) expect(text.trim()).toMatch(/^-?\d+(\.\d{1,2}0*)?$/);
        else expect(result.issues[0]?.code).toMatch(/^amount\//);
      }),
      { numRuns: 2000 },
    );
  });
});
