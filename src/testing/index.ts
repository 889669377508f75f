export type { FastCheckApi } from './money';
export { amountStringArbitrary, currencyCodeArbitrary, amountArbitrary } from './money';
export type { AmountArbitraryOptions } from './money';
