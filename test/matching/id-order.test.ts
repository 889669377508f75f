import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issue, type EftkitIssue } from '../../src/errors';
import { Arena } from '../../src/matching/arena';
import { dayNumber, idOrder, inDayOrder, mergeByIndex, repeatedIds } from '../../src/matching/id-order';

/** The plain way: every string id's index, sorted by `<` on the ids, equal ids by index. */
function plainOrder(ids: readonly unknown[]): number[] {
  const out: number[] = [];
  ids.forEach((id, i) => {
    if (typeof id === 'string') out.push(i);
  });
  return out.sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}

/** The plain way: a map of the first index of each id. */
function plainRepeats(ids: readonly unknown[]): { id: string; index: number; first: number }[] {
  const first = new Map<string, number>();
  const out: { id: string; index: number; first: number }[] = [];
  ids.forEach((id, index) => {
    if (typeof id !== 'string') return;
    const f = first.get(id);
    if (f === undefined) first.set(id, index);
    else out.push({ id, index, first: f });
  });
  return out;
}

// Ids that share long prefixes, are prefixes of each other, hold U+0000, code units above 255
// (the 16-bit packing) and lone surrogates; with non-strings mixed in.
const idChar = fc.constantFrom('P', '1', '0', '9', 'a', 'Z', '\u0000', 'é', 'ÿ', 'Ā', '中', '\ud800', '\uffff', '-');
const idArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.array(idChar, { maxLength: 9 }).map((cs) => cs.join('')) },
  // Past the first key (6 characters) and the second (6 more), which a code unit of 255 or more ends.
  { weight: 2, arbitrary: fc.array(idChar, { minLength: 5, maxLength: 15 }).map((cs) => cs.join('')) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 3000 }).map((n) => `P${n}`) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 7, {}) },
);

describe('idOrder and repeatedIds', () => {
  it('sort ids as `<` does (equal ids by index), with and without 16-bit characters', () => {
    fc.assert(
      fc.property(fc.array(idArbitrary, { maxLength: 700 }), (ids) => {
        expect([...idOrder(ids)]).toEqual(plainOrder(ids));
        expect(repeatedIds(ids, idOrder(ids))).toEqual(plainRepeats(ids));
      }),
      { numRuns: 200 },
    );
  });

  it('sort thousands of ids (the radix sort) as `<` does, equal ids by index', () => {
    // From 2,048 ids on, idOrder sorts the packed keys by radix, then each run of equal keys.
    const many = fc.oneof(
      fc.array(idArbitrary, { minLength: 2048, maxLength: 6000 }),
      // Wide keys (16-bit packing) and keys that differ only in their high digits.
      fc.array(fc.oneof(idArbitrary, fc.constantFrom('中', '\uffff\uffff\uffff', 'ÿÿÿÿÿÿ', 'ÿÿÿÿÿÿx')), { minLength: 2048, maxLength: 4000 }),
    );
    fc.assert(
      fc.property(many, (ids) => {
        expect([...idOrder(ids)]).toEqual(plainOrder(ids));
        expect(repeatedIds(ids, idOrder(ids))).toEqual(plainRepeats(ids));
      }),
      { numRuns: 25 },
    );
  });

  it('sorts the same from an arena, a short one included, and hands its scratch space back', () => {
    fc.assert(
      fc.property(fc.array(idArbitrary, { maxLength: 3000 }), fc.integer({ min: 0, max: 120_000 }), (ids, bytes) => {
        const arena = new Arena(bytes);
        const order = idOrder(ids, arena);
        expect([...order]).toEqual(plainOrder(ids));
        // Only the order itself stays taken (rounded to 8 bytes), when it fitted.
        const taken = arena.mark();
        expect(taken === 0 || taken === Math.ceil((order.length * 4) / 8) * 8).toBe(true);
        // What is taken next starts at zero, though the sort wrote there.
        expect(arena.float64(100).every((v) => v === 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('orders a few known ids', () => {
    const ids = ['P10', 'P9', 'P1', undefined, 'P1', 'P', 'P\u0000', 'Ā'];
    expect([...idOrder(ids)].map((i) => ids[i])).toEqual(['P', 'P\u0000', 'P1', 'P1', 'P10', 'P9', 'Ā']);
    expect(repeatedIds(ids, idOrder(ids))).toEqual([{ id: 'P1', index: 4, first: 2 }]);
  });
});

describe('inDayOrder', () => {
  const day = fc.constantFrom('2026-12-01', '2026-12-24', '2027-01-04', '2025-06-30', undefined);

  it('puts indices in order of their day, equal days in the order given, as a stable sort does', () => {
    // Dates, and their indices in some order (as an id order gives them).
    const datesAndOrder = fc
      .array(day, { maxLength: 400 })
      .chain((dates) => fc.tuple(fc.constant(dates), fc.shuffledSubarray([...dates.keys()], { minLength: dates.length, maxLength: dates.length })));
    fc.assert(
      fc.property(datesAndOrder, fc.boolean(), ([dates, shuffled], useArena) => {
        const days = Int32Array.from(dates, (d) => dayNumber(d));
        const order = Int32Array.from(shuffled);
        const plain = [...order].sort((a, b) => (days[a] as number) - (days[b] as number));
        expect([...inDayOrder(order, days, useArena ? new Arena(1 << 14) : undefined)]).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('reads YYYY-MM-DD as the number YYYYMMDD, no date after every date', () => {
    expect(dayNumber('2026-12-24')).toBe(20261224);
    expect(dayNumber(undefined)).toBeGreaterThan(dayNumber('9999-12-31'));
  });
});

describe('mergeByIndex', () => {
  const at = (head: string, index: number, code = 'x'): EftkitIssue => issue(code, code, [head, index, 'id']);

  it('puts each extra issue after the issues of its own and earlier inputs, before later ones', () => {
    const issues = [issue('s', 's', ['setup']), at('payments', 0), at('payments', 2), at('payments', 2, 'y'), at('payments', 5)];
    const extra = [
      { index: 1, issue: at('payments', 1, 'dup1') },
      { index: 2, issue: at('payments', 2, 'dup2') },
      { index: 9, issue: at('payments', 9, 'dup9') },
    ];
    expect(mergeByIndex(issues, extra, 'payments').map((i) => i.code)).toEqual(['s', 'x', 'dup1', 'x', 'y', 'dup2', 'x', 'dup9']);
    expect(mergeByIndex(issues, [], 'payments')).toBe(issues);
  });
});
