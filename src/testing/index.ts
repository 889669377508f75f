export type { FastCheckApi } from './money';
export { amountStringArbitrary, currencyCodeArbitrary, amountArbitrary } from './money';
export type { AmountArbitraryOptions } from './money';
export {
  ibanArbitrary,
  corruptedIbanArbitrary,
  ibanCharacterArbitrary,
  bicArbitrary,
  abaRoutingNumberArbitrary,
  bbanArbitrary,
  swedishBbanArbitrary,
  bankgiroArbitrary,
  plusgiroArbitrary,
  countryCodeArbitrary,
} from './accounts';
export type { IbanArbitraryOptions, CorruptedIban } from './accounts';
export {
  isoDateArbitrary,
  postalAddressArbitrary,
  payingCompanyArbitrary,
  paymentLineArbitrary,
  paymentSuggestionArbitrary,
  lineCorruptionArbitrary,
} from './validation';
export type { PaymentLineArbitraryOptions, PaymentSuggestionArbitraryOptions, LineCorruption } from './validation';
