export { CalendarError, MIN_YEAR, MAX_YEAR, WEEKDAYS, safeParseIsoDate, parseIsoDate, isIsoDate, weekdayOf } from './dates';
export type { IsoDate, Weekday, DateParts } from './dates';
export { easterSunday } from './easter';
export type {
  CalendarDefinition,
  CalendarId,
  CalendarSource,
  HolidayRule,
  HolidayRuleBase,
  FixedDateRule,
  EasterRule,
  NthWeekdayRule,
  WeekdayBetweenRule,
  OneOffRule,
  RuleOccurrence,
} from './rules';
export {
  NORWAY,
  SWEDEN,
  DENMARK,
  FINLAND,
  TARGET2,
  FEDWIRE,
  CALENDAR_DEFINITIONS,
  CALENDAR_IDS,
  COUNTRY_CALENDARS,
  CURRENCY_CALENDARS,
} from './calendars';
export {
  BankCalendar,
  BANK_CALENDARS,
  getBankCalendar,
  createBankCalendar,
  safeCreateBankCalendar,
  calendarFor,
  safeCalendarFor,
} from './bank-calendar';
export type { BankCalendarOptions, CalendarForOptions, ClosureKind, ClosureReason, ExtraDate } from './bank-calendar';
export {
  isBankDay,
  nextBankDay,
  previousBankDay,
  addBankDays,
  bankDaysBetween,
  closureReasons,
  listClosedDays,
  listHolidays,
} from './bank-days';
export type { CalendarInput, ClosedDay, Holiday, ListClosedDaysOptions } from './bank-days';
export { adjustPaymentDate, safeAdjustPaymentDate, BUSINESS_DAY_CONVENTIONS } from './adjust';
export type { AdjustPaymentDateOptions, BusinessDayConvention, PaymentDateAdjustment } from './adjust';
export { CALENDAR_MESSAGES, describeReasons } from './messages';
export type { CalendarIssueCode } from './messages';
export {
  IsoDateSchema,
  WeekdaySchema,
  CalendarIdSchema,
  BusinessDayConventionSchema,
  ExtraDateSchema,
  CalendarForSchema,
  PaymentDateRuleSchema,
} from './schemas';
export type { ExtraDateObjectShape, CalendarForShape, PaymentDateRuleShape } from './schemas';
