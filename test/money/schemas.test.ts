import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountStringSchema, CurrencyCodeSchema, MoneySchema, currencyExponent } from '../../src/money';
import { amountStringArbitrary, currencyCodeArbitrary } from '../../src/testing';

describe('zod schemas', () => {
  it('CurrencyCodeSchema accepts ISO codes and explains rejections', () => {
    expect(CurrencyCodeSchema.parse('NOK')).toBe('NOK');
    const bad = CurrencyCodeSchema.safeParse('NOKK');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/three capital letters/);
    expect(CurrencyCodeSchema.safeParse('XYZ').error?.issues[0]?.message).toBe('"XYZ" is not an ISO 4217 currency.');
  });

  it('AmountStringSchema accepts the XML form only', () => {
    expect(AmountStringSchema.safeParse('1234.50').success).toBe(true);
    expect(AmountStringSchema.safeParse('1 234,50').success).toBe(false);
    expect(AmountStringSchema.safeParse('1e3').success).toBe(false);
  });

  it('MoneySchema checks decimals against the currency', () => {
    expect(MoneySchema.safeParse({ amount: '10.50', currency: 'NOK' }).success).toBe(true);
    const bad = MoneySchema.safeParse({ amount: '10.5', currency: 'JPY' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['amount']);
  });

  it('every generated amount passes MoneySchema', () => {
    fc.assert(
      fc.property(
        currencyCodeArbitrary(fc).chain((currency) =>
          amountStringArbitrary(fc, { exponent: currencyExponent(currency) ?? 2 }).map((amount) => ({ amount, currency })),
        ),
        (money) => {
          expect(MoneySchema.safeParse(money).success).toBe(true);
        },
      ),
    );
  });
});
