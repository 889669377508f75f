import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCidRegistry, findCids, safePickCidDefinition } from '../../src/cid';
import { isBalanced, matchIncomingPayments, voucherTotals, type MatchingResult } from '../../src/matching';
import { CompiledCidDefinitions } from '../../src/matching/cid-reader';
import { compactMinor, fromMinor, minus } from '../../src/matching/minor';
import { parseAmount, sumAmounts } from '../../src/money';
import { definitionWithCidArbitrary, digitsArbitrary, factoringDefinitionArbitrary, matchingScenarioArbitrary } from '../../src/testing';

const scenarios = matchingScenarioArbitrary(fc);
const NUM_RUNS = 150;

const nok = (s: string) => parseAmount(s, 'NOK');


describe('matching properties', () => {
  it('every voucher balances exactly, and its lines are what the outcome says', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = matchIncomingPayments(s.payments, s.openEntries, s.setup);
        for (const v of r.vouchers) {
          expect(isBalanced(v)).toBe(true);
          // Independently of voucherTotals: the same sums with eftkit/money.
          const side = (d: 'debit' | 'credit') => sumAmounts(v.lines.filter((l) => l.side === d).map((l) => nok(l.amount)), 'NOK');
          expect(side('debit').equals(side('credit'))).toBe(true);
          expect(voucherTotals(v).debit).toBe(voucherTotals(v).credit);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('every payment appears in exactly one outcome with one voucher', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = matchIncomingPayments(s.payments, s.openEntries, s.setup);
        expect(r.outcomes.map((o) => o.paymentId).sort()).toEqual(s.payments.map((p) => p.id).sort());
        expect(r.vouchers.map((v) => v.id)).toEqual(r.outcomes.map((o) => o.voucherId));
        for (const o of r.outcomes) {
          expect(o.status === 'unmatched').toBe(o.allocations.length === 0);
          expect(o.reason !== undefined).toBe(/[1-9]/.test(o.unallocated));
          expect(o.status === 'partly-matched').toBe(o.allocations.length > 0 && o.reason !== undefined);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the sum of posted amounts equals the sum of payments; open amounts fall by exactly what was applied', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = matchIncomingPayments(s.payments, s.openEntries, s.setup);
        const paid = sumAmounts(s.payments.map((p) => nok(p.amount as string)), 'NOK');
        const bank = sumAmounts(r.vouchers.flatMap((v) => v.lines.filter((l) => l.account === '1920').map((l) => nok(l.amount))), 'NOK');
        expect(bank.equals(paid)).toBe(true);
        const posted = sumAmounts(
          r.outcomes.flatMap((o) => [...o.allocations.map((a) => nok(a.amount)), nok(o.overpaymentWrittenOff), nok(o.unallocated)]),
          'NOK',
        );
        expect(posted.equals(paid)).toBe(true);
        for (const e of s.openEntries) {
          const applied = r.outcomes.flatMap((o) => o.allocations.filter((a) => a.entryId === e.id));
          const reduced = sumAmounts(applied.flatMap((a) => [nok(a.amount), nok(a.writtenOff ?? '0')]), 'NOK');
          const balance = r.entries.find((b) => b.entryId === e.id);
          const after = balance === undefined ? nok(e.amount) : nok(balance.openAfter);
          expect(nok(e.amount).minus(reduced).equals(after)).toBe(true);
          expect(after.isNegative()).toBe(false);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('matching does not depend on the order of the payments or the entries', () => {
    const shuffled = scenarios.chain((s) =>
      fc.record({
        s: fc.constant(s),
        payments: fc.shuffledSubarray([...s.payments], { minLength: s.payments.length, maxLength: s.payments.length }),
        entries: fc.shuffledSubarray([...s.openEntries], { minLength: s.openEntries.length, maxLength: s.openEntries.length }),
      }),
    );
    const canonical = (r: MatchingResult) => ({ ...r, entries: [...r.entries].sort((a, b) => (a.entryId < b.entryId ? -1 : 1)) });
    fc.assert(
      fc.property(shuffled, ({ s, payments, entries }) => {
        const a = matchIncomingPayments(s.payments, s.openEntries, s.setup);
        const b = matchIncomingPayments(payments, entries, s.setup);
        expect(canonical(b)).toEqual(canonical(a));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('amounts beyond 2^53 minor units (bigint inside) match exactly as small ones (numbers inside)', () => {
    // × 10^13: 1.00 NOK (100 øre) stays below 2^53 øre, 10.00 NOK and more go above, so one run mixes both.
    const scale = (text: string): string => {
      const minor = BigInt(text.replace('.', '')) * 10n ** 13n;
      const digits = minor.toString().padStart(3, '0');
      return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
    };
    const AMOUNTS = new Set(['amount', 'openBefore', 'openAfter', 'writtenOff', 'overpaymentWrittenOff', 'unallocated']);
    const scaled = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(scaled);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, AMOUNTS.has(k) && typeof v === 'string' ? scale(v) : scaled(v)]));
    };
    fc.assert(
      fc.property(scenarios, (s) => {
        const small = matchIncomingPayments(s.payments, s.openEntries, s.setup);
        const tolerance = s.setup.tolerance === undefined ? {} : { tolerance: Object.fromEntries(Object.entries(s.setup.tolerance).map(([c, t]) => [c, scale(t)])) };
        const big = matchIncomingPayments(
          s.payments.map((p) => ({ ...p, amount: scale(p.amount as string) })),
          s.openEntries.map((e) => ({ ...e, amount: scale(e.amount) })),
          { ...s.setup, ...tolerance },
        );
        expect(big).toEqual(scaled(small));
        expect(big.vouchers.every(isBalanced)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('an entry paid in full by its CID (once, twice in parts, or too much) is closed', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = matchIncomingPayments(s.payments, s.openEntries, s.setup);
        s.openEntries.forEach((e, i) => {
          const kind = s.kinds[i];
          const balance = r.entries.find((b) => b.entryId === e.id);
          if (kind === 'full' || kind === 'over' || kind === 'split') expect(balance?.openAfter).toBe('0.00');
          if (kind === 'none') expect(balance).toBeUndefined();
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('the compiled CID reader agrees with eftkit/cid', () => {
  it('reads what safePickCidDefinition picks, and rejects what it rejects', () => {
    const definitions = fc.array(factoringDefinitionArbitrary(fc), { minLength: 1, maxLength: 3 });
    const cids = fc.oneof(
      definitionWithCidArbitrary(fc).map((x) => x.cid),
      digitsArbitrary(fc, { minLength: 1, maxLength: 25 }),
    );
    fc.assert(
      fc.property(definitions, fc.boolean(), cids, (defs, whole, cid) => {
        const list = whole ? [...defs, { factoringId: '0;0', customerDigits: 0, invoiceDigits: 0, checkDigit: 'mod10' as const }] : defs;
        const reg = createCidRegistry([{ account: 'A', definitions: list }]);
        const compiled = new CompiledCidDefinitions(reg.get('A') ?? []);
        const picked = safePickCidDefinition(cid, list);
        const first = compiled.read(cid)[0];
        if (!picked.ok) {
          expect(first).toBeUndefined();
          return;
        }
        const i = picked.value.interpretation;
        expect(first).toEqual({
          kind: i.match === 'whole-cid' ? 'whole' : 'parts',
          cid: i.cid,
          ...(i.customerNo === undefined ? {} : { customerNo: i.customerNo }),
          ...(i.invoiceNo === undefined ? {} : { invoiceNo: i.invoiceNo }),
        });
      }),
      { numRuns: 400 },
    );
  });

  it('finds in a message the CIDs findCids finds, at the same places', () => {
    const message = definitionWithCidArbitrary(fc, { checkDigit: 'mod10' }).chain(({ definition, cid }) =>
      fc.record({
        definition: fc.constant(definition),
        words: fc.array(fc.oneof(fc.constant(cid), fc.constantFrom('faktura', 'og', 'KID', '-', '2026-12-01'), digitsArbitrary(fc, { minLength: 1, maxLength: 8 })), { maxLength: 6 }),
        sep: fc.constantFrom(' ', ', ', '. '),
      }),
    );
    fc.assert(
      fc.property(message, ({ definition, words, sep }) => {
        const text = words.join(sep);
        const expected = findCids(text, [definition]).map((f) => [f.start, f.end, f.interpretation.customerNo, f.interpretation.invoiceNo]);
        const reg = createCidRegistry([{ account: 'A', definitions: [definition] }]);
        const actual = new CompiledCidDefinitions(reg.get('A') ?? []).find(text).map((f) => [f.start, f.end, f.readings[0]?.customerNo, f.readings[0]?.invoiceNo]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('minor units: numbers when safe, bigints beyond', () => {
  it('compactMinor and minus are exact and canonical around 2^53', () => {
    const around = fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n });
    fc.assert(
      fc.property(around, around, (a, b) => {
        const ca = compactMinor(a);
        const cb = compactMinor(b);
        expect(typeof ca).toBe(a <= BigInt(Number.MAX_SAFE_INTEGER) && a >= -BigInt(Number.MAX_SAFE_INTEGER) ? 'number' : 'bigint');
        const d = minus(ca, cb);
        expect(BigInt(d)).toBe(a - b);
        expect(d).toBe(compactMinor(a - b));
        expect(fromMinor(ca, 2)).toBe(fromMinor(a, 2));
      }),
      { numRuns: 300 },
    );
    expect(minus(Number.MAX_SAFE_INTEGER, -1)).toBe(2n ** 53n);
    expect(minus(2n ** 53n, 1)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
