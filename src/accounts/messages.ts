/** Issue codes of the accounts module. Stable: switch on them, never on messages. */
export type AccountsIssueCode =
  | 'country/empty'
  | 'country/invalid-format'
  | 'country/alpha-3'
  | 'country/not-iso'
  | 'country/unknown'
  | 'iban/empty'
  | 'iban/invalid-characters'
  | 'iban/unknown-country'
  | 'iban/invalid-length'
  | 'iban/invalid-structure'
  | 'iban/bad-check-digits'
  | 'iban/bad-national-check-digit'
  | 'bban/empty'
  | 'bban/invalid-characters'
  | 'bban/invalid-length'
  | 'bban/bad-check-digit'
  | 'bban/unknown-clearing-number'
  | 'bban/bad-clearing-check-digit'
  | 'bban/unsupported-country'
  | 'bankgiro/invalid-format'
  | 'bankgiro/bad-check-digit'
  | 'plusgiro/invalid-format'
  | 'plusgiro/bad-check-digit'
  | 'bic/empty'
  | 'bic/invalid-length'
  | 'bic/invalid-characters'
  | 'bic/invalid-format'
  | 'bic/unknown-country'
  | 'bic/test-code'
  | 'bic/old-format'
  | 'aba/empty'
  | 'aba/invalid-format'
  | 'aba/unknown-prefix'
  | 'aba/bad-check-digit';

const show = (s: string): string => (s.length > 50 ? `${s.slice(0, 47)}…` : s);

/** Messages a bookkeeper understands, one per code. */
export const ACCOUNTS_MESSAGES = {
  countryEmpty: 'The country code is empty.',
  countryFormat: (input: string): string =>
    `"${show(input)}" is not a country code. Use the two capital letters of ISO 3166, like NO or SE.`,
  countryAlpha3: (input: string, alpha2: string): string =>
    `"${input}" is a three-letter country code. The bank needs the two-letter ISO code: "${alpha2}".`,
  countryAlpha3Unknown: (input: string): string =>
    `"${input}" has three letters. The bank needs the two-letter ISO 3166 country code, like NO or SE.`,
  countryNotIso: (input: string, iso: string): string => `"${input}" is not an ISO country code; use "${iso}".`,
  countryUnknown: (input: string): string => `"${input}" is not an ISO 3166 country code.`,

  ibanEmpty: 'The IBAN is empty.',
  ibanCharacters: (input: string): string =>
    `"${show(input)}" has characters an IBAN cannot have. An IBAN has only letters and digits (spaces are allowed between groups).`,
  ibanUnknownCountry: (country: string, isCountry: boolean): string =>
    isCountry
      ? `${country} does not use IBANs (or eftkit does not know its IBAN layout). Give the account number and the bank's BIC instead.`
      : `An IBAN starts with a two-letter country code; "${show(country)}" is not one.`,
  ibanLength: (country: string, expected: number, actual: number): string =>
    `An IBAN from ${country} has ${expected} characters, but this one has ${actual}.`,
  ibanStructure: (country: string): string =>
    `This IBAN does not have the layout of ${country} account numbers (letters where digits belong, or the other way round).`,
  ibanCheckDigits: (given: string, expected: string): string =>
    `The IBAN check digits are wrong (${given}; they would be ${expected} for this account). Check the IBAN for a typing error.`,
  ibanNational: (country: string, check: string): string =>
    `The account number inside this IBAN fails the ${country} check digit (${check}). Check the IBAN for a typing error.`,

  bbanEmpty: 'The account number is empty.',
  bbanCharacters: (input: string): string =>
    `"${show(input)}" has characters an account number cannot have. Use digits (spaces, dots and dashes between groups are fine).`,
  bbanLength: (country: string, expected: string, actual: number): string =>
    `A ${country} account number has ${expected} digits, but this one has ${actual}.`,
  bbanCheckDigit: (country: string): string =>
    `The check digit of this ${country} account number is wrong. Check the number for a typing error.`,
  bbanNoCheckDigit: (country: string): string =>
    `No valid ${country} account number can start like this (the check digit would be 10). Check the number for a typing error.`,
  bbanClearing: (clearing: string): string => `${clearing} is not a Swedish clearing number of a bank.`,
  bbanClearingCheck: (clearing: string): string =>
    `The check digit of the Swedbank clearing number ${clearing} is wrong.`,
  bbanUnsupported: (country: string): string =>
    `eftkit checks domestic account numbers of NO, SE, DK and FI only, not ${country}. Use the IBAN.`,
  bankgiroFormat: (input: string): string =>
    `"${show(input)}" is not a bankgiro number. A bankgiro number has 7 or 8 digits, like 5402-9681.`,
  bankgiroCheck: 'The check digit of the bankgiro number is wrong.',
  plusgiroFormat: (input: string): string =>
    `"${show(input)}" is not a PlusGiro number. A PlusGiro number has 2 to 8 digits, like 28 65 43-4.`,
  plusgiroCheck: 'The check digit of the PlusGiro number is wrong.',

  bicEmpty: 'The BIC (SWIFT code) is empty.',
  bicLength: (input: string, length: number): string =>
    `"${show(input)}" has ${length} characters; a BIC (SWIFT code) has 8 or 11.`,
  bicCharacters: (input: string): string => `"${show(input)}" is not a BIC (SWIFT code): use only letters and digits.`,
  bicFormat: (input: string): string =>
    `"${show(input)}" is not a BIC (SWIFT code). A BIC is 4 letters or digits for the bank, the 2-letter country, 2 for the place and an optional 3-character branch, like DNBANOKK.`,
  bicCountry: (input: string, country: string): string =>
    `"${input}" has "${country}" where a BIC has its country, and that is not an ISO country code.`,
  bicTest: (input: string): string => `"${input}" is a SWIFT test BIC (a 0 in the 8th place); it cannot receive live payments.`,
  bicOldFormat: (input: string): string =>
    `"${input}" uses a form that ISO 20022 messages of 2009 (pain.001.001.03) do not accept; banks still on that version may reject it.`,

  abaEmpty: 'The routing number (ABA) is empty.',
  abaFormat: (input: string): string =>
    `"${show(input)}" is not a US routing number (ABA). A routing number has exactly 9 digits.`,
  abaPrefix: (input: string): string =>
    `"${input}" does not start with a Federal Reserve routing symbol (00–12, 21–32, 61–72 or 80).`,
  abaCheck: (input: string): string =>
    `The check digit of the routing number ${input} is wrong. Check the number for a typing error.`,
} as const;
