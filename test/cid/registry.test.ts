import { describe, expect, it } from 'vitest';
import {
  CidError,
  createCidRegistry,
  findCids,
  generateCid,
  interpretCidForAccount,
  normaliseAccount,
  pickCidDefinition,
  safeCreateCidRegistry,
  safeInterpretCidForAccount,
  safePickCidDefinition,
  type FactoringDefinitionInput,
} from '../../src/cid';

const SEED: FactoringDefinitionInput = { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9, name: 'seed example' };
const FACTORING: FactoringDefinitionInput = {
  factoringId: '1;9',
  customerDigits: 6,
  invoiceDigits: 6,
  factoringCharacters: '42',
  checkDigit: 'mod11',
  name: 'factoring company',
};
const OWN: FactoringDefinitionInput = { factoringId: '1;7', customerDigits: 6, invoiceDigits: 8, name: 'own invoices' };
const WHOLE: FactoringDefinitionInput = { factoringId: '0;0', name: 'stored CID' };

describe('several definitions per receiving account', () => {
  const registry = createCidRegistry([
    { account: '1234.56.78903', definitions: [OWN, FACTORING] },
    { account: 'NO93 8601 1117 947', definitions: [SEED, WHOLE] },
    { account: '12345678903', definitions: [WHOLE] },
  ]);

  it('keys accounts without separators and merges entries of the same account', () => {
    expect([...registry.keys()]).toEqual(['12345678903', 'NO9386011117947']);
    expect(registry.get('12345678903')?.map((d) => d.name)).toEqual(['own invoices', 'factoring company', 'stored CID']);
    expect(normaliseAccount('no93 8601-1117.947')).toBe('NO9386011117947');
  });

  it('picks the definition that fits each CID', () => {
    const own = generateCid({ customerNo: '501', invoiceNo: '90001' }, OWN);
    const factoring = generateCid({ customerNo: '501', invoiceNo: '7' }, FACTORING);
    const a = interpretCidForAccount(own, '1234 56 78903', registry);
    expect(a.definition.name).toBe('own invoices');
    expect(a.interpretation).toMatchObject({ customerNo: '501', invoiceNo: '90001' });
    const b = interpretCidForAccount(factoring, '1234 56 78903', registry);
    expect(b.definition.name).toBe('factoring company');
    expect(b.interpretation).toMatchObject({ customerNo: '501', invoiceNo: '7' });
  });

  it('falls back to the whole-CID definition last', () => {
    const seedCid = generateCid({ customerNo: '10023', invoiceNo: '4567' }, SEED);
    expect(interpretCidForAccount(seedCid, 'NO9386011117947', registry).definition.name).toBe('seed example');
    const other = interpretCidForAccount('2345676', 'NO9386011117947', registry);
    expect(other.definition.name).toBe('stored CID');
    expect(other.interpretation).toEqual({ match: 'whole-cid', cid: '2345676' });
  });

  it('says why nothing fits, per definition', () => {
    const r = safeInterpretCidForAccount('2345677', '12345678903', registry);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe('cid/no-definition-fits');
      expect(r.issues.slice(1).map((i) => i.path.slice(0, 2))).toEqual([
        ['definitions', 0],
        ['definitions', 1],
        ['definitions', 2],
      ]);
    }
    expect(() => interpretCidForAccount('2345677', '12345678903', registry)).toThrow(CidError);
  });

  it('an account without definitions is an issue', () => {
    const r = safeInterpretCidForAccount('2345676', '99999999999', registry);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['cid/unknown-account', ['account']]]);
  });

  it('warns when two part definitions read different numbers', () => {
    const a = { factoringId: '1;5', customerDigits: 4, invoiceDigits: 4 };
    const b = { factoringId: '5;1', customerDigits: 4, invoiceDigits: 4 };
    const cid = generateCid({ customerNo: '1111', invoiceNo: '2222' }, a);
    const r = safePickCidDefinition(cid, [a, b]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.index).toBe(0);
      expect(r.issues?.map((i) => [i.code, i.severity])).toEqual([['cid/ambiguous', 'warning']]);
    }
    expect(pickCidDefinition(cid, [b, a]).index).toBe(0);
  });

  it('refuses a registry with a bad definition, pointing at it', () => {
    const r = safeCreateCidRegistry([{ account: '1', definitions: [SEED, { factoringId: '1;5', customerDigits: 10, invoiceDigits: 9 }] }]);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['cid/overlapping-parts', [0, 'definitions', 1, 'factoringId']]]);
    expect(() => createCidRegistry([{ account: '', definitions: [] }])).toThrow(CidError);
  });
});

describe('findCids', () => {
  it('finds several CIDs in a message that names several invoices', () => {
    const first = generateCid({ customerNo: '10023', invoiceNo: '4567' }, SEED);
    const second = generateCid({ customerNo: '10023', invoiceNo: '4568' }, SEED);
    const text = `Gjelder KID ${first} og ${second}. Mvh`;
    const found = findCids(text, [SEED]);
    expect(found.map((f) => [f.value, f.interpretation.invoiceNo, text.slice(f.start, f.end)])).toEqual([
      [first, '4567', first],
      [second, '4568', second],
    ]);
  });

  it('joins a CID typed in groups and reads a MOD11 CID ending in "-"', () => {
    const cid = generateCid({ customerNo: '10023', invoiceNo: '4567' }, SEED);
    const grouped = `${cid.slice(0, 5)} ${cid.slice(5, 10)} ${cid.slice(10, 15)} ${cid.slice(15)}`;
    expect(findCids(`KID: ${grouped}`, [SEED])[0]?.value).toBe(cid);
    const mod11 = { factoringId: '1;0', customerDigits: 2, checkDigit: 'mod11' as const };
    expect(findCids('kunde 40- betaler', [mod11]).map((f) => f.text)).toEqual(['40-']);
  });

  it('whole-CID matches can be left out', () => {
    expect(findCids('KID 2345676', [WHOLE]).map((f) => f.interpretation.match)).toEqual(['whole-cid']);
    expect(findCids('KID 2345676', [WHOLE], { includeWholeCid: false })).toEqual([]);
  });
});
