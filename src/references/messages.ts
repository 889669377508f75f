/** Issue codes of the references module. Stable: switch on them, never on messages. */
export type ReferenceIssueCode =
  | 'reference/empty'
  | 'reference/too-short'
  | 'reference/too-long'
  | 'reference/wrong-length'
  | 'reference/invalid-character'
  | 'reference/invalid-format'
  | 'reference/bad-check-digit'
  | 'reference/bad-length-digit'
  | 'reference/unsupported-card-type'
  | 'reference/bad-creditor-number'
  | 'reference/not-finnish'
  | 'reference/unknown-scheme';

/** The name of each scheme as a bookkeeper knows it, used in messages. */
export const SCHEME_NAMES = {
  'kid-mod10': 'KID (MOD10)',
  'kid-mod11': 'KID (MOD11)',
  kid: 'KID',
  ocr: 'OCR reference',
  fi: 'Finnish reference',
  rf: 'RF creditor reference',
  fik: 'FIK payment id',
} as const;

/** Messages a bookkeeper understands, one per situation. */
export const REFERENCE_MESSAGES = {
  empty: (name: string): string => `The ${name} is empty.`,
  tooShort: (name: string, input: string, min: number): string =>
    `The ${name} "${input}" is too short: it needs at least ${min} characters, check digit included.`,
  tooLong: (name: string, input: string, max: number): string =>
    `The ${name} "${input}" is too long: it may have at most ${max} characters, check digit included.`,
  wrongLength: (name: string, input: string, lengths: readonly number[]): string =>
    `The ${name} "${input}" has ${input.length} characters, but the agreement with the bank says ${lengths.join(' or ')}.`,
  invalidCharacter: (name: string, input: string, chars: string, allowed: string): string =>
    `The ${name} "${input}" contains ${chars}; it may contain only ${allowed}.`,
  invalidFormat: (name: string, input: string, example: string): string =>
    `"${input}" is not written like a ${name}. It looks like ${example}.`,
  badCheckDigit: (name: string, input: string, expected: string): string =>
    `The ${name} "${input}" has a wrong check digit: it should end in ${expected}. Check it for a typing error.`,
  badCheckDigitsRf: (input: string): string =>
    `The RF creditor reference "${input}" has wrong check digits (the two digits after RF). Check it for a typing error.`,
  badCheckDigitEither: (input: string): string =>
    `The KID "${input}" has a wrong check digit for both MOD10 and MOD11. Check it for a typing error.`,
  badLengthDigit: (input: string, expected: string): string =>
    `The OCR reference "${input}" has a wrong length digit: the second-to-last digit should be ${expected} (its length).`,
  unsupportedCardType: (cardType: string): string =>
    `Card type +${cardType} is not supported. eftkit reads the FIK card types +71, +73 and +75.`,
  badCreditorNumber: (creditor: string): string =>
    `The creditor number "${creditor}" of the payment line must be 8 digits.`,
  notFinnish: (input: string): string =>
    `The RF creditor reference "${input}" does not hold a Finnish reference, so it cannot be turned into one.`,
  baseEmpty: (name: string): string => `There is nothing to make a ${name} from: the number is empty.`,
  baseTooShort: (name: string, base: string, min: number): string =>
    `A ${name} needs at least ${min} digits before the check digit; "${base}" has ${base.length}.`,
  baseTooLong: (name: string, base: string, max: number): string =>
    `"${base}" is too long to make a ${name}: at most ${max} characters fit before the check digit(s).`,
  baseInvalidCharacter: (name: string, base: string, chars: string, allowed: string): string =>
    `A ${name} cannot be made from "${base}": it contains ${chars}, and may contain only ${allowed}.`,
  badTargetLength: (name: string, length: number, min: number, max: number): string =>
    `A ${name} of ${length} characters is not possible: the length must be between ${min} and ${max}.`,
  unknownScheme: (scheme: string): string =>
    `"${scheme}" is not a reference scheme eftkit knows (kid, kid-mod10, kid-mod11, ocr, fi, rf, fik).`,
} as const;
