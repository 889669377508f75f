// The samples are public ISO 20022 and Nordea test messages; see ../shared/iso20022/SOURCES.md.
import { describe, expect, it } from 'vitest';
import {
  PAYMENT_STATUS_CODES,
  STATUS_REASON_CODES,
  Pain002Error,
  ParsePain002OptionsSchema,
  describeReason,
  describeStatus,
  parsePain002,
  safeParsePain002,
  transactionStatuses,
} from '../../src/pain002';
import { readSample } from '../support/xsd';

describe('pain.002 samples', () => {
  it('reads the ISO MDR example: group accepted (ACCP)', () => {
    const report = parsePain002(readSample('pain.002.001.03_iso-example-group-accepted.xml'));
    expect(report.messageName).toBe('pain.002.001.03');
    expect(report.messageId).toBe('BBBB/100928-PSR/001');
    expect(report.creationDateTime).toBe('2010-09-28T14:09:00');
    expect(report.initiatingPartyName).toBe('ABC Corporation');
    expect(report.group.originalMessageId).toBe('ABC/100928/CCT001');
    expect(report.group.originalMessageNameId).toBe('pain.001.001.03');
    expect(report.group.originalCreationDateTime).toBe('2010-09-28T14:07:00');
    expect(report.group.originalNumberOfTransactions).toBe('3');
    expect(report.group.originalControlSum).toBe('11500000');
    expect(report.group.status).toEqual({
      code: 'ACCP',
      known: true,
      name: 'AcceptedCustomerProfile',
      description: PAYMENT_STATUS_CODES.ACCP?.description,
      outcome: 'accepted',
    });
    expect(report.group.reasons).toEqual([]);
    expect(report.paymentInformations).toEqual([]);
    expect(report.issues).toEqual([]);
  });

  it('reads the Nordea group reject: RJCT with DU01 and its text', () => {
    const report = parsePain002(readSample('pain.002.001.03_nordea-test-group-reject.xml'));
    expect(report.messageId).toBe('XML990920150810101909283');
    expect(report.group.originalMessageId).toBe('MSGID-PS-TEST-0708-01');
    expect(report.group.status?.code).toBe('RJCT');
    expect(report.group.status?.outcome).toBe('rejected');
    expect(report.group.reasons).toEqual([
      {
        code: 'DU01',
        known: true,
        name: 'DuplicateMessageID',
        description: STATUS_REASON_CODES.DU01?.description,
        additionalInfo: ['ISO Duplicate Message ID'],
      },
    ]);
    expect(report.paymentInformations).toHaveLength(0);
  });

  it('reads the Nordea transaction reject: PmtInfSts RJCT and two transactions RJCT with NARR', () => {
    const report = parsePain002(readSample('pain.002.001.03_nordea-test-txn-reject.xml'));
    expect(report.creationDateTime).toBe('2015-07-28T10:40:14Z');
    expect(report.group.originalMessageId).toBe('MSGID-950-TEST2-2807-01');
    expect(report.group.status).toBeUndefined();
    expect(report.paymentInformations).toHaveLength(1);
    const pmt = report.paymentInformations[0];
    expect(pmt?.originalPaymentInformationId).toBe('PMTINFID-950-TEST2-2807-01');
    expect(pmt?.status?.code).toBe('RJCT');
    const txs = transactionStatuses(report);
    expect(txs.map((t) => [t.originalInstructionId, t.originalEndToEndId, t.status?.code, t.effectiveStatus?.code])).toEqual([
      ['INSTRID-950-TEST2-2807-02', 'ENDTOENDID-950-TEST2-2807-02', 'RJCT', 'RJCT'],
      ['INSTRID-950-TEST2-2807-01', 'ENDTOENDID-950-TEST2-2807-01', 'RJCT', 'RJCT'],
    ]);
    for (const tx of txs) {
      expect(tx.originalMessageId).toBe('MSGID-950-TEST2-2807-01');
      expect(tx.originalPaymentInformationId).toBe('PMTINFID-950-TEST2-2807-01');
      expect(tx.reasons).toEqual([
        {
          code: 'NARR',
          known: true,
          name: 'Narrative',
          description: STATUS_REASON_CODES.NARR?.description,
          additionalInfo: ['CAP Invalid code or combinations in CategoryPurpose or ServiceLevel'],
        },
      ]);
      expect(tx.issues).toEqual([]);
    }
  });
});

const V10 = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>` +
  `<GrpHdr><MsgId>RPT-1</MsgId><CreDtTm>2026-11-30T10:00:00</CreDtTm></GrpHdr>${body}</CstmrPmtStsRpt></Document>`;

describe('pain.002.001.10 and the details', () => {
  const xml = V10(
    `<OrgnlGrpInfAndSts><OrgnlMsgId>MSG-1</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts>` +
      `<NbOfTxsPerSts><DtldNbOfTxs>1</DtldNbOfTxs><DtldSts>ACSC</DtldSts></NbOfTxsPerSts></OrgnlGrpInfAndSts>` +
      `<OrgnlPmtInfAndSts><OrgnlPmtInfId>PMT-1</OrgnlPmtInfId><PmtInfSts>PART</PmtInfSts>` +
      `<TxInfAndSts><OrgnlInstrId>I-1</OrgnlInstrId><OrgnlEndToEndId>E2E-1</OrgnlEndToEndId><OrgnlUETR>8A562C67-CA16-48BA-B074-65581BE6F001</OrgnlUETR><TxSts>ACSC</TxSts>` +
      `<AccptncDtTm>2026-11-30T09:00:00+01:00</AccptncDtTm><AcctSvcrRef>BANK-REF</AcctSvcrRef>` +
      `<OrgnlTxRef><Amt><InstdAmt Ccy="NOK">1234.50</InstdAmt></Amt><ReqdExctnDt><Dt>2026-12-01</Dt></ReqdExctnDt>` +
      `<RmtInf><Strd><CdtrRefInf><Ref>2345676</Ref></CdtrRefInf></Strd></RmtInf><Cdtr><Pty><Nm>Leverandør AS</Nm></Pty></Cdtr>` +
      `<CdtrAcct><Id><IBAN>NO9386011117947</IBAN></Id></CdtrAcct></OrgnlTxRef></TxInfAndSts>` +
      `<TxInfAndSts><OrgnlEndToEndId>E2E-2</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AM04</Cd></Rsn></StsRsnInf>` +
      `<StsRsnInf><Rsn><Prtry>BANK42</Prtry></Rsn><AddtlInf>Dekning mangler</AddtlInf><AddtlInf>Ring banken</AddtlInf></StsRsnInf></TxInfAndSts>` +
      `<TxInfAndSts><OrgnlEndToEndId>E2E-3</OrgnlEndToEndId><TxSts>XXXX</TxSts><StsRsnInf><Rsn><Cd>ZZ99</Cd></Rsn></StsRsnInf></TxInfAndSts>` +
      `<TxInfAndSts><OrgnlEndToEndId>E2E-4</OrgnlEndToEndId></TxInfAndSts>` +
      `</OrgnlPmtInfAndSts>`,
  );

  it('ties each status to our ids, the UETR and the original amount (an exact Amount)', () => {
    const report = parsePain002(xml);
    expect(report.messageName).toBe('pain.002.001.10');
    expect(report.group.transactionsPerStatus).toEqual([{ count: '1', status: describeStatus('ACSC') }]);
    const [a, b, c, d] = transactionStatuses(report);
    expect(a?.originalUetr).toBe('8a562c67-ca16-48ba-b074-65581be6f001');
    expect(a?.status?.outcome).toBe('settled');
    expect(a?.acceptanceDateTime).toBe('2026-11-30T09:00:00+01:00');
    expect(a?.accountServicerReference).toBe('BANK-REF');
    expect(a?.original?.amount?.toString()).toBe('1234.50');
    expect(a?.original?.amount?.currency).toBe('NOK');
    expect(a?.original?.requestedExecutionDate).toBe('2026-12-01');
    expect(a?.original?.creditorReference).toBe('2345676');
    expect(a?.original?.creditorName).toBe('Leverandør AS');
    expect(a?.original?.creditorAccount).toBe('NO9386011117947');
    expect(b?.reasons.map((r) => [r.code, r.proprietary, r.known, r.additionalInfo])).toEqual([
      ['AM04', undefined, true, []],
      [undefined, 'BANK42', false, ['Dekning mangler', 'Ring banken']],
    ]);
    expect(b?.reasons[0]?.name).toBe('InsufficientFunds');
    // Unknown codes are kept and flagged, not dropped.
    expect(c?.status).toEqual({ code: 'XXXX', known: false });
    expect(c?.reasons[0]).toEqual({ code: 'ZZ99', known: false, additionalInfo: [] });
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([
      ['pain002/unknown-status', 'warning'],
      ['pain002/unknown-reason', 'warning'],
    ]);
    expect(report.issues[0]?.path).toEqual(['paymentInformations', 0, 'transactions', 2, 'status']);
    // No TxSts: the payment information's status applies.
    expect(d?.status).toBeUndefined();
    expect(d?.effectiveStatus?.code).toBe('PART');
  });

  it('fails under strict on a warning, and throws a Pain002Error from the throwing form', () => {
    const strict = safeParsePain002(xml, { strict: true });
    expect(strict.ok).toBe(false);
    expect(() => parsePain002(xml, { strict: true })).toThrow(Pain002Error);
    try {
      parsePain002('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>');
    } catch (e) {
      expect(e).toBeInstanceOf(Pain002Error);
      expect((e as Pain002Error).code).toBe('xml/wrong-namespace');
    }
  });

  it('reads bytes as well as text, and reports a missing message id as an error', () => {
    const bytes = new TextEncoder().encode(xml);
    expect(parsePain002(bytes).messageId).toBe('RPT-1');
    expect(() => parsePain002(xml.replace('<MsgId>RPT-1</MsgId>', ''))).toThrow(expect.objectContaining({ code: 'pain002/missing-field' }));
    const noId = safeParsePain002(xml.replace('<MsgId>RPT-1</MsgId>', ''));
    expect(noId.ok).toBe(false);
    if (!noId.ok) expect(noId.issues.filter((i) => i.severity !== 'warning').map((i) => [i.code, i.path])).toEqual([['pain002/missing-field', ['messageId']]]);
  });

  it('checks its options with zod', () => {
    expect(ParsePain002OptionsSchema.safeParse({ maxBytes: -1 }).success).toBe(false);
    const result = safeParsePain002(xml, { maxBytes: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('xml/invalid-options');
  });
});

describe('the code tables', () => {
  it('knows the statuses a Nordic bank sends, with an outcome each', () => {
    for (const code of ['ACTC', 'ACCP', 'ACSP', 'ACSC', 'ACWC', 'PDNG', 'PART', 'RJCT']) {
      expect(describeStatus(code).known).toBe(true);
    }
    expect(describeStatus('ACSC').outcome).toBe('settled');
    expect(describeStatus('PDNG').outcome).toBe('pending');
  });

  it('describes the common reason codes (ISO ExternalStatusReason1Code)', () => {
    for (const code of ['AC01', 'AC04', 'AC06', 'AG01', 'AM04', 'AM05', 'BE05', 'DT01', 'FF01', 'MS02', 'MS03', 'NARR', 'RC01', 'RR01', 'RR02', 'RR03', 'RR04']) {
      const row = STATUS_REASON_CODES[code];
      expect(row?.code).toBe(code);
      expect(row?.description.length).toBeGreaterThan(10);
    }
    expect(describeReason('AM04')?.name).toBe('InsufficientFunds');
    expect(describeReason('AC01')?.name).toBe('IncorrectAccountNumber');
    expect(describeReason('ZZZZ')).toBeUndefined();
    for (const [key, row] of Object.entries(STATUS_REASON_CODES)) {
      expect(row.code).toBe(key);
      expect(key).toMatch(/^[A-Z0-9]{4}$/);
    }
  });
});
