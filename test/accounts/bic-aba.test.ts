import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABA_ROUTING_PREFIXES,
  AbaRoutingNumberSchema,
  BicSchema,
  abaCheckDigit,
  isValidAbaRoutingNumber,
  isValidBic,
  safeValidateAbaRoutingNumber,
  safeValidateBic,
  validateAbaRoutingNumber,
  validateBic,
} from '../../src/accounts';
import { abaRoutingNumberArbitrary, bicArbitrary } from '../../src/testing';
import { ABA_BAD_CHECKSUM, ABA_VALID, STDNUM_BIC_BAD_COUNTRY, STDNUM_VALID_BICS } from './vectors';

const bicCodes = (input: unknown): string[] => {
  const r = safeValidateBic(input);
  return (r.issues ?? []).map((i) => i.code);
};

describe('BIC', () => {
  it('accepts BICs found in use (python-stdnum list)', () => {
    for (const bic of STDNUM_VALID_BICS) expect(safeValidateBic(bic).ok, bic).toBe(true);
  });

  it('rejects a BIC whose country is not an ISO country (python-stdnum: MULTIPLE, "IP")', () => {
    expect(bicCodes(STDNUM_BIC_BAD_COUNTRY)).toEqual(['bic/unknown-country']);
  });

  it('splits a BIC and fills the branch of an 8-character BIC', () => {
    expect(validateBic('dnba no kk')).toEqual({ bic: 'DNBANOKK', institution: 'DNBA', country: 'NO', location: 'KK', branch: 'XXX' });
    expect(validateBic('DEUTDEFF500').branch).toBe('500');
  });

  it('reports length, characters and layout with their own codes', () => {
    expect(bicCodes('')).toEqual(['bic/empty']);
    expect(bicCodes('DNBANOK')).toEqual(['bic/invalid-length']);
    expect(bicCodes('DNBANOKK-')).toEqual(['bic/invalid-characters']);
    expect(bicCodes('DNBAN0KK')).toEqual(['bic/invalid-format']);
  });

  it('warns about test BICs and BICs pain.001.001.03 does not take, without failing', () => {
    const test = safeValidateBic('DNBANOK0');
    expect(test.ok).toBe(true);
    expect(bicCodes('DNBANOK0')).toContain('bic/test-code');
    expect(bicCodes('1234NOKK')).toEqual(['bic/old-format']);
    expect(bicCodes('DNBANO1K')).toEqual(['bic/old-format']);
  });

  it('BicSchema', () => {
    expect(BicSchema.safeParse('NDEAFIHH').success).toBe(true);
    expect(BicSchema.safeParse('NDEAXXHH').success).toBe(false);
  });

  it('every BIC of bicArbitrary validates without warnings', () => {
    fc.assert(
      fc.property(bicArbitrary(fc), (bic) => {
        expect(bicCodes(bic)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('a corruption that breaks the layout or the country is caught (a BIC has no check digit)', () => {
    // A BIC carries no check digit: a change that yields another well-formed BIC of a real
    // country (DNBANOKK → DNBBNOKK) cannot be caught offline. Changes to a place's class are.
    fc.assert(
      fc.property(bicArbitrary(fc), fc.integer({ min: 4, max: 5 }), fc.constantFrom('0', '5', '-', ' ', 'é'), (bic, at, ch) => {
        const corrupted = bic.slice(0, at) + ch + bic.slice(at + 1);
        expect(isValidBic(corrupted)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(bicArbitrary(fc), fc.integer({ min: 1, max: 2 }), (bic, cut) => {
        expect(isValidBic(bic.slice(0, bic.length - cut))).toBe(false);
      }),
    );
  });
});

describe('ABA routing numbers', () => {
  it('accepts the published examples and rejects the bad checksum', () => {
    for (const aba of ABA_VALID) expect(validateAbaRoutingNumber(aba), aba).toBe(aba);
    expect(safeValidateAbaRoutingNumber(ABA_BAD_CHECKSUM)).toMatchObject({ ok: false, issues: [{ code: 'aba/bad-check-digit' }] });
    // chenz.net worked example: 0764012 5 → weights 3 7 1 3 7 1 3 7 → sum 109 → 1.
    expect(abaCheckDigit('07640125')).toBe(1);
  });

  it('reports the format and the Federal Reserve prefix', () => {
    expect(safeValidateAbaRoutingNumber('')).toMatchObject({ issues: [{ code: 'aba/empty' }] });
    expect(safeValidateAbaRoutingNumber('11100002')).toMatchObject({ issues: [{ code: 'aba/invalid-format' }] });
    expect(safeValidateAbaRoutingNumber('11100002B')).toMatchObject({ issues: [{ code: 'aba/invalid-format' }] });
    // 50 is no Federal Reserve prefix; the check digit is right.
    const r = safeValidateAbaRoutingNumber(`5000000${'0'}${abaCheckDigit('50000000')}`);
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'aba/unknown-prefix' }] });
    expect(validateAbaRoutingNumber('1110-0002 5')).toBe('111000025');
    expect(AbaRoutingNumberSchema.safeParse('111000025').success).toBe(true);
    expect(ABA_ROUTING_PREFIXES).toContain('80');
  });

  it('every ABA of the arbitrary validates, and any changed digit is caught', () => {
    fc.assert(
      fc.property(abaRoutingNumberArbitrary(fc), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (aba, at, delta) => {
        expect(isValidAbaRoutingNumber(aba)).toBe(true);
        const changed = aba.slice(0, at) + String((Number(aba[at]) + delta) % 10) + aba.slice(at + 1);
        expect(safeValidateAbaRoutingNumber(changed).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
