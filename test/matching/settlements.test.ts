import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchingError, isBalanced, postSettlements, safePostSettlements, voucherTotals, type SettlementToPost } from '../../src/matching';
import { amountStringArbitrary } from '../../src/testing';
import { codeOf } from '../support/errors';

const setup = { glAccounts: { payables: '2400', charges: '7770', currencyDifference: '8160' } };
const base: SettlementToPost = { lineId: 'L1', supplierNo: '30001', openEntryId: 'S-88', amount: '1000.00', currency: 'NOK', date: '2026-12-01', bankGlAccount: '1920' };
const rows = (s: SettlementToPost) => postSettlements([s], setup)[0]?.lines.map((l) => [l.account, l.side, l.amount, l.ledgerAmount ?? null, l.entryId]);

describe('settlement vouchers', () => {
  it('debits the supplier for the settled amount and credits the bank partner’s bank GL account, naming the open entry', () => {
    const [v] = postSettlements([base], setup);
    expect(v).toMatchObject({ id: 'ST-L1', kind: 'settlement', sourceId: 'L1', date: '2026-12-01', currency: 'NOK' });
    expect(v?.ledgerCurrency).toBeUndefined();
    expect(rows(base)).toEqual([
      ['2400', 'debit', '1000.00', null, 'S-88'],
      ['1920', 'credit', '1000.00', null, 'S-88'],
    ]);
    expect(v?.lines[0]).toMatchObject({ supplierNo: '30001' });
  });

  it('posts bank charges to the charges account, the bank paying both', () => {
    expect(rows({ ...base, charges: '25.00' })).toEqual([
      ['2400', 'debit', '1000.00', null, 'S-88'],
      ['7770', 'debit', '25.00', null, 'S-88'],
      ['1920', 'credit', '1025.00', null, 'S-88'],
    ]);
  });

  it('carries ledger amounts of a foreign settlement and posts the exchange-rate loss or gain', () => {
    // EUR 1000.00 at 11.4825 = NOK 11482.50; charges EUR 5.00 = NOK 57.41 (57.4125 rounded half-even).
    const eur = { ...base, currency: 'EUR', charges: '5.00', ledger: { currency: 'NOK', rate: '11.4825', entryAmount: '11400.00' } };
    expect(rows(eur)).toEqual([
      ['2400', 'debit', '1000.00', '11400.00', 'S-88'],
      ['7770', 'debit', '5.00', '57.41', 'S-88'],
      ['1920', 'credit', '1005.00', '11539.91', 'S-88'],
      ['8160', 'debit', '0.00', '82.50', 'S-88'],
    ]);
    const gain = { ...base, currency: 'EUR', ledger: { currency: 'NOK', rate: '11.4825', amount: '11480.00', entryAmount: '11500.00' } };
    expect(rows(gain)).toEqual([
      ['2400', 'debit', '1000.00', '11500.00', 'S-88'],
      ['1920', 'credit', '1000.00', '11480.00', 'S-88'],
      ['8160', 'credit', '0.00', '20.00', 'S-88'],
    ]);
    expect(postSettlements([eur, { ...gain, lineId: 'L2' }], setup).every(isBalanced)).toBe(true);
  });

  it('reports every input problem, with paths', () => {
    const r = safePostSettlements(
      [
        { ...base, amount: '0.00', charges: '1.001' },
        { ...base, currency: 'EUR', ledger: { currency: 'EUR', rate: '0' } },
        { ...base, lineId: 'L1', date: '2026-13-01' },
      ],
      { glAccounts: {} },
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['matching/amount-not-positive', 'settlements.0.amount'],
      ['matching/invalid-amount', 'settlements.0.charges'],
      ['matching/ledger-currency-same', 'settlements.1.ledger.currency'],
      ['matching/invalid-rate', 'settlements.1.ledger.rate'],
      ['matching/duplicate-id', 'settlements.1.lineId'],
      ['calendar/invalid-date', 'settlements.2.date'],
      ['matching/duplicate-id', 'settlements.2.lineId'],
      ['matching/missing-gl-account', 'setup.glAccounts.payables'],
    ]);
    expect(codeOf(() => postSettlements([{ ...base, charges: '1.00' }], { glAccounts: { payables: '2400' } }))).toBe('matching/missing-gl-account');
    expect(() => postSettlements([base], { glAccounts: {} })).toThrow(MatchingError);
  });

  it('every settlement voucher balances in its currency and in the ledger currency', () => {
    const settlement = fc.record({
      amount: amountStringArbitrary(fc, { exponent: 2, maxWholeDigits: 9 }),
      charges: fc.option(amountStringArbitrary(fc, { exponent: 2, maxWholeDigits: 3, allowZero: true }), { nil: undefined }),
      rate: fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 999999 })).map(([w, f]) => `${w}.${String(f).padStart(6, '0')}`),
      entryAmount: fc.option(amountStringArbitrary(fc, { exponent: 0, maxWholeDigits: 8 }), { nil: undefined }),
      foreign: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(settlement, { minLength: 1, maxLength: 5 }), (list) => {
        const input = list.map(
          (s, i): SettlementToPost => ({
            ...base,
            lineId: `L${i}`,
            amount: s.amount,
            ...(s.charges === undefined ? {} : { charges: s.charges }),
            ...(s.foreign ? { currency: 'EUR', ledger: { currency: 'JPY', rate: s.rate, ...(s.entryAmount === undefined ? {} : { entryAmount: s.entryAmount }) } } : {}),
          }),
        );
        const result = safePostSettlements(input, setup);
        if (!result.ok) {
          // Only a rate so small that the ledger amount rounds to zero may be refused.
          expect(result.issues.every((i) => i.code === 'matching/amount-not-positive' || i.code === 'matching/invalid-rate')).toBe(true);
          return;
        }
        for (const v of result.value) {
          expect(isBalanced(v)).toBe(true);
          const t = voucherTotals(v);
          expect(t.debit).toBe(t.credit);
          if (v.ledgerCurrency !== undefined) expect(t.ledgerDebit).toBe(t.ledgerCredit);
        }
      }),
      { numRuns: 200 },
    );
  });
});
