import fc from 'fast-check';
import norwegianNumbers from 'norwegian-numbers';
import { describe, expect, it } from 'vitest';
import {
  createReference,
  detectReference,
  finnishToRf,
  isValidReference,
  rfToFinnish,
  safeCreateReference,
  safeValidateReference,
  type ReferenceScheme,
  type ReferenceSchemeInput,
} from '../../src/references';
import {
  digitsArbitrary,
  finnishReferenceArbitrary,
  fikPaymentLineArbitrary,
  kidArbitrary,
  ocrArbitrary,
  referenceArbitrary,
  rfReferenceArbitrary,
} from '../../src/testing';

const RUNS = { numRuns: 300 };
const DIGIT_SCHEMES: ReferenceScheme[] = ['kid-mod10', 'kid-mod11', 'ocr', 'fi', 'fik'];

/** Replaces the character at `i`. */
function substitute(text: string, i: number, ch: string): string {
  return text.slice(0, i) + ch + text.slice(i + 1);
}

/** Swaps the characters at `i` and `i + 1`. */
function swap(text: string, i: number): string {
  return text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2);
}

/** Independent oracles: BigInt for mod 97, plain digit arrays for the weighted sums. */
const oracle = {
  luhn(value: string): boolean {
    const digits = [...value].reverse().map(Number);
    const sum = digits.reduce((s, d, i) => s + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
    return sum % 10 === 0;
  },
  mod11(value: string): boolean {
    const base = [...value.slice(0, -1)].reverse().map(Number);
    const s = base.reduce((acc, d, i) => acc + d * (2 + (i % 6)), 0);
    const c = 11 - (s % 11);
    return value.slice(-1) === (c === 11 ? '0' : c === 10 ? '-' : String(c));
  },
  rf(value: string): boolean {
    const moved = value.slice(4) + value.slice(0, 4);
    const numeric = [...moved].map((ch) => (/\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55))).join('');
    return BigInt(numeric) % 97n === 1n;
  },
};

describe('create → validate', () => {
  it('every created reference of every scheme validates in that scheme', () => {
    fc.assert(
      fc.property(referenceArbitrary(fc), ({ scheme, value }) => {
        const r = safeValidateReference(value, scheme);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.value).toBe(value);
      }),
      { numRuns: 600 },
    );
  });

  it('OCR with the length digit validates under variable-length control', () => {
    fc.assert(
      fc.property(ocrArbitrary(fc, { lengthDigit: true }), (value) => {
        expect(isValidReference(value, 'ocr', { ocrControl: { mode: 'variable-length' } })).toBe(true);
        expect(value.charAt(value.length - 2)).toBe(String(value.length % 10));
      }),
      RUNS,
    );
  });

  it('FIK payment lines validate and keep their parts', () => {
    fc.assert(
      fc.property(fikPaymentLineArbitrary(fc), (line) => {
        const r = safeValidateReference(line, 'fik');
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.display).toBe(line);
      }),
      RUNS,
    );
  });

  it('a fixed length pads the base with zeros (KID, OCR, Finnish)', () => {
    fc.assert(
      fc.property(digitsArbitrary(fc, { minLength: 3, maxLength: 10 }), fc.integer({ min: 12, max: 20 }), (base, length) => {
        for (const scheme of ['kid-mod10', 'kid-mod11', 'ocr', 'fi'] as const) {
          const value = createReference(base, scheme, { length });
          expect(value).toHaveLength(length);
          expect(isValidReference(value, scheme)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('whitespace, dots and hyphens between characters do not change the result', () => {
    fc.assert(
      fc.property(referenceArbitrary(fc), fc.constantFrom(' ', '.', '  ', '\u00a0'), ({ scheme, value }, sep) => {
        // Group in fours, as people write references.
        const spaced = value.replace(/(.{4})(?=.)/g, `$1${sep}`);
        const r = safeValidateReference(` ${spaced} `, scheme);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.value).toBe(value);
      }),
      RUNS,
    );
  });
});

describe('errors the check digits are meant to catch', () => {
  const digitReference = fc.constantFrom(...DIGIT_SCHEMES).chain((scheme) => referenceArbitrary(fc, scheme));

  it('any single-digit change is caught (Luhn, MOD11, 7-3-1)', () => {
    fc.assert(
      fc.property(digitReference, fc.nat(), fc.integer({ min: 1, max: 9 }), ({ scheme, value }, at, delta) => {
        const i = at % value.length;
        const ch = value.charAt(i);
        const changed = ch === '-' ? substitute(value, i, String(delta)) : substitute(value, i, String((Number(ch) + delta) % 10));
        expect(isValidReference(changed, scheme)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('any digit-for-digit or letter-for-letter change of an RF reference is caught (mod 97)', () => {
    // A digit replaced by a letter changes the length of the numeric form, which mod 97 does
    // not promise to catch; like for like it does.
    fc.assert(
      fc.property(rfReferenceArbitrary(fc), fc.nat(), fc.nat(), (value, at, pick) => {
        const i = 2 + (at % (value.length - 2));
        const pool = /\d/.test(value.charAt(i)) ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
        const ch = pool.charAt(pick % pool.length);
        fc.pre(ch !== value.charAt(i));
        expect(isValidReference(substitute(value, i, ch), 'rf')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('adjacent transpositions of digits: Luhn catches all but 09↔90, MOD11 catches all', () => {
    const luhnSchemes = fc.constantFrom<ReferenceScheme>('kid-mod10', 'ocr', 'fik');
    fc.assert(
      fc.property(luhnSchemes.chain((s) => referenceArbitrary(fc, s)), fc.nat(), ({ scheme, value }, at) => {
        const i = at % (value.length - 1);
        const pair = value.slice(i, i + 2);
        fc.pre(pair[0] !== pair[1] && pair !== '09' && pair !== '90');
        expect(isValidReference(swap(value, i), scheme)).toBe(false);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(kidArbitrary(fc, { method: 'mod11' }), fc.nat(), (value, at) => {
        const i = at % (value.length - 1);
        // A "-" moved inside the KID reads as a separator: not a digit transposition.
        fc.pre(value.charAt(i) !== value.charAt(i + 1) && /\d\d/.test(value.slice(i, i + 2)));
        expect(isValidReference(swap(value, i), 'kid-mod11')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('adjacent transpositions: 7-3-1 catches all whose digits do not differ by 5', () => {
    fc.assert(
      fc.property(finnishReferenceArbitrary(fc), fc.nat(), (value, at) => {
        const i = at % (value.length - 1);
        const diff = Math.abs(Number(value.charAt(i)) - Number(value.charAt(i + 1)));
        fc.pre(diff !== 0 && diff !== 5);
        expect(isValidReference(swap(value, i), 'fi')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('adjacent transpositions of two digits in an RF reference are caught', () => {
    fc.assert(
      fc.property(rfReferenceArbitrary(fc), fc.nat(), (value, at) => {
        const i = 2 + (at % (value.length - 3));
        const a = value.charAt(i);
        const b = value.charAt(i + 1);
        fc.pre(/\d/.test(a) && /\d/.test(b) && a !== b);
        expect(isValidReference(swap(value, i), 'rf')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('long references are exact (nothing goes through Number)', () => {
  it('25-character KIDs and OCRs agree with digit-array oracles', () => {
    fc.assert(
      fc.property(digitsArbitrary(fc, { minLength: 24, maxLength: 24 }), fc.integer({ min: 0, max: 10 }), (base, last) => {
        const candidate10 = base + String(last % 10);
        expect(isValidReference(candidate10, 'kid-mod10')).toBe(oracle.luhn(candidate10));
        expect(isValidReference(candidate10, 'ocr')).toBe(oracle.luhn(candidate10));
        const candidate11 = base + (last === 10 ? '-' : String(last));
        expect(isValidReference(candidate11, 'kid-mod11')).toBe(oracle.mod11(candidate11));
      }),
      { numRuns: 1000 },
    );
  });

  it('RF references up to 25 characters agree with a BigInt mod 97', () => {
    const body = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 1, maxLength: 21 });
    fc.assert(
      fc.property(body, fc.integer({ min: 2, max: 98 }), (b, check) => {
        const candidate = `RF${String(check).padStart(2, '0')}${b}`;
        expect(isValidReference(candidate, 'rf')).toBe(oracle.rf(candidate));
      }),
      { numRuns: 1000 },
    );
  });

  it('norwegian-numbers loses precision on long KIDs where eftkit does not', () => {
    // Values that norwegian-numbers 1.0.9 gets wrong: it reads the base with parseInt, so
    // beyond 2^53 the digits change and beyond 10^21 the number turns into exponent notation.
    const long = ['123456789012345671', '1234567890123456785', '12345678901234567894', '1234567890123456789012'];
    for (const kid of long) {
      expect(isValidReference(kid, 'kid-mod10'), kid).toBe(true);
      expect(norwegianNumbers.verifyKidNumber(kid, 'MOD10'), kid).toBe(false);
    }
    const long11 = ['123456789012345673', '1234567890123456786', '123456789012345678901-', '1234567890123456789012341'];
    for (const kid of long11) {
      expect(isValidReference(kid, 'kid-mod11'), kid).toBe(true);
      expect(norwegianNumbers.verifyKidNumber(kid, 'MOD11'), kid).toBe(false);
    }
    // …and it makes a wrong check digit for a 17-digit base.
    const made = norwegianNumbers.makeKidNumber('12345678901234567', 'MOD10');
    expect(made).toBe('123456789012345679');
    expect(isValidReference(made, 'kid-mod10')).toBe(false);
    expect(createReference('12345678901234567', 'kid-mod10')).toBe('123456789012345671');
  });

  it('on short KIDs both libraries agree', () => {
    fc.assert(
      fc.property(digitsArbitrary(fc, { minLength: 2, maxLength: 15 }), (kid) => {
        expect(isValidReference(kid, 'kid-mod10')).toBe(norwegianNumbers.verifyKidNumber(kid, 'MOD10'));
        expect(isValidReference(kid, 'kid-mod11')).toBe(norwegianNumbers.verifyKidNumber(kid, 'MOD11'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('conversions and detection', () => {
  it('Finnish → RF → Finnish is the identity (up to leading zeros)', () => {
    fc.assert(
      fc.property(finnishReferenceArbitrary(fc), (fi) => {
        const rf = finnishToRf(fi);
        expect(isValidReference(rf, 'rf')).toBe(true);
        expect(rfToFinnish(rf)).toBe(fi.replace(/^0+/, '').padStart(4, '0'));
      }),
      RUNS,
    );
  });

  it('detectReference lists the scheme a reference was made in', () => {
    fc.assert(
      fc.property(referenceArbitrary(fc), ({ scheme, value }) => {
        expect(detectReference(value)).toContain(scheme);
      }),
      RUNS,
    );
  });

  it('isValidReference (with its fast path for plain digits) agrees with safeValidateReference', () => {
    const schemes: ReferenceSchemeInput[] = ['kid', 'kid-mod10', 'kid-mod11', 'ocr', 'fi', 'rf', 'fik'];
    const text = fc.oneof(
      digitsArbitrary(fc, { minLength: 0, maxLength: 27 }),
      referenceArbitrary(fc).map((r) => r.value),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...schemes), (t, scheme) => {
        expect(isValidReference(t, scheme)).toBe(safeValidateReference(t, scheme).ok);
      }),
      { numRuns: 2000 },
    );
  });

  it('validation never throws, whatever the text and scheme', () => {
    const schemes: ReferenceSchemeInput[] = ['kid', 'kid-mod10', 'kid-mod11', 'ocr', 'fi', 'rf', 'fik'];
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...schemes), (text, scheme) => {
        const r = safeValidateReference(text, scheme);
        if (!r.ok) for (const i of r.issues) expect(i.code).toMatch(/^reference\//);
        expect(safeCreateReference(text, scheme === 'kid' ? 'kid-mod10' : scheme).ok).toBeTypeOf('boolean');
      }),
      RUNS,
    );
  });
});
