import type * as FastCheck from 'fast-check';
import { ABA_ROUTING_PREFIXES, abaCheckDigit } from '../accounts/aba';
import { luhnCheckDigit } from '../accounts/check-digits';
import { COUNTRY_ALPHA3 } from '../accounts/country-codes';
import { ibanCountries, ibanCountrySpec, ibanFromBban, isValidIban } from '../accounts/iban';
import { completeNationalCheck, hasNationalCheck, norwegianCheckDigit } from '../accounts/national';
import { SWEDISH_CLEARING_RANGES } from '../accounts/se-clearing';
import type { FastCheckApi } from './money';

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function charsOf(fc: FastCheckApi, alphabet: string, length: number): FastCheck.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength: length, maxLength: length });
}

function digits(fc: FastCheckApi, length: number): FastCheck.Arbitrary<string> {
  return charsOf(fc, DIGITS, length);
}

/** A BBAN of a country's layout (the `iban` package's structure string), random in every place. */
function bbanOfStructure(fc: FastCheckApi, structure: string): FastCheck.Arbitrary<string> {
  const blocks = (structure.match(/.{3}/g) ?? []).map((b) => {
    const count = Number(b.slice(1));
    const alphabet = b[0] === 'F' ? DIGITS : b[0] === 'U' || b[0] === 'C' ? UPPER : DIGITS + UPPER;
    return charsOf(fc, alphabet, count);
  });
  return fc.tuple(...blocks).map((parts) => parts.join(''));
}

/** Options of {@link ibanArbitrary}. */
export interface IbanArbitraryOptions {
  /** Countries to draw from; default every country the `iban` package knows. */
  readonly countries?: readonly string[];
}

/**
 * Valid IBANs in electronic format: a random BBAN in the country's layout, its national check
 * digits filled in where the country has them (NO, FI, BE, ES, FR, IT, PL, PT, SI, EE, …),
 * and the ISO 13616 check digits. Every value passes `isValidIban`.
 */
export function ibanArbitrary(fc: FastCheckApi, options: IbanArbitraryOptions = {}): FastCheck.Arbitrary<string> {
  const countries = options.countries ?? ibanCountries();
  return fc
    .constantFrom(...countries)
    .chain((country) => {
      const spec = ibanCountrySpec(country);
      if (spec === undefined) throw new Error(`No IBAN layout for ${country}`);
      return bbanOfStructure(fc, spec.structure).map((bban) => {
        const completed = hasNationalCheck(country) ? completeNationalCheck(country, bban) : bban;
        return completed === undefined ? undefined : ibanFromBban(country, completed);
      });
    })
    .filter((iban): iban is string => iban !== undefined && isValidIban(iban));
}

/** The characters a corruption may put in: digits and capitals (what an IBAN is made of). */
const IBAN_CHARACTERS = DIGITS + UPPER;

/** A valid IBAN and the same IBAN with one character replaced. */
export interface CorruptedIban {
  /** The valid IBAN. */
  readonly original: string;
  /** The IBAN with one character replaced by a different one. */
  readonly corrupted: string;
  /** Index of the replaced character. */
  readonly position: number;
}

/**
 * A valid IBAN and a copy with exactly one character replaced by another of the same class
 * (digit for digit, letter for letter): ISO 7064 MOD 97-10 detects every such substitution,
 * so the copy is always invalid. (A digit replaced by a letter in an alphanumeric place is
 * caught only 96 times in 97 by MOD 97-10, as the standard says; those are left out here.)
 */
export function corruptedIbanArbitrary(fc: FastCheckApi, options: IbanArbitraryOptions = {}): FastCheck.Arbitrary<CorruptedIban> {
  return ibanArbitrary(fc, options).chain((original) =>
    fc.tuple(fc.nat({ max: original.length - 1 }), fc.nat({ max: 25 })).map(([position, pick]) => {
      const old = original[position] ?? '0';
      const alphabet = DIGITS.includes(old) ? DIGITS : UPPER;
      const others = [...alphabet].filter((c) => c !== old);
      const replacement = others[pick % others.length] ?? '0';
      return { original, corrupted: original.slice(0, position) + replacement + original.slice(position + 1), position };
    }),
  );
}

/** Any of the characters an IBAN can hold, for corruption tests across classes. */
export function ibanCharacterArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return fc.constantFrom(...IBAN_CHARACTERS);
}

/**
 * Valid BICs: 4 capitals, a known ISO 3166 country, a location code that pain.001.001.03 also
 * accepts (not a test BIC), and an optional branch code (`XXX` or 3 characters not starting
 * with X).
 */
export function bicArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  const countries = Object.keys(COUNTRY_ALPHA3);
  const branch = fc.oneof(
    fc.constant(''),
    fc.constant('XXX'),
    fc.tuple(charsOf(fc, UPPER.replace('X', '') + DIGITS, 1), charsOf(fc, UPPER + DIGITS, 2)).map(([a, b]) => a + b),
  );
  return fc
    .tuple(charsOf(fc, UPPER, 4), fc.constantFrom(...countries), charsOf(fc, UPPER + '23456789', 1), charsOf(fc, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789', 1), branch)
    .map(([bank, country, l1, l2, b]) => `${bank}${country}${l1}${l2}${b}`);
}

/** Valid US ABA routing numbers: a Federal Reserve prefix, six digits and the 3-7-1 check digit. */
export function abaRoutingNumberArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...ABA_ROUTING_PREFIXES), digits(fc, 6)).map(([prefix, rest]) => {
    const eight = prefix + rest;
    return eight + String(abaCheckDigit(eight));
  });
}

/** MOD 11 check digit with weights 1, 2, … from the right where the check digit has weight 1; −1 if none. */
function swedishMod11Digit(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, k = 1; i >= 0; i -= 1, k += 1) sum += (body.charCodeAt(i) - 48) * ((k % 10) + 1);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? -1 : c;
}

/** Valid Swedish domestic account numbers (clearing number + account) over every clearing range. */
export function swedishBbanArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return fc
    .constantFrom(...SWEDISH_CLEARING_RANGES)
    .chain((range) =>
      fc.tuple(fc.integer({ min: range.from, max: range.to }), fc.integer({ min: Math.max(range.minDigits, 2), max: range.maxDigits })).chain(([clearingNo, length]) => {
        const clearing = String(clearingNo);
        if (range.type === 1) {
          return digits(fc, 6).map((body) => {
            const checked = range.comment === 1 ? clearing.slice(1) + body : clearing + body;
            const c = swedishMod11Digit(checked);
            return c < 0 ? undefined : `${clearing}-${body}${c}`;
          });
        }
        if (range.comment === 2) {
          return digits(fc, 8).map((body) => {
            const c = swedishMod11Digit(body);
            return c < 0 ? undefined : `${clearing}-${body}${c}`;
          });
        }
        const fullClearing = range.from === 8000 ? clearing + String(luhnCheckDigit(clearing)) : clearing;
        return digits(fc, length - 1).map((body) => `${fullClearing}-${body}${luhnCheckDigit(body.padStart(9, '0'))}`);
      }),
    )
    .filter((v): v is string => v !== undefined);
}

/** Valid domestic account numbers of a Nordic country, in the form people write them. */
export function bbanArbitrary(fc: FastCheckApi, country: 'NO' | 'SE' | 'DK' | 'FI'): FastCheck.Arbitrary<string> {
  switch (country) {
    case 'NO':
      return digits(fc, 10)
        .map((body) => {
          const c = norwegianCheckDigit(body);
          return c < 0 ? undefined : `${body.slice(0, 4)}.${body.slice(4, 6)}.${body.slice(6)}${c}`;
        })
        .filter((v): v is string => v !== undefined);
    case 'FI':
      return digits(fc, 13).map((body) => body + String(luhnCheckDigit(body)));
    case 'DK':
      return fc.tuple(digits(fc, 4), fc.integer({ min: 1, max: 10 }).chain((n) => digits(fc, n))).map(([reg, account]) => `${reg} ${account}`);
    default:
      return swedishBbanArbitrary(fc);
  }
}

/** Valid Swedish bankgiro numbers, written `NNN-NNNN` or `NNNN-NNNN`. */
export function bankgiroArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return fc.integer({ min: 6, max: 7 }).chain((n) =>
    digits(fc, n).map((body) => {
      const full = body + String(luhnCheckDigit(body));
      return `${full.slice(0, full.length - 4)}-${full.slice(-4)}`;
    }),
  );
}

/** Valid Swedish PlusGiro numbers (2–8 digits), written with the check digit after a dash. */
export function plusgiroArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return fc.integer({ min: 1, max: 7 }).chain((n) => digits(fc, n).map((body) => `${body}-${luhnCheckDigit(body)}`));
}

/** ISO 3166-1 alpha-2 country codes eftkit knows. */
export function countryCodeArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return fc.constantFrom(...Object.keys(COUNTRY_ALPHA3));
}
