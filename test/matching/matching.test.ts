import { describe, expect, it } from 'vitest';
import { generateCid } from '../../src/cid';
import {
  MatchingError,
  isBalanced,
  matchIncomingPayments,
  safeMatchIncomingPayments,
  type IncomingPayment,
  type MatchingSetup,
  type OpenCustomerEntry,
} from '../../src/matching';
import { parseAmount } from '../../src/money';
import { codeOf } from '../support/errors';

const PARTS = { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 };
const WHOLE = { factoringId: '0;0' };
const setupWith = (over: Partial<MatchingSetup> = {}, definitions: MatchingSetup['accounts'][number]['definitions'] = [PARTS]): MatchingSetup => ({
  accounts: [{ account: '1503.12.34567', bankGlAccount: '1920', definitions }],
  glAccounts: { receivables: '1500', suspense: '2990', writeOff: '7790' },
  ...over,
});
let n = 0;
const pay = (amount: string, extra: Partial<IncomingPayment> = {}): IncomingPayment => ({
  id: `P${++n}`,
  receivingAccount: '15031234567',
  amount,
  currency: 'NOK',
  bookingDate: '2026-12-01',
  ...extra,
});
const entry = (id: string, customerNo: string, invoiceNo: string, amount: string, extra: Partial<OpenCustomerEntry> = {}): OpenCustomerEntry => ({
  id,
  customerNo,
  invoiceNo,
  amount,
  currency: 'NOK',
  ...extra,
});
const cid = (customerNo: string, invoiceNo: string) => generateCid({ customerNo, invoiceNo }, PARTS);
const one = (payments: IncomingPayment[], entries: OpenCustomerEntry[], setup = setupWith()) => {
  const r = matchIncomingPayments(payments, entries, setup);
  expect(r.vouchers.every(isBalanced)).toBe(true);
  return r;
};

describe('finding the entries', () => {
  it('matches the whole CID against the CID stored on the entry (0;0)', () => {
    const r = one([pay('500.00', { reference: '1234 5678 97' })], [entry('E1', '1', '1', '500.00', { cid: '12345678 97' })], setupWith({}, [WHOLE]));
    expect(r.outcomes[0]).toMatchObject({ status: 'matched', allocations: [{ entryId: 'E1', method: 'whole-cid' }] });
  });

  it('prefers the parts reading, and falls back to the whole CID when the parts name no entry', () => {
    const stored = cid('99', '42'); // reads as customer 99, invoice 42, but the entry has other numbers
    const r = one([pay('10.00', { reference: stored })], [entry('E1', '7', '8', '10.00', { cid: stored })], setupWith({}, [PARTS, WHOLE]));
    expect(r.outcomes[0]?.allocations).toMatchObject([{ entryId: 'E1', method: 'whole-cid' }]);
  });

  it('matches by invoice no. alone (0;1) and by customer no. alone (1;0), oldest due first', () => {
    const invoiceOnly = { factoringId: '0;1', invoiceDigits: 6 };
    const r1 = one([pay('100.00', { reference: generateCid({ invoiceNo: '4711' }, invoiceOnly) })], [entry('E1', '5', '4711', '100.00')], setupWith({}, [invoiceOnly]));
    expect(r1.outcomes[0]?.allocations).toMatchObject([{ entryId: 'E1', method: 'cid' }]);
    const customerOnly = { factoringId: '1;0', customerDigits: 6 };
    const r2 = one(
      [pay('150.00', { reference: generateCid({ customerNo: '5' }, customerOnly) })],
      [entry('E2', '5', '2', '100.00', { dueDate: '2026-11-02' }), entry('E1', '5', '1', '100.00', { dueDate: '2026-11-01' }), entry('E3', '6', '3', '100.00')],
      setupWith({}, [customerOnly]),
    );
    expect(r2.outcomes[0]?.allocations).toMatchObject([
      { entryId: 'E1', method: 'customer-cid', amount: '100.00' },
      { entryId: 'E2', method: 'customer-cid', amount: '50.00', openAfter: '50.00' },
    ]);
  });

  it('reads several invoice numbers and CIDs in one message, ignoring dates and amounts', () => {
    const entries = [entry('E1', '10', '1001', '100.00'), entry('E2', '10', '1002', '200.00'), entry('E3', '11', '1003', '300.00'), entry('E4', '12', '30', '1.00')];
    const r = one([pay('600.00', { message: `Faktura 1001/1002, KID ${cid('11', '1003')}, betalt 30.11.2026 kr 1250.30` })], entries);
    expect(r.outcomes[0]).toMatchObject({ status: 'matched', fit: 'exact' });
    expect(r.outcomes[0]?.allocations.map((a) => [a.entryId, a.method])).toEqual([
      ['E1', 'message-invoice'],
      ['E2', 'message-invoice'],
      ['E3', 'message-cid'],
    ]);
  });

  it('ignores the message when useMessage is false', () => {
    const r = one([pay('100.00', { message: 'Faktura 1001' })], [entry('E1', '10', '1001', '100.00')], setupWith({ useMessage: false }));
    expect(r.outcomes[0]).toMatchObject({ status: 'unmatched', reason: 'matching/no-reference' });
  });

  it('matches by amount only when asked, when nothing else points anywhere, and when exactly one entry has it', () => {
    const entries = [entry('E1', '1', '1', '100.00'), entry('E2', '2', '2', '250.00'), entry('E3', '3', '3', '250.00')];
    const on = setupWith({ matchByAmount: true });
    const r = one([pay('100.00', { id: 'A1' }), pay('250.00', { id: 'A2' }), pay('100.00', { id: 'A3', reference: '12345' }), pay('100.00', { id: 'A4' })], entries, on);
    expect(r.outcomes.map((o) => [o.status, o.reason, o.allocations[0]?.method])).toEqual([
      ['matched', undefined, 'amount'],
      ['unmatched', 'matching/amount-not-unique', undefined],
      ['unmatched', 'matching/reference-not-understood', undefined],
      ['unmatched', 'matching/no-open-entry', undefined],
    ]);
    expect(one([pay('100.00')], entries).outcomes[0]?.reason).toBe('matching/no-reference');
  });
});

describe('amounts', () => {
  const e = [entry('E1', '10', '1', '1000.00')];
  const ref = { reference: cid('10', '1') };

  it('exact, under- and overpayment without tolerance', () => {
    expect(one([pay('1000.00', ref)], e).outcomes[0]).toMatchObject({ status: 'matched', fit: 'exact', unallocated: '0.00' });
    expect(one([pay('999.50', ref)], e).outcomes[0]).toMatchObject({ status: 'matched', fit: 'underpaid', allocations: [{ openAfter: '0.50' }] });
    const over = one([pay('1010.00', ref)], e);
    expect(over.outcomes[0]).toMatchObject({ status: 'partly-matched', fit: 'overpaid', unallocated: '10.00', reason: 'matching/overpayment' });
    expect(over.vouchers[0]?.lines.at(-1)).toMatchObject({ account: '2990', side: 'credit', amount: '10.00', reason: 'matching/overpayment' });
  });

  it('writes off differences within the tolerance of the currency', () => {
    const tol = setupWith({ tolerance: { NOK: '1.00' } });
    const under = one([pay('999.50', ref)], e, tol);
    expect(under.outcomes[0]).toMatchObject({ fit: 'underpaid-within-tolerance', allocations: [{ amount: '999.50', writtenOff: '0.50', openAfter: '0.00' }] });
    expect(under.vouchers[0]?.lines.map((l) => [l.account, l.side, l.amount, l.entryId])).toEqual([
      ['1920', 'debit', '999.50', undefined],
      ['1500', 'credit', '999.50', 'E1'],
      ['7790', 'debit', '0.50', 'E1'],
      ['1500', 'credit', '0.50', 'E1'],
    ]);
    const over = one([pay('1001.00', ref)], e, tol);
    expect(over.outcomes[0]).toMatchObject({ status: 'matched', fit: 'overpaid-within-tolerance', overpaymentWrittenOff: '1.00' });
    expect(one([pay('998.99', ref)], e, tol).outcomes[0]?.fit).toBe('underpaid');
    expect(one([pay('1001.01', ref)], e, tol).outcomes[0]?.fit).toBe('overpaid');
  });

  it('applies several payments to one invoice by booking date then id, whatever the input order', () => {
    const ps = [
      pay('600.00', { ...ref, id: 'B', bookingDate: '2026-12-02' }),
      pay('300.00', { ...ref, id: 'C', bookingDate: '2026-12-01' }),
      pay('300.00', { ...ref, id: 'A', bookingDate: '2026-12-02' }),
    ];
    const r = one(ps, e);
    expect(r.outcomes.map((o) => [o.paymentId, o.allocations[0]?.openAfter ?? null, o.unallocated])).toEqual([
      ['C', '700.00', '0.00'],
      ['A', '400.00', '0.00'],
      ['B', '0.00', '200.00'],
    ]);
    const again = one([...ps].reverse(), e);
    expect(again).toEqual(r);
    const more = one([...ps, pay('5.00', { ...ref, id: 'D', bookingDate: '2026-12-03' })], e);
    expect(more.outcomes.at(-1)).toMatchObject({ paymentId: 'D', status: 'unmatched', reason: 'matching/already-settled' });
  });

  it('takes Amount objects and amounts in other currencies (JPY has no decimals)', () => {
    const r = one(
      [pay('0', { amount: parseAmount('1500', 'JPY'), currency: 'JPY', reference: cid('10', '2') })],
      [entry('E2', '10', '2', '1500', { currency: 'JPY' })],
    );
    expect(r.outcomes[0]).toMatchObject({ fit: 'exact', amount: '1500' });
  });

  it('does not pay an entry in another currency', () => {
    const r = one([pay('100.00', { reference: cid('10', '1'), currency: 'EUR' })], e);
    expect(r.outcomes[0]).toMatchObject({ status: 'unmatched', reason: 'matching/currency-mismatch' });
  });

  it('refuses an invoice no. open for two customers', () => {
    const r = one([pay('100.00', { message: 'Faktura 77' })], [entry('E1', '1', '77', '100.00'), entry('E2', '2', '77', '100.00')]);
    expect(r.outcomes[0]).toMatchObject({ status: 'unmatched', reason: 'matching/ambiguous-invoice' });
  });

  it('says an announced invoice no. is not open rather than that there is no reference', () => {
    expect(one([pay('100.00', { message: 'Faktura 4242' })], e).outcomes[0]?.reason).toBe('matching/no-open-entry');
  });
});

describe('input problems', () => {
  const problems = (payments: unknown[], entries: unknown[], setup: unknown = setupWith()) => {
    const r = safeMatchIncomingPayments(payments as IncomingPayment[], entries as OpenCustomerEntry[], setup as MatchingSetup);
    return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')]);
  };

  it('reports every problem at once, with paths', () => {
    expect(
      problems(
        [pay('12.345', { id: 'P1' }), pay('-5.00'), pay('1.00', { receivingAccount: '9999' }), { id: 'X', amount: '1.00' }, pay('1.00', { id: 'P1', bookingDate: '2026-02-30' })],
        [entry('E1', '1', '1', '0.00'), entry('E1', '1', '2', '1.00')],
      ),
    ).toEqual([
      ['amount/too-many-decimals', 'payments.0.amount'],
      ['matching/amount-not-positive', 'payments.1.amount'],
      ['matching/unknown-receiving-account', 'payments.2.receivingAccount'],
      ['matching/invalid-input', 'payments.3.receivingAccount'],
      ['matching/invalid-input', 'payments.3.currency'],
      ['matching/invalid-input', 'payments.3.bookingDate'],
      ['calendar/invalid-date', 'payments.4.bookingDate'],
      ['matching/duplicate-id', 'payments.4.id'],
      ['matching/amount-not-positive', 'openEntries.0.amount'],
      ['matching/duplicate-id', 'openEntries.1.id'],
    ]);
  });

  it('checks the setup: GL accounts, tolerance, definitions, accounts', () => {
    expect(problems([], [], { accounts: [{ account: 'A', bankGlAccount: '1920', definitions: [{ factoringId: '10,1' }] }], glAccounts: {}, tolerance: { NOK: '0.001' } })).toEqual([
      ['cid/invalid-factoring-id', 'setup.accounts.0.definitions.0.factoringId'],
      ['matching/missing-gl-account', 'setup.glAccounts.receivables'],
      ['matching/missing-gl-account', 'setup.glAccounts.suspense'],
      ['matching/invalid-tolerance', 'setup.tolerance.NOK'],
    ]);
    const twice = setupWith({ accounts: [{ account: '1503.12.34567', bankGlAccount: '1', definitions: [] }, { account: '15031234567', bankGlAccount: '2', definitions: [] }] });
    expect(problems([], [], twice)).toEqual([['matching/duplicate-receiving-account', 'setup.accounts.1.account']]);
    expect(problems([], [], { ...setupWith({ tolerance: { NOK: '1' } }), glAccounts: { receivables: '1', suspense: '2' } })).toEqual([
      ['matching/missing-gl-account', 'setup.glAccounts.writeOff'],
    ]);
  });

  it('throws a MatchingError from the throwing form', () => {
    expect(codeOf(() => matchIncomingPayments([pay('-1.00')], [], setupWith()))).toBe('matching/amount-not-positive');
    expect(() => matchIncomingPayments([pay('-1.00')], [], setupWith())).toThrow(MatchingError);
  });
});
