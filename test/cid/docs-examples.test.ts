/** The examples of docs/cid.md and docs/references.md, so that the docs stay true. */
import { describe, expect, it } from 'vitest';
import { createCidRegistry, generateCid, interpretCidForAccount } from '../../src/cid';
import { createReference, detectReference, findReferences } from '../../src/references';

describe('documentation examples', () => {
  it('docs/cid.md: several definitions per account', () => {
    const registry = createCidRegistry([
      {
        account: '1234.56.78903',
        definitions: [
          { factoringId: '1;7', customerDigits: 6, invoiceDigits: 8, name: 'Own invoices' },
          { factoringId: '1;9', customerDigits: 6, invoiceDigits: 6, factoringCharacters: '42', checkDigit: 'mod11', name: 'Factoring' },
          { factoringId: '0;0', name: 'Stored CID' },
        ],
      },
    ]);
    const match = interpretCidForAccount('000501000900016', '1234 56 78903', registry);
    expect(match.definition.name).toBe('Own invoices');
    expect(match.interpretation).toMatchObject({ customerNo: '501', invoiceNo: '90001' });
    const factoring = { factoringId: '1;9', customerDigits: 6, invoiceDigits: 6, factoringCharacters: '42' };
    expect(generateCid({ customerNo: '77', invoiceNo: '5' }, factoring)).toBe('000077420000059');
  });

  it('docs/references.md: making, detecting and finding', () => {
    expect(createReference('10023', 'kid-mod10', { length: 12 })).toBe('000000100230');
    expect(detectReference('2345676')).toEqual(['kid-mod10', 'kid-mod11', 'ocr']);
    expect(findReferences('Betaling faktura 10023 og 10024, KID 2345676', { country: 'NO' }).map((f) => [f.kind, f.value, f.start, f.end])).toEqual([
      ['invoice', '10023', 17, 22],
      ['invoice', '10024', 26, 31],
      ['reference', '2345676', 37, 44],
    ]);
  });
});
