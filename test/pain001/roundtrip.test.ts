import Decimal from 'decimal.js';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/money';
import { PAIN001_VERSIONS, buildPain001, toSepaText } from '../../src/pain001';
import { pain001InputArbitrary } from '../../src/testing';
import type { PaymentLine, PaymentSuggestion } from '../../src/validation';

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['PmtInf', 'CdtTrfTxInf', 'Ustrd', 'AdrLine', 'Inf'].includes(name),
});

type Node = Record<string, unknown>;
const get = (node: unknown, ...path: string[]): unknown => path.reduce<unknown>((n, k) => (n as Node | undefined)?.[k], node);
const text = (node: unknown, ...path: string[]): string | undefined => {
  const v = get(node, ...path);
  return typeof v === 'string' ? v : (get(v, '#text') as string | undefined);
};
const sum = (values: readonly string[]): Decimal => values.reduce((a, v) => a.plus(v), new Decimal(0));

function accountOf(line: PaymentLine): string {
  const a = line.creditor.account;
  if ('iban' in a) return a.iban.replace(/\s/g, '').toUpperCase();
  if ('bban' in a) return a.bban.replace(/[\s.-]/g, '');
  return a.accountNo.replace(/[\s-]/g, '');
}

function remittanceOf(line: PaymentLine, sepa: boolean): string {
  const r = line.remittance;
  if (r.type === 'reference') return r.reference.replace(/\s/g, '').toUpperCase();
  if (r.type === 'invoice') return r.invoiceNo;
  return sepa ? toSepaText(r.text).text : r.text;
}

describe('pain.001 round trip through fast-xml-parser', () => {
  it('gives back every line (amount, currency, account, reference, end-to-end id) and exact sums and counts', () => {
    fc.assert(
      fc.property(pain001InputArbitrary(fc, { maxLines: 6 }), fc.constantFrom(...PAIN001_VERSIONS), (input: PaymentSuggestion[], version) => {
        const doc = buildPain001(input, { version, messageId: 'RT-1', creationDateTime: '2026-11-30T09:00:00' });
        const root = get(parser.parse(doc.xml), 'Document', 'CstmrCdtTrfInitn');
        const blocks = get(root, 'PmtInf') as Node[];
        const lines = new Map(input.flatMap((s) => s.lines.map((l) => [l.lineId, { line: l, paymentNo: s.paymentNo }] as const)));
        const seen = new Set<string>();
        const all: string[] = [];
        expect(text(root, 'GrpHdr', 'MsgId')).toBe('RT-1');
        for (const block of blocks) {
          const txs = get(block, 'CdtTrfTxInf') as Node[];
          const sepa = text(block, 'PmtTpInf', 'SvcLvl', 'Cd') === 'SEPA';
          const amounts: string[] = [];
          for (const tx of txs) {
            const id = text(tx, 'PmtId', 'EndToEndId') as string;
            const found = lines.get(id);
            expect(found, `line ${id}`).toBeDefined();
            if (found === undefined) continue;
            const { line, paymentNo } = found;
            expect(seen.has(id)).toBe(false);
            seen.add(id);
            expect(text(block, 'PmtInfId')?.startsWith(paymentNo.slice(0, 20))).toBe(true);
            expect(text(tx, 'PmtId', 'InstrId')).toBe(id);
            const amount = text(tx, 'Amt', 'InstdAmt') as string;
            expect(get(tx, 'Amt', 'InstdAmt', '@_Ccy')).toBe(line.currency);
            expect(amount).toBe(parseAmount(line.amount, line.currency).toString());
            amounts.push(amount);
            const account = text(tx, 'CdtrAcct', 'Id', 'IBAN') ?? text(tx, 'CdtrAcct', 'Id', 'Othr', 'Id');
            expect(account).toBe(accountOf(line));
            const rmt = get(tx, 'RmtInf') as Node;
            const written =
              text(rmt, 'Strd', 'CdtrRefInf', 'Ref') ?? text(rmt, 'Strd', 'RfrdDocInf', 'Nb') ?? (get(rmt, 'Ustrd') as string[] | undefined)?.join('');
            expect(written).toBe(remittanceOf(line, sepa));
            const date = version === 'pain.001.001.03' ? text(block, 'ReqdExctnDt') : text(block, 'ReqdExctnDt', 'Dt');
            expect(date).toBe(line.requestedExecutionDate ?? line.dueDate);
          }
          expect(Number(text(block, 'NbOfTxs'))).toBe(txs.length);
          expect(new Decimal(text(block, 'CtrlSum') as string).equals(sum(amounts))).toBe(true);
          all.push(...amounts);
        }
        expect(seen.size).toBe(lines.size);
        expect(Number(text(root, 'GrpHdr', 'NbOfTxs'))).toBe(lines.size);
        expect(doc.numberOfTransactions).toBe(lines.size);
        expect(new Decimal(text(root, 'GrpHdr', 'CtrlSum') as string).equals(sum(input.flatMap((s) => s.lines.map((l) => l.amount))))).toBe(true);
        expect(doc.controlSum).toBe(text(root, 'GrpHdr', 'CtrlSum'));
        // The summary tells the same as the XML.
        expect(doc.paymentInformation.map((p) => p.id)).toEqual(blocks.map((b) => text(b, 'PmtInfId')));
        expect(doc.paymentInformation.flatMap((p) => p.transactions.map((t) => t.endToEndId)).sort()).toEqual([...seen].sort());
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
