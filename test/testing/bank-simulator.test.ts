import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCamt054 } from '../../src/camt054';
import { camt054ToEvents } from '../../src/camt054';
import { parseAmount } from '../../src/money';
import { buildPain001, PAIN001_VERSIONS, type Pain001Document } from '../../src/pain001';
import { createLineLookup, parsePain002, pain002ToEvents, transactionStatuses } from '../../src/pain002';
import { applyEvents, createPaymentLine, type PaymentLineEvent } from '../../src/payment-line';
import { pain001InputArbitrary, simulateBankAnswers, type BankSimulatorOptions, type SimulatedLineOutcome } from '../../src/testing';
import type { PaymentSuggestion } from '../../src/validation';
import { describeWithXsd, validateXml } from '../support/xsd';

const REASONS = ['AC01', 'AC04', 'AC06', 'AG01', 'AM04', 'AM05', 'BE05', 'MS03', 'NARR', 'RC01'];

/** One outcome per line; the line's amount decides what can be partly settled. */
const outcomeSeedArbitrary = fc.record({
  kind: fc.constantFrom('accepted', 'rejected', 'settled', 'partly-settled', 'returned'),
  status: fc.constantFrom('ACTC' as const, 'ACCP' as const, 'ACSP' as const, 'ACWC' as const, 'PDNG' as const),
  reasonCode: fc.constantFrom(...REASONS),
  text: fc.option(fc.constantFrom('Konto & <stengt>', 'Kontoen är spärrad', 'Insufficient funds'), { nil: undefined }),
  charges: fc.option(fc.constantFrom('0', '1', '25', '150'), { nil: undefined }),
  pick: fc.nat({ max: 1_000_000 }),
});
type OutcomeSeed = typeof outcomeSeedArbitrary extends fc.Arbitrary<infer T> ? T : never;

function outcomeOf(seed: OutcomeSeed, amount: string, currency: string): SimulatedLineOutcome {
  const text = seed.text === undefined ? {} : { text: seed.text };
  const charges = seed.charges === undefined ? {} : { charges: seed.charges };
  const minor = parseAmount(amount, currency).toMinorUnits();
  switch (seed.kind) {
    case 'accepted':
      return { kind: 'accepted', status: seed.status };
    case 'rejected':
      return { kind: 'rejected', reasonCode: seed.reasonCode, ...text };
    case 'returned':
      return { kind: 'returned', reasonCode: seed.reasonCode, ...text };
    case 'partly-settled': {
      if (minor < 2n) return { kind: 'settled', ...charges };
      // A part in minor units, exact: 1 ≤ part < the line's minor units.
      const part = 1n + (BigInt(seed.pick) % (minor - 1n));
      const exponent = parseAmount(amount, currency).exponent;
      const digits = part.toString().padStart(exponent + 1, '0');
      return { kind: 'partly-settled', amount: exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`, ...charges };
    }
    default:
      return { kind: 'settled', ...charges };
  }
}

const scenarioArbitrary = fc.record({
  input: pain001InputArbitrary(fc, { maxLines: 4 }),
  version: fc.constantFrom(...PAIN001_VERSIONS),
  pain002Version: fc.option(fc.constantFrom('pain.002.001.03' as const, 'pain.002.001.10' as const), { nil: undefined }),
  camt054Version: fc.option(fc.constantFrom('camt.054.001.02' as const, 'camt.054.001.08' as const), { nil: undefined }),
  outcomes: fc.array(outcomeSeedArbitrary, { minLength: 12, maxLength: 12 }),
  groupRejection: fc.option(fc.record({ reasonCode: fc.constantFrom('DU01', 'FF01', 'BE05') }), { nil: undefined, freq: 6 }),
  withUetr: fc.boolean(),
  order: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
  duplicates: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
});
type Scenario = typeof scenarioArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { doc: Pain001Document; options: BankSimulatorOptions } {
  let n = 0;
  const doc = buildPain001(s.input, {
    version: s.version,
    messageId: 'MSG-RT-0001',
    creationDateTime: '2026-11-30T14:05:00',
    ...(s.withUetr && s.version !== 'pain.001.001.03' ? { uetr: () => `0e3c2a52-8f1b-4d0e-9c2a-${String(++n).padStart(12, '0')}` } : {}),
  });
  const outcomes: Record<string, SimulatedLineOutcome> = {};
  let i = 0;
  for (const block of doc.paymentInformation) {
    for (const t of block.transactions) {
      const seed = s.outcomes[i++ % s.outcomes.length] as OutcomeSeed;
      outcomes[t.endToEndId] = outcomeOf(seed, t.amount, t.currency);
    }
  }
  return {
    doc,
    options: {
      outcomes,
      ...(s.groupRejection === undefined ? {} : { groupRejection: s.groupRejection }),
      pain002: { ...(s.pain002Version === undefined ? {} : { version: s.pain002Version }), messageId: 'BANK-PSR-0001', creationDateTime: '2026-12-01T08:15:00' },
      camt054: { ...(s.camt054Version === undefined ? {} : { version: s.camt054Version }), messageId: 'BANK-NTF-0001', creationDateTime: '2026-12-01T18:00:00+01:00', bookingDate: '2026-12-01' },
    },
  };
}

describeWithXsd('bank simulator', () => {
  it('writes a pain.002 and a camt.054 that validate against their XSDs, for every pain.001 version and outcome', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const { doc, options } = build(s);
        const answers = simulateBankAnswers(doc.xml, options);
        expect(validateXml(answers.pain002).errors).toEqual([]);
        expect(validateXml(answers.camt054).errors).toEqual([]);
        expect(answers.lines.map((l) => l.endToEndId)).toEqual(doc.paymentInformation.flatMap((p) => p.transactions.map((t) => t.endToEndId)));
        // The pain.002 names every line (unless the whole file is rejected), with the status asked for.
        const statuses = transactionStatuses(parsePain002(answers.pain002));
        if (s.groupRejection === undefined) {
          expect(statuses.map((t) => t.originalEndToEndId)).toEqual(answers.lines.map((l) => l.endToEndId));
        } else {
          expect(statuses).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a partly settled amount that is not below the line amount, and a document that is not a pain.001', () => {
    const doc = buildPain001(fc.sample(pain001InputArbitrary(fc, { maxLines: 1 }), { numRuns: 1, seed: 7 })[0] as PaymentSuggestion[], { messageId: 'M', creationDateTime: '2026-11-30T14:05:00' });
    const t = doc.paymentInformation[0]?.transactions[0];
    const base = { pain002: { messageId: 'P', creationDateTime: '2026-12-01T08:00:00' }, camt054: { messageId: 'C', creationDateTime: '2026-12-01T08:00:00', bookingDate: '2026-12-01' } };
    expect(() => simulateBankAnswers(doc.xml, { ...base, outcomes: { [t?.endToEndId ?? '']: { kind: 'partly-settled', amount: t?.amount ?? '0' } } })).toThrow(/below/);
    expect(() => simulateBankAnswers('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"/>', base)).toThrow(/not a pain\.001/);
    expect(() => simulateBankAnswers(doc.xml, { ...base, outcomes: { x: { kind: 'rejected', reasonCode: 'bad' } } })).toThrow(/invalid options/);
  });
});

describeWithXsd('round trip: suggestion → pain.001 → simulated answers → events → line statuses', () => {
  it('ends every line in the status (and with the paid amount) the simulator was asked for, whatever the delivery order and duplicates', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const { doc, options } = build(s);
        const answers = simulateBankAnswers(doc.xml, options);
        const lookup = createLineLookup(doc);
        const fromPain002 = pain002ToEvents(parsePain002(answers.pain002), lookup);
        const fromCamt054 = camt054ToEvents(parseCamt054(answers.camt054), lookup);
        expect(fromPain002.unknown).toEqual([]);
        expect(fromPain002.skipped).toEqual([]);
        expect(fromCamt054.unknown).toEqual([]);
        expect(fromCamt054.skipped).toEqual([]);
        expect(fromCamt054.warnings).toEqual([]);

        // Deliver every event, some twice, in a shuffled order.
        const all: PaymentLineEvent[] = [...fromPain002.events, ...fromCamt054.events];
        const delivered = [...all, ...all.filter((_, i) => s.duplicates[i % 64] === true)]
          .map((event, i) => ({ event, key: (s.order[i % 64] ?? 0) * 1000 + i }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.event);

        const suggestionLines = s.input.flatMap((sg) => sg.lines);
        for (const expected of answers.lines) {
          const source = suggestionLines.find((l) => l.lineId === expected.endToEndId);
          expect(source).toBeDefined();
          if (source === undefined) continue;
          const line = createPaymentLine({
            lineId: source.lineId,
            supplierNo: source.supplierNo,
            amount: source.amount,
            currency: source.currency,
            paymentDate: source.requestedExecutionDate ?? source.dueDate,
          });
          const result = applyEvents(line, delivered.filter((e) => e.lineId === line.lineId));
          expect([line.lineId, result.line.status]).toEqual([line.lineId, expected.expectedStatus]);
          expect(result.line.paidAmount).toBe(expected.expectedPaidAmount);
          if (expected.outcome.kind === 'settled' || expected.outcome.kind === 'partly-settled') {
            expect(result.line.settlement?.date).toBe('2026-12-01');
            const charges = expected.outcome.charges;
            expect(result.line.settlement?.charges?.amount).toBe(charges === undefined ? undefined : parseAmount(charges, line.currency).toString());
          }
          if (expected.expectedStatus === 'rejected') {
            const code = s.groupRejection?.reasonCode ?? (expected.outcome.kind === 'rejected' || expected.outcome.kind === 'returned' ? expected.outcome.reasonCode : '');
            expect(result.line.rejection?.reasonCode).toBe(code);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
