import { EftkitError, fail, issue, ok, unwrap, type IssuePath, type Result } from '../errors';
import { CALENDAR_MESSAGES } from './messages';

/**
 * A calendar date written `YYYY-MM-DD` (`2026-12-24`), without time or time zone. Payment
 * dates are days, not instants: eftkit never turns them into a `Date` in local time.
 */
export type IsoDate = string;

/** Thrown by the calendar functions; `code` is one of {@link CalendarIssueCode}. */
export class CalendarError extends EftkitError {
  override readonly name: string = 'CalendarError';
}

/**
 * The first year eftkit's calendars cover: the first full year of the Gregorian calendar,
 * which the Easter computation assumes.
 */
export const MIN_YEAR: number = 1583;
/** The last year eftkit's calendars cover (the last one with four digits). */
export const MAX_YEAR: number = 9999;

/** A day of the week, as the ERP's "days without payments" setting names them. */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** The weekdays in ISO order: index 0 is Monday (ISO 1), index 6 is Sunday (ISO 7). */
export const WEEKDAYS: readonly Weekday[] = Object.freeze([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const);

// Days before each month in a common year, January first.
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** @internal True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @internal Days in a month (1-based) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** @internal Days in a year. */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** @internal The 0-based day of the year of a valid date. */
export function dayOfYear(year: number, month: number, day: number): number {
  return (DAYS_BEFORE_MONTH[month - 1] as number) + day - 1 + (month > 2 && isLeapYear(year) ? 1 : 0);
}

/**
 * @internal Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * `days_from_civil`). Pure integer arithmetic: no `Date`, no time zone.
 */
export function toEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @internal The date of a day since 1970-01-01 (H. Hinnant's `civil_from_days`). */
export function fromEpochDay(epochDay: number): DateParts {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** @internal The ISO weekday (1 = Monday … 7 = Sunday) of a day since 1970-01-01. */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** @internal The ISO weekday (1 = Monday … 7 = Sunday) of a date. */
export function isoWeekday(year: number, month: number, day: number): number {
  return isoWeekdayOfEpochDay(toEpochDay(year, month, day));
}

const PAD2 = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** @internal Writes a date as `YYYY-MM-DD` (years 1000–9999). */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${PAD2[month] as string}-${PAD2[day] as string}`;
}

/** @internal Writes the date that is day `doy` (0-based) of `year`. */
export function formatDayOfYear(year: number, doy: number): IsoDate {
  const leap = isLeapYear(year) ? 1 : 0;
  let month = 1;
  while (month < 12 && doy >= (DAYS_BEFORE_MONTH[month] as number) + (month >= 2 ? leap : 0)) month++;
  const day = doy - (DAYS_BEFORE_MONTH[month - 1] as number) - (month > 2 ? leap : 0) + 1;
  return formatIsoDate(year, month, day);
}

/** @internal The month (1-based) of day `doy` (0-based) of `year`. */
export function monthOfDayOfYear(year: number, doy: number): number {
  const leap = isLeapYear(year) ? 1 : 0;
  let month = 1;
  while (month < 12 && doy >= (DAYS_BEFORE_MONTH[month] as number) + (month >= 2 ? leap : 0)) month++;
  return month;
}

/**
 * @internal Reads `YYYY-MM-DD` quickly. Returns `year * 512 + dayOfYear` for a valid date in
 * range, or -1. The caller asks {@link safeParseIsoDate} for the reason when it gets -1.
 */
export function packIsoDate(input: string): number {
  if (input.length !== 10 || input.charCodeAt(4) !== 45 || input.charCodeAt(7) !== 45) return -1;
  const y0 = input.charCodeAt(0) - 48;
  const y1 = input.charCodeAt(1) - 48;
  const y2 = input.charCodeAt(2) - 48;
  const y3 = input.charCodeAt(3) - 48;
  const m0 = input.charCodeAt(5) - 48;
  const m1 = input.charCodeAt(6) - 48;
  const d0 = input.charCodeAt(8) - 48;
  const d1 = input.charCodeAt(9) - 48;
  // Every character is a digit: `x >>> 0` turns a negative into a huge number, so one test each.
  if (
    y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9
  ) {
    return -1;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return -1;
  if (day > 28 && day > daysInMonth(year, month)) return -1;
  return year * 512 + dayOfYear(year, month, day);
}

/** The parts of a valid date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Checks a `YYYY-MM-DD` date and returns its parts, or every issue: a wrong format, a day that
 * does not exist (`2026-02-30`: `calendar/invalid-date`), or a year outside 1583–9999
 * (`calendar/date-out-of-range`).
 */
export function safeParseIsoDate(input: unknown, path: IssuePath = []): Result<DateParts> {
  if (typeof input !== 'string') return fail([issue('calendar/invalid-date', CALENDAR_MESSAGES.notAString(input), path)]);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (m === null) return fail([issue('calendar/invalid-date', CALENDAR_MESSAGES.badFormat(input), path)]);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return fail([issue('calendar/invalid-date', CALENDAR_MESSAGES.noSuchMonth(input), path)]);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) return fail([issue('calendar/invalid-date', CALENDAR_MESSAGES.noSuchDay(input, dim), path)]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail([issue('calendar/date-out-of-range', CALENDAR_MESSAGES.outOfRange(input, MIN_YEAR, MAX_YEAR), path)]);
  }
  return ok({ year, month, day });
}

/**
 * Checks a `YYYY-MM-DD` date and returns its parts.
 *
 * @throws {CalendarError} `calendar/invalid-date` or `calendar/date-out-of-range`.
 */
export function parseIsoDate(input: IsoDate): DateParts {
  return unwrap(safeParseIsoDate(input), CalendarError);
}

/** True when `input` is a real `YYYY-MM-DD` date in the years eftkit covers. */
export function isIsoDate(input: unknown): input is IsoDate {
  return typeof input === 'string' && packIsoDate(input) >= 0;
}

/** @internal Throws the precise error for an input {@link packIsoDate} refused. */
export function throwInvalidDate(input: unknown, path: IssuePath = []): never {
  const result = safeParseIsoDate(input, path);
  // packIsoDate and safeParseIsoDate agree, so this is always a failure.
  throw CalendarError.fromIssues(result.ok ? [issue('calendar/invalid-date', CALENDAR_MESSAGES.notAString(input), path)] : result.issues);
}

/** @internal Packs a date or throws {@link CalendarError}. */
export function packOrThrow(input: unknown, path: IssuePath = []): number {
  const packed = typeof input === 'string' ? packIsoDate(input) : -1;
  if (packed < 0) throwInvalidDate(input, path);
  return packed;
}

/**
 * The ISO weekday of a date: `monday` … `sunday`.
 *
 * @throws {CalendarError} `calendar/invalid-date` for a date that does not exist.
 */
export function weekdayOf(date: IsoDate): Weekday {
  const { year, month, day } = parseIsoDate(date);
  return WEEKDAYS[isoWeekday(year, month, day) - 1] as Weekday;
}
