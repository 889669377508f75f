import { BankCalendar, resolveCalendar, type ClosureReason } from './bank-calendar';
import {
  CalendarError,
  MAX_YEAR,
  MIN_YEAR,
  daysInYear,
  formatDayOfYear,
  isoWeekday,
  packOrThrow,
  type IsoDate,
} from './dates';
import { CALENDAR_MESSAGES } from './messages';
import type { CalendarId } from './rules';

/** A calendar or the id of one of eftkit's calendars (`'NO'`, `'TARGET2'`…). */
export type CalendarInput = BankCalendar | CalendarId;

/** A closed day and why it is closed. */
export interface ClosedDay {
  readonly date: IsoDate;
  /** Every reason, at least one. */
  readonly reasons: readonly ClosureReason[];
}

/** How far a search for a bank day goes before giving up (ten years). */
const SEARCH_LIMIT = 3660;

/** @internal Packs a date (`year * 512 + dayOfYear`) back into `YYYY-MM-DD`. */
export function unpack(packed: number): IsoDate {
  return formatDayOfYear(packed >> 9, packed & 511);
}

/** @internal The packed day after (`step` 1) or before (`step` −1), or -1 outside the years covered. */
export function stepPacked(packed: number, step: 1 | -1): number {
  const year = packed >> 9;
  const doy = (packed & 511) + step;
  if (doy < 0) return year - 1 < MIN_YEAR ? -1 : (year - 1) * 512 + daysInYear(year - 1) - 1;
  if (doy >= daysInYear(year)) return year + 1 > MAX_YEAR ? -1 : (year + 1) * 512;
  return year * 512 + doy;
}

/**
 * @internal The first bank day from `packed` in direction `step`, `packed` itself included
 * when `inclusive`. @throws {CalendarError} `calendar/no-bank-day-found`.
 */
export function findBankDay(calendar: BankCalendar, packed: number, step: 1 | -1, inclusive: boolean): number {
  let current = inclusive ? packed : stepPacked(packed, step);
  for (let i = 0; i < SEARCH_LIMIT && current >= 0; i++) {
    if (!calendar.isClosedPacked(current)) return current;
    current = stepPacked(current, step);
  }
  throw new CalendarError('calendar/no-bank-day-found', CALENDAR_MESSAGES.noBankDayFound(unpack(packed), step === 1 ? 'after' : 'before'));
}

/**
 * True when `date` is a bank day: `isBankDay('2026-05-17', 'NO')` → false (Constitution Day).
 *
 * @throws {CalendarError} `calendar/invalid-date`, `calendar/date-out-of-range`,
 * `calendar/unknown-calendar`.
 */
export function isBankDay(date: IsoDate, calendar: CalendarInput): boolean {
  return (typeof calendar === 'string' ? resolveCalendar(calendar) : calendar).isBankDay(date);
}

/**
 * The first bank day strictly after `date`: `nextBankDay('2026-12-23', 'NO')` → `2026-12-28`.
 *
 * @throws {CalendarError} for a bad date or calendar, or `calendar/no-bank-day-found`.
 */
export function nextBankDay(date: IsoDate, calendar: CalendarInput): IsoDate {
  return unpack(findBankDay(resolveCalendar(calendar), packOrThrow(date, ['date']), 1, false));
}

/**
 * The last bank day strictly before `date`: `previousBankDay('2026-12-24', 'NO')` →
 * `2026-12-23`.
 *
 * @throws {CalendarError} for a bad date or calendar, or `calendar/no-bank-day-found`.
 */
export function previousBankDay(date: IsoDate, calendar: CalendarInput): IsoDate {
  return unpack(findBankDay(resolveCalendar(calendar), packOrThrow(date, ['date']), -1, false));
}

/**
 * The date `days` bank days after `date` (before, when negative). `date` itself need not be
 * a bank day; `days` 0 returns `date` unchanged. `bankDaysBetween(date, result)` is `days`.
 *
 * @throws {CalendarError} for a bad date or calendar, `calendar/invalid-count` for a count
 * that is not a safe integer, or `calendar/no-bank-day-found`.
 */
export function addBankDays(date: IsoDate, days: number, calendar: CalendarInput): IsoDate {
  const cal = resolveCalendar(calendar);
  let packed = packOrThrow(date, ['date']);
  if (!Number.isSafeInteger(days)) throw new CalendarError('calendar/invalid-count', CALENDAR_MESSAGES.invalidCount(days), { path: ['days'] });
  const step = days < 0 ? -1 : 1;
  for (let left = Math.abs(days); left > 0; left--) packed = findBankDay(cal, packed, step, false);
  return unpack(packed);
}

/**
 * The number of bank days from `from` to `to`: the bank days after `from` up to and including
 * `to`; negative (the bank days from `to` up to but not including `from`) when `to` is earlier.
 * The inverse of {@link addBankDays}.
 *
 * @throws {CalendarError} for a bad date or calendar.
 */
export function bankDaysBetween(from: IsoDate, to: IsoDate, calendar: CalendarInput): number {
  const cal = resolveCalendar(calendar);
  const a = packOrThrow(from, ['from']);
  const b = packOrThrow(to, ['to']);
  if (a === b) return 0;
  const forward = a < b;
  // Count in the half-open range (lo, hi]: forward (from, to], backward [to, from) = (to - 1, from - 1].
  let lo = forward ? a : stepPacked(b, -1);
  const hi = forward ? b : stepPacked(a, -1);
  let count = 0;
  if (lo < 0) {
    // `to` is the very first day covered: count it by hand.
    if (!cal.isClosedPacked(b)) count++;
    lo = b;
  }
  for (let year = lo >> 9; year <= hi >> 9; year++) {
    const bits = cal.yearBits(year);
    const first = year === lo >> 9 ? (lo & 511) + 1 : 0;
    const last = year === hi >> 9 ? hi & 511 : daysInYear(year) - 1;
    for (let doy = first; doy <= last; doy++) if (((bits[doy >>> 5] as number) & (1 << (doy & 31))) === 0) count++;
  }
  return forward ? count : 0 - count;
}

/**
 * Why `date` is closed in `calendar`: every weekend, holiday, day without payments and notice.
 * Empty for a bank day.
 *
 * @throws {CalendarError} for a bad date or calendar.
 */
export function closureReasons(date: IsoDate, calendar: CalendarInput): readonly ClosureReason[] {
  return resolveCalendar(calendar).reasonsAt(packOrThrow(date, ['date']));
}

/** Options of {@link listClosedDays}. */
export interface ListClosedDaysOptions {
  /** Also list Saturdays and Sundays; default false (only Monday–Friday closures). */
  readonly includeWeekends?: boolean;
}

/**
 * Every closed day of a year with its reasons, in date order. By default only Monday to
 * Friday: the days a payment could be due and must move.
 *
 * @throws {CalendarError} for a year outside 1583–9999 or a bad calendar.
 */
export function listClosedDays(calendar: CalendarInput, year: number, options: ListClosedDaysOptions = {}): ClosedDay[] {
  const cal = resolveCalendar(calendar);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError('calendar/date-out-of-range', CALENDAR_MESSAGES.outOfRange(String(year), MIN_YEAR, MAX_YEAR), { path: ['year'] });
  }
  const out: ClosedDay[] = [];
  const bits = cal.yearBits(year);
  const firstWeekday = isoWeekday(year, 1, 1) - 1;
  for (let doy = 0; doy < daysInYear(year); doy++) {
    if (((bits[doy >>> 5] as number) & (1 << (doy & 31))) === 0) continue;
    const wd = (firstWeekday + doy) % 7;
    if (options.includeWeekends !== true && wd >= 5) continue;
    out.push({ date: formatDayOfYear(year, doy), reasons: cal.reasonsAt(year * 512 + doy) });
  }
  return out;
}

/** A holiday of a year, as its rule names it, whether or not it falls on a weekend. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
  readonly localName: string;
  /** The id of the calendar whose rule it is. */
  readonly calendar: string;
  /** True for a Monday that stands in for a Sunday holiday. */
  readonly observed: boolean;
}

/**
 * Every holiday the rules of `calendar` (and of the calendars it combines) give for `year`,
 * in date order, including those on a weekend. Extra closed dates are not holidays: see
 * {@link listClosedDays}.
 *
 * @throws {CalendarError} for a year outside 1583–9999 or a bad calendar.
 */
export function listHolidays(calendar: CalendarInput, year: number): Holiday[] {
  const cal = resolveCalendar(calendar);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError('calendar/date-out-of-range', CALENDAR_MESSAGES.outOfRange(String(year), MIN_YEAR, MAX_YEAR), { path: ['year'] });
  }
  const out: Holiday[] = [];
  const visit = (c: BankCalendar): void => {
    for (const o of c.occurrences(year)) {
      out.push({
        date: formatDayOfYear(year, o.dayOfYear),
        name: o.observed ? `${o.rule.name} (observed)` : o.rule.name,
        localName: o.rule.localName,
        calendar: c.id,
        observed: o.observed,
      });
    }
    for (const inner of c.components) visit(inner);
  };
  visit(cal);
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
