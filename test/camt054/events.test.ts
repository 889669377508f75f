import { describe, expect, it } from 'vitest';
import { camt054ToEvents, createLineLookup, outgoingDebitsFromCamt054, parseCamt054, safeCamt054ToEvents } from '../../src/camt054';

const lookup = createLineLookup([
  { messageId: 'MSG-1', paymentInformationId: 'PMT-A', endToEndId: 'L1', lineId: 'L1', currency: 'NOK' },
  { messageId: 'MSG-1', paymentInformationId: 'PMT-A', endToEndId: 'L2', lineId: 'L2', currency: 'EUR' },
  { messageId: 'MSG-1', paymentInformationId: 'PMT-A', endToEndId: 'L3', lineId: 'L3', currency: 'NOK' },
]);

interface E {
  ref?: string;
  e2e?: string;
  amount: string;
  ccy?: string;
  dir?: 'DBIT' | 'CRDT';
  reversal?: boolean;
  status?: string;
  charges?: string[];
  instructed?: string;
  rtr?: string;
}

const entry = (e: E): string => {
  const ccy = e.ccy ?? 'NOK';
  const charges = (e.charges ?? []).map((c) => `<Chrgs><Amt Ccy="${c.split(' ')[1] ?? ccy}">${c.split(' ')[0]}</Amt><CdtDbtInd>DBIT</CdtDbtInd></Chrgs>`).join('');
  return (
    `<Ntry>${e.ref === undefined ? '' : `<NtryRef>${e.ref}</NtryRef>`}<Amt Ccy="${ccy}">${e.amount}</Amt><CdtDbtInd>${e.dir ?? 'DBIT'}</CdtDbtInd>${e.reversal === true ? '<RvslInd>true</RvslInd>' : ''}` +
    `<Sts>${e.status ?? 'BOOK'}</Sts><BookgDt><Dt>2026-12-02</Dt></BookgDt><ValDt><Dt>2026-12-02</Dt></ValDt>${e.ref === undefined ? '' : `<AcctSvcrRef>${e.ref}</AcctSvcrRef>`}<BkTxCd/>` +
    `<NtryDtls><TxDtls><Refs>${e.e2e === undefined ? '' : `<EndToEndId>${e.e2e}</EndToEndId>`}</Refs>` +
    `<AmtDtls>${e.instructed === undefined ? '' : `<InstdAmt><Amt Ccy="${e.instructed.split(' ')[1]}">${e.instructed.split(' ')[0]}</Amt></InstdAmt>`}<TxAmt><Amt Ccy="${ccy}">${e.amount}</Amt></TxAmt></AmtDtls>${charges}` +
    `${e.rtr === undefined ? '' : `<RtrInf><Rsn><Cd>${e.rtr}</Cd></Rsn><AddtlInf>Konto avsluttet</AddtlInf></RtrInf>`}</TxDtls></NtryDtls></Ntry>`
  );
};

const camt = (entries: E[], creation = '2026-12-02T07:00:00'): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>` +
  `<GrpHdr><MsgId>C-1</MsgId><CreDtTm>${creation}</CreDtTm></GrpHdr><Ntfctn><Id>N1</Id><CreDtTm>${creation}</CreDtTm><Acct><Id><IBAN>NO9386011117947</IBAN></Id></Acct>` +
  entries.map(entry).join('') +
  `</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;

describe('camt054ToEvents', () => {
  it('settles our line with the amount actually debited, the booking date and the summed charges', () => {
    const report = parseCamt054(camt([{ ref: 'BANK-1', e2e: 'L1', amount: '80.00', charges: ['1.50', '0.50'] }]));
    const result = camt054ToEvents(report, lookup);
    expect(result.events).toEqual([
      {
        id: 'camt.054:BANK-1:L1:settled',
        at: '2026-12-02T07:00:00Z',
        lineId: 'L1',
        source: 'camt.054',
        type: 'settled',
        amount: '80.00',
        currency: 'NOK',
        date: '2026-12-02',
        charges: { amount: '2.00', currency: 'NOK' },
      },
    ]);
    expect(result.unknown).toEqual([]);
    expect(result.skipped).toEqual([]);
    // The same from the debits listed without the report; the time is then the booking date.
    const fromDebits = camt054ToEvents(outgoingDebitsFromCamt054(report), lookup);
    expect(fromDebits.events[0]).toMatchObject({ id: 'camt.054:BANK-1:L1:settled', at: '2026-12-02T00:00:00Z', amount: '80.00' });
  });

  it('turns a returned payment into a rejection with the return reason', () => {
    const result = camt054ToEvents(parseCamt054(camt([{ ref: 'BANK-2', e2e: 'L3', amount: '50.00', dir: 'CRDT', reversal: true, rtr: 'AC04' }])), lookup);
    expect(result.events).toMatchObject([{ id: 'camt.054:BANK-2:L3:returned', type: 'rejected', reasonCode: 'AC04', lineId: 'L3' }]);
    expect(result.events[0]?.type === 'rejected' && result.events[0].reasonText).toMatch(/Konto avsluttet$/);
  });

  it('reports debits of unknown or missing end-to-end ids, and skips unbooked entries, with reasons', () => {
    const result = camt054ToEvents(
      parseCamt054(
        camt([
          { ref: 'B1', e2e: 'SOMEONE-ELSE', amount: '10.00' },
          { ref: 'B2', amount: '25.00' },
          { ref: 'B3', e2e: 'L1', amount: '80.00', status: 'PDNG' },
        ]),
      ),
      lookup,
    );
    expect(result.events).toEqual([]);
    expect(result.unknown.map((u) => [u.reason, u.endToEndId, u.amount.toString(), u.issue.code])).toEqual([
      ['unknown-end-to-end-id', 'SOMEONE-ELSE', '10.00', 'camt054/unknown-reference'],
      ['no-id', undefined, '25.00', 'camt054/unknown-reference'],
    ]);
    expect(result.skipped.map((s) => [s.lineId, s.issue.code])).toEqual([['L1', 'camt054/not-booked']]);
    expect(camt054ToEvents(parseCamt054(camt([{ ref: 'B3', e2e: 'L1', amount: '80.00', status: 'PDNG' }])), lookup, { includeUnbooked: true }).events).toHaveLength(1);
  });

  it('settles a line in another currency with the instructed amount, else skips it as a currency mismatch', () => {
    const withInstructed = camt054ToEvents(parseCamt054(camt([{ ref: 'B4', e2e: 'L2', amount: '1180.00', instructed: '100.00 EUR' }])), lookup);
    expect(withInstructed.events).toMatchObject([{ type: 'settled', amount: '100.00', currency: 'EUR' }]);
    const without = camt054ToEvents(parseCamt054(camt([{ ref: 'B4', e2e: 'L2', amount: '1180.00' }])), lookup);
    expect(without.events).toEqual([]);
    expect(without.skipped.map((s) => s.issue.code)).toEqual(['camt054/currency-mismatch']);
  });

  it('gives the same ids for a redelivered notification and rejects bad options', () => {
    const xml = camt([{ ref: 'B5', e2e: 'L1', amount: '1.00' }]);
    expect(camt054ToEvents(parseCamt054(xml), lookup)).toEqual(camt054ToEvents(parseCamt054(xml), lookup));
    const bad = safeCamt054ToEvents(parseCamt054(xml), lookup, { at: 'yesterday' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['camt054/invalid-options']);
    expect(() => camt054ToEvents(parseCamt054(xml), lookup, { at: 'yesterday' })).toThrow(/not valid/);
  });
});
