/** Issue codes of the calendar module. Stable: switch on them, never on messages. */
export type CalendarIssueCode =
  | 'calendar/invalid-date'
  | 'calendar/date-out-of-range'
  | 'calendar/unknown-calendar'
  | 'calendar/unknown-country'
  | 'calendar/unknown-currency'
  | 'calendar/invalid-weekday'
  | 'calendar/invalid-convention'
  | 'calendar/conflicting-dates'
  | 'calendar/no-bank-days'
  | 'calendar/no-bank-day-found'
  | 'calendar/no-bank-day-in-month'
  | 'calendar/invalid-count'
  | 'calendar/invalid-options';

/** Messages a bookkeeper understands, one per situation. */
export const CALENDAR_MESSAGES = {
  notAString: (input: unknown): string =>
    `${describe(input)} is not a date. Write dates as YYYY-MM-DD, like 2026-12-24.`,
  badFormat: (input: string): string => `"${input}" is not a date. Write dates as YYYY-MM-DD, like 2026-12-24.`,
  noSuchDay: (input: string, days: number): string =>
    `${input} does not exist: that month has ${days} days.`,
  noSuchMonth: (input: string): string => `${input} does not exist: months run from 01 to 12.`,
  outOfRange: (input: string, min: number, max: number): string =>
    `${input} is outside the years eftkit's calendars cover (${min}–${max}).`,
  unknownCalendar: (input: unknown, known: readonly string[]): string =>
    `${describe(input)} is not a bank calendar eftkit knows. Use one of ${known.join(', ')}, or build one with createBankCalendar.`,
  unknownCountry: (input: unknown, known: readonly string[]): string =>
    `eftkit has no bank calendar for the country ${describe(input)}. Known countries: ${known.join(', ')}.`,
  unknownCurrency: (input: unknown, known: readonly string[]): string =>
    `eftkit has no settlement calendar for the currency ${describe(input)}. Known currencies: ${known.join(', ')}.`,
  invalidWeekday: (input: unknown): string =>
    `${describe(input)} is not a weekday. Use monday, tuesday, wednesday, thursday, friday, saturday or sunday.`,
  invalidConvention: (input: unknown, known: readonly string[]): string =>
    `${describe(input)} is not a way to move a payment date. Use one of ${known.join(', ')}.`,
  conflictingDates: (date: string): string =>
    `${date} is listed both as an extra closed day and as an extra open day. Keep only one.`,
  noBankDays: 'Every weekday is marked as a day without payments, so no payment could ever be made.',
  noBankDayFound: (date: string, direction: 'after' | 'before'): string =>
    `No bank day was found ${direction} ${date} within the years the calendar covers.`,
  noBankDayInMonth: (date: string): string =>
    `No bank day was found in the month of ${date}, so it cannot be moved within the month.`,
  invalidCount: (input: unknown): string => `${describe(input)} is not a whole number of bank days.`,
  invalidOptions: (what: string): string => `The ${what} must be an object.`,
  invalidFlag: (input: unknown): string => `"Move payment to workday" must be true or false, not ${describe(input)}.`,
  closedByNotice: 'Closed by notice',
  bankDay: (date: string): string => `${date} is a bank day; the payment date stays.`,
  moved: (date: string, why: string, direction: 'before' | 'after', to: string, alsoClosed: readonly string[]): string =>
    `${date} is closed (${why}); paid ${direction}, on ${to}.` +
    (alsoClosed.length === 0
      ? ''
      : ` Also closed: ${alsoClosed.slice(0, 3).join(', ')}${alsoClosed.length > 3 ? ` and ${alsoClosed.length - 3} more` : ''}.`),
  notMovedByVoucherType: (date: string, why: string): string =>
    `${date} is closed (${why}), but the voucher type does not move payments to a workday, so the date stays.`,
  notMovedByConvention: (date: string, why: string): string =>
    `${date} is closed (${why}), but the convention "none" keeps the date.`,
} as const;

/** A closure reason as the user reads it, the shape of {@link ClosureReason}. */
interface ReasonLike {
  readonly kind: string;
  readonly name: string;
  readonly calendar?: string;
}

/** The reasons a day is closed, in words: `Christmas Eve (NO), Saturday`. */
export function describeReasons(reasons: readonly ReasonLike[]): string {
  return reasons
    .map((r) =>
      r.kind === 'holiday'
        ? `${r.name}, ${r.calendar ?? ''}`.replace(/, $/, '')
        : r.kind === 'day-without-payments'
          ? `${r.name}, a day without payments`
          : r.kind === 'bank-notice'
            ? `${r.name}, by the bank's notice`
            : r.name,
    )
    .join('; ');
}

function describe(input: unknown): string {
  if (typeof input === 'string') return `"${input}"`;
  if (input === null) return 'null';
  if (input === undefined) return 'Nothing';
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input);
  return `A value of type ${typeof input}`;
}
