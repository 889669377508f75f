import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashedIdSet, hash52 } from '../../src/pain001/ids';

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
