import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstJsonErrorOffset } from '../../src/cli/json-position';

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('firstJsonErrorOffset (where a JSON file breaks, for the CLI message)', () => {
  it('points at the first bad character of the usual mistakes', () => {
    expect(firstJsonErrorOffset('{"paymentNo": "1", "lines": [}')).toBe(29);
    expect(firstJsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(firstJsonErrorOffset("{'a': 1}")).toBe(1);
    expect(firstJsonErrorOffset('{"a": tru}')).toBe(9);
    expect(firstJsonErrorOffset('{"a": 1')).toBe(7);
    expect(firstJsonErrorOffset('{"amount": 01}')).toBe(12);
    expect(firstJsonErrorOffset('[1] x')).toBe(4);
    expect(firstJsonErrorOffset('')).toBe(0);
  });

  it('agrees with JSON.parse on every valid document, and on documents with a character changed', () => {
    const documents = fc.tuple(fc.jsonValue(), fc.constantFrom(0, 2)).map(([v, indent]) => JSON.stringify(v, null, indent));
    fc.assert(
      fc.property(documents, (text) => {
        expect(firstJsonErrorOffset(text)).toBe(-1);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(documents, fc.nat(), fc.constantFrom('}', ']', ',', ':', '"', 'x', '0', ' ', '\\', '{'), (text, at, c) => {
        const i = text.length === 0 ? 0 : at % text.length;
        const broken = text.slice(0, i) + c + text.slice(i + 1);
        const offset = firstJsonErrorOffset(broken);
        expect(offset === -1).toBe(isJson(broken));
        if (offset !== -1) expect(offset).toBeLessThanOrEqual(broken.length);
      }),
      { numRuns: 1000 },
    );
  });
});
