import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CidError,
  FactoringDefinitionSchema,
  cidLayout,
  describeCidLayout,
  parseFactoringDefinition,
  parseFactoringId,
  safeParseFactoringDefinition,
} from '../../src/cid';
import { factoringDefinitionArbitrary } from '../../src/testing';

const problems = (input: unknown): [string, readonly (string | number)[]][] => {
  const r = safeParseFactoringDefinition(input);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
};

describe('factoring definitions', () => {
  it('fills in the defaults: lengths 0, check digit MOD10', () => {
    expect(parseFactoringDefinition({ factoringId: '0;0' })).toEqual({
      factoringId: '0;0',
      customerDigits: 0,
      invoiceDigits: 0,
      checkDigit: 'mod10',
    });
  });

  it('reads the Factoring ID c;i', () => {
    expect(parseFactoringId('10;1')).toEqual({ customerStart: 10, invoiceStart: 1 });
    expect(parseFactoringId(' 1 ; 0 ')).toEqual({ customerStart: 1, invoiceStart: 0 });
    expect(parseFactoringId('10,1')).toBeUndefined();
    expect(parseFactoringId('a;b')).toBeUndefined();
  });

  it('reports every problem with the path of its field', () => {
    expect(problems({ factoringId: '10,1', customerDigits: 11, invoiceDigits: 10, factoringCharacters: 'AB' })).toEqual([
      ['cid/invalid-factoring-id', ['factoringId']],
      ['cid/invalid-length', ['customerDigits']],
      ['cid/invalid-length', ['invoiceDigits']],
      ['cid/invalid-factoring-characters', ['factoringCharacters']],
    ]);
    expect(problems({ factoringId: 'x', customerDigits: 'ten' })).toEqual([
      ['cid/invalid-factoring-id', ['factoringId']],
      ['cid/invalid-length', ['customerDigits']],
    ]);
    expect(problems(null).map(([c]) => c)).toContain('cid/invalid-definition');
  });

  it('checks the parts against each other', () => {
    expect(problems({ factoringId: '1;5', customerDigits: 10, invoiceDigits: 9 })).toEqual([['cid/overlapping-parts', ['factoringId']]]);
    expect(problems({ factoringId: '1;1', customerDigits: 0, invoiceDigits: 5 })).toEqual([['cid/missing-length', ['customerDigits']]]);
    expect(problems({ factoringId: '17;1', customerDigits: 10, invoiceDigits: 9 })).toEqual([['cid/too-long', ['factoringId']]]);
    // 25 characters without a check digit fit; free positions without factoring characters are allowed.
    expect(problems({ factoringId: '16;1', customerDigits: 10, invoiceDigits: 9, checkDigit: 'none' })).toEqual([]);
    expect(problems({ factoringId: '1;13', customerDigits: 10, invoiceDigits: 9, factoringCharacters: '7' })).toEqual([
      ['cid/factoring-characters-mismatch', ['factoringCharacters']],
    ]);
    expect(problems({ factoringId: '1;13', customerDigits: 10, invoiceDigits: 9, factoringCharacters: '7', checkDigit: 'sum' })).toEqual([
      ['cid/factoring-characters-mismatch', ['factoringCharacters']],
      ['cid/invalid-definition', ['checkDigit']],
    ]);
  });

  it('the zod schema gives the same verdict and messages a bookkeeper can read', () => {
    const bad = FactoringDefinitionSchema.safeParse({ factoringId: '1;5', customerDigits: 10, invoiceDigits: 9 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('The customer no. (positions 1–10) and the invoice no. (positions 5–13) overlap in the CID.');
    expect(() => parseFactoringDefinition({ factoringId: '1;5', customerDigits: 10, invoiceDigits: 9 })).toThrow(CidError);
  });

  it('describes the layout in words', () => {
    expect(describeCidLayout(parseFactoringDefinition({ factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 }))).toBe(
      'invoice no. (1–9) + customer no. (10–19) + check digit (MOD10)',
    );
    expect(
      describeCidLayout(parseFactoringDefinition({ factoringId: '1;9', customerDigits: 6, invoiceDigits: 6, factoringCharacters: '42', checkDigit: 'mod11' })),
    ).toBe('customer no. (1–6) + factoring characters "42" (7–8) + invoice no. (9–14) + check digit (MOD11)');
    expect(describeCidLayout(parseFactoringDefinition({ factoringId: '3;0', customerDigits: 5, checkDigit: 'none' }))).toBe(
      'any digits (1–2) + customer no. (3–7)',
    );
    expect(describeCidLayout(parseFactoringDefinition({ factoringId: '0;0' }))).toMatch(/whole CID/);
  });

  it('lays out the seed example as 19 digits + check digit', () => {
    const layout = cidLayout(parseFactoringDefinition({ factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 }));
    expect(layout).toEqual({
      whole: false,
      customer: { start: 9, length: 10 },
      invoice: { start: 0, length: 9 },
      free: [],
      length: 19,
      totalLength: 20,
    });
    expect(() => cidLayout({ factoringId: 'x', customerDigits: 0, invoiceDigits: 0, checkDigit: 'mod10' })).toThrow(CidError);
  });

  it('every generated definition passes the schema', () => {
    fc.assert(
      fc.property(factoringDefinitionArbitrary(fc), (definition) => {
        expect(FactoringDefinitionSchema.safeParse(definition).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
