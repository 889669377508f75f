import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomingPaymentsFromCamt054, parseCamt054, type IncomingPayment as CamtIncomingPayment } from '../../src/camt054';
import { incomingPaymentsForMatching, isBalanced, postSettlements, settlementsFromEffects, voucherTotals } from '../../src/matching';
import { parseAmount } from '../../src/money';
import { applyEvents, createPaymentLine, type PaymentLineEffect, type PaymentLineEvent } from '../../src/payment-line';
import { camt054DocumentArbitrary } from '../../src/testing';

const camt = (over: Partial<CamtIncomingPayment> = {}): CamtIncomingPayment => ({
  notificationIndex: 0,
  entryIndex: 0,
  transactionIndex: 0,
  amount: parseAmount('100.00', 'NOK'),
  currency: 'NOK',
  booked: true,
  status: 'BOOK',
  bookingDate: '2026-12-01',
  referenceSchemes: [],
  references: [],
  unstructured: [],
  account: { iban: 'NO3415031234567' },
  bankReferences: { accountServicerReference: 'TX-1' },
  charges: [],
  issues: [],
  ...over,
});

describe('incomingPaymentsForMatching', () => {
  it('makes ids from the bank references, the entry reference (per transaction when the entry has several) or the position', () => {
    const r = incomingPaymentsForMatching(
      [
        camt(),
        camt({ entryIndex: 1, bankReferences: { entryAccountServicerReference: 'NT-2' } }),
        camt({ entryIndex: 2, transactionIndex: 0, bankReferences: { entryReference: 'NT-3' } }),
        camt({ entryIndex: 2, transactionIndex: 1, bankReferences: { entryReference: 'NT-3' } }),
        camt({ entryIndex: 3, transactionIndex: undefined as never, bankReferences: {} }),
      ].map((p) => (p.transactionIndex === undefined ? (({ transactionIndex: _t, ...rest }) => rest)(p) : p)),
      { idPrefix: 'MSG-1' },
    );
    expect(r.payments.map((p) => p.id)).toEqual(['TX-1', 'NT-2', 'NT-3/0', 'NT-3/1', 'MSG-1/0/3']);
    expect(r.unmapped).toEqual([]);
    expect(r.payments[0]).toEqual({ id: 'TX-1', receivingAccount: 'NO3415031234567', amount: '100.00', currency: 'NOK', bookingDate: '2026-12-01', bankReference: 'TX-1' });
  });

  it('reports what cannot be matched, each with a reason, and passes the reader’s skipped transactions on', () => {
    const setup = { accounts: [{ account: '1503 12 34567' }] };
    const r = incomingPaymentsForMatching(
      {
        payments: [
          camt({ bankReferences: { accountServicerReference: 'A' } }),
          camt({ bankReferences: { accountServicerReference: 'B' }, booked: false, status: 'PDNG' }),
          camt({ bankReferences: { accountServicerReference: 'C' }, bookingDate: undefined as never }),
          camt({ bankReferences: { accountServicerReference: 'D' }, account: { iban: 'NO9386011117947' } }),
          camt({ bankReferences: { accountServicerReference: 'E' }, account: {} }),
          camt({ bankReferences: { accountServicerReference: 'F' }, amount: parseAmount('0.00', 'NOK') }),
          camt({ bankReferences: { accountServicerReference: 'A' } }),
        ].map((p) => (p.bookingDate === undefined ? (({ bookingDate: _b, ...rest }) => rest)(p) : p)),
        skipped: [{ notificationIndex: 0, entryIndex: 9, reason: { code: 'camt054/no-amount', message: 'x', path: [], severity: 'warning' } }],
      },
      { setup },
    );
    expect(r.payments.map((p) => [p.id, p.receivingAccount])).toEqual([['A', '15031234567']]);
    expect(r.unmapped.map((u) => [u.id, u.reason.code])).toEqual([
      ['B', 'matching/not-booked'],
      ['C', 'matching/no-booking-date'],
      ['D', 'matching/unknown-receiving-account'],
      ['E', 'matching/no-receiving-account'],
      ['F', 'matching/amount-not-positive'],
      ['A', 'matching/duplicate-payment'],
      [undefined, 'camt054/no-amount'],
    ]);
    expect(incomingPaymentsForMatching([camt({ booked: false, status: 'PDNG' })], { includeUnbooked: true }).payments).toHaveLength(1);
  });

  it('accounts for every credit of any camt.054: matched input or reported, never both, never neither', () => {
    fc.assert(
      fc.property(camt054DocumentArbitrary(fc), (doc) => {
        const read = incomingPaymentsFromCamt054(parseCamt054(doc.xml));
        const r = incomingPaymentsForMatching(read);
        expect(r.payments.length + r.unmapped.length).toBe(read.payments.length + read.skipped.length);
        const ids = r.payments.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of r.payments) expect(p.amount).toBe(read.payments.find((c) => c.amount.toString() === p.amount && (c.bookingDate === p.bookingDate))?.amount.toString());
      }),
      { numRuns: 40 },
    );
  });
});

describe('settlementsFromEffects → postSettlements', () => {
  const line = createPaymentLine({ lineId: 'L1', paymentNo: 'P7', supplierNo: '30001', openEntryId: 'S-88', amount: '1000.00', currency: 'NOK', paymentDate: '2026-12-01' });
  const at = (m: number) => `2026-12-01T10:${String(m).padStart(2, '0')}:00Z`;
  const history: PaymentLineEvent[] = [
    { id: 'ev-1', at: at(0), lineId: 'L1', type: 'sent-to-bank' },
    { id: 'ev-2', at: at(1), lineId: 'L1', type: 'accepted-by-bank', bankStatus: 'ACCP' },
    { id: 'ev-3', at: at(2), lineId: 'L1', type: 'settled', amount: '1000.00', currency: 'NOK', date: '2026-12-02', charges: { amount: '25.00', currency: 'NOK' } },
  ];
  const setup = { glAccounts: { payables: '2400', charges: '7770', currencyDifference: '8160' } };

  it('a payment-line history settled with charges becomes one balanced voucher under the effect id', () => {
    const { effects } = applyEvents(line, history);
    expect(effects.map((e) => e.id)).toEqual(['P7/L1:create-settlement-voucher']);
    const { settlements, skipped } = settlementsFromEffects(effects, { bankGlAccount: '1920' });
    expect(skipped).toEqual([]);
    expect(settlements).toEqual([
      { voucherId: 'P7/L1:create-settlement-voucher', lineId: 'L1', supplierNo: '30001', openEntryId: 'S-88', amount: '1000.00', currency: 'NOK', date: '2026-12-02', bankGlAccount: '1920', charges: '25.00' },
    ]);
    const [voucher, ...more] = postSettlements(settlements, setup);
    expect(more).toEqual([]);
    expect(voucher).toMatchObject({ id: 'P7/L1:create-settlement-voucher', kind: 'settlement', sourceId: 'L1', date: '2026-12-02', currency: 'NOK' });
    expect(voucher?.lines.map((l) => [l.account, l.side, l.amount, l.entryId, l.supplierNo])).toEqual([
      ['2400', 'debit', '1000.00', 'S-88', '30001'],
      ['7770', 'debit', '25.00', 'S-88', '30001'],
      ['1920', 'credit', '1025.00', 'S-88', '30001'],
    ]);
    expect(voucherTotals(voucher as never)).toEqual({ debit: '1025', credit: '1025', balanced: true });
  });

  it('is idempotent: redelivered events or effects give one voucher; an effect already posted gives none', () => {
    const redelivered = applyEvents(line, [...history, history[2] as PaymentLineEvent, { ...(history[2] as PaymentLineEvent), id: 'ev-3b' }]);
    expect(redelivered.effects).toHaveLength(1);
    const doubled: PaymentLineEffect[] = [...redelivered.effects, ...applyEvents(line, [...history].reverse()).effects];
    const once = settlementsFromEffects(doubled, { bankGlAccount: '1920' });
    expect(once.settlements).toHaveLength(1);
    expect(once.skipped.map((s) => [s.index, s.reason.code])).toEqual([[1, 'matching/duplicate-effect']]);
    expect(postSettlements(once.settlements, setup).map((v) => v.id)).toEqual(['P7/L1:create-settlement-voucher']);
    const again = settlementsFromEffects(doubled, { bankGlAccount: '1920', postedEffectIds: ['P7/L1:create-settlement-voucher'] });
    expect(again.settlements).toEqual([]);
    expect(again.skipped.map((s) => s.reason.code)).toEqual(['matching/already-posted', 'matching/duplicate-effect']);
    // Posting the same settlement twice in one call is refused: the voucher id is the key.
    expect(() => postSettlements([...once.settlements, ...once.settlements], setup)).toThrow(/used more than once/);
  });

  it('a partly settled foreign line: ledger amounts at the rate, exchange-rate difference, the remainder effect reported', () => {
    const eur = createPaymentLine({ lineId: 'L2', supplierNo: '30002', amount: '1000.00', currency: 'EUR', paymentDate: '2026-12-01' });
    const { effects } = applyEvents(eur, [{ id: 'x', at: at(5), lineId: 'L2', type: 'settled', amount: '800.00', currency: 'EUR', date: '2026-12-03', charges: { amount: '5.00', currency: 'EUR' } }]);
    expect(effects.map((e) => e.kind)).toEqual(['create-settlement-voucher', 'reopen-remainder']);
    const missingEntry = settlementsFromEffects(effects, { bankGlAccount: '1921', ledgerCurrency: 'NOK', rates: { EUR: '11.4825' } });
    expect(missingEntry.skipped.map((s) => s.reason.code)).toEqual(['matching/no-open-entry-id', 'matching/not-a-settlement']);
    const r = settlementsFromEffects(effects, {
      bankGlAccount: (e) => (e.currency === 'EUR' ? '1921' : '1920'),
      ledgerCurrency: 'NOK',
      rates: { EUR: '11.4825' },
      openEntryId: (e) => `S-${e.lineId}`,
      entryLedgerAmount: () => '9120.00',
    });
    expect(r.skipped.map((s) => [s.effectId, s.reason.code])).toEqual([['L2:reopen-remainder', 'matching/not-a-settlement']]);
    const [v] = postSettlements(r.settlements, setup);
    // EUR 800.00 × 11.4825 = NOK 9186.00; charges EUR 5.00 = NOK 57.41 (57.4125, half-even); entry booked at 9120.00: loss 66.00.
    expect(v?.lines.map((l) => [l.account, l.side, l.amount, l.ledgerAmount, l.entryId])).toEqual([
      ['2400', 'debit', '800.00', '9120.00', 'S-L2'],
      ['7770', 'debit', '5.00', '57.41', 'S-L2'],
      ['1921', 'credit', '805.00', '9243.41', 'S-L2'],
      ['8160', 'debit', '0.00', '66.00', 'S-L2'],
    ]);
    expect(v && isBalanced(v)).toBe(true);
  });

  it('reports a missing bank GL account, rate, or charges in another currency', () => {
    const effect = applyEvents(line, history).effects[0] as PaymentLineEffect;
    const withCharges = { ...effect, charges: { amount: '2.00', currency: 'EUR' } } as PaymentLineEffect;
    const eur = { ...effect, id: 'e2', currency: 'EUR', charges: { amount: '1.00', currency: 'EUR' } } as PaymentLineEffect;
    const r = settlementsFromEffects([effect, withCharges, eur], { bankGlAccount: (e) => (e.id === effect.id ? undefined : '1920'), ledgerCurrency: 'NOK' });
    expect(r.settlements).toEqual([]);
    expect(r.skipped.map((s) => [s.index, s.reason.code, s.reason.path.join('.')])).toEqual([
      [0, 'matching/no-bank-gl-account', 'effects.0'],
      [1, 'matching/duplicate-effect', 'effects.1.id'],
      [2, 'matching/no-rate', 'effects.2.currency'],
    ]);
    const c = settlementsFromEffects([withCharges], { bankGlAccount: '1920' });
    expect(c.skipped.map((s) => s.reason.code)).toEqual(['matching/charges-currency']);
  });

  it('every create-settlement-voucher effect ends in exactly one list, and each settlement posts a balanced voucher', () => {
    const effectArb = fc.record({
      n: fc.integer({ min: 1, max: 30 }),
      amount: fc.integer({ min: 1, max: 10_000_000 }),
      charges: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
      entry: fc.boolean(),
      eur: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(effectArb, { maxLength: 8 }), (list) => {
        const cents = (m: number) => `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
        const effects: PaymentLineEffect[] = list.map((x) => ({
          id: `L${x.n}:create-settlement-voucher`,
          kind: 'create-settlement-voucher',
          lineId: `L${x.n}`,
          supplierNo: '1',
          currency: x.eur ? 'EUR' : 'NOK',
          amount: cents(x.amount),
          date: '2026-12-01',
          ...(x.entry ? { openEntryId: `S${x.n}` } : {}),
          ...(x.charges === undefined ? {} : { charges: { amount: cents(x.charges), currency: x.eur ? 'EUR' : 'NOK' } }),
        }));
        const r = settlementsFromEffects(effects, { bankGlAccount: '1920', ledgerCurrency: 'NOK', rates: { EUR: '11.4825' } });
        expect(r.settlements.length + r.skipped.length).toBe(effects.length);
        expect(new Set(r.settlements.map((s) => s.voucherId)).size).toBe(r.settlements.length);
        for (const v of postSettlements(r.settlements, setup)) expect(isBalanced(v)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
