import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { BankCalendar, calendarIssue } from './bank-calendar';
import { findBankDay, stepPacked, unpack, type CalendarInput, type ClosedDay } from './bank-days';
import { CalendarError, monthOfDayOfYear, packIsoDate, safeParseIsoDate, type IsoDate } from './dates';
import { CALENDAR_MESSAGES, describeReasons } from './messages';

/**
 * How a payment date on a closed day moves:
 * - `none`: it does not move.
 * - `following` / `after`: to the first bank day after (the ERP's "after").
 * - `preceding` / `before`: to the last bank day before (the ERP's "before").
 * - `modified-following`: following, unless that leaves the month; then preceding.
 * - `modified-preceding`: preceding, unless that leaves the month; then following.
 */
export type BusinessDayConvention =
  | 'none'
  | 'following'
  | 'preceding'
  | 'modified-following'
  | 'modified-preceding'
  | 'before'
  | 'after';

/** Every {@link BusinessDayConvention}. */
export const BUSINESS_DAY_CONVENTIONS: readonly BusinessDayConvention[] = Object.freeze([
  'none',
  'following',
  'preceding',
  'modified-following',
  'modified-preceding',
  'before',
  'after',
] as const);

/** What {@link adjustPaymentDate} needs. */
export interface AdjustPaymentDateOptions {
  /** The calendar that must be open: from {@link calendarFor}, or an id (`'NO'`). */
  readonly calendar: CalendarInput;
  /** How to move: the company's before/after setting, or a market convention. */
  readonly convention: BusinessDayConvention;
  /**
   * The voucher type's "Move payment to workday" flag. When false the date never moves (the
   * result still tells whether it is a bank day). Default true.
   */
  readonly moveToWorkday?: boolean;
}

/** The outcome of {@link adjustPaymentDate}: the date to pay on and why it moved. */
export interface PaymentDateAdjustment {
  /** The date to pay on. */
  readonly date: IsoDate;
  /** The date asked for. */
  readonly originalDate: IsoDate;
  /** True when `date` differs from `originalDate`. */
  readonly moved: boolean;
  /** True when `date` is a bank day (false only when the date was not allowed to move). */
  readonly isBankDay: boolean;
  /** The convention used. */
  readonly convention: BusinessDayConvention;
  /**
   * Why: the original date and every closed day passed on the way to `date`, nearest the
   * original first, each with its reasons (holiday, weekend, day without payments, notice).
   * Empty when the original date is a bank day.
   */
  readonly closedDays: readonly ClosedDay[];
  /** One sentence for the user: `2026-12-24 is closed (Christmas Eve, NO); paid before, on 2026-12-23.` */
  readonly explanation: string;
}

const CONVENTIONS = new Set<string>(BUSINESS_DAY_CONVENTIONS);

function sameMonth(a: number, b: number): boolean {
  return a >> 9 === b >> 9 && monthOfDayOfYear(a >> 9, a & 511) === monthOfDayOfYear(b >> 9, b & 511);
}

function adjustPacked(calendar: BankCalendar, packed: number, convention: BusinessDayConvention): number {
  switch (convention) {
    case 'none':
      return packed;
    case 'following':
    case 'after':
      return findBankDay(calendar, packed, 1, true);
    case 'preceding':
    case 'before':
      return findBankDay(calendar, packed, -1, true);
    case 'modified-following':
    case 'modified-preceding': {
      const first: 1 | -1 = convention === 'modified-following' ? 1 : -1;
      const tryFind = (step: 1 | -1): number => {
        try {
          return findBankDay(calendar, packed, step, true);
        } catch {
          return -1;
        }
      };
      const a = tryFind(first);
      if (a >= 0 && sameMonth(a, packed)) return a;
      const b = tryFind(first === 1 ? -1 : 1);
      if (b >= 0 && sameMonth(b, packed)) return b;
      throw new CalendarError('calendar/no-bank-day-in-month', CALENDAR_MESSAGES.noBankDayInMonth(unpack(packed)));
    }
  }
}

/** The original date and every closed day on the way to (not including) the adjusted date. */
function closedDaysBetween(calendar: BankCalendar, original: number, adjusted: number): ClosedDay[] {
  if (!calendar.isClosedPacked(original)) return [];
  const out: ClosedDay[] = [{ date: unpack(original), reasons: calendar.reasonsAt(original) }];
  if (adjusted === original) return out;
  const step: 1 | -1 = adjusted >= original ? 1 : -1;
  for (let p = stepPacked(original, step); p >= 0 && p !== adjusted; p = stepPacked(p, step)) {
    out.push({ date: unpack(p), reasons: calendar.reasonsAt(p) });
  }
  return out;
}

function build(
  calendar: BankCalendar,
  date: IsoDate,
  packed: number,
  convention: BusinessDayConvention,
  moveToWorkday: boolean,
): PaymentDateAdjustment {
  // The fast path: a bank day never moves.
  if (!calendar.isClosedPacked(packed)) {
    return {
      date,
      originalDate: date,
      moved: false,
      isBankDay: true,
      convention,
      closedDays: [],
      explanation: CALENDAR_MESSAGES.bankDay(date),
    };
  }
  const stays = !moveToWorkday || convention === 'none';
  const adjusted = stays ? packed : adjustPacked(calendar, packed, convention);
  const closedDays = closedDaysBetween(calendar, packed, adjusted);
  const why = describeReasons(closedDays[0]?.reasons ?? []);
  const result = unpack(adjusted);
  const explanation = !moveToWorkday
    ? CALENDAR_MESSAGES.notMovedByVoucherType(date, why)
    : convention === 'none'
      ? CALENDAR_MESSAGES.notMovedByConvention(date, why)
      : CALENDAR_MESSAGES.moved(
          date,
          why,
          adjusted < packed ? 'before' : 'after',
          result,
          closedDays.slice(1).map((d) => `${d.date} (${describeReasons(d.reasons)})`),
        );
  return {
    date: stays ? date : result,
    originalDate: date,
    moved: !stays,
    isBankDay: !stays,
    convention,
    closedDays,
    explanation,
  };
}

/**
 * Moves a payment date off a closed day, returning every issue instead of throwing. See
 * {@link adjustPaymentDate}.
 */
export function safeAdjustPaymentDate(date: IsoDate, options: AdjustPaymentDateOptions): Result<PaymentDateAdjustment> {
  const issues: EftkitIssue[] = [];
  const parsed = safeParseIsoDate(date, ['date']);
  if (!parsed.ok) issues.push(...parsed.issues);
  if (typeof options !== 'object' || options === null) {
    issues.push(issue('calendar/invalid-options', CALENDAR_MESSAGES.invalidOptions('adjustment options')));
    return fail(issues);
  }
  const calendar = calendarIssue(options.calendar, ['calendar']);
  if (!(calendar instanceof BankCalendar)) issues.push(calendar);
  if (!CONVENTIONS.has(options.convention as string)) {
    issues.push(issue('calendar/invalid-convention', CALENDAR_MESSAGES.invalidConvention(options.convention, BUSINESS_DAY_CONVENTIONS), ['convention']));
  }
  if (options.moveToWorkday !== undefined && typeof options.moveToWorkday !== 'boolean') {
    issues.push(issue('calendar/invalid-options', CALENDAR_MESSAGES.invalidFlag(options.moveToWorkday), ['moveToWorkday']));
  }
  if (issues.length > 0 || !(calendar instanceof BankCalendar)) return fail(issues);
  try {
    return ok(build(calendar, date, packIsoDate(date), options.convention, options.moveToWorkday !== false));
  } catch (e) {
    if (e instanceof CalendarError) return fail(e.issues);
    throw e;
  }
}

/**
 * Moves a payment date that falls on a closed day to a bank day, by the company's before/after
 * setting (`before`, `after`) or a market convention, and tells why. A bank day never moves;
 * with `moveToWorkday: false` (the voucher type's flag is off) or `none` nothing moves.
 *
 * @example
 * ```ts
 * adjustPaymentDate('2026-12-24', { calendar: 'NO', convention: 'before' });
 * // { date: '2026-12-23', moved: true, closedDays: [{ date: '2026-12-24',
 * //   reasons: [{ kind: 'holiday', name: 'Christmas Eve', localName: 'Julaften', calendar: 'NO' }] }], … }
 * ```
 * @throws {CalendarError} for a bad date, calendar, convention or flag,
 * `calendar/no-bank-day-in-month` when a modified convention finds no bank day in the month,
 * or `calendar/no-bank-day-found`.
 */
export function adjustPaymentDate(date: IsoDate, options: AdjustPaymentDateOptions): PaymentDateAdjustment {
  const packed = typeof date === 'string' ? packIsoDate(date) : -1;
  const valid = typeof options === 'object' && options !== null;
  const calendar = valid ? calendarIssue(options.calendar, ['calendar']) : undefined;
  if (
    packed < 0 ||
    !(calendar instanceof BankCalendar) ||
    !CONVENTIONS.has(options.convention as string) ||
    (options.moveToWorkday !== undefined && typeof options.moveToWorkday !== 'boolean')
  ) {
    // The slow path finds and reports every issue.
    return unwrap(safeAdjustPaymentDate(date, options), CalendarError);
  }
  return build(calendar, date, packed, options.convention, options.moveToWorkday !== false);
}
