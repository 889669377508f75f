import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SWEDISH_CLEARING_RANGES,
  safeValidateBankgiro,
  safeValidateBban,
  safeValidateIban,
  safeValidatePlusgiro,
  swedishClearingRange,
  validateBban,
} from '../../src/accounts';
import { bankgiroArbitrary, bbanArbitrary, plusgiroArbitrary } from '../../src/testing';
import {
  BANKGIRO_BAD,
  BANKGIRO_VALID,
  PLUSGIRO_BAD,
  PLUSGIRO_VALID,
  SE_BAD_CHECK_DIGIT,
  SE_BAD_CLEARING_CHECK_DIGIT,
  SE_VALID_ACCOUNTS,
  SWIFT_REGISTRY_EXAMPLES,
} from './vectors';

const codes = (input: unknown, country: string): string[] => {
  const r = safeValidateBban(input, country);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('domestic account numbers (BBAN)', () => {
  it('Norway: the BBAN of the registry example, written with dots, gives back the IBAN', () => {
    // SWIFT registry: NO BBAN example 86011117947, domestic example "8601 11 17947".
    expect(validateBban('8601.11.17947', 'NO')).toEqual({ country: 'NO', bban: '86011117947', iban: SWIFT_REGISTRY_EXAMPLES['NO'] });
    expect(validateBban('8601 11 17947', 'NO').bban).toBe('86011117947');
  });

  it('Norway: a wrong check digit, a number that can have none, and a wrong length', () => {
    expect(codes('86011117945', 'NO')).toEqual(['bban/bad-check-digit']);
    expect(codes('8601111794', 'NO')).toEqual(['bban/invalid-length']);
    // 0000000010: weights 5,4,3,2,7,6,5,4,3,2 give 2 → remainder 2 → check digit 9; 00000000030 → remainder 6 → 5.
    // Remainder 1 (check digit would be 10): 0000000006x: 6 × 2 = 12 → remainder 1.
    const r = safeValidateBban('00000000060', 'NO');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/would be 10/);
  });

  it('Finland: the short form is expanded to the machine form (banks 4 and 5 differently)', () => {
    // SWIFT registry FI example FI2112345600000785; python-stdnum FI5542345670000081.
    expect(validateBban('123456-785', 'FI')).toMatchObject({ bban: '12345600000785', iban: 'FI2112345600000785' });
    expect(validateBban('423456-781', 'FI')).toMatchObject({ bban: '42345670000081', iban: 'FI5542345670000081' });
    expect(codes('123456-786', 'FI')).toEqual(['bban/bad-check-digit']);
  });

  it('Denmark: reg. no. and account, zero-filled; no check digit exists', () => {
    // SWIFT registry DK: domestic "0040 0440116243", IBAN DK5000400440116243.
    expect(validateBban('0040 0440116243', 'DK')).toMatchObject({ bban: '00400440116243', clearingNumber: '0040', iban: 'DK5000400440116243' });
    expect(validateBban('1234-567', 'DK').bban).toBe('12340000000567');
    expect(codes('1234 12345678901', 'DK')).toEqual(['bban/invalid-length']);
  });

  it('Sweden: published account numbers of every account type', () => {
    for (const account of SE_VALID_ACCOUNTS) expect(codes(account, 'SE'), account).toEqual([]);
    expect(validateBban('8424-4,983 189 224-6', 'SE')).toMatchObject({ clearingNumber: '84244', accountNumber: '9831892246', bank: 'Swedbank' });
    expect(validateBban('9071, 417 23 83', 'SE').bank).toBe('Multitude Bank');
  });

  it('Sweden: wrong check digits, clearing check digits and unknown clearing numbers', () => {
    expect(codes(SE_BAD_CHECK_DIGIT, 'SE')).toEqual(['bban/bad-check-digit']);
    expect(codes(SE_BAD_CLEARING_CHECK_DIGIT, 'SE')).toEqual(['bban/bad-clearing-check-digit']);
    // banktools-se account_spec.rb: 10000000009 has an unknown clearing number.
    expect(codes('10000000009', 'SE')).toEqual(['bban/unknown-clearing-number']);
    // banktools-se: "11007" is too short for Nordea.
    expect(codes('11007', 'SE')).toEqual(['bban/invalid-length']);
  });

  it('the Swedish clearing table is sorted and has no overlaps', () => {
    for (let i = 1; i < SWEDISH_CLEARING_RANGES.length; i += 1) {
      const prev = SWEDISH_CLEARING_RANGES[i - 1];
      const cur = SWEDISH_CLEARING_RANGES[i];
      expect((prev?.to ?? 0) < (cur?.from ?? 0), `${prev?.bank} / ${cur?.bank}`).toBe(true);
    }
    expect(swedishClearingRange(6789)?.bank).toBe('Handelsbanken');
    expect(swedishClearingRange(1000)).toBeUndefined();
  });

  it('rejects other countries, other characters and empty input with their own codes', () => {
    expect(codes('12345678', 'DE')).toEqual(['bban/unsupported-country']);
    expect(codes('8601.11.1794X', 'NO')).toEqual(['bban/invalid-characters']);
    expect(codes('', 'NO')).toEqual(['bban/empty']);
  });

  it('bankgiro and PlusGiro numbers (banktools-se vectors)', () => {
    for (const bg of BANKGIRO_VALID) expect(safeValidateBankgiro(bg).ok, bg).toBe(true);
    expect(safeValidateBankgiro(BANKGIRO_BAD)).toMatchObject({ ok: false, issues: [{ code: 'bankgiro/bad-check-digit' }] });
    expect(safeValidateBankgiro('54-0296')).toMatchObject({ ok: false, issues: [{ code: 'bankgiro/invalid-format' }] });
    for (const pg of PLUSGIRO_VALID) expect(safeValidatePlusgiro(pg).ok, pg).toBe(true);
    expect(safeValidatePlusgiro(PLUSGIRO_BAD)).toMatchObject({ ok: false, issues: [{ code: 'plusgiro/bad-check-digit' }] });
    expect(safeValidatePlusgiro('410 54 68-51')).toMatchObject({ ok: false, issues: [{ code: 'plusgiro/invalid-format' }] });
  });
});

describe('BBAN properties', () => {
  for (const country of ['NO', 'SE', 'DK', 'FI'] as const) {
    it(`every ${country} BBAN of bbanArbitrary validates${country === 'DK' ? '' : ', and a changed last digit is caught'}`, () => {
      fc.assert(
        fc.property(bbanArbitrary(fc, country), fc.integer({ min: 1, max: 9 }), (bban, delta) => {
          const r = safeValidateBban(bban, country);
          expect(r.ok).toBe(true);
          if (r.ok && r.value.iban !== undefined) expect(safeValidateIban(r.value.iban).ok).toBe(true);
          if (country === 'DK') return;
          const last = Number(bban.slice(-1));
          const changed = bban.slice(0, -1) + String((last + delta) % 10);
          expect(safeValidateBban(changed, country).ok).toBe(false);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('every bankgiro and PlusGiro number of the arbitraries validates; any one changed digit is caught', () => {
    const changeOne = (text: string, at: number, delta: number): string => {
      const positions = [...text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
      const p = positions[at % positions.length] ?? 0;
      return text.slice(0, p) + String((Number(text[p]) + delta) % 10) + text.slice(p + 1);
    };
    fc.assert(
      fc.property(bankgiroArbitrary(fc), plusgiroArbitrary(fc), fc.nat(), fc.integer({ min: 1, max: 9 }), (bg, pg, at, delta) => {
        expect(safeValidateBankgiro(bg).ok).toBe(true);
        expect(safeValidatePlusgiro(pg).ok).toBe(true);
        expect(safeValidateBankgiro(changeOne(bg, at, delta)).ok).toBe(false);
        expect(safeValidatePlusgiro(changeOne(pg, at, delta)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
