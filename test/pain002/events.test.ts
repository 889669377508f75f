import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineLookup, parsePain002, pain002ToEvents, safeCreateLineLookup, safePain002ToEvents, type LineReference } from '../../src/pain002';
import { createPaymentLine, applyEvents } from '../../src/payment-line';
import { readSample, SAMPLES_DIR } from '../support/xsd';
import { existsSync } from 'node:fs';

const ref = (messageId: string, paymentInformationId: string, endToEndId: string, extra: Partial<LineReference> = {}): LineReference => ({
  messageId,
  paymentInformationId,
  endToEndId,
  lineId: endToEndId,
  ...extra,
});

const doc = (body: string, grp: string, version = 'pain.002.001.03'): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:${version}"><CstmrPmtStsRpt>` +
  `<GrpHdr><MsgId>RPT-1</MsgId><CreDtTm>2026-12-01T08:30:00</CreDtTm></GrpHdr>` +
  `<OrgnlGrpInfAndSts><OrgnlMsgId>MSG-1</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.03</OrgnlMsgNmId>${grp}</OrgnlGrpInfAndSts>${body}</CstmrPmtStsRpt></Document>`;

const tx = (e2e: string, status: string, reason = ''): string =>
  `<TxInfAndSts><OrgnlInstrId>${e2e}</OrgnlInstrId><OrgnlEndToEndId>${e2e}</OrgnlEndToEndId><TxSts>${status}</TxSts>${reason}</TxInfAndSts>`;

const lookup = createLineLookup([
  ref('MSG-1', 'PMT-A', 'L1', { amount: '100.00', currency: 'NOK' }),
  ref('MSG-1', 'PMT-A', 'L2', { amount: '200.00', currency: 'NOK' }),
  ref('MSG-1', 'PMT-B', 'L3', { amount: '300.00', currency: 'NOK' }),
]);

describe('pain002ToEvents', () => {
  it('turns a group-level rejection into a rejection of every line of the message', () => {
    const report = parsePain002(doc('', '<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>DU01</Cd></Rsn><AddtlInf>Duplicate file</AddtlInf></StsRsnInf>'));
    const result = pain002ToEvents(report, lookup);
    expect(result.events).toEqual(
      ['L1', 'L2', 'L3'].map((lineId) => ({
        id: `pain.002:RPT-1:MSG-1:${lineId}:RJCT`,
        at: '2026-12-01T08:30:00Z',
        lineId,
        source: 'pain.002',
        type: 'rejected',
        reasonCode: 'DU01',
        reasonText: `${report.group.reasons[0]?.description ?? '?'} Duplicate file`,
      })),
    );
    expect(result.unknown).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it('rejects every line of a rejected block; a transaction status overrides its block, a block its group', () => {
    const body =
      `<OrgnlPmtInfAndSts><OrgnlPmtInfId>PMT-A</OrgnlPmtInfId><PmtInfSts>RJCT</PmtInfSts><StsRsnInf><Rsn><Cd>AM04</Cd></Rsn></StsRsnInf>${tx('L2', 'ACCP')}</OrgnlPmtInfAndSts>` +
      `<OrgnlPmtInfAndSts><OrgnlPmtInfId>PMT-B</OrgnlPmtInfId><PmtInfSts>ACSP</PmtInfSts></OrgnlPmtInfAndSts>`;
    const result = pain002ToEvents(parsePain002(doc(body, '<GrpSts>PART</GrpSts>')), lookup);
    const byLine = Object.fromEntries(result.events.map((e) => [e.lineId, e]));
    expect(byLine['L1']).toMatchObject({ type: 'rejected', reasonCode: 'AM04' });
    expect(byLine['L2']).toMatchObject({ type: 'accepted-by-bank', bankStatus: 'ACCP' });
    expect(byLine['L3']).toMatchObject({ type: 'accepted-by-bank', bankStatus: 'ACSP' });
    expect(result.events).toHaveLength(3);
  });

  it('reports unknown end-to-end ids, unknown blocks and unknown messages instead of dropping them', () => {
    const body =
      `<OrgnlPmtInfAndSts><OrgnlPmtInfId>PMT-A</OrgnlPmtInfId>${tx('L1', 'RJCT', '<StsRsnInf><Rsn><Cd>AC01</Cd></Rsn></StsRsnInf>')}${tx('NOT-OURS', 'ACCP')}</OrgnlPmtInfAndSts>` +
      `<OrgnlPmtInfAndSts><OrgnlPmtInfId>PMT-X</OrgnlPmtInfId><PmtInfSts>RJCT</PmtInfSts></OrgnlPmtInfAndSts>`;
    const result = pain002ToEvents(parsePain002(doc(body, '')), lookup);
    expect(result.events.map((e) => [e.lineId, e.type])).toEqual([['L1', 'rejected']]);
    expect(result.unknown.map((u) => [u.reason, u.endToEndId ?? u.paymentInformationId, u.issue.code])).toEqual([
      ['unknown-end-to-end-id', 'NOT-OURS', 'pain002/unknown-reference'],
      ['unknown-payment-information', 'PMT-X', 'pain002/unknown-reference'],
    ]);
    const other = pain002ToEvents(parsePain002(doc(body, '').replace('MSG-1', 'MSG-9')), lookup);
    expect(other.events).toEqual([]);
    expect(other.unknown.map((u) => u.reason)).toEqual(['unknown-message', 'unknown-message', 'unknown-message']);
  });

  it('ACSC moves the line to accepted-by-bank, or settles it with the instructed amount when acscSettles is set', () => {
    const body = `<OrgnlPmtInfAndSts><OrgnlPmtInfId>PMT-B</OrgnlPmtInfId>${tx('L3', 'ACSC')}</OrgnlPmtInfAndSts>`;
    const report = parsePain002(doc(body, ''));
    expect(pain002ToEvents(report, lookup).events).toMatchObject([{ type: 'accepted-by-bank', bankStatus: 'ACSC', lineId: 'L3' }]);
    expect(pain002ToEvents(report, lookup, { acscSettles: true }).events).toMatchObject([
      { type: 'settled', amount: '300.00', currency: 'NOK', date: '2026-12-01', lineId: 'L3' },
    ]);
  });

  it('lists lines whose status gives no event (RCVD, PART without details) in skipped', () => {
    const result = pain002ToEvents(parsePain002(doc('', '<GrpSts>RCVD</GrpSts>')), lookup);
    expect(result.events).toEqual([]);
    expect(result.skipped.map((s) => [s.lineId, s.status, s.issue.code])).toEqual([
      ['L1', 'RCVD', 'pain002/no-event-for-status'],
      ['L2', 'RCVD', 'pain002/no-event-for-status'],
      ['L3', 'RCVD', 'pain002/no-event-for-status'],
    ]);
  });

  it('gives the same event ids for the same report delivered again, and applying both changes nothing more', () => {
    fc.assert(
      fc.property(fc.constantFrom('ACTC', 'ACCP', 'ACSP', 'ACWC', 'PDNG', 'RJCT', 'ACSC'), fc.boolean(), (status, settles) => {
        const xml = doc(`<OrgnlPmtInfAndSts><OrgnlPmtInfId>PMT-A</OrgnlPmtInfId>${tx('L1', status)}</OrgnlPmtInfAndSts>`, '');
        const first = pain002ToEvents(parsePain002(xml), lookup, { acscSettles: settles });
        const again = pain002ToEvents(parsePain002(xml), lookup, { acscSettles: settles });
        expect(again).toEqual(first);
        const line = createPaymentLine({ lineId: 'L1', supplierNo: 'S1', amount: '100.00', currency: 'NOK', paymentDate: '2026-12-01' });
        const once = applyEvents(line, first.events);
        const twice = applyEvents(line, [...first.events, ...again.events]);
        expect(twice.line.status).toBe(once.line.status);
        expect(twice.history.slice(first.events.length).every((h) => h.outcome === 'duplicate')).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('uses the report time as written when it has an offset, else the default offset; rejects bad options', () => {
    const xml = doc('', '<GrpSts>ACTC</GrpSts>').replace('2026-12-01T08:30:00', '2026-12-01T08:30:00+01:00');
    expect(pain002ToEvents(parsePain002(xml), lookup).events[0]?.at).toBe('2026-12-01T08:30:00+01:00');
    expect(pain002ToEvents(parsePain002(doc('', '<GrpSts>ACTC</GrpSts>')), lookup, { defaultOffset: '+01:00' }).events[0]?.at).toBe('2026-12-01T08:30:00+01:00');
    const bad = safePain002ToEvents(parsePain002(doc('', '<GrpSts>ACTC</GrpSts>')), lookup, { defaultOffset: 'CET' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['pain002/invalid-options']);
  });

  it('a lookup refuses an end-to-end id used twice in one message and an incomplete reference', () => {
    const twice = safeCreateLineLookup([ref('M', 'P', 'E'), ref('M', 'Q', 'E')]);
    expect(twice.ok ? [] : twice.issues.map((i) => i.code)).toEqual(['pain002/invalid-lookup']);
    const incomplete = safeCreateLineLookup([{ messageId: 'M', paymentInformationId: 'P', endToEndId: '', lineId: 'L' }]);
    expect(incomplete.ok).toBe(false);
    // Outside a known message, an end-to-end id finds its line only when it is unique.
    const l = createLineLookup([ref('M1', 'P', 'E'), ref('M2', 'P', 'E'), ref('M2', 'P', 'F')]);
    expect(l.findLine({ endToEndId: 'E' })).toBeUndefined();
    expect(l.findLine({ endToEndId: 'F' })?.messageId).toBe('M2');
    expect(l.findLine({ messageId: 'M1', endToEndId: 'E' })?.messageId).toBe('M1');
    expect(l.findLine({ messageId: 'M1', endToEndId: 'F' })).toBeUndefined();
  });
});

describe.skipIf(!existsSync(SAMPLES_DIR))('pain002ToEvents on the public samples', () => {
  // Source: Nordea's published pain.002 test files (see ../shared/iso20022/SOURCES.md).
  it('Nordea group reject (DU01): every line of the original message rejected', () => {
    const report = parsePain002(readSample('pain.002.001.03_nordea-test-group-reject.xml'));
    const l = createLineLookup([ref('MSGID-PS-TEST-0708-01', 'PMT-1', 'E2E-1'), ref('MSGID-PS-TEST-0708-01', 'PMT-1', 'E2E-2')]);
    const result = pain002ToEvents(report, l);
    expect(result.events.map((e) => [e.lineId, e.type, e.type === 'rejected' ? e.reasonCode : '', e.at])).toEqual([
      ['E2E-1', 'rejected', 'DU01', '2015-08-10T10:19:09Z'],
      ['E2E-2', 'rejected', 'DU01', '2015-08-10T10:19:09Z'],
    ]);
    expect(result.events[0]?.type === 'rejected' && result.events[0].reasonText).toContain('ISO Duplicate Message ID');
  });

  it('Nordea transaction reject (NARR): the two named lines rejected, a third line of the block too (block RJCT, no reason)', () => {
    const report = parsePain002(readSample('pain.002.001.03_nordea-test-txn-reject.xml'));
    const m = 'MSGID-950-TEST2-2807-01';
    const p = 'PMTINFID-950-TEST2-2807-01';
    const l = createLineLookup([ref(m, p, 'ENDTOENDID-950-TEST2-2807-01'), ref(m, p, 'ENDTOENDID-950-TEST2-2807-02'), ref(m, p, 'ENDTOENDID-950-TEST2-2807-03')]);
    const result = pain002ToEvents(report, l);
    expect(result.events.map((e) => [e.lineId, e.type, e.type === 'rejected' ? e.reasonCode : ''])).toEqual([
      ['ENDTOENDID-950-TEST2-2807-01', 'rejected', 'NARR'],
      ['ENDTOENDID-950-TEST2-2807-02', 'rejected', 'NARR'],
      // The block gives no reason of its own: the status code stands in, with a sentence saying so.
      ['ENDTOENDID-950-TEST2-2807-03', 'rejected', 'RJCT'],
    ]);
    expect(result.events[0]?.at).toBe('2015-07-28T10:40:14Z');
    expect(result.events[0]?.type === 'rejected' && result.events[0].reasonText).toContain('CAP Invalid code or combinations in CategoryPurpose or ServiceLevel');
  });

  it('ISO group accepted (ACCP): accepted-by-bank for every line', () => {
    const report = parsePain002(readSample('pain.002.001.03_iso-example-group-accepted.xml'));
    const l = createLineLookup([ref('ABC/100928/CCT001', 'P', 'E1')]);
    expect(pain002ToEvents(report, l).events).toMatchObject([{ lineId: 'E1', type: 'accepted-by-bank', bankStatus: 'ACCP', id: 'pain.002:BBBB/100928-PSR/001:ABC/100928/CCT001:E1:ACCP' }]);
  });
});
