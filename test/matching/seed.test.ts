/**
 * The integration guide's factoring example end to end, from incoming payments to vouchers.
 * Source: the ERP–hub integration guide (../shared/seeds/003_6d9cbba9a20ba977.txt, "Setup for
 * import of incoming payments": length in customer no. 10, length in CID reference/invoice no. 9,
 * start position customer no. 10, invoice no. 1, Factoring ID 10;1) and DOMAIN.md §1 step 6 and
 * §4 (CID = invoice 1–9 + customer 10–19 + check digit; post debit bank, credit customer).
 * The CID 00000456700000100234 (customer 10023, invoice 4567) is the one docs/cid.md derives.
 *
 * The camt.054 part (parsing the bank's file into these IncomingPayment objects) is added when
 * eftkit/camt054 lands; these payments are what it will produce.
 */
import { describe, expect, it } from 'vitest';
import { generateCid } from '../../src/cid';
import { isBalanced, matchIncomingPayments, type IncomingPayment, type MatchingSetup, type OpenCustomerEntry } from '../../src/matching';

const FACTORING = { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 };
const ACCOUNT = '1503.12.34567';
const setup: MatchingSetup = {
  accounts: [{ account: ACCOUNT, bankGlAccount: '1920', definitions: [FACTORING] }],
  glAccounts: { receivables: '1500', suspense: '2990' },
};

const entries: OpenCustomerEntry[] = [
  { id: 'E-4567', customerNo: '10023', invoiceNo: '4567', amount: '1250.00', currency: 'NOK', dueDate: '2026-11-20' },
  { id: 'E-4568', customerNo: '10023', invoiceNo: '4568', amount: '800.00', currency: 'NOK', dueDate: '2026-11-21' },
  { id: 'E-4569', customerNo: '10023', invoiceNo: '4569', amount: '400.00', currency: 'NOK', dueDate: '2026-11-22' },
  { id: 'E-7001', customerNo: '20500', invoiceNo: '7001', amount: '3000.00', currency: 'NOK', dueDate: '2026-11-25' },
];

const base = { receivingAccount: '15031234567', currency: 'NOK', bookingDate: '2026-12-01' };
const payments: IncomingPayment[] = [
  { ...base, id: 'B-001', amount: '1250.00', reference: '00000456700000100234', debtorName: 'Kunde AS' },
  { ...base, id: 'B-002', amount: '1200.00', message: `KID ${generateCid({ customerNo: '10023', invoiceNo: '4568' }, FACTORING)} og faktura 4569` },
  { ...base, id: 'B-003', amount: '1000.00', reference: generateCid({ customerNo: '20500', invoiceNo: '7001' }, FACTORING) },
  { ...base, id: 'B-004', amount: '2000.00', reference: generateCid({ customerNo: '20500', invoiceNo: '7001' }, FACTORING), bookingDate: '2026-12-02' },
  { ...base, id: 'B-005', amount: '99.00', reference: generateCid({ customerNo: '31337', invoiceNo: '1' }, FACTORING) },
];

describe('the seed factoring example (10;1, customer 10 digits, invoice 9 digits)', () => {
  const result = matchIncomingPayments(payments, entries, setup);
  const outcome = (id: string) => result.outcomes.find((o) => o.paymentId === id);
  const voucher = (id: string) => result.vouchers.find((v) => v.sourceId === id);

  it('reads customer 10023 and invoice 4567 out of 00000456700000100234 and pays that entry', () => {
    expect(generateCid({ customerNo: '10023', invoiceNo: '4567' }, FACTORING)).toBe('00000456700000100234');
    expect(outcome('B-001')).toMatchObject({
      status: 'matched',
      fit: 'exact',
      allocations: [{ entryId: 'E-4567', customerNo: '10023', invoiceNo: '4567', method: 'cid', amount: '1250.00', openAfter: '0.00' }],
    });
    expect(voucher('B-001')?.lines).toEqual([
      { account: '1920', side: 'debit', amount: '1250.00', text: 'Payment B-001 from Kunde AS' },
      { account: '1500', side: 'credit', amount: '1250.00', text: 'Invoice 4567, customer 10023', entryId: 'E-4567', customerNo: '10023', invoiceNo: '4567' },
    ]);
  });

  it('pays several invoices named in one message (a CID and an invoice no.) in due-date order', () => {
    expect(outcome('B-002')).toMatchObject({
      status: 'matched',
      fit: 'exact',
      allocations: [
        { entryId: 'E-4568', method: 'message-cid', amount: '800.00' },
        { entryId: 'E-4569', method: 'message-invoice', amount: '400.00' },
      ],
    });
  });

  it('applies two payments to one invoice by booking date: the first leaves 2000.00 open, the second closes it', () => {
    expect(outcome('B-003')).toMatchObject({ fit: 'underpaid', allocations: [{ entryId: 'E-7001', openBefore: '3000.00', openAfter: '2000.00' }] });
    expect(outcome('B-004')).toMatchObject({ fit: 'exact', allocations: [{ entryId: 'E-7001', openBefore: '2000.00', openAfter: '0.00' }] });
    expect(result.entries.find((e) => e.entryId === 'E-7001')).toEqual({ entryId: 'E-7001', currency: 'NOK', openBefore: '3000.00', openAfter: '0.00' });
  });

  it('sends a valid CID that names no open entry to suspense with the reason', () => {
    expect(outcome('B-005')).toMatchObject({ status: 'unmatched', reason: 'matching/no-open-entry', unallocated: '99.00' });
    expect(voucher('B-005')?.lines.map((l) => [l.account, l.side, l.amount, l.reason])).toEqual([
      ['1920', 'debit', '99.00', undefined],
      ['2990', 'credit', '99.00', 'matching/no-open-entry'],
    ]);
  });

  it('gives every payment one outcome and one balanced voucher, and posts exactly what came in', () => {
    expect(result.outcomes.map((o) => o.paymentId)).toEqual(['B-001', 'B-002', 'B-003', 'B-005', 'B-004']);
    expect(result.vouchers.every(isBalanced)).toBe(true);
    const debits = result.vouchers.flatMap((v) => v.lines.filter((l) => l.account === '1920').map((l) => l.amount));
    expect(debits).toEqual(['1250.00', '1200.00', '1000.00', '99.00', '2000.00']);
  });
});
