import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactIdSet, HashedIdSet, hash32, hash52 } from '../../src/pain001/ids';

describe('HashedIdSet (end-to-end ids of a stream)', () => {
  it('adds distinct ids and notices every repeat, across growth of its table (32 and 52 bits)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 35 }), { maxLength: 300 }), fc.constantFrom<32 | 52>(32, 52), (ids, bits) => {
        const set = new HashedIdSet(bits);
        const exact = new Set<string>();
        for (const id of ids) {
          const added = set.add(id);
          // A repeated id is always caught; a new id is new unless two hashes meet (never seen here).
          expect(added).toBe(!exact.has(id));
          exact.add(id);
        }
        expect(set.size).toBe(exact.size);
      }),
      { numRuns: 100, seed: 2 },
    );
  });

  it('hashes to 52-bit integers other than 0, without collisions over 200,000 line ids', () => {
    const hashes = new Set<number>();
    for (let i = 0; i < 200_000; i++) {
      const h = hash52(`L${i}`);
      expect(Number.isSafeInteger(h) && h > 0 && h < 2 ** 52).toBe(true);
      hashes.add(h);
    }
    expect(hashes.size).toBe(200_000);
  });
});

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
