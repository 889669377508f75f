// The samples are public ISO 20022 (MDR) and Finance Finland (FFFS) messages; see
// ../shared/iso20022/SOURCES.md.
import { describe, expect, it } from 'vitest';
import {
  Camt054Error,
  incomingPaymentsFromCamt054,
  outgoingDebitsFromCamt054,
  parseCamt054,
  safeParseCamt054,
} from '../../src/camt054';
import { readSample } from '../support/xsd';

describe('camt.054.001.02 ISO example (SE)', () => {
  const report = parseCamt054(readSample('camt.054.001.02_iso-example-SE.xml'));

  it('reads the header, account and the one entry', () => {
    expect(report.messageName).toBe('camt.054.001.02');
    expect(report.messageId).toBe('AAAASESS-FP-00001');
    expect(report.creationDateTime).toBe('2010-10-18T13:20:00+01:00');
    const n = report.notifications[0];
    expect(n?.id).toBe('AAAASESS-FP-CN-98765');
    expect(n?.account).toEqual({ other: '50000000054910000003', ownerName: 'FINPETROL' });
    const entry = n?.entries[0];
    expect(entry?.amount?.toString()).toBe('105678.50');
    expect(entry?.amount?.currency).toBe('SEK');
    expect(entry?.creditDebit).toBe('credit');
    expect(entry?.status).toBe('BOOK');
    expect(entry?.booked).toBe(true);
    // BookgDt as DtTm: the date as the bank wrote it, and the date-time kept.
    expect(entry?.bookingDate).toEqual({ date: '2010-10-18', dateTime: '2010-10-18T13:15:00+01:00' });
    expect(entry?.valueDate).toEqual({ date: '2010-10-18' });
    expect(entry?.accountServicerReference).toBe('AAAASESS-FP-CN-98765/01');
    expect(entry?.bankTransactionCode).toEqual({ domain: 'PAYM', family: '0001', subFamily: '0005' });
    expect(entry?.transactions).toHaveLength(1);
    expect(entry?.transactions[0]?.references).toEqual({ endToEndId: 'MUELL/FINP/RA12345' });
    expect(entry?.transactions[0]?.amountFromEntry).toBe(true);
    expect(report.issues).toEqual([]);
  });

  it('lists it as one incoming payment', () => {
    const { payments, skipped } = incomingPaymentsFromCamt054(report);
    expect(skipped).toEqual([]);
    expect(payments).toHaveLength(1);
    const p = payments[0];
    expect(p?.amount.toString()).toBe('105678.50');
    expect(p?.currency).toBe('SEK');
    expect(p?.bookingDate).toBe('2010-10-18');
    expect(p?.valueDate).toBe('2010-10-18');
    expect(p?.debtorName).toBe('MUELLER');
    expect(p?.reference).toBeUndefined();
    expect(p?.bankReferences).toEqual({ endToEndId: 'MUELL/FINP/RA12345', entryAccountServicerReference: 'AAAASESS-FP-CN-98765/01' });
    expect(outgoingDebitsFromCamt054(report)).toEqual({ debits: [], returns: [], skipped: [] });
  });
});

describe('camt.054.001.08 ISO example with UETR', () => {
  const report = parseCamt054(readSample('camt.054.001.08_iso-example-with-UETR.xml'));

  it('reads the .08 status choice, the IBAN and the UETR', () => {
    expect(report.messageName).toBe('camt.054.001.08');
    expect(report.messageId).toBe('AAAASESS-FP-ACCR001');
    expect(report.notifications[0]?.account).toEqual({ iban: 'CH2801234000123456789' });
    const entry = report.notifications[0]?.entries[0];
    expect(entry?.status).toBe('BOOK');
    expect(entry?.creditDebit).toBe('debit');
    expect(entry?.amount?.toString()).toBe('200000.00');
    expect(entry?.transactions[0]?.references.uetr).toBe('255ae394-9965-4438-ac86-f406feada396');
  });

  it('lists the debit with its UETR and the amount debited', () => {
    const { debits, returns, skipped } = outgoingDebitsFromCamt054(report);
    expect(returns).toEqual([]);
    expect(skipped).toEqual([]);
    expect(debits).toHaveLength(1);
    expect(debits[0]?.uetr).toBe('255ae394-9965-4438-ac86-f406feada396');
    expect(debits[0]?.amount.toString()).toBe('200000.00');
    expect(debits[0]?.amount.currency).toBe('SEK');
    expect(debits[0]?.charges).toEqual([]);
    expect(incomingPaymentsFromCamt054(report).payments).toEqual([]);
  });
});

describe('camt.054.001.02 Finance Finland sample', () => {
  const report = parseCamt054(readSample('camt.054.001.02_finance-finland-sample.xml'));
  const n = report.notifications[0];

  it('reads the account and six entries, every batch adding up', () => {
    expect(report.messageId).toBe('BANKFILEID219073');
    expect(n?.account).toEqual({ iban: 'FI7433010001222090', currency: 'EUR', name: 'Account name', ownerName: 'BANK ACCOUNT OWNER', servicerBic: 'ESSEFIHX' });
    expect(n?.entries.map((e) => [e.amount?.toString(), e.creditDebit, e.status, e.reversal, e.transactions.length])).toEqual([
      ['2000.00', 'credit', 'BOOK', false, 2],
      ['500.00', 'credit', 'BOOK', false, 2],
      ['3000.00', 'credit', 'BOOK', false, 2],
      ['4230.05', 'debit', 'BOOK', false, 3],
      ['1000.00', 'debit', 'BOOK', false, 2],
      ['100.00', 'credit', 'INFO', true, 2],
    ]);
    expect(n?.entries[0]?.batches).toHaveLength(1);
    expect(n?.entries[0]?.batches[0]?.numberOfTransactions).toBe('2');
    expect(n?.entries[0]?.batches[0]?.totalAmount?.toString()).toBe('2000.00');
    expect(n?.entries[3]?.batches[0]?.paymentInformationId).toBe('CustRefForPmtBatch9');
    expect(n?.entries[4]?.valueDate).toBeUndefined();
    expect(n?.entries[4]?.bookingDate).toEqual({ date: '2009-10-30' });
    expect(report.issues).toEqual([]);
  });

  it('lists the credits as incoming payments with Finnish and RF references recognised', () => {
    const { payments, skipped } = incomingPaymentsFromCamt054(report);
    expect(skipped).toEqual([]);
    expect(
      payments.map((p) => [p.entryIndex, p.transactionIndex, p.amount.toString(), p.reference, p.referenceSchemes, p.debtorName]),
    ).toEqual([
      [0, 0, '1900.00', '3900', ['fi'], 'PAYERS NAME1'],
      [0, 1, '100.00', '43216', ['fi'], 'PAYERS NAME2'],
      [1, 0, '400.00', '3900', ['fi'], 'PAYERS NAME1'],
      [1, 1, '100.00', '43216', ['fi'], 'PAYERS NAME2'],
      [2, 0, '2500.00', 'RF7812345', ['rf'], 'AT-02 DEBTOR NAME 01'],
      [2, 1, '500.00', undefined, [], 'AT-02 DEBTOR NAME 02'],
    ]);
    const first = payments[0];
    // One payment, two invoices: an invoice and a credit note, each with its reference.
    expect(first?.references.map((r) => [r.value, r.type, r.schemes])).toEqual([
      ['3900', 'SCOR', ['fi']],
      ['12344', 'SCOR', ['fi']],
    ]);
    const strd = report.notifications[0]?.entries[0]?.transactions[0]?.remittance.structured;
    expect(strd?.[0]?.remittedAmount?.toString()).toBe('2500.00');
    expect(strd?.[1]?.creditNoteAmount?.toString()).toBe('600.00');
    expect(payments[4]?.references.map((r) => [r.value, r.issuer])).toEqual([
      ['RF7812345', 'ISO'],
      ['RF0812344', 'ISO'],
    ]);
    expect(payments[5]?.unstructured).toEqual(['RFB/557742358']);
    expect(payments[5]?.ultimateDebtorName).toBe('AT-08 ULTIMATE DEBTOR NAME');
    expect(payments[4]?.bankReferences).toEqual({
      accountServicerReference: 'D091029N123456789S001',
      endToEndId: 'EndToEndIdAT-41-001',
      entryAccountServicerReference: '091029ACCTSTMTARCH05',
    });
    expect(payments.every((p) => p.currency === 'EUR' && p.bookingDate === '2009-10-29' && p.booked)).toBe(true);
  });

  it('lists the debits with their ids, instructed amounts in other currencies and charges', () => {
    const { debits, returns, skipped } = outgoingDebitsFromCamt054(report);
    expect(skipped).toEqual([]);
    expect(debits.map((d) => [d.entryIndex, d.transactionIndex, d.amount.toString(), d.instructionId, d.endToEndId, d.paymentInformationId])).toEqual([
      [3, 0, '2000.02', 'TITOT1106ID01', undefined, 'CustRefForPmtBatch9'],
      [3, 1, '1000.01', 'TITOT1106ID02', undefined, 'CustRefForPmtBatch9'],
      [3, 2, '1230.02', 'TITOT1106ID03', undefined, 'CustRefForPmtBatch9'],
      [4, 0, '500.00', 'ISSRBKREF12345678', 'ISSRBKREF12345678', 'BTCHIDXCBT19210219'],
      [4, 1, '500.00', 'ISSRBKREF12345679', 'ISSRBKREF12345679', 'BTCHIDXCBT19210219'],
    ]);
    expect(debits[3]?.instructedAmount?.toJSON()).toEqual({ amount: '750.00', currency: 'USD' });
    expect(debits[4]?.instructedAmount?.toJSON()).toEqual({ amount: '79255', currency: 'JPY' });
    expect(debits[3]?.charges.map((c) => [c.amount?.toString(), c.amount?.currency, c.type])).toEqual([['20.00', 'EUR', 'COMM']]);
    expect(debits[3]?.creditorName).toBe('CREDITOR');
    expect(debits[0]?.creditorAccount).toEqual({ other: '29501800020582', scheme: 'BBAN' });
    // The reversed (returned) direct debits, with their return reasons.
    expect(returns.map((r) => [r.amount.toString(), r.returnInformation?.code, r.returnInformation?.additionalInfo])).toEqual([
      ['40.00', 'AC01', ['1+TILIÄ EI LÖYDY']],
      ['60.00', 'CUST', ['4+MAKSAJA PERUUTTANUT']],
    ]);
  });

  it('accounts for every transaction in exactly one list', () => {
    const total = report.notifications.flatMap((x) => x.entries).reduce((s, e) => s + Math.max(1, e.transactions.length), 0);
    const inc = incomingPaymentsFromCamt054(report);
    const out = outgoingDebitsFromCamt054(report);
    expect(inc.payments.length + inc.skipped.length + out.debits.length + out.returns.length + out.skipped.length).toBe(total);
  });
});

const doc = (entries: string, version = '02'): string =>
  `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.${version}"><BkToCstmrDbtCdtNtfctn>` +
  `<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-11-30T10:00:00</CreDtTm></GrpHdr>` +
  `<Ntfctn><Id>N1</Id><CreDtTm>2026-11-30T10:00:00</CreDtTm><Acct><Id><IBAN>NO9386011117947</IBAN></Id></Acct>${entries}</Ntfctn>` +
  `</BkToCstmrDbtCdtNtfctn></Document>`;

describe('what cannot be read is reported, not dropped', () => {
  it('flags a batch whose transactions do not add up to the entry', () => {
    const xml = doc(
      `<Ntry><Amt Ccy="NOK">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BkTxCd/><NtryDtls>` +
        `<TxDtls><AmtDtls><TxAmt><Amt Ccy="NOK">60.00</Amt></TxAmt></AmtDtls></TxDtls>` +
        `<TxDtls><AmtDtls><TxAmt><Amt Ccy="NOK">30.00</Amt></TxAmt></AmtDtls></TxDtls></NtryDtls></Ntry>`,
    );
    const report = parseCamt054(xml);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['camt054/batch-sum-mismatch', ['notifications', 0, 'entries', 0, 'transactions']],
    ]);
    expect(report.notifications[0]?.entries[0]?.issues).toHaveLength(1);
    expect(safeParseCamt054(xml, { strict: true }).ok).toBe(false);
  });

  it('keeps a transaction with an unreadable amount and lists it as skipped with the reason', () => {
    const xml = doc(
      `<Ntry><Amt Ccy="NOK">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BkTxCd/><NtryDtls>` +
        `<TxDtls><AmtDtls><TxAmt><Amt Ccy="NOK">60.005</Amt></TxAmt></AmtDtls><RmtInf><Strd><CdtrRefInf><Ref>2345676</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>` +
        `<TxDtls><AmtDtls><TxAmt><Amt Ccy="NOK">40.00</Amt></TxAmt></AmtDtls></TxDtls></NtryDtls></Ntry>` +
        `<Ntry><Amt Ccy="NOK">1,5</Amt><CdtDbtInd>XXXX</CdtDbtInd><Sts>BOOK</Sts><BkTxCd/></Ntry>`,
    );
    const report = parseCamt054(xml);
    const tx = report.notifications[0]?.entries[0]?.transactions[0];
    expect(tx?.amount).toBeUndefined();
    expect(tx?.issues.map((i) => i.code)).toEqual(['camt054/invalid-amount', 'camt054/no-amount']);
    // A Norwegian account: the reference is tried as a KID only.
    expect(tx?.remittance.structured[0]?.creditorReference?.schemes).toEqual(['kid-mod10', 'kid-mod11']);
    const inc = incomingPaymentsFromCamt054(report);
    expect(inc.payments.map((p) => p.amount.toString())).toEqual(['40.00']);
    expect(inc.skipped.map((s) => [s.entryIndex, s.transactionIndex, s.reason.code])).toEqual([
      [0, 0, 'camt054/no-amount'],
      [1, undefined, 'camt054/unknown-direction'],
    ]);
    expect(outgoingDebitsFromCamt054(report).skipped.map((s) => s.reason.code)).toEqual(['camt054/unknown-direction']);
    expect(report.issues.map((i) => i.code)).toEqual([
      'camt054/invalid-amount',
      'camt054/no-amount',
      'camt054/invalid-amount',
      'camt054/invalid-credit-debit',
    ]);
  });

  it('reads .08 charges records, the TxDtls amount and party choice', () => {
    const xml = doc(
      `<Ntry><Amt Ccy="EUR">101.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-30</Dt></BookgDt><BkTxCd/><NtryDtls>` +
        `<TxDtls><Refs><EndToEndId>E2E-9</EndToEndId><UETR>8A562C67-CA16-48BA-B074-65581BE6F001</UETR></Refs><Amt Ccy="EUR">101.50</Amt><CdtDbtInd>DBIT</CdtDbtInd>` +
        `<Chrgs><TtlChrgsAndTaxAmt Ccy="EUR">1.50</TtlChrgsAndTaxAmt><Rcrd><Amt Ccy="EUR">1.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><ChrgInclInd>true</ChrgInclInd><Tp><Cd>COMM</Cd></Tp><Br>DEBT</Br></Rcrd></Chrgs>` +
        `<RltdPties><Cdtr><Pty><Nm>Leverandør AB</Nm></Pty></Cdtr><CdtrAcct><Id><IBAN>SE4550000000058398257466</IBAN></Id></CdtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>`,
      '08',
    );
    const { debits } = outgoingDebitsFromCamt054(parseCamt054(xml));
    expect(debits).toHaveLength(1);
    expect(debits[0]?.endToEndId).toBe('E2E-9');
    expect(debits[0]?.uetr).toBe('8a562c67-ca16-48ba-b074-65581be6f001');
    expect(debits[0]?.amount.toString()).toBe('101.50');
    expect(debits[0]?.bookingDate).toBe('2026-11-30');
    expect(debits[0]?.charges).toHaveLength(1);
    expect(debits[0]?.charges[0]).toMatchObject({ creditDebit: 'debit', type: 'COMM', bearer: 'DEBT', includedInAmount: true });
    expect(debits[0]?.charges[0]?.amount?.toString()).toBe('1.50');
    expect(debits[0]?.creditorName).toBe('Leverandør AB');
    expect(debits[0]?.creditorAccount).toEqual({ iban: 'SE4550000000058398257466' });
  });

  it('counts an entry without details as one transaction, and a reversed credit as skipped', () => {
    const xml = doc(
      `<Ntry><NtryRef>R1</NtryRef><Amt Ccy="NOK">250</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts><BookgDt><DtTm>2026-11-30T23:59:59+01:00</DtTm></BookgDt><AcctSvcrRef>ARCH-1</AcctSvcrRef><BkTxCd/></Ntry>` +
        `<Ntry><Amt Ccy="NOK">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts>BOOK</Sts><BkTxCd/></Ntry>` +
        `<Ntry><Amt Ccy="NOK">99.90</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BkTxCd/><Chrgs><Amt Ccy="NOK">2.50</Amt><Br>DEBT</Br></Chrgs></Ntry>`,
    );
    const buffer = new TextEncoder().encode(xml).buffer;
    const report = parseCamt054(buffer);
    const inc = incomingPaymentsFromCamt054(report);
    expect(inc.payments).toHaveLength(1);
    expect(inc.payments[0]).toMatchObject({ entryIndex: 0, status: 'PDNG', booked: false, bookingDate: '2026-11-30', referenceSchemes: [], unstructured: [] });
    expect(inc.payments[0]?.transactionIndex).toBeUndefined();
    expect(inc.payments[0]?.amount.toString()).toBe('250.00');
    expect(inc.payments[0]?.bankReferences).toEqual({ entryAccountServicerReference: 'ARCH-1', entryReference: 'R1' });
    expect(inc.skipped.map((x) => [x.entryIndex, x.reason.code])).toEqual([[1, 'camt054/reversal']]);
    const out = outgoingDebitsFromCamt054(report);
    expect(out.debits.map((d) => [d.entryIndex, d.amount.toString(), d.charges.map((c) => c.amount?.toString())])).toEqual([[2, '99.90', ['2.50']]]);
    expect(out.returns).toEqual([]);
    expect(out.skipped).toEqual([]);
  });

  it('throws a Camt054Error from the throwing form', () => {
    expect(() => parseCamt054('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.04"><BkToCstmrDbtCdtNtfctn/></Document>')).toThrow(Camt054Error);
  });
});
