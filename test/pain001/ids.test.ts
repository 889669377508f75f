import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactIdSet, hash32 } from '../../src/pain001/ids';

describe('ExactIdSet (end-to-end ids of a stream read once)', () => {
  it('refuses exactly the repeats, whatever the ids (any UTF-16, long ones), across growth of its table and arena', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 35 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }), fc.constantFrom('L1', 'L2', 'ÿ', 'Ā', 'ÿĀ')), { maxLength: 300 }), (ids) => {
        const set = new ExactIdSet();
        const exact = new Set<string>();
        for (const id of ids) {
          expect(set.add(id)).toBe(!exact.has(id));
          exact.add(id);
        }
        expect(set.size).toBe(exact.size);
      }),
      { numRuns: 50, seed: 3 },
    );
  });

  it('accepts two different ids that share a 32-bit hash, and refuses each one repeated', () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined && i < 300_000; i++) {
      const id = `INV-${((i * 2654435761) >>> 0).toString(36)}`;
      const other = seen.get(hash32(id));
      if (other !== undefined) pair = [other, id];
      else seen.set(hash32(id), id);
    }
    expect(pair).toBeDefined();
    if (pair === undefined) return;
    const set = new ExactIdSet();
    for (let i = 0; i < 5_000; i++) expect(set.add(`X${i}`)).toBe(true);
    expect([set.add(pair[0]), set.add(pair[1]), set.add(pair[0]), set.add(pair[1])]).toEqual([true, true, false, false]);
    expect(set.size).toBe(5_002);
  });
});
