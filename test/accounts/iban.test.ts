import fc from 'fast-check';
import IBAN from 'iban';
import { describe, expect, it } from 'vitest';
import {
  AccountError,
  NATIONAL_CHECKS,
  NATIONAL_CHECK_ABSENT,
  formatIban,
  hasNationalCheck,
  ibanCountries,
  ibanCountrySpec,
  ibanFromBban,
  isValidIban,
  normaliseIban,
  safeValidateIban,
  validateIban,
  IbanSchema,
} from '../../src/accounts';
import { isEftkitError } from '../../src/errors';
import { corruptedIbanArbitrary, ibanArbitrary, ibanCharacterArbitrary } from '../../src/testing';
import {
  BAD_NATIONAL_CHECK,
  IBAN4J_BAD_CHECKSUM,
  IBAN4J_VALID_NATIONAL,
  STDNUM_BAD_CHECKSUM,
  STDNUM_BAD_STRUCTURE,
  STDNUM_VALID_IBANS,
  STDNUM_WRONG_LENGTH,
  SWIFT_REGISTRY_EXAMPLES,
  SWIFT_REGISTRY_PRINT_EXAMPLES,
} from './vectors';

const codesOf = (input: unknown): string[] => {
  const r = safeValidateIban(input);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('IBAN: published vectors', () => {
  it('accepts the SWIFT IBAN registry examples of NO, SE, DK, FI, DE, GB, FR, NL, CH and the national-check countries', () => {
    for (const [country, iban] of Object.entries(SWIFT_REGISTRY_EXAMPLES)) {
      const r = safeValidateIban(iban);
      expect(r.ok, `${country} ${iban}`).toBe(true);
      if (r.ok) {
        expect(r.value.country).toBe(country);
        expect(r.value.nationalCheck).toBe(hasNationalCheck(country) ? 'verified' : 'none');
      }
    }
  });

  it('accepts the print format of the registry examples', () => {
    for (const iban of SWIFT_REGISTRY_PRINT_EXAMPLES) expect(isValidIban(iban), iban).toBe(true);
  });

  it("accepts every example IBAN of the `iban` package's country table (from the registry)", () => {
    for (const country of ibanCountries()) {
      const example = ibanCountrySpec(country)?.example ?? '';
      expect(codesOf(example), `${country} ${example}`).toEqual([]);
    }
  });

  it('accepts IBANs found in use (python-stdnum), with Norwegian and Spanish national checks', () => {
    for (const iban of [...STDNUM_VALID_IBANS, ...IBAN4J_VALID_NATIONAL]) expect(codesOf(iban), iban).toEqual([]);
  });

  it('rejects wrong MOD 97 check digits and names the right ones', () => {
    for (const iban of STDNUM_BAD_CHECKSUM) expect(codesOf(iban), iban).toContain('iban/bad-check-digits');
    const r = safeValidateIban(IBAN4J_BAD_CHECKSUM);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe('iban/bad-check-digits');
      expect(r.issues[0]?.message).toContain('would be 61');
    }
  });

  it('rejects check digits 00, 01 and 99, which pass MOD 97 but ISO 13616 never computes (only 02–98)', () => {
    // PL00…: the same IBAN with 97 passes; 00 ≡ 97 (mod 97), so MOD 97 alone lets it through.
    expect(codesOf('PL97204763335214744599823644')).toEqual([]);
    expect(codesOf('PL00204763335214744599823644')).toEqual(['iban/bad-check-digits']);
    expect(isValidIban('PL00204763335214744599823644')).toBe(false);
    const samples = fc.sample(ibanArbitrary(fc), { numRuns: 3000, seed: 13616 });
    let aliases = 0;
    for (const iban of samples) {
      const alias = { '02': '99', '97': '00', '98': '01' }[iban.slice(2, 4)];
      if (alias === undefined) continue;
      aliases += 1;
      const other = `${iban.slice(0, 2)}${alias}${iban.slice(4)}`;
      expect(codesOf(other), other).toContain('iban/bad-check-digits');
      expect(isValidIban(other), other).toBe(false);
    }
    expect(aliases).toBeGreaterThan(10);
  });

  it('rejects wrong lengths and wrong layouts', () => {
    for (const iban of STDNUM_WRONG_LENGTH) expect(codesOf(iban), iban).toEqual(['iban/invalid-length']);
    for (const iban of STDNUM_BAD_STRUCTURE) expect(codesOf(iban), iban).toContain('iban/invalid-structure');
    expect(codesOf('QQ93 1234 5678')).toEqual(['iban/unknown-country']);
  });

  it('rejects a wrong Norwegian account check digit and the other national checks (MOD 97 still right)', () => {
    for (const [what, iban] of Object.entries(BAD_NATIONAL_CHECK)) {
      expect(IBAN.isValid(iban), `the iban package accepts ${what}`).toBe(true);
      expect(codesOf(iban), what).toEqual(['iban/bad-national-check-digit']);
    }
    const r = safeValidateIban(BAD_NATIONAL_CHECK['NO']);
    if (!r.ok) expect(r.issues[0]?.message).toContain('NO check digit');
  });
});

describe('IBAN: input handling', () => {
  it('normalises print format, lower case and an "IBAN" label', () => {
    expect(normaliseIban('no93 8601 1117 947')).toBe('NO9386011117947');
    expect(normaliseIban('IBAN: NO93-8601-1117-947')).toBe('NO9386011117947');
    expect(normaliseIban('NO93\u00a08601\u00a01117\u00a0947')).toBe('NO9386011117947');
    expect(formatIban('NO9386011117947')).toBe('NO93 8601 1117 947');
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
  });

  it('returns the parts of a valid IBAN', () => {
    expect(validateIban('fr14 2004 1010 0505 0001 3m02 606')).toEqual({
      iban: 'FR1420041010050500013M02606',
      country: 'FR',
      checkDigits: '14',
      bban: '20041010050500013M02606',
      sepa: true,
      nationalCheck: 'verified',
    });
    expect(validateIban('CH9300762011623852957').nationalCheck).toBe('none');
  });

  it('reports empty input, other characters and unknown countries with their own codes', () => {
    expect(codesOf('')).toEqual(['iban/empty']);
    expect(codesOf(undefined)).toEqual(['iban/empty']);
    expect(codesOf(42)).toEqual(['iban/empty']);
    expect(codesOf('NO93 8601 1117 94#')).toEqual(['iban/invalid-characters']);
    const us = safeValidateIban('US64SVBKUS6S3300958879');
    expect(us.ok).toBe(false);
    if (!us.ok) expect(us.issues[0]?.message).toMatch(/US does not use IBANs/);
  });

  it('reports a structure problem and the check digits together (every issue)', () => {
    // A letter in a digit place of a Norwegian IBAN: layout and MOD 97 both fail.
    expect(codesOf('NO938601111794A')).toEqual(['iban/invalid-structure', 'iban/bad-check-digits']);
  });

  it('throws AccountError with every issue from validateIban', () => {
    try {
      validateIban('NO5086011117945');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AccountError);
      expect(isEftkitError(e) && e.code).toBe('iban/bad-national-check-digit');
    }
  });

  it('takes layouts the iban package lacks from the caller', () => {
    // The `iban` package (0.0.14) has Burundi at 16 characters; the registry moved it to 27.
    // Example: skwasjer/IbanNet SupportedCountries.md, "BI42 1000 0100 0100 0033 2045 181".
    const burundi = 'BI4210000100010000332045181';
    expect(isValidIban(burundi)).toBe(false);
    expect(isValidIban(burundi, { countries: { BI: { length: 27, structure: 'F05F05F11F02' } } })).toBe(true);
  });

  it('builds an IBAN from a BBAN', () => {
    expect(ibanFromBban('NO', '86011117947')).toBe('NO9386011117947');
    expect(ibanFromBban('DE', '370400440532013000')).toBe('DE89370400440532013000');
  });

  it('IbanSchema carries the eftkit code', () => {
    expect(IbanSchema.safeParse('NO93 8601 1117 947').success).toBe(true);
    const bad = IbanSchema.safeParse('NO5086011117945');
    expect(bad.success).toBe(false);
    expect((bad.error?.issues[0] as { params?: { eftkitCode?: string } }).params?.eftkitCode).toBe('iban/bad-national-check-digit');
  });

  it('lists which countries have national checks and why the main others do not', () => {
    for (const c of ['NO', 'FI', 'BE', 'ES', 'FR', 'IT', 'PL', 'PT', 'SI', 'EE']) expect(hasNationalCheck(c), c).toBe(true);
    for (const c of ['SE', 'DK', 'DE', 'GB', 'NL', 'CH']) {
      expect(hasNationalCheck(c), c).toBe(false);
      expect(NATIONAL_CHECK_ABSENT[c], c).toBeTypeOf('string');
    }
    for (const c of Object.keys(NATIONAL_CHECKS)) expect(ibanCountrySpec(c), c).toBeDefined();
  });
});

describe('IBAN: properties', () => {
  it('every IBAN of ibanArbitrary validates, and the iban package accepts it too', () => {
    fc.assert(
      fc.property(ibanArbitrary(fc), (iban) => {
        expect(safeValidateIban(iban).ok).toBe(true);
        expect(IBAN.isValid(iban)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('any substitution of one character by another of its class is caught', () => {
    fc.assert(
      fc.property(corruptedIbanArbitrary(fc), ({ corrupted }) => {
        expect(isValidIban(corrupted)).toBe(false);
        expect(safeValidateIban(corrupted).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('in all-digit countries any single-character change (digit or letter) is caught', () => {
    const numeric = ['NO', 'SE', 'DK', 'FI', 'DE', 'CH', 'BE', 'ES', 'PL', 'PT', 'SI', 'EE', 'HR', 'CZ', 'SK', 'HU', 'IS'].filter((c) =>
      /^(F\d\d)+$/.test(ibanCountrySpec(c)?.structure ?? ''),
    );
    expect(numeric).toContain('NO');
    fc.assert(
      fc.property(ibanArbitrary(fc, { countries: numeric }), fc.nat(), ibanCharacterArbitrary(fc), (iban, at, ch) => {
        const position = at % iban.length;
        fc.pre(iban[position] !== ch);
        const corrupted = iban.slice(0, position) + ch + iban.slice(position + 1);
        expect(isValidIban(corrupted)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('isValidIban and safeValidateIban always agree, and junk never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), ibanArbitrary(fc)), (text) => {
        const r = safeValidateIban(text);
        expect(isValidIban(text)).toBe(r.ok);
        if (!r.ok) for (const i of r.issues) expect(i.code).toMatch(/^iban\//);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts nothing the iban package rejects (eftkit only adds checks)', () => {
    fc.assert(
      fc.property(fc.oneof(ibanArbitrary(fc), corruptedIbanArbitrary(fc).map((c) => c.corrupted)), (iban) => {
        if (isValidIban(iban)) expect(IBAN.isValid(iban)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
