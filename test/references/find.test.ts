import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences, type FoundReference } from '../../src/references';
import { kidArbitrary, rfReferenceArbitrary } from '../../src/testing';

const brief = (found: FoundReference[]): string[] => found.map((f) => `${f.scheme}:${f.value}@${f.start}`);

describe('findReferences', () => {
  it('finds invoice numbers after a keyword and a KID typed into the message', () => {
    const text = 'Betaling faktura 10023 og 10024, KID 2345676';
    const found = findReferences(text, { country: 'NO' });
    expect(brief(found)).toEqual(['invoice:10023@17', 'invoice:10024@26', 'kid-mod10:2345676@37']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[2]?.schemes).toEqual(['kid-mod10', 'kid-mod11']);
    expect(found[0]?.via).toBe('keyword');
  });

  it('reads invoice lists in the Nordic languages and English', () => {
    const numbers = (text: string): string[] => findReferences(text, { schemes: [] }).map((f) => f.value);
    expect(numbers('Fakturanr. 1001, 1002 og 1003')).toEqual(['1001', '1002', '1003']);
    expect(numbers('Faktura: 55 och 56')).toEqual(['55', '56']);
    expect(numbers('Laskut 900 ja 901')).toEqual([]);
    expect(numbers('Lasku 900 ja 901')).toEqual(['900', '901']);
    expect(numbers('Invoice no. 77/78 & 79')).toEqual(['77', '78', '79']);
    expect(numbers('INV#4711')).toEqual(['4711']);
    expect(numbers('Fakturaer 12, 13')).toEqual(['12', '13']);
    expect(numbers('Payment 12, 13')).toEqual([]);
  });

  it('finds known open invoice numbers as whole numbers only', () => {
    const found = findReferences('Paid 1003 and 21003 and X1003', { invoiceNumbers: ['1003'], schemes: [] });
    expect(brief(found)).toEqual(['invoice:1003@5']);
    expect(found[0]?.via).toBe('known');
  });

  it('joins grouped references, finds RF and FIK lines, and keeps positions', () => {
    const fi = findReferences('Viite 15118 90656, kiitos', { country: 'FI' });
    expect(brief(fi)).toEqual(['fi:1511890656@6']);
    const rf = findReferences('Ref: RF18 5390 0754 7034 thanks', { country: 'FI' });
    expect(brief(rf)).toEqual(['rf:RF18539007547034@5']);
    expect(rf[0]?.end).toBe(24);
    const fik = findReferences('Betal +71< 026840149965328 +81234567< senest fredag', { country: 'DK' });
    expect(brief(fik)).toEqual(['fik:026840149965328@6']);
  });

  it('finds a MOD11 KID ending in "-" and does not take a sentence dash for one', () => {
    expect(brief(findReferences('KID 40- takk', { country: 'NO', minLength: 2 }))).toEqual(['kid-mod11:40-@4']);
    expect(brief(findReferences('KID 2345676- takk', { country: 'NO' }))).toEqual(['kid-mod10:2345676@4']);
  });

  it('skips dates and short numbers', () => {
    expect(findReferences('Betalt 2026-11-22 kl 12', { country: 'NO', findInvoiceNumbers: false })).toEqual([]);
  });

  it('finds every KID and RF reference hidden in generated text', () => {
    fc.assert(
      fc.property(
        kidArbitrary(fc, { minLength: 6, maxLength: 25 }),
        rfReferenceArbitrary(fc),
        fc.constantFrom('Hei! ', 'Betaling for ', ''),
        (kid, rf, prefix) => {
          const text = `${prefix}KID ${kid}, ref ${rf}.`;
          const found = findReferences(text, { country: 'NO', findInvoiceNumbers: false });
          const values = found.map((f) => f.value);
          expect(values).toContain(kid);
          expect(values).toContain(rf);
          for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
