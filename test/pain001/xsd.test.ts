import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PAIN001_VERSIONS, safeBuildPain001, type Pain001Options, type Pain001Version } from '../../src/pain001';
import { pain001InputArbitrary, uetrArbitrary } from '../../src/testing';
import { describeWithXsd, validateXml } from '../support/xsd';

/** Elements every version must have written at least once over the runs. */
const COMMON = [
  'UltmtDbtr', 'UltmtCdtr', 'Purp', 'CtgyPurp', 'InstrPrty', 'SvcLvl', 'RgltryRptg', 'Authrty', 'Inf',
  'CdtrRefInf', 'Issr', 'RfrdDocInf', 'Ustrd', 'ClrSysMmbId', 'AdrLine', 'Dept', 'SubDept', 'StrtNm', 'BldgNb', 'PstCd',
  'TwnNm', 'CtrySubDvsn', 'BtchBookg', 'IBAN', 'Othr', 'SchmeNm', 'OrgId', 'CdtrAgt', 'Nm',
];
const V9 = ['UETR', 'LEI', 'BICFI', 'BldgNm', 'Flr', 'PstBx', 'Room', 'TwnLctnNm', 'DstrctNm', 'Dt'];
const V3 = ['BIC'];
const CHARGE_BEARERS = ['DEBT', 'CRED', 'SHAR', 'SLEV'];

function optionsFor(version: Pain001Version, uetrs: readonly string[]): Pain001Options {
  return {
    version,
    messageId: 'MSG-2026-11-30-001',
    creationDateTime: '2026-11-30T10:15:00+01:00',
    batchBooking: (c) => c.index % 3 !== 0,
    ...(version === 'pain.001.001.03' ? {} : { uetr: (c) => uetrs[c.index % uetrs.length] }),
  };
}

describeWithXsd('pain.001 against the official XSDs', () => {
  it('300 random valid suggestions (every optional element) validate in .03, .09 and .11', () => {
    const seen = new Map<Pain001Version, Set<string>>(PAIN001_VERSIONS.map((v) => [v, new Set<string>()]));
    const bearers = new Set<string>();
    let blocks = 0;
    let runs = 0;
    fc.assert(
      fc.property(pain001InputArbitrary(fc, { maxLines: 6 }), fc.array(uetrArbitrary(fc), { minLength: 1, maxLength: 3 }), (input, uetrs) => {
        runs++;
        for (const version of PAIN001_VERSIONS) {
          const r = safeBuildPain001(input, optionsFor(version, uetrs));
          expect(r.ok, JSON.stringify(r.ok ? [] : r.issues.slice(0, 3))).toBe(true);
          if (!r.ok) return;
          expect(validateXml(r.value.xml, version).errors).toEqual([]);
          const elements = seen.get(version) as Set<string>;
          for (const m of r.value.xml.matchAll(/<([A-Za-z]+)[ >]/g)) elements.add(m[1] ?? '');
          for (const m of r.value.xml.matchAll(/<ChrgBr>([A-Z]+)</g)) bearers.add(m[1] ?? '');
          blocks += r.value.paymentInformation.length;
        }
      }),
      { numRuns: 300, seed: 20261130 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
    for (const version of PAIN001_VERSIONS) {
      const elements = seen.get(version) as Set<string>;
      const wanted = [...COMMON, ...(version === 'pain.001.001.03' ? V3 : V9)];
      expect(wanted.filter((e) => !elements.has(e)), version).toEqual([]);
      if (version === 'pain.001.001.03') expect([...elements].filter((e) => ['UETR', 'LEI', 'BICFI', 'BldgNm', 'Flr', 'Dt'].includes(e))).toEqual([]);
    }
    expect([...bearers].sort()).toEqual([...CHARGE_BEARERS].sort());
    expect(blocks).toBeGreaterThan(900);
  });
});
