export type { FastCheckApi } from './money';
export { amountStringArbitrary, currencyCodeArbitrary, amountArbitrary } from './money';
export type { AmountArbitraryOptions } from './money';
export {
  isoDateArbitrary,
  invalidIsoDateArbitrary,
  calendarIdArbitrary,
  weekdayArbitrary,
  businessDayConventionArbitrary,
  bankCalendarArbitrary,
  calendarInputArbitrary,
} from './calendar';
export type { IsoDateArbitraryOptions, BusinessDayConventionArbitraryOptions, BankCalendarArbitraryOptions } from './calendar';
