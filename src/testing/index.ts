export type { FastCheckApi } from './money';
export { amountStringArbitrary, currencyCodeArbitrary, amountArbitrary } from './money';
export type { AmountArbitraryOptions } from './money';
export {
  digitsArbitrary,
  kidArbitrary,
  ocrArbitrary,
  finnishReferenceArbitrary,
  rfReferenceArbitrary,
  fikPaymentIdArbitrary,
  fikPaymentLineArbitrary,
  referenceArbitrary,
} from './references';
export type { DigitsArbitraryOptions, KidArbitraryOptions, OcrArbitraryOptions } from './references';
export { factoringDefinitionArbitrary, cidNumbersArbitrary, definitionWithCidArbitrary } from './cid';
export type { FactoringDefinitionArbitraryOptions } from './cid';
export { ibanArbitrary, corruptedIbanArbitrary, ibanCharacterArbitrary, bicArbitrary, abaRoutingNumberArbitrary } from './accounts';
export { bbanArbitrary, swedishBbanArbitrary, bankgiroArbitrary, plusgiroArbitrary, countryCodeArbitrary } from './accounts';
export type { IbanArbitraryOptions, CorruptedIban } from './accounts';
export { isoDateArbitrary, postalAddressArbitrary, payingCompanyArbitrary, paymentLineArbitrary } from './validation';
export { paymentSuggestionArbitrary, lineCorruptionArbitrary } from './validation';
export type { PaymentLineArbitraryOptions, PaymentSuggestionArbitraryOptions, LineCorruption } from './validation';
  isoDateArbitrary,
  invalidIsoDateArbitrary,
  calendarIdArbitrary,
  weekdayArbitrary,
  businessDayConventionArbitrary,
  bankCalendarArbitrary,
  calendarInputArbitrary,
} from './calendar';
export type { IsoDateArbitraryOptions, BusinessDayConventionArbitraryOptions, BankCalendarArbitraryOptions } from './calendar';
