import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isEftkitError, type EftkitIssue } from '../../src/errors';
import {
  PAIN001_VERSIONS,
  Pain001Error,
  Pain001OptionsSchema,
  SEPA_TRANSLITERATION,
  buildPain001,
  escapeXml,
  safeBuildPain001,
  toSepaText,
  writePain001,
  type Pain001Options,
} from '../../src/pain001';
import { lineCorruptionArbitrary, pain001SuggestionArbitrary, paymentSuggestionArbitrary } from '../../src/testing';
import { parsePaymentSuggestion, validatePaymentSuggestion, type PaymentLine, type PaymentSuggestion } from '../../src/validation';
import { describeWithXsd, validateXml } from '../support/xsd';
import type { SepaPackage } from '../support/sepa';
import { COMPANY, EXAMPLE_OPTIONS, KID_PAYMENT, SEPA_PAYMENT, US_WIRE } from './fixtures';

const OPTIONS: Pain001Options = { messageId: 'MSG-1', creationDateTime: '2026-11-30T10:00:00' };
const ALL: PaymentSuggestion = { ...KID_PAYMENT, lines: [...KID_PAYMENT.lines, ...SEPA_PAYMENT.lines, ...US_WIRE.lines] };

function line(overrides: Partial<PaymentLine>): PaymentLine {
  return { ...(KID_PAYMENT.lines[0] as PaymentLine), ...overrides };
}

describe('buildPain001: refusing', () => {
  it('refuses a suggestion with every issue of every deficient line, and writes nothing', () => {
    fc.assert(
      fc.property(
        paymentSuggestionArbitrary(fc, { minLines: 2, maxLines: 6 }),
        fc.array(fc.tuple(fc.nat(), lineCorruptionArbitrary(fc)), { minLength: 1, maxLength: 3 }),
        (suggestion, corruptions) => {
          const lines = [...suggestion.lines];
          const broken = new Set<number>();
          for (const [k, corruption] of corruptions) {
            const index = k % lines.length;
            lines[index] = corruption.apply(lines[index] as PaymentLine);
            broken.add(index);
          }
          const report = validatePaymentSuggestion({ ...suggestion, lines });
          const r = safeBuildPain001({ ...suggestion, lines }, OPTIONS);
          // Refused exactly when validation finds the suggestion deficient, with every one of its issues.
          expect(r.ok).toBe(report.ok);
          fc.pre(!report.ok);
          if (r.ok) return;
          const key = (i: EftkitIssue): string => `${i.code} ${JSON.stringify(i.path)}`;
          const ours = new Set(r.issues.map(key));
          for (const i of report.issues) expect(ours.has(key(i)), key(i)).toBe(true);
          const withErrors = new Set(r.issues.filter((i) => i.severity !== 'warning' && i.path[0] === 'lines').map((i) => i.path[1]));
          expect([...withErrors].sort()).toEqual(report.deficientLines.map((d) => d.index).sort());
          expect(withErrors.size).toBeGreaterThan(0);
          expect([...withErrors].every((i) => broken.has(i as number))).toBe(true);
          let thrown: unknown;
          try {
            buildPain001({ ...suggestion, lines }, OPTIONS);
          } catch (e) {
            thrown = e;
          }
          expect(thrown).toBeInstanceOf(Pain001Error);
          expect(isEftkitError(thrown) && thrown.issues.length).toBe(r.issues.length);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('reports every problem of the options at once', () => {
    const r = safeBuildPain001(KID_PAYMENT, { version: 'pain.001.001.03', messageId: 'bad//id', creationDateTime: '2026-13-01T10:00:00', uetr: () => undefined });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.code).sort()).toEqual(['pain001/invalid-creation-time', 'pain001/invalid-message-id', 'pain001/uetr-not-in-version']);
  });

  it('refuses options of the wrong shape with their paths', () => {
    const r = safeBuildPain001(KID_PAYMENT, { ...OPTIONS, version: 'pain.001.001.05' } as unknown as Pain001Options);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['pain001/invalid-options', ['options', 'version']]]);
    expect(Pain001OptionsSchema.safeParse({ messageId: 'A' }).success).toBe(false);
    expect(Pain001OptionsSchema.safeParse(OPTIONS).success).toBe(true);
  });

  it('refuses a UETR that is not a lower-case UUID v4, and an unsendable instruction id', () => {
    const r = safeBuildPain001(KID_PAYMENT, { ...OPTIONS, uetr: () => 'not-a-uuid', instructionId: () => '/x' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['pain001/invalid-instruction-id', ['lines', 0, 'lineId']],
      ['pain001/invalid-uetr', ['lines', 0, 'lineId']],
    ]);
  });

  it('refuses control characters XML cannot carry, naming the field', () => {
    const bad = { ...KID_PAYMENT, lines: [line({ creditor: { ...(KID_PAYMENT.lines[0] as PaymentLine).creditor, name: 'Vestland\u0001Kraft' } })] };
    const r = safeBuildPain001(bad, OPTIONS);
    expect(r.ok ? [] : r.issues.filter((i) => i.code === 'pain001/invalid-xml-character').map((i) => i.path)).toEqual([['lines', 0, 'creditor', 'name']]);
  });

  it('refuses the same line id twice in one file (the bank answer could not be traced)', () => {
    const r = safeBuildPain001([KID_PAYMENT, { ...KID_PAYMENT, paymentNo: 'PAY-2' }], OPTIONS);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['pain001/duplicate-end-to-end-id', [1, 'lines', 0, 'lineId']]]);
  });
});

describe('buildPain001: grouping and totals', () => {
  it('puts lines with the same date, service level, category purpose, priority, charges and booking in one block', () => {
    const lines = [
      line({ lineId: 'A', amount: '0.10' }),
      line({ lineId: 'B', amount: '0.20' }),
      line({ lineId: 'C', amount: '0.30', requestedExecutionDate: '2026-12-14' }),
      line({ lineId: 'D', amount: '1.00', categoryPurpose: 'SALA' }),
      line({ lineId: 'E', amount: '1.00', instructionPriority: 'HIGH' }),
      line({ lineId: 'F', amount: '1.00', feeCode: 4 }),
    ];
    const doc = buildPain001({ ...KID_PAYMENT, lines }, { ...OPTIONS, batchBooking: (c) => c.line.lineId !== 'B' });
    expect(doc.paymentInformation.map((p) => [p.id, p.transactions.map((t) => t.lineId).join(''), p.numberOfTransactions, p.controlSum])).toEqual([
      ['PAY-2026-0042-1', 'A', 1, '0.10'],
      ['PAY-2026-0042-2', 'B', 1, '0.20'],
      ['PAY-2026-0042-3', 'C', 1, '0.30'],
      ['PAY-2026-0042-4', 'D', 1, '1.00'],
      ['PAY-2026-0042-5', 'E', 1, '1.00'],
      ['PAY-2026-0042-6', 'F', 1, '1.00'],
    ]);
    const together = buildPain001({ ...KID_PAYMENT, lines: lines.slice(0, 2) }, OPTIONS);
    expect(together.paymentInformation).toHaveLength(1);
    expect(together.controlSum).toBe('0.30'); // exact, not 0.30000000000000004
    expect(doc.controlSum).toBe('3.60');
  });

  it('adds amounts of currencies with different decimals exactly', () => {
    const jpy = { ...(US_WIRE.lines[0] as PaymentLine), lineId: 'J', currency: 'JPY', amount: '150' };
    const doc = buildPain001({ ...US_WIRE, lines: [jpy, { ...(US_WIRE.lines[0] as PaymentLine), amount: '0.05' }] }, OPTIONS);
    expect(doc.controlSum).toBe('150.05');
  });

  it('writes several suggestions into one file: one debtor per block, ids per payment number', () => {
    const other = { ...SEPA_PAYMENT, company: { ...COMPANY, debtorAccount: { bban: '86011117947', currency: 'NOK' } } };
    const doc = buildPain001([KID_PAYMENT, other], OPTIONS);
    expect(doc.paymentInformation.map((p) => p.id)).toEqual(['PAY-2026-0042-1', 'PAY-2026-0043-1']);
    expect(doc.xml).toContain('<Othr><Id>86011117947</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr>');
    expect(doc.xml).toContain('<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>');
  });

  it('moves execution dates to a bank day when asked, honouring "Move payment to workday"', () => {
    // 2026-12-26 is a Saturday (and Boxing Day in Norway); the next bank day is Monday 28th.
    const moving = line({ lineId: 'M', dueDate: '2026-12-26' });
    const staying = line({ lineId: 'S', dueDate: '2026-12-26', voucherType: { id: '1', moveToWorkday: false } });
    const doc = buildPain001({ ...KID_PAYMENT, lines: [moving, staying] }, { ...OPTIONS, adjustExecutionDate: { calendar: 'NO', convention: 'following' } });
    expect(doc.paymentInformation.map((p) => [p.requestedExecutionDate, p.transactions[0]?.lineId])).toEqual([
      ['2026-12-28', 'M'],
      ['2026-12-26', 'S'],
    ]);
  });

  it('writePain001 writes what parsePaymentSuggestion checked, the same as buildPain001', () => {
    expect(writePain001(parsePaymentSuggestion(ALL), OPTIONS).xml).toBe(buildPain001(ALL, OPTIONS).xml);
    expect(writePain001([parsePaymentSuggestion(KID_PAYMENT)], OPTIONS).xml).toBe(buildPain001([KID_PAYMENT], OPTIONS).xml);
  });

  it('pretty output is the compact output indented', () => {
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
    fc.assert(
      fc.property(pain001SuggestionArbitrary(fc, { maxLines: 4 }), (s) => {
        const compact = buildPain001(s, OPTIONS).xml;
        const pretty = buildPain001(s, { ...OPTIONS, pretty: true }).xml;
        expect(parser.parse(pretty)).toEqual(parser.parse(compact));
        expect(pretty.replace(/>\s+</g, '><')).toBe(compact.replace(/>\s+</g, '><'));
      }),
      { numRuns: 30, seed: 3 },
    );
  });
});

describe('buildPain001: versions', () => {
  it('.03 writes BIC and a plain date; .09 and .11 write BICFI, Dt and UETR', () => {
    const uetr = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const v3 = buildPain001(SEPA_PAYMENT, { ...OPTIONS, version: 'pain.001.001.03' }).xml;
    expect(v3).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"');
    expect(v3).toContain('<BIC>COBADEFFXXX</BIC>');
    expect(v3).toContain('<ReqdExctnDt>2026-12-15</ReqdExctnDt>');
    expect(v3).not.toContain('UETR');
    for (const version of ['pain.001.001.09', 'pain.001.001.11'] as const) {
      const xml = buildPain001(SEPA_PAYMENT, { ...OPTIONS, version, uetr: () => uetr }).xml;
      expect(xml).toContain(`xmlns="urn:iso:std:iso:20022:tech:xsd:${version}"`);
      expect(xml).toContain('<BICFI>COBADEFFXXX</BICFI>');
      expect(xml).toContain('<ReqdExctnDt><Dt>2026-12-15</Dt></ReqdExctnDt>');
      expect(xml).toContain(`<EndToEndId>NL-4712</EndToEndId><UETR>${uetr}</UETR>`);
    }
  });

  it('.03 puts the address fields it lacks into one address line, or refuses when they do not fit', () => {
    const address = { street: 'Storgata', buildingNo: '1', buildingName: 'Kraftbygget', floor: '3', postBox: '120', room: '301', postCode: '0155', town: 'Oslo', country: 'NO' };
    const s = { ...KID_PAYMENT, lines: [line({ creditor: { ...(KID_PAYMENT.lines[0] as PaymentLine).creditor, address } })] };
    const v3 = buildPain001(s, { ...OPTIONS, version: 'pain.001.001.03' }).xml;
    expect(v3).toContain('<Ctry>NO</Ctry><AdrLine>Kraftbygget, Floor 3, Room 301, PO Box 120</AdrLine>');
    expect(buildPain001(s, OPTIONS).xml).toContain('<BldgNm>Kraftbygget</BldgNm><Flr>3</Flr><PstBx>120</PstBx><Room>301</Room>');
    const long = { ...address, buildingName: 'B'.repeat(35), townLocation: 'T'.repeat(35) };
    const r = safeBuildPain001({ ...s, lines: [line({ creditor: { ...(KID_PAYMENT.lines[0] as PaymentLine).creditor, address: long } })] }, { ...OPTIONS, version: 'pain.001.001.03' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['pain001/address-not-expressible', ['lines', 0, 'creditor', 'address']]]);
  });

  it('writes the LEI as LEI in .09/.11 and as a proprietary Othr id in .03', () => {
    const lei = '5493001KJTIIGC8Y1R12';
    const s = { ...KID_PAYMENT, lines: [line({ ultimateCreditor: { name: 'Vestland Holding AS', lei } })] };
    expect(buildPain001(s, OPTIONS).xml).toContain(`<UltmtCdtr><Nm>Vestland Holding AS</Nm><Id><OrgId><LEI>${lei}</LEI></OrgId></Id></UltmtCdtr>`);
    expect(buildPain001(s, { ...OPTIONS, version: 'pain.001.001.03' }).xml).toContain(`<OrgId><Othr><Id>${lei}</Id><SchmeNm><Prtry>LEI</Prtry></SchmeNm></Othr></OrgId>`);
  });
});

describe('remittance and the faults of the sepa package', () => {
  it('writes KID, OCR and Finnish references as SCOR, RF with issuer ISO, invoices as CINV, text as Ustrd', () => {
    expect(buildPain001(KID_PAYMENT, OPTIONS).xml).toContain('<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>0000123456785</Ref></CdtrRefInf></Strd></RmtInf>');
    expect(buildPain001(SEPA_PAYMENT, OPTIONS).xml).toContain('<Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>RF18539007547034</Ref>');
    expect(buildPain001(US_WIRE, OPTIONS).xml).toContain('<RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>INV-2026-1187</Nb></RfrdDocInf>');
    const text = { ...KID_PAYMENT, lines: [line({ remittance: { type: 'text', text: 'Faktura 12 & 13 <mars>' } })] };
    expect(buildPain001(text, OPTIONS).xml).toContain('<RmtInf><Ustrd>Faktura 12 &amp; 13 &lt;mars&gt;</Ustrd></RmtInf>');
  });

  it('never writes Purp after RmtInf nor CdorPrtry, in any version (over random suggestions)', () => {
    fc.assert(
      fc.property(pain001SuggestionArbitrary(fc, { maxLines: 5 }), fc.constantFrom(...PAIN001_VERSIONS), (s, version) => {
        const xml = buildPain001(s, { ...OPTIONS, version }).xml;
        expect(xml).not.toContain('CdorPrtry');
        for (const tx of xml.split('<CdtTrfTxInf>').slice(1)) {
          const purp = tx.indexOf('<Purp>');
          if (purp >= 0) expect(purp).toBeLessThan(tx.indexOf('<RmtInf>'));
        }
      }),
      { numRuns: 40, seed: 5 },
    );
  });
});

describeWithXsd('the sepa package next to ours on the same payment', () => {
  it('sepa fails the XSD with Purp and a creditor reference; eftkit passes', async () => {
    const { default: SEPA } = (await import('sepa')) as unknown as { default: SepaPackage };
    const doc = new SEPA.Document('pain.001.001.09');
    doc.grpHdr.id = 'MSG-1';
    doc.grpHdr.created = new Date('2026-11-30T10:00:00Z');
    doc.grpHdr.initiatorName = 'Nordlys Handel AS';
    const info = doc.createPaymentInfo();
    info.requestedExecutionDate = new Date('2026-12-15T00:00:00Z');
    info.debtorIBAN = 'NO9386011117947';
    info.debtorBIC = 'DNBANOKK';
    info.debtorName = 'Nordlys Handel AS';
    doc.addPaymentInfo(info);
    const tx = info.createTransaction();
    tx.creditorName = 'Muller Maschinenbau GmbH';
    tx.creditorIBAN = 'DE89370400440532013000';
    tx.creditorBIC = 'COBADEFFXXX';
    tx.amount = 12500;
    tx.end2endId = 'NL-4712';
    tx.purposeCode = 'SUPP';
    tx.structuredRemittanceInfo = { typeCode: 'SCOR', issuer: 'ISO', reference: 'RF18539007547034' };
    info.addTransaction(tx);
    const theirs = doc.toString();
    expect(theirs).toContain('CdorPrtry');
    expect(theirs.indexOf('<Purp>')).toBeGreaterThan(theirs.indexOf('<RmtInf>'));
    expect(validateXml(theirs, 'pain.001.001.09').valid).toBe(false);
    const ours = buildPain001(SEPA_PAYMENT, OPTIONS).xml;
    expect(validateXml(ours, 'pain.001.001.09')).toEqual({ valid: true, errors: [] });
  });
});

describe('character set', () => {
  it('converts SEPA text to the EPC Latin set one character for one (EPC217-08 best practice)', () => {
    expect(toSepaText('Åse Ødegård & Søn')).toEqual({ text: 'Ase Odegard + Son', changed: true });
    expect(toSepaText('Müller Straße 5 @ "Nord"')).toEqual({ text: "Muller Strase 5 . 'Nord'", changed: true });
    expect(toSepaText('Åse Ødegård & Søn', 'epc-latin-nordic').text).toBe('Åse Ødegård + Søn');
    expect(toSepaText("Plain text / - ? : ( ) . , ' +")).toEqual({ text: "Plain text / - ? : ( ) . , ' +", changed: false });
    for (const [from, to] of Object.entries(SEPA_TRANSLITERATION)) {
      expect([...from]).toHaveLength(1);
      expect(toSepaText(to).changed).toBe(false);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (text) => {
        const out = toSepaText(text).text;
        expect(/^[A-Za-z0-9/\-?:().,'+ ]*$/.test(out)).toBe(true);
        expect([...out]).toHaveLength([...text].length);
      }),
      { numRuns: 200, seed: 9 },
    );
  });

  it('transliterates SEPA blocks only, with a warning per changed field; Nordic letters stay in domestic payments', () => {
    const doc = buildPain001(ALL, OPTIONS);
    expect(doc.xml).toContain('<Nm>Muller + Sohne Maschinenbau GmbH</Nm>');
    expect(doc.warnings.filter((w) => w.code === 'pain001/transliterated').map((w) => w.path)).toEqual([['lines', 1, 'creditor', 'name']]);
    const norsk = { ...KID_PAYMENT, lines: [line({ creditor: { ...(KID_PAYMENT.lines[0] as PaymentLine).creditor, name: 'Ødegård & Sønner AS' } })] };
    expect(buildPain001(norsk, OPTIONS).xml).toContain('<Nm>Ødegård &amp; Sønner AS</Nm>');
    expect(buildPain001(SEPA_PAYMENT, { ...OPTIONS, sepaCharacterSet: 'epc-latin-nordic' }).xml).toContain('<Nm>Muller + Söhne Maschinenbau GmbH</Nm>');
  });

  it('escapes &, <, > and " everywhere', () => {
    expect(escapeXml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
    const s = { ...KID_PAYMENT, company: { ...COMPANY, name: 'Nordlys <Handel> & Co' } };
    const xml = buildPain001(s, OPTIONS).xml;
    expect(xml).toContain('<Nm>Nordlys &lt;Handel&gt; &amp; Co</Nm>');
    expect(validateXml(xml).valid).toBe(true);
  });
});

describe('traceability for the bank simulator', () => {
  it('MsgId, PmtInfId, InstrId and EndToEndId map back to the payment number and line ids', () => {
    const doc = buildPain001(ALL, { ...EXAMPLE_OPTIONS, pretty: false });
    expect(doc.messageId).toBe('NORDLYS-20261130-001');
    const ids = doc.paymentInformation.flatMap((p) => p.transactions.map((t) => [p.id, t.instructionId, t.endToEndId, t.lineId]));
    for (const [block, instr, e2e, lineId] of ids) {
      expect(block?.startsWith('PAY-2026-0042-')).toBe(true);
      expect(instr).toBe(lineId);
      expect(e2e).toBe(lineId);
    }
    expect(ids.map((i) => i[3]).sort()).toEqual(['NL-4711', 'NL-4712', 'NL-4713']);
  });

  it('cuts a long payment number so that PmtInfId stays within 35 characters', () => {
    const paymentNo = 'P'.repeat(35);
    const doc = buildPain001({ ...KID_PAYMENT, paymentNo }, OPTIONS);
    expect(doc.paymentInformation[0]?.id).toBe(`${'P'.repeat(33)}-1`);
  });
});
