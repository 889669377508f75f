import { CalendarError, MAX_YEAR, MIN_YEAR, formatIsoDate, type IsoDate } from './dates';
import { CALENDAR_MESSAGES } from './messages';

/**
 * @internal Month and day of Easter Sunday in a Gregorian year, by the anonymous Gregorian
 * algorithm (Meeus/Jones/Butcher; J. Meeus, *Astronomical Algorithms*, ch. 8).
 */
export function easterMonthDay(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/**
 * Easter Sunday of a year as `YYYY-MM-DD`, by the anonymous Gregorian algorithm:
 * `easterSunday(2026)` → `2026-04-05`. Always between 22 March and 25 April.
 *
 * @throws {CalendarError} `calendar/date-out-of-range` for a year outside 1583–9999.
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError('calendar/date-out-of-range', CALENDAR_MESSAGES.outOfRange(String(year), MIN_YEAR, MAX_YEAR));
  }
  const { month, day } = easterMonthDay(year);
  return formatIsoDate(year, month, day);
}
