import type * as FastCheck from 'fast-check';
import { BUSINESS_DAY_CONVENTIONS, type BusinessDayConvention } from '../calendar/adjust';
import { BankCalendar, createBankCalendar } from '../calendar/bank-calendar';
import { CALENDAR_IDS } from '../calendar/calendars';
import { WEEKDAYS, daysInMonth, formatIsoDate, fromEpochDay, toEpochDay, type IsoDate, type Weekday } from '../calendar/dates';
import type { CalendarId } from '../calendar/rules';
import type { FastCheckApi } from './money';

/** Options of {@link isoDateArbitrary}. */
export interface IsoDateArbitraryOptions {
  /** First year; default 1900. */
  readonly minYear?: number;
  /** Last year; default 2200. */
  readonly maxYear?: number;
}

/** Real dates `YYYY-MM-DD` between 1 January of `minYear` and 31 December of `maxYear`. */
export function isoDateArbitrary(fc: FastCheckApi, options: IsoDateArbitraryOptions = {}): FastCheck.Arbitrary<IsoDate> {
  const min = toEpochDay(options.minYear ?? 1900, 1, 1);
  const max = toEpochDay(options.maxYear ?? 2200, 12, 31);
  return fc.integer({ min, max }).map((n) => {
    const { year, month, day } = fromEpochDay(n);
    return formatIsoDate(year, month, day);
  });
}

/**
 * Strings shaped `YYYY-MM-DD` that are not dates: day 0, a day past the month's end
 * (`2026-02-30`, `2025-02-29`), month 00 or 13.
 */
export function invalidIsoDateArbitrary(fc: FastCheckApi, options: IsoDateArbitraryOptions = {}): FastCheck.Arbitrary<string> {
  const year = fc.integer({ min: options.minYear ?? 1900, max: options.maxYear ?? 2200 });
  const pad = (n: number): string => String(n).padStart(2, '0');
  const pastEnd = fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .chain(([y, m]) => fc.integer({ min: daysInMonth(y, m) + 1, max: 99 }).map((d) => `${y}-${pad(m)}-${pad(d)}`));
  const dayZero = fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}-00`);
  const badMonth = fc
    .tuple(year, fc.constantFrom(0, 13, 20, 99), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
  return fc.oneof(pastEnd, dayZero, badMonth);
}

/** Ids of eftkit's calendars. */
export function calendarIdArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<CalendarId> {
  return fc.constantFrom(...CALENDAR_IDS);
}

/** Weekdays, `monday` … `sunday`. */
export function weekdayArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<Weekday> {
  return fc.constantFrom(...WEEKDAYS);
}

/** Options of {@link businessDayConventionArbitrary}. */
export interface BusinessDayConventionArbitraryOptions {
  /** Include `none` (which never moves a date); default true. */
  readonly includeNone?: boolean;
}

/** Business-day conventions, including the ERP's `before` and `after`. */
export function businessDayConventionArbitrary(
  fc: FastCheckApi,
  options: BusinessDayConventionArbitraryOptions = {},
): FastCheck.Arbitrary<BusinessDayConvention> {
  const list = BUSINESS_DAY_CONVENTIONS.filter((c) => options.includeNone !== false || c !== 'none');
  return fc.constantFrom(...list);
}

/** Options of {@link bankCalendarArbitrary}. */
export interface BankCalendarArbitraryOptions extends IsoDateArbitraryOptions {
  /** Most extra closed or open dates; default 4. */
  readonly maxExtraDates?: number;
}

/**
 * Calendars as a company would build them: one or two of eftkit's calendars, maybe some days
 * without payments (always leaving a weekday open), maybe a few extra closed and open dates
 * from a bank's notice (never the same date in both).
 */
export function bankCalendarArbitrary(fc: FastCheckApi, options: BankCalendarArbitraryOptions = {}): FastCheck.Arbitrary<BankCalendar> {
  const maxExtra = options.maxExtraDates ?? 4;
  const date = isoDateArbitrary(fc, options);
  return fc
    .record({
      calendars: fc.uniqueArray(calendarIdArbitrary(fc), { minLength: 1, maxLength: 2 }),
      daysWithoutPayments: fc.uniqueArray(fc.constantFrom<Weekday>('monday', 'tuesday', 'wednesday', 'thursday', 'friday'), {
        maxLength: 3,
      }),
      extraClosedDates: fc.uniqueArray(date, { maxLength: maxExtra }),
      extraOpenDates: fc.uniqueArray(date, { maxLength: maxExtra }),
    })
    .map(({ calendars, daysWithoutPayments, extraClosedDates, extraOpenDates }) =>
      createBankCalendar({
        calendars,
        daysWithoutPayments,
        extraClosedDates: extraClosedDates.map((d) => ({ date: d, name: 'Notice' })),
        extraOpenDates: extraOpenDates.filter((d) => !extraClosedDates.includes(d)),
      }),
    );
}

/** eftkit's calendars or company calendars built from them (see {@link bankCalendarArbitrary}). */
export function calendarInputArbitrary(
  fc: FastCheckApi,
  options: BankCalendarArbitraryOptions = {},
): FastCheck.Arbitrary<BankCalendar | CalendarId> {
  return fc.oneof(calendarIdArbitrary(fc), bankCalendarArbitrary(fc, options));
}
