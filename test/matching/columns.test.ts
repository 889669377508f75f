import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Arena } from '../../src/matching/arena';
import { IntList, Minors } from '../../src/matching/columns';
import { KeyIndex } from '../../src/matching/key-index';
import { mapKey, type Minor } from '../../src/matching/minor';

// Keys as matching makes them (`mapKey`): plain digit strings of up to 15 become numbers, the
// largest near 2^50; others stay strings. Few distinct keys, so that keys repeat.
const keyText = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.constantFrom('999999999999999', '999999999999998', '4294967296', '4294967297', '8589934592', '123456789012345'),
  fc.constantFrom('INV-1', 'A7', '0012', ''),
);

describe('KeyIndex', () => {
  it('gives what a Map of lists gives, for number and string keys, in or out of an arena', () => {
    fc.assert(
      fc.property(fc.array(keyText, { maxLength: 300 }), fc.integer({ min: 0, max: 20_000 }), (texts, bytes) => {
        const keys = texts.map(mapKey);
        const index = new KeyIndex(keys.length, new Arena(bytes));
        const plain = new Map<string | number, number[]>();
        keys.forEach((key, e) => {
          index.put(key, e);
          plain.set(key, [...(plain.get(key) ?? []), e]);
        });
        for (const [key, list] of plain) expect(index.get(key)).toEqual(list.length === 1 ? list[0] : list);
        expect(index.get(123_456_789)).toBeUndefined();
        expect(index.get('no such key')).toBeUndefined();
        const lists = [...plain.values()].filter((l) => l.length > 1);
        expect([...index.lists()].sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(lists.sort((a, b) => (a[0] as number) - (b[0] as number)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps keys that differ only above 32 bits apart', () => {
    const index = new KeyIndex(3);
    index.put(2 ** 32 + 5, 0);
    index.put(5, 1);
    index.put(2 ** 40 + 5, 2);
    expect([index.get(5), index.get(2 ** 32 + 5), index.get(2 ** 40 + 5)]).toEqual([1, 0, 2]);
  });
});

describe('Minors and IntList', () => {
  const minor: fc.Arbitrary<Minor> = fc.oneof(
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 30n }),
  );

  it('give back what was set or pushed, bigints and all, growing past their arena', () => {
    fc.assert(
      fc.property(fc.array(minor, { maxLength: 200 }), fc.integer({ min: 0, max: 4096 }), (values, bytes) => {
        const arena = new Arena(bytes);
        const fixed = new Minors(values.length, values.length, arena);
        const grown = new Minors(0, 1, arena);
        const ints = new IntList(1, arena);
        values.forEach((v, i) => {
          fixed.set(i, v);
          grown.push(v);
          ints.push(i * 7 - 3);
        });
        values.forEach((v, i) => {
          expect(fixed.get(i)).toBe(v);
          expect(grown.get(i)).toBe(v);
          expect(ints.at(i)).toBe(i * 7 - 3);
        });
        expect([grown.length, ints.length]).toEqual([values.length, values.length]);
      }),
      { numRuns: 200 },
    );
  });
});
