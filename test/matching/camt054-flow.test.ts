/**
 * The seed's factoring example end to end from a camt.054 document: the bank's XML → parseCamt054
 * → incomingPaymentsFromCamt054 → incomingPaymentsForMatching → matchIncomingPayments → vouchers.
 * Source of the definition: the ERP–hub integration guide (../shared/seeds/003_6d9cbba9a20ba977.txt,
 * "Setup for import of incoming payments": customer no. 10 digits, CID reference/invoice no.
 * 9 digits, start positions invoice 1, customer 10, Factoring ID 10;1) and DOMAIN.md §1 step 6,
 * §4 (CID = invoice 1–9 + customer 10–19 + check digit). 00000456700000100234 (customer 10023,
 * invoice 4567) is the CID docs/cid.md derives. The XML follows camt.054.001.02 / .08 and is
 * validated against the official XSDs.
 */
import { describe, expect, it } from 'vitest';
import { incomingPaymentsFromCamt054, parseCamt054 } from '../../src/camt054';
import { generateCid } from '../../src/cid';
import { incomingPaymentsForMatching, isBalanced, matchIncomingPayments, type MatchingSetup, type OpenCustomerEntry } from '../../src/matching';
import { sumAmounts, parseAmount } from '../../src/money';
import { leaf, node } from '../../src/testing/iso-xml';
import { describeWithXsd, validateXml } from '../support/xsd';

const FACTORING = { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 };
const cid = (customerNo: string, invoiceNo: string) => generateCid({ customerNo, invoiceNo }, FACTORING);
/** Our account 1503.12.34567 as an IBAN (mod-97 check digits 34). */
const OUR_IBAN = 'NO3415031234567';

interface Tx {
  readonly ref: string;
  readonly amount: string;
  readonly cids?: readonly string[];
  readonly text?: string;
  readonly debtor?: string;
}
interface Ntry {
  readonly ref: string;
  readonly status: 'BOOK' | 'PDNG';
  readonly date: string;
  readonly direction: 'CRDT' | 'DBIT';
  readonly txs: readonly Tx[];
}

const ENTRIES: readonly Ntry[] = [
  {
    ref: 'N-1',
    status: 'BOOK',
    date: '2026-12-01',
    direction: 'CRDT',
    txs: [
      { ref: 'B-001', amount: '1250.00', cids: ['00000456700000100234'], debtor: 'Kunde AS' },
      { ref: 'B-002', amount: '1200.00', text: `KID ${cid('10023', '4568')} og faktura 4569`, debtor: 'Kunde AS' },
    ],
  },
  { ref: 'N-2', status: 'BOOK', date: '2026-12-01', direction: 'CRDT', txs: [{ ref: 'B-003', amount: '1000.00', cids: [cid('20500', '7001')] }] },
  { ref: 'N-3', status: 'BOOK', date: '2026-12-02', direction: 'CRDT', txs: [{ ref: 'B-004', amount: '2000.00', cids: [cid('20500', '7001')] }] },
  { ref: 'N-4', status: 'BOOK', date: '2026-12-01', direction: 'CRDT', txs: [{ ref: 'B-005', amount: '99.00', cids: [cid('31337', '1')] }] },
  // One payment of two invoices, each with its own structured reference.
  { ref: 'N-5', status: 'BOOK', date: '2026-12-01', direction: 'CRDT', txs: [{ ref: 'B-006', amount: '750.00', cids: [cid('40001', '5001'), cid('40001', '5002')] }] },
  // Pending: not matched yet, reported.
  { ref: 'N-6', status: 'PDNG', date: '2026-12-02', direction: 'CRDT', txs: [{ ref: 'B-007', amount: '500.00', cids: [cid('20500', '7001')] }] },
  // Our own outgoing payment: not an incoming payment at all.
  { ref: 'N-7', status: 'BOOK', date: '2026-12-01', direction: 'DBIT', txs: [{ ref: 'D-001', amount: '300.00' }] },
];

function camt054(version: '02' | '08'): string {
  const v08 = version === '08';
  const party = (name: string | undefined) => (name === undefined ? '' : v08 ? node('Pty', leaf('Nm', name)) : leaf('Nm', name));
  const tx = (t: Tx, direction: string) =>
    node(
      'TxDtls',
      node('Refs', leaf('AcctSvcrRef', t.ref), leaf('EndToEndId', `E2E-${t.ref}`)),
      v08 ? leaf('Amt', t.amount, { Ccy: 'NOK' }) + leaf('CdtDbtInd', direction) : node('AmtDtls', node('TxAmt', leaf('Amt', t.amount, { Ccy: 'NOK' }))),
      t.debtor === undefined ? '' : node('RltdPties', node('Dbtr', party(t.debtor)), node('DbtrAcct', node('Id', leaf('IBAN', 'NO9386011117947')))),
      t.text === undefined && t.cids === undefined
        ? ''
        : node(
            'RmtInf',
            t.text === undefined ? '' : leaf('Ustrd', t.text),
            (t.cids ?? []).map((c) => node('Strd', node('CdtrRefInf', node('Tp', node('CdOrPrtry', leaf('Cd', 'SCOR'))), leaf('Ref', c)))).join(''),
          ),
    );
  const entries = ENTRIES.map((e) =>
    node(
      'Ntry',
      leaf('NtryRef', e.ref),
      leaf('Amt', sumAmounts(e.txs.map((t) => parseAmount(t.amount, 'NOK')), 'NOK').toString(), { Ccy: 'NOK' }),
      leaf('CdtDbtInd', e.direction),
      v08 ? node('Sts', leaf('Cd', e.status)) : leaf('Sts', e.status),
      node('BookgDt', leaf('Dt', e.date)),
      node('ValDt', leaf('Dt', e.date)),
      leaf('AcctSvcrRef', `A-${e.ref}`),
      node('BkTxCd', node('Domn', leaf('Cd', 'PMNT'), node('Fmly', leaf('Cd', e.direction === 'CRDT' ? 'RCDT' : 'ICDT'), leaf('SubFmlyCd', 'DMCT')))),
      node('NtryDtls', e.txs.map((t) => tx(t, e.direction)).join('')),
    ),
  ).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.${version}"><BkToCstmrDbtCdtNtfctn>` +
    node('GrpHdr', leaf('MsgId', `CAMT54-${version}`), leaf('CreDtTm', '2026-12-02T06:00:00')) +
    node('Ntfctn', leaf('Id', 'N20261202'), leaf('CreDtTm', '2026-12-02T06:00:00'), node('Acct', node('Id', leaf('IBAN', OUR_IBAN)), leaf('Ccy', 'NOK')), entries) +
    '</BkToCstmrDbtCdtNtfctn></Document>'
  );
}

const setup: MatchingSetup = {
  // The setup writes the account as a BBAN; the notification names it by IBAN.
  accounts: [{ account: '1503.12.34567', bankGlAccount: '1920', definitions: [FACTORING] }],
  glAccounts: { receivables: '1500', suspense: '2990' },
};

const openEntries: OpenCustomerEntry[] = [
  { id: 'E-4567', customerNo: '10023', invoiceNo: '4567', amount: '1250.00', currency: 'NOK', dueDate: '2026-11-20' },
  { id: 'E-4568', customerNo: '10023', invoiceNo: '4568', amount: '800.00', currency: 'NOK', dueDate: '2026-11-21' },
  { id: 'E-4569', customerNo: '10023', invoiceNo: '4569', amount: '400.00', currency: 'NOK', dueDate: '2026-11-22' },
  { id: 'E-7001', customerNo: '20500', invoiceNo: '7001', amount: '3000.00', currency: 'NOK', dueDate: '2026-11-25' },
  { id: 'E-5001', customerNo: '40001', invoiceNo: '5001', amount: '500.00', currency: 'NOK', dueDate: '2026-11-10' },
  { id: 'E-5002', customerNo: '40001', invoiceNo: '5002', amount: '250.00', currency: 'NOK', dueDate: '2026-11-12' },
];

describeWithXsd('camt.054 → matches → vouchers (factoring 10;1)', () => {
  for (const version of ['02', '08'] as const) {
    describe(`camt.054.001.${version}`, () => {
      const xml = camt054(version);

      it('is a valid document', () => {
        expect(validateXml(xml)).toEqual({ valid: true, errors: [] });
      });

      const report = parseCamt054(xml);
      const read = incomingPaymentsFromCamt054(report);
      const mapped = incomingPaymentsForMatching(read, { setup, idPrefix: report.messageId });
      const result = matchIncomingPayments(mapped.payments, openEntries, setup);
      const outcome = (id: string) => result.outcomes.find((o) => o.paymentId === id);
      const voucher = (id: string) => result.vouchers.find((v) => v.sourceId === id);

      it('reads seven credits; the pending one is reported, not matched; the debit is not an incoming payment', () => {
        expect(report.messageName).toBe(`camt.054.001.${version}`);
        expect(read.payments).toHaveLength(7);
        expect(read.skipped).toEqual([]);
        expect(mapped.payments.map((p) => p.id)).toEqual(['B-001', 'B-002', 'B-003', 'B-004', 'B-005', 'B-006']);
        expect(mapped.unmapped).toEqual([
          { notificationIndex: 0, entryIndex: 5, transactionIndex: 0, id: 'B-007', reason: expect.objectContaining({ code: 'matching/not-booked', path: ['notifications', 0, 'entries', 5, 'transactions', 0] }) },
        ]);
      });

      it('maps every field the matcher uses', () => {
        expect(mapped.payments[0]).toEqual({
          id: 'B-001',
          receivingAccount: '15031234567',
          amount: '1250.00',
          currency: 'NOK',
          bookingDate: '2026-12-01',
          valueDate: '2026-12-01',
          reference: '00000456700000100234',
          debtorName: 'Kunde AS',
          debtorAccount: 'NO9386011117947',
          bankReference: 'B-001',
        });
        expect(mapped.payments[1]?.message).toBe(`KID ${cid('10023', '4568')} og faktura 4569`);
        expect(mapped.payments[5]).toMatchObject({ reference: cid('40001', '5001'), message: cid('40001', '5002') });
      });

      it('matches by CID, by CIDs and invoice numbers in the text, and two payments to one invoice', () => {
        expect(outcome('B-001')).toMatchObject({
          status: 'matched',
          fit: 'exact',
          allocations: [{ entryId: 'E-4567', customerNo: '10023', invoiceNo: '4567', method: 'cid', amount: '1250.00', openBefore: '1250.00', openAfter: '0.00' }],
        });
        expect(outcome('B-002')).toMatchObject({
          status: 'matched',
          fit: 'exact',
          allocations: [
            { entryId: 'E-4568', method: 'message-cid', amount: '800.00', openAfter: '0.00' },
            { entryId: 'E-4569', method: 'message-invoice', amount: '400.00', openAfter: '0.00' },
          ],
        });
        expect(outcome('B-003')).toMatchObject({ fit: 'underpaid', allocations: [{ entryId: 'E-7001', amount: '1000.00', openBefore: '3000.00', openAfter: '2000.00' }] });
        expect(outcome('B-004')).toMatchObject({ fit: 'exact', allocations: [{ entryId: 'E-7001', amount: '2000.00', openBefore: '2000.00', openAfter: '0.00' }] });
        expect(outcome('B-005')).toMatchObject({ status: 'unmatched', fit: 'none', unallocated: '99.00', reason: 'matching/no-open-entry' });
        expect(outcome('B-006')).toMatchObject({
          status: 'matched',
          fit: 'exact',
          allocations: [
            { entryId: 'E-5001', method: 'cid', amount: '500.00' },
            { entryId: 'E-5002', method: 'message-cid', amount: '250.00' },
          ],
        });
      });

      it('books one balanced voucher per payment, naming each entry, the unmatched one to suspense', () => {
        expect(voucher('B-001')).toEqual({
          id: 'IN-B-001',
          kind: 'incoming-payment',
          sourceId: 'B-001',
          date: '2026-12-01',
          currency: 'NOK',
          lines: [
            { account: '1920', side: 'debit', amount: '1250.00', text: 'Payment B-001 from Kunde AS' },
            { account: '1500', side: 'credit', amount: '1250.00', text: 'Invoice 4567, customer 10023', entryId: 'E-4567', customerNo: '10023', invoiceNo: '4567' },
          ],
        });
        const rows = (id: string) => voucher(id)?.lines.map((l) => [l.account, l.side, l.amount, l.entryId ?? l.reason]);
        expect(rows('B-002')).toEqual([
          ['1920', 'debit', '1200.00', undefined],
          ['1500', 'credit', '800.00', 'E-4568'],
          ['1500', 'credit', '400.00', 'E-4569'],
        ]);
        expect(rows('B-004')).toEqual([
          ['1920', 'debit', '2000.00', undefined],
          ['1500', 'credit', '2000.00', 'E-7001'],
        ]);
        expect(rows('B-005')).toEqual([
          ['1920', 'debit', '99.00', undefined],
          ['2990', 'credit', '99.00', 'matching/no-open-entry'],
        ]);
        expect(result.vouchers.map((v) => v.date)).toEqual(['2026-12-01', '2026-12-01', '2026-12-01', '2026-12-01', '2026-12-01', '2026-12-02']);
        expect(result.vouchers.every(isBalanced)).toBe(true);
      });

      it('posts exactly the booked credits: 6299.00 to the bank, 6200.00 to customers, 99.00 to suspense; every invoice closed', () => {
        const total = (account: string) =>
          sumAmounts(result.vouchers.flatMap((v) => v.lines.filter((l) => l.account === account).map((l) => parseAmount(l.amount, 'NOK'))), 'NOK').toString();
        expect(total('1920')).toBe('6299.00');
        expect(total('1500')).toBe('6200.00');
        expect(total('2990')).toBe('99.00');
        expect(result.entries.map((e) => [e.entryId, e.openAfter])).toEqual(openEntries.map((e) => [e.id, '0.00']));
      });

      it('the same document read twice gives the same ids, so a payment is matched once', () => {
        const twice = incomingPaymentsForMatching([...read.payments, ...read.payments], { setup });
        expect(twice.payments.map((p) => p.id)).toEqual(mapped.payments.map((p) => p.id));
        expect(twice.unmapped.map((u) => [u.id, u.reason.code])).toEqual([
          ['B-007', 'matching/not-booked'],
          ...mapped.payments.map((p) => [p.id, 'matching/duplicate-payment']),
          ['B-007', 'matching/not-booked'],
        ]);
      });
    });
  }
});
