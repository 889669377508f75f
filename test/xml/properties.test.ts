import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseCamt054 } from '../../src/camt054';
import { safeParsePain002 } from '../../src/pain002';
import { camt054DocumentArbitrary, pain002DocumentArbitrary } from '../../src/testing';

describe('the safe reader on cut-off and foreign documents', () => {
  it('property: a camt.054 cut off anywhere is refused (truncated, or malformed/empty when cut in the prolog), never read', () => {
    fc.assert(
      fc.property(camt054DocumentArbitrary(fc, { maxEntries: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), (doc, where) => {
        const cut = Math.floor(where * (doc.xml.length - 1));
        const result = safeParseCamt054(doc.xml.slice(0, cut));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(['xml/truncated', 'xml/malformed', 'xml/empty']).toContain(result.issues[0]?.code);
      }),
      { numRuns: 200 },
    );
  });

  it('property: each reader refuses the other message with xml/wrong-namespace', () => {
    fc.assert(
      fc.property(camt054DocumentArbitrary(fc, { maxEntries: 2 }), pain002DocumentArbitrary(fc, { maxPaymentInformations: 1 }), (camt, pain) => {
        const a = safeParsePain002(camt.xml);
        const b = safeParseCamt054(pain.xml);
        expect(a.ok || b.ok).toBe(false);
        if (!a.ok) expect(a.issues[0]?.code).toBe('xml/wrong-namespace');
        if (!b.ok) expect(b.issues[0]?.code).toBe('xml/wrong-namespace');
      }),
      { numRuns: 50 },
    );
  });
});
