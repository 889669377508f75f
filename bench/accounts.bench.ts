/**
 * Accounts: IBAN validations per second, eftkit against the `iban` package and ibantools on
 * the same inputs in one run. Run with `npx vitest bench --run bench/accounts.bench.ts`.
 *
 * eftkit does more than `iban` (national check digits of NO, FI, BE, ES, FR, IT, PL, PT, SI,
 * EE, …); ibantools checks some national digits too. Inputs: 10,000 IBANs of every country
 * the `iban` package knows, 90 % valid and 10 % with one character changed, drawn with a
 * fixed seed.
 */
import fc from 'fast-check';
import IBAN from 'iban';
import * as ibantools from 'ibantools';
import { bench, describe } from 'vitest';
import { formatIban, isValidIban, safeValidateIban } from '../src/accounts';
import { corruptedIbanArbitrary, ibanArbitrary } from '../src/testing';

const valid = fc.sample(ibanArbitrary(fc), { numRuns: 9_000, seed: 20261122 });
const corrupted = fc.sample(corruptedIbanArbitrary(fc), { numRuns: 1_000, seed: 20261123 }).map((c) => c.corrupted);
const electronic = [...valid, ...corrupted];
const printed = electronic.map(formatIban);

describe('validate 10,000 IBANs, electronic format', () => {
  bench('eftkit isValidIban (structure, MOD 97, national check digits)', () => {
    for (const iban of electronic) isValidIban(iban);
  });
  bench('eftkit safeValidateIban (the same, with parts and issues)', () => {
    for (const iban of electronic) safeValidateIban(iban);
  });
  bench('iban isValid (structure, MOD 97)', () => {
    for (const iban of electronic) IBAN.isValid(iban);
  });
  bench('ibantools isValidIBAN (structure, MOD 97, some national checks)', () => {
    for (const iban of electronic) ibantools.isValidIBAN(iban);
  });
});

describe('validate 10,000 IBANs, print format (groups of four)', () => {
  bench('eftkit isValidIban', () => {
    for (const iban of printed) isValidIban(iban);
  });
  bench('iban isValid', () => {
    for (const iban of printed) IBAN.isValid(iban);
  });
  bench('ibantools electronicFormatIBAN + isValidIBAN', () => {
    for (const iban of printed) ibantools.isValidIBAN(ibantools.electronicFormatIBAN(iban) ?? '');
  });
});
