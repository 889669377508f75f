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
