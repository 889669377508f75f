/**
 * `eftkit/accounts`: IBAN (with national check digits), domestic account numbers of NO, SE,
 * DK and FI, Swedish bankgiro and PlusGiro, BIC, US ABA routing numbers, ISO 3166 country
 * codes and SEPA membership.
 *
 * @packageDocumentation
 */
export { AccountError } from './errors';
export { ACCOUNTS_MESSAGES } from './messages';
export type { AccountsIssueCode } from './messages';
export { COUNTRY_ALPHA3 } from './country-codes';
export {
  COUNTRY_CODE_MISTAKES,
  isCountryCode,
  alpha2FromAlpha3,
  countryCodeIssues,
  safeValidateCountryCode,
  validateCountryCode,
} from './countries';
export type { CountryCode } from './countries';
export { SEPA_COUNTRIES, isSepaCountry, NATIONAL_CURRENCIES, nationalCurrency } from './sepa';
export {
  normaliseIban,
  formatIban,
  isValidIban,
  ibanIssues,
  safeValidateIban,
  validateIban,
  ibanFromBban,
  ibanCountrySpec,
  ibanCountries,
} from './iban';
export type { ValidatedIban, IbanOptions, IbanCountrySpec } from './iban';
export { NATIONAL_CHECKS, NATIONAL_CHECK_ABSENT, hasNationalCheck } from './national';
export type { NationalCheck } from './national';
export {
  DOMESTIC_BBAN_COUNTRIES,
  safeValidateBban,
  validateBban,
  safeValidateBankgiro,
  safeValidatePlusgiro,
} from './bban';
export type { DomesticBbanCountry, ValidatedBban } from './bban';
export { SWEDISH_CLEARING_RANGES, swedishClearingRange } from './se-clearing';
export type { SwedishClearingRange } from './se-clearing';
export { normaliseBic, safeValidateBic, validateBic, isValidBic } from './bic';
export type { ValidatedBic } from './bic';
export {
  ABA_ROUTING_PREFIXES,
  ABA_WEIGHTS,
  abaCheckDigit,
  safeValidateAbaRoutingNumber,
  validateAbaRoutingNumber,
  isValidAbaRoutingNumber,
} from './aba';
export { CountryCodeSchema, IbanSchema, BicSchema, AbaRoutingNumberSchema } from './schemas';
