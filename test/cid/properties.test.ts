import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidLayout, fitDigits, generateCid, interpretCid, safeGenerateCid, safeInterpretCid } from '../../src/cid';
import { isValidReference } from '../../src/references';
import { cidNumbersArbitrary, definitionWithCidArbitrary, digitsArbitrary, factoringDefinitionArbitrary } from '../../src/testing';

describe('generateCid → interpretCid', () => {
  it('is the identity for every valid definition and numbers that fit', () => {
    fc.assert(
      fc.property(definitionWithCidArbitrary(fc), ({ definition, numbers, cid }) => {
        const read = interpretCid(cid, definition);
        expect(read.match).toBe('parts');
        expect(read.customerNo).toBe(numbers.customerNo);
        expect(read.invoiceNo).toBe(numbers.invoiceNo);
        expect(cid).toHaveLength(cidLayout(definition).totalLength);
      }),
      { numRuns: 1000 },
    );
  });

  it('generated CIDs are valid KIDs of the definition check digit', () => {
    fc.assert(
      fc.property(definitionWithCidArbitrary(fc), ({ definition, cid }) => {
        if (definition.checkDigit === 'mod10') expect(isValidReference(cid, 'kid-mod10')).toBe(true);
        if (definition.checkDigit === 'mod11') expect(isValidReference(cid, 'kid-mod11')).toBe(true);
        if (definition.checkDigit === 'none') expect(cid).toMatch(/^\d+$/);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers longer than their part keep their rightmost digits, with a warning', () => {
    fc.assert(
      fc.property(
        factoringDefinitionArbitrary(fc).filter((d) => d.customerDigits > 0),
        digitsArbitrary(fc, { minLength: 11, maxLength: 14 }).map((s) => `1${s}`),
        (definition, longNo) => {
          const numbers = { customerNo: longNo, ...(definition.invoiceDigits > 0 ? { invoiceNo: '1' } : {}) };
          const r = safeGenerateCid(numbers, definition);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.issues?.[0]?.code).toBe('cid/truncated');
          const read = interpretCid(r.value, definition);
          expect(read.digits?.customer).toBe(fitDigits(longNo, definition.customerDigits));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a single-digit change of a checked CID is caught', () => {
    fc.assert(
      fc.property(
        definitionWithCidArbitrary(fc).filter(({ definition }) => definition.checkDigit !== 'none'),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        ({ definition, cid }, at, delta) => {
          const i = at % cid.length;
          const ch = cid.charAt(i);
          const changed = cid.slice(0, i) + (ch === '-' ? String(delta) : String((Number(ch) + delta) % 10)) + cid.slice(i + 1);
          expect(safeInterpretCid(changed, definition).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('numbers arbitrary fits its definition', () => {
    fc.assert(
      fc.property(
        factoringDefinitionArbitrary(fc).chain((d) => cidNumbersArbitrary(fc, d).map((n) => ({ d, n }))),
        ({ d, n }) => {
          expect(safeGenerateCid(n, d).issues).toBeUndefined();
          expect(generateCid(n, d)).toMatch(/^\d+-?$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
