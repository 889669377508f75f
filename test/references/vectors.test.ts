/**
 * Public vectors, each block citing where it comes from. Found with the `search` tool in the
 * stored copies of the repositories named (path and commit given).
 */
import { describe, expect, it } from 'vitest';
import {
  createReference,
  findReferences,
  finnishToRf,
  formatReference,
  isValidReference,
  rfToFinnish,
  safeRfToFinnish,
  safeValidateReference,
  validateReference,
  type ReferenceSchemeInput,
  type ValidateReferenceOptions,
} from '../../src/references';

function codes(text: string, scheme: ReferenceSchemeInput, options?: ValidateReferenceOptions): string[] {
  const r = safeValidateReference(text, scheme, options);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe('KID: Ondkloss/norwegian-numbers.js test/norwegian-numbers.ts (commit 1bf5b46)', () => {
  it('makeKidNumber/verifyKidNumber MOD10: 234567 → 2345676, 0 → 00', () => {
    expect(createReference('234567', 'kid-mod10')).toBe('2345676');
    expect(isValidReference('2345676', 'kid-mod10')).toBe(true);
    expect(createReference('0', 'kid-mod10')).toBe('00');
    expect(isValidReference('00', 'kid-mod10')).toBe(true);
  });

  it('makeKidNumber/verifyKidNumber MOD11: 1234567890 → 12345678903, 31 → 310, 40 → 40-', () => {
    expect(createReference('1234567890', 'kid-mod11')).toBe('12345678903');
    expect(isValidReference('12345678903', 'kid-mod11')).toBe(true);
    expect(createReference('31', 'kid-mod11')).toBe('310');
    expect(isValidReference('310', 'kid-mod11')).toBe(true);
    expect(createReference('40', 'kid-mod11')).toBe('40-');
    expect(isValidReference('40-', 'kid-mod11')).toBe(true);
  });

  it('rejects "abc", "" and the 26-character "01234567890123456789012345" (both methods)', () => {
    for (const scheme of ['kid-mod10', 'kid-mod11'] as const) {
      expect(codes('abc', scheme)).toContain('reference/invalid-character');
      expect(codes('', scheme)).toEqual(['reference/empty']);
      expect(codes('01234567890123456789012345', scheme)).toEqual(['reference/too-long']);
    }
    expect(() => createReference('', 'kid-mod10')).toThrow();
    expect(() => createReference('abc', 'kid-mod11')).toThrow();
    expect(() => createReference('01234567890123456789012345', 'kid-mod10')).toThrow();
  });
});

describe('OCR: barsoom/banktools-se spec/ocr_spec.rb (commit 06f3da4) and README', () => {
  it('from_number adds a MOD10 check digit: 123 → 1230', () => {
    expect(createReference('123', 'ocr')).toBe('1230');
  });

  it('from_number with length_digit: 1234567890 → 123456789023; README 123 → 12351', () => {
    expect(createReference('1234567890', 'ocr', { lengthDigit: true })).toBe('123456789023');
    expect(createReference('123', 'ocr', { lengthDigit: true })).toBe('12351');
  });

  it('from_number with pad "0" and length digit: 1234567890 → 1234567890037; README 123 → 123067', () => {
    // banktools-se appends the padding before the length digit; here that is the base + "0".
    expect(createReference('12345678900', 'ocr', { lengthDigit: true })).toBe('1234567890037');
    expect(createReference('1230', 'ocr', { lengthDigit: true })).toBe('123067');
  });

  it('raises when the result would exceed 25 digits, or the input is not numeric', () => {
    expect(() => createReference('1234567890123456789012345', 'ocr')).toThrow(/too long/);
    expect(() => createReference('garbage', 'ocr')).toThrow(/only digits/);
  });

  it('to_number: 1230 is valid, 0 is too short, 00 is valid, 1231 has a bad checksum', () => {
    expect(validateReference('1230', 'ocr').base).toBe('123');
    expect(codes('0', 'ocr')).toEqual(['reference/too-short']);
    expect(isValidReference('00', 'ocr')).toBe(true);
    expect(codes('1231', 'ocr')).toEqual(['reference/bad-check-digit']);
    expect(codes('garbage', 'ocr')).toEqual(['reference/invalid-character']);
  });

  it('to_number with length_digit: 123456789023 → base 1234567890; 12369 has a bad length digit', () => {
    const variable = { ocrControl: { mode: 'variable-length' } } as const;
    expect(validateReference('123456789023', 'ocr', variable).base).toBe('1234567890');
    expect(codes('12369', 'ocr', variable)).toEqual(['reference/bad-length-digit']);
  });

  it('find_all_in_string finds only valid OCRs: "1230 1234 4564" → 1230, 4564; "x1230x" → 1230', () => {
    const values = (text: string, options = {}): string[] =>
      findReferences(text, { schemes: ['ocr'], minLength: 2, findInvoiceNumbers: false, ...options }).map((f) => f.value);
    expect(values('1230 1234 4564')).toEqual(['1230', '4564']);
    expect(values('x1230x')).toEqual(['1230']);
    // With length digit and padding "0" only 123067 and 456061 qualify.
    expect(values('1230 4564 123067 456061', { ocrControl: { mode: 'variable-length' } })).toEqual(['123067', '456061']);
  });
});

describe('Finnish reference: vkomulai/finnish-bank-utils test (fork xkr47/finnish-bank-utils, commit 49570df)', () => {
  const valid = [
    '1234561',
    '1511890656',
    '559582243294671',
    '3222190631525115',
    '1231180652526617',
    '01030100067175800018',
    '3004101416423555',
    '77584747906474893225',
  ];
  const validRf = ['RF341234561', 'RF601511890656', 'RF031030100067175800018', 'RF7677584747906474893225', 'RF847758474790647489'];
  const spaced = [
    ' 123456 1 ',
    '15118 90656',
    '55958 22432 94671',
    '3 22219 06315 25115',
    '1 23118 06525 26617',
    '0 10301 00067 17580 0018',
    '3 00410 14164 23555',
    '77584 74790 64748 93225',
  ];
  const spacedRf = ['RF34 1234 561', 'RF60 1511 8906 56', 'RF03 1030 1000 6717 5800 018', 'RF76 7758 4747 9064 7489 3225', 'RF84 7758 4747 9064 7489'];

  it('accepts the valid national references, with and without spaces', () => {
    for (const ref of [...valid, ...spaced]) expect(isValidReference(ref, 'fi'), ref).toBe(true);
  });

  it('accepts the valid RF forms and turns them back into Finnish references', () => {
    for (const ref of [...validRf, ...spacedRf]) {
      expect(isValidReference(ref, 'rf'), ref).toBe(true);
      expect(safeRfToFinnish(ref).ok, ref).toBe(true);
    }
  });

  it('rejects too short (123, RF12345) and too long (21 digits, 26 characters)', () => {
    expect(codes('123', 'fi')).toEqual(['reference/too-short']);
    expect(codes('RF12345', 'rf')).toEqual(['reference/bad-check-digit']);
    expect(safeRfToFinnish('RF12345').ok).toBe(false);
    expect(codes('123456789012345678901', 'fi')).toEqual(['reference/too-long']);
    expect(codes('RF123456789012345678901234', 'rf')).toEqual(['reference/too-long']);
  });

  it('RF97C2H5OH is a valid RF reference but not a Finnish one', () => {
    expect(isValidReference('RF97C2H5OH', 'rf')).toBe(true);
    const r = safeRfToFinnish('RF97C2H5OH');
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['reference/not-finnish']);
  });

  it('converts national ↔ RF as the library pairs them', () => {
    const pairs: [string, string][] = [
      ['1234561', 'RF341234561'],
      ['1511890656', 'RF601511890656'],
      ['01030100067175800018', 'RF031030100067175800018'],
      ['77584747906474893225', 'RF7677584747906474893225'],
      ['7758474790647489', 'RF847758474790647489'],
    ];
    for (const [fi, rf] of pairs) {
      expect(finnishToRf(fi)).toBe(rf);
      expect(rfToFinnish(rf)).toBe(fi.replace(/^0+/, ''));
    }
  });

  it('formats as formatFinnishRefNumber does', () => {
    const formats: [string, ReferenceSchemeInput, string][] = [
      ['1234561', 'fi', '12 34561'],
      ['RF341234561', 'rf', 'RF34 1234 561'],
      ['1511890656', 'fi', '15118 90656'],
      ['RF60 1511 8906 56', 'rf', 'RF60 1511 8906 56'],
      ['3222190631525115', 'fi', '3 22219 06315 25115'],
      ['123 118 065 252 661 7', 'fi', '1 23118 06525 26617'],
      ['01030100067175800018', 'fi', '1030 10006 71758 00018'],
      ['RF031030100067175800018', 'rf', 'RF03 1030 1000 6717 5800 018'],
      ['3004101416423555', 'fi', '3 00410 14164 23555'],
      ['77584747906474893225', 'fi', '77584 74790 64748 93225'],
      ['rf7677584747906474893225', 'rf', 'RF76 7758 4747 9064 7489 3225'],
    ];
    for (const [input, scheme, shown] of formats) expect(formatReference(input, scheme), input).toBe(shown);
  });

  it('accepts the references of the virtual bar code vectors', () => {
    for (const ref of ['55958 22432 94671', '69 87567 20834 35364', '7 75847 47906 47489']) {
      expect(isValidReference(ref, 'fi'), ref).toBe(true);
    }
    for (const ref of ['RF61 6987 5672 0839', 'RF60 7877 7679 6566 2868 7', 'RF84 7758 4747 9064 7489']) {
      expect(isValidReference(ref, 'rf'), ref).toBe(true);
    }
  });
});

describe('RF: arthurdejong/python-stdnum tests/test_iso11649.doctest (commit 5d4ad17) and stdnum/iso11649.py', () => {
  // "randomly generated at https://www.mobilefish.com/services/creditor_reference/creditor_reference.php"
  const numbers = `
    RF03SW3EZRUFBK RF20QQHM7PAW61EOWO RF206KCJWVH20 RF97XX5ZIC RF66A4E7BF6OI8F23P9 RF888F7P5VQ8TOFTY3LZ
    RF41778UFIFX6LGFHAX RF8676YM2Q3UWC9 RF056TXFK RF800PAG6O89TAU8M5H RF20AN1IJBLFGA RF23EF4UHBVNPLHKG3HZ9SGGT
    RF79KDFLO48OJW9TSCUP7L RF72YW RF14GE30YOI8 RF95SVO25ZY0J RF38W1PAA2QLIPIQVMAYLOH RF80A0CPH RF15O27ZC6D86DZGO
    RF30VXZSLA8 RF87PBDPC22JTUPL98AYLOCK RF14QS8OSM0SGZJHDAJI2S1 RF724P RF0717UP2X0DO9UF6JGIPG8
    RF42J8H8Y0VB5MXP1T24RHM3 RF70JNR RF949BJ0SHL5OELQ0M16 RF75TR2ACY3PGL RF0891RPECRY4EKAIWQK4UZUP
    RF95079AYKHK4C6D8SF RF63RPP1PYBH4K RF28JGS RF80I4 RF55IJ37T88JU5D0XUR6Z3N RF08P RF315S3SM4CXHLHPCCJULF36
    RF25GKZ943I RF10XHXROQ2ZS1 RF032KW3MG RF03Z55N RF93SYT6JCX9BF8STKZTF RF910KN RF4480GWBS4ON16IRYL7T5VN2
    RF02YFL1INOWMIYT2AN RF23PCSFK51V1XJALP RF37K91OEQE0FMBZSBN RF96QP1V07AYT RF2939KX5US7LX3PAN1BNWC0H
    RF02RLPTC78WPBRBZFWSU RF85QEZRRD82 RF529 RF813OATFTW RF02MT56MM6RK3NSA88RKVK RF81WGYFUZZ0TWXHQK
    RF21FYKWJSLDSEV5P8XGPE2 RF75B2UCA8B3KLEP4PNTJA RF401ETPTNN0E83ASNVVNPWU RF11JB RF48T7F6BF5F4H9F9JG RF68C
    RF53AVDW8QM7M6A62 RF382LJGQV501HHZQ6ZS1 RF097 RF73XJXLAL RF95B RF57G RF25282M4CZ5GHSGY3G85G RF498F8Q7S17
    RF701XP4QUW0YV62EI5DQ RF16V1A2WFZ6U8RMNVLE RF78DB1FAB RF7522DRITKFXLL97L45F RF11A8Z RF04X2OY4TYLNF
    RF607WBLIGJT8FLEPYJ RF07YDRKBYAAJTZ9IEMA RF186L RF409UF6078QP RF82K6F RF28AGC RF57G RF1492GE4TE5I7
    RF12EMD86TLG46QZT9Z0WA3I RF056PZYKELS9JY35QWH11 RF288UQN77O6QWX5565 RF12Z7WS5GR9S4 RF17B6V83RKUJCKYSIV
    RF489L8GK4 RF41FWLX RF98FIKGWHA2AK04NMI RF86V26RQ3Z RF72813 RF59OG39OS05B0RBMT RF67B3TIEBWV82
    RF73UYAE6PKWKA7MMR62S0B RF92DIALM RF04J4 RF60OG76HU1XGBIHRU94K RF22EM RF67J7L`
    .trim()
    .split(/\s+/);

  it('every one of the 100 numbers is valid', () => {
    expect(numbers).toHaveLength(100);
    expect(numbers.filter((n) => !isValidReference(n, 'rf'))).toEqual([]);
  });

  it('module doctests: RF18 5390 0754 7034 and RF18 5390 0754 70Y are valid, RF17… has a bad checksum, format groups of 4', () => {
    expect(validateReference('RF18 5390 0754 7034', 'rf').value).toBe('RF18539007547034');
    expect(validateReference('RF18 5390 0754 70Y', 'rf').value).toBe('RF185390075470Y');
    expect(codes('RF17 5390 0754 7034', 'rf')).toEqual(['reference/bad-check-digit']);
    expect(formatReference('RF18539007547034', 'rf')).toBe('RF18 5390 0754 7034');
  });
});

describe('FIK payment id: Business::DK::FI (CPAN, gitpan/Business-DK-FI t/Business/DK/FI) and giro-kort.dk', () => {
  it('026840149965328 is valid, 026840149965327 is not', () => {
    expect(isValidReference('026840149965328', 'fik')).toBe(true);
    expect(codes('026840149965327', 'fik')).toEqual(['reference/bad-check-digit']);
    expect(isValidReference('+71<026840149965328+81234567<', 'fik')).toBe(true);
  });

  it('generate(1) is 000000000000018 (15 digits, +71); giro-kort.dk: 1 → 18, 2 → 26', () => {
    expect(createReference('1', 'fik')).toBe('000000000000018');
    expect(createReference('1', 'fik', { cardType: '75' })).toBe('0000000000000018');
    expect(createReference('2', 'fik').slice(-2)).toBe('26');
  });

  it('rejects 14 and 17 digits, letters, and a non-number', () => {
    expect(codes('12345678901234', 'fik')).toEqual(['reference/too-short']);
    expect(codes('12345678901234567', 'fik')).toEqual(['reference/too-long']);
    expect(codes('0268401A9965328', 'fik')).toEqual(['reference/invalid-character']);
    expect(codes('0', 'fik')).toEqual(['reference/too-short']);
  });
});
