import { describe, expect, it } from 'vitest';
import { isEftkitError } from '../../src/errors';
import {
  PaymentReferenceError,
  computeCheckDigit,
  createReference,
  detectReference,
  formatFikLine,
  safeCreateReference,
  safeValidateReference,
  schemesForCountry,
  validateReference,
  type ReferenceSchemeInput,
  type ValidateReferenceOptions,
} from '../../src/references';

function codes(text: string, scheme: ReferenceSchemeInput, options?: ValidateReferenceOptions): string[] {
  const r = safeValidateReference(text, scheme, options);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe('safeValidateReference / validateReference', () => {
  it('returns the normalised value, base, check digit and display', () => {
    expect(validateReference(' 1234 5678 903 ', 'kid-mod11')).toEqual({
      scheme: 'kid-mod11',
      value: '12345678903',
      base: '1234567890',
      checkDigits: '3',
      display: '12345678903',
    });
    expect(validateReference('rf18-5390-0754-7034', 'rf').value).toBe('RF18539007547034');
  });

  it('kid accepts either method, MOD10 first, and names MOD11 when only it fits', () => {
    expect(validateReference('2345676', 'kid').scheme).toBe('kid-mod10');
    expect(validateReference('310', 'kid').scheme).toBe('kid-mod11');
    expect(validateReference('40-', 'kid').scheme).toBe('kid-mod11');
    expect(codes('2345670', 'kid')).toEqual(['reference/bad-check-digit']);
    expect(safeValidateReference('2345670', 'kid').issues?.[0]?.message).toMatch(/both MOD10 and MOD11/);
  });

  it('reports every structural issue at once, with path []', () => {
    const r = safeValidateReference('12x4567890123456789012345678', 'kid-mod10');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual(['reference/invalid-character', 'reference/too-long']);
      for (const i of r.issues) expect(i.path).toEqual([]);
      expect(r.issues[0]?.message).toContain('"X"');
    }
  });

  it('the check digit is named in the message', () => {
    const r = safeValidateReference('2345677', 'kid-mod10');
    expect(r.ok ? '' : r.issues[0]?.message).toContain('should end in 6');
  });

  it('a "-" is only a MOD11 check character, and only at the end', () => {
    expect(codes('40-', 'kid-mod10')).toEqual(['reference/invalid-character']);
    expect(validateReference('1234-5678-903', 'kid-mod11').value).toBe('12345678903');
    expect(codes('-', 'kid-mod11')).toEqual(['reference/empty']);
    expect(codes('-5', 'kid-mod11')).toEqual(['reference/too-short']);
  });

  it('agreed KID lengths', () => {
    expect(codes('2345676', 'kid', { kidLengths: [12] })).toEqual(['reference/wrong-length']);
    expect(codes('2345676', 'kid', { kidLengths: [7, 12] })).toEqual([]);
  });

  it('OCR control modes: soft warns, hard fails, variable needs the length digit, fixed needs a length', () => {
    const soft = safeValidateReference('1231', 'ocr', { ocrControl: { mode: 'soft' } });
    expect(soft.ok).toBe(true);
    expect(soft.issues?.map((i) => [i.code, i.severity])).toEqual([['reference/bad-check-digit', 'warning']]);
    expect(codes('1231', 'ocr', { ocrControl: { mode: 'hard' } })).toEqual(['reference/bad-check-digit']);
    expect(codes('1230', 'ocr', { ocrControl: { mode: 'variable-length' } })).toEqual(['reference/bad-length-digit']);
    expect(codes('12351', 'ocr', { ocrControl: { mode: 'variable-length' } })).toEqual([]);
    expect(codes('1230', 'ocr', { ocrControl: { mode: 'fixed-length', lengths: [5, 7] } })).toEqual(['reference/wrong-length']);
    expect(codes('12351', 'ocr', { ocrControl: { mode: 'fixed-length', lengths: [5, 7] } })).toEqual([]);
    // Soft still refuses what is not an OCR reference at all.
    expect(codes('12a', 'ocr', { ocrControl: { mode: 'soft' } })).toEqual(['reference/invalid-character']);
  });

  it('FIK payment lines: +71, +73, +75, spaces, the first "<" optional; errors per part', () => {
    const line = validateReference('+71< 000000000000018+81234567<', 'fik');
    expect(line.fik).toEqual({ cardType: '71', paymentId: '000000000000018', creditor: '81234567' });
    expect(line.value).toBe('000000000000018');
    expect(line.display).toBe('+71<000000000000018+81234567<');
    expect(validateReference('+75<0000000000000018+81234567<', 'fik').fik?.cardType).toBe('75');
    expect(validateReference('+73<+81234567<', 'fik').fik).toEqual({ cardType: '73', paymentId: '', creditor: '81234567' });
    expect(validateReference('+71 000000000000018 +81234567', 'fik').value).toBe('000000000000018');
    expect(codes('+71<0000000000000018+81234567<', 'fik')).toEqual(['reference/wrong-length']);
    expect(codes('+71<000000000000017+8123456<', 'fik')).toEqual(['reference/bad-check-digit', 'reference/bad-creditor-number']);
    expect(codes('+73<12+81234567<', 'fik')).toEqual(['reference/wrong-length']);
    expect(codes('+04<000000000000018+81234567<', 'fik')).toEqual(['reference/unsupported-card-type']);
    expect(codes('+71<abc', 'fik')).toEqual(['reference/invalid-format']);
    expect(formatFikLine({ cardType: '73', paymentId: '', creditor: '81234567' })).toBe('+73<+81234567<');
  });

  it('RF: prefix, characters, check digits 00/01/99 never issued', () => {
    expect(codes('XX18539007547034', 'rf')).toEqual(['reference/invalid-format']);
    expect(codes('RF1A539007547034', 'rf')).toEqual(['reference/invalid-character']);
    expect(codes('RF18 5390_0754', 'rf')).toEqual(['reference/invalid-character']);
    expect(codes('RF18', 'rf')).toEqual(['reference/too-short']);
    // RF97XX5ZIC is valid; RF00XX5ZIC has the same remainder but 00 is never issued.
    expect(codes('RF97XX5ZIC', 'rf')).toEqual([]);
    expect(codes('RF00XX5ZIC', 'rf')).toEqual(['reference/bad-check-digit']);
  });

  it('unknown scheme and non-string input are issues, not exceptions', () => {
    expect(codes('123', 'iban' as ReferenceSchemeInput)).toEqual(['reference/unknown-scheme']);
    expect(codes(123 as unknown as string, 'kid')).toEqual(['reference/invalid-format']);
  });

  it('validateReference throws a PaymentReferenceError (not the global ReferenceError) with every issue', () => {
    let caught: unknown;
    try {
      validateReference('12x4567890123456789012345678', 'kid');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PaymentReferenceError);
    expect(caught).not.toBeInstanceOf(ReferenceError);
    expect(isEftkitError(caught)).toBe(true);
    const error = caught as PaymentReferenceError;
    expect(error.name).toBe('PaymentReferenceError');
    expect(error.code).toBe('reference/invalid-character');
    expect(error.issues).toHaveLength(2);
  });
});

describe('createReference and computeCheckDigit', () => {
  it('computes check digits of each scheme', () => {
    expect(computeCheckDigit('234567', 'kid-mod10')).toBe('6');
    expect(computeCheckDigit('40', 'kid-mod11')).toBe('-');
    expect(computeCheckDigit('123456', 'fi')).toBe('1');
    expect(computeCheckDigit('539007547034', 'rf')).toBe('18');
    expect(() => computeCheckDigit('12a', 'ocr')).toThrow(PaymentReferenceError);
    expect(() => computeCheckDigit('', 'ocr')).toThrow(/empty/);
  });

  it('refuses bases that do not fit, with a code', () => {
    const code = (r: ReturnType<typeof safeCreateReference>): string | undefined => (r.ok ? undefined : r.issues[0]?.code);
    expect(code(safeCreateReference('12', 'fi'))).toBe('reference/too-short');
    expect(code(safeCreateReference('1'.repeat(22), 'rf'))).toBe('reference/too-long');
    expect(code(safeCreateReference('1'.repeat(24), 'ocr', { lengthDigit: true }))).toBe('reference/too-long');
    expect(code(safeCreateReference('12345', 'kid-mod10', { length: 4 }))).toBe('reference/too-long');
    expect(code(safeCreateReference('1', 'kid-mod10', { length: 30 }))).toBe('reference/wrong-length');
    expect(code(safeCreateReference('1'.repeat(15), 'fik'))).toBe('reference/too-long');
    expect(code(safeCreateReference('1-2', 'kid-mod10'))).toBeUndefined();
    expect(code(safeCreateReference('a b', 'rf'))).toBeUndefined();
  });

  it('creates the OCR length digit and FIK ids of the right length', () => {
    expect(createReference('123', 'ocr', { lengthDigit: true, length: 8 })).toBe('00012385');
    expect(createReference('42', 'fik', { cardType: '75' })).toHaveLength(16);
  });
});

describe('detectReference', () => {
  it('lists every scheme a string satisfies, narrowed by country', () => {
    expect(detectReference('2345676')).toEqual(['kid-mod10', 'kid-mod11', 'ocr']);
    expect(detectReference('2345676', { country: 'NO' })).toEqual(['kid-mod10', 'kid-mod11']);
    expect(detectReference('2345676', { country: 'se' })).toEqual(['ocr']);
    expect(detectReference('RF18 5390 0754 7034', { country: 'DE' })).toEqual(['rf']);
    expect(detectReference('1511890656')).toContain('fi');
    expect(detectReference('+71<000000000000018+81234567<')).toEqual(['fik']);
    expect(detectReference('hello')).toEqual([]);
    expect(detectReference('026840149965328', { schemes: ['fik'] })).toEqual(['fik']);
  });

  it('under a soft OCR agreement a wrong check digit is still not an OCR reference', () => {
    expect(detectReference('1231', { country: 'SE', ocrControl: { mode: 'soft' } })).toEqual([]);
  });

  it('knows the schemes of the Nordic countries', () => {
    expect(schemesForCountry('FI')).toEqual(['fi', 'rf']);
    expect(schemesForCountry('DK')).toEqual(['fik', 'rf']);
    expect(schemesForCountry('US')).toEqual(['rf']);
    expect(schemesForCountry()).toHaveLength(6);
  });
});
