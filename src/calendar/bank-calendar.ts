import { fail, issue, ok, unwrap, type EftkitIssue, type IssuePath, type Result } from '../errors';
import { CALENDAR_DEFINITIONS, CALENDAR_IDS, COUNTRY_CALENDARS, CURRENCY_CALENDARS } from './calendars';
import {
  CalendarError,
  WEEKDAYS,
  daysInYear,
  isoWeekday,
  packIsoDate,
  safeParseIsoDate,
  throwInvalidDate,
  type IsoDate,
  type Weekday,
} from './dates';
import { CALENDAR_MESSAGES } from './messages';
import { ruleOccurrences, type CalendarDefinition, type CalendarId, type RuleOccurrence } from './rules';

/** Why a day is closed. */
export type ClosureKind = 'weekend' | 'holiday' | 'day-without-payments' | 'bank-notice';

/** One reason a day is not a bank day. A day can have several (a holiday on a Saturday). */
export interface ClosureReason {
  /** `weekend`, `holiday`, `day-without-payments` (the company setting) or `bank-notice` (an extra closed date). */
  readonly kind: ClosureKind;
  /** In English: the holiday (`Christmas Eve`), the weekday (`Saturday`) or the notice's name. */
  readonly name: string;
  /** The holiday's name in the calendar's language (`Julaften`), for holidays. */
  readonly localName?: string;
  /** The id of the calendar whose rule closes the day (`NO`, `TARGET2`); absent for weekends. */
  readonly calendar?: string;
  /** True for a Monday that stands in for a Sunday holiday (Fedwire). */
  readonly observed?: boolean;
}

/** An extra closed or open date from a bank's notice, with an optional name. */
export interface ExtraDate {
  readonly date: IsoDate;
  /** What the notice calls it: `System upgrade`. */
  readonly name?: string;
}

/** How to build a calendar with {@link createBankCalendar}. */
export interface BankCalendarOptions {
  /**
   * The calendars that must all be open on a bank day: ids of eftkit's calendars (`NO`,
   * `TARGET2`) or calendars built before. Empty: only the days below close days.
   */
  readonly calendars: readonly (CalendarId | BankCalendar)[];
  /** The company's "days without payments": weekdays on which no payment is made. */
  readonly daysWithoutPayments?: readonly Weekday[];
  /** Dates the bank has announced as closed, beyond the calendars. */
  readonly extraClosedDates?: readonly (IsoDate | ExtraDate)[];
  /** Dates the bank has announced as open although a calendar or weekday would close them. */
  readonly extraOpenDates?: readonly (IsoDate | ExtraDate)[];
  /** An id for the result; default: the ids of the calendars joined by `+`. */
  readonly id?: string;
  /** A name for the result; default: the names of the calendars. */
  readonly name?: string;
}

const EMPTY_BITS = new Uint32Array(12);
const NO_REASONS: readonly ClosureReason[] = Object.freeze([]);
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function setBit(bits: Uint32Array, doy: number): void {
  bits[doy >>> 5] = (bits[doy >>> 5] as number) | (1 << (doy & 31));
}

function clearBit(bits: Uint32Array, doy: number): void {
  bits[doy >>> 5] = (bits[doy >>> 5] as number) & ~(1 << (doy & 31));
}

function weekdayMask(days: readonly Weekday[]): number {
  let mask = 0;
  for (const d of days) mask |= 1 << WEEKDAYS.indexOf(d);
  return mask;
}

interface Parts {
  readonly id: string;
  readonly name: string;
  readonly definition: CalendarDefinition | undefined;
  readonly components: readonly BankCalendar[];
  readonly daysWithoutPayments: readonly Weekday[];
  readonly extraClosedDates: readonly ExtraDate[];
  readonly extraOpenDates: readonly ExtraDate[];
}

/**
 * A bank calendar ready for lookups: a day is a bank day when no weekend, holiday, day
 * without payments or closing notice closes it, or when a notice opens it. Each year is
 * computed once, on first use, into a bitset of its closed days, so a lookup is a few
 * integer operations.
 *
 * Get one with {@link getBankCalendar} (`'NO'`, `'TARGET2'`…), {@link calendarFor} or
 * {@link createBankCalendar}. Immutable from the outside.
 */
export class BankCalendar {
  /** Short id: `NO`, `NO+TARGET2`, or the id given. */
  readonly id: string;
  /** What the calendar is. */
  readonly name: string;
  /** The rules, for one of eftkit's own calendars; `undefined` for a combined calendar. */
  readonly definition: CalendarDefinition | undefined;
  /** The calendars that must all be open, for a combined calendar. */
  readonly components: readonly BankCalendar[];
  /** The company's days without payments added here. */
  readonly daysWithoutPayments: readonly Weekday[];
  /** Extra closed dates added here. */
  readonly extraClosedDates: readonly ExtraDate[];
  /** Extra open dates added here; they win over every rule of this calendar and its components. */
  readonly extraOpenDates: readonly ExtraDate[];

  readonly #weekdayMask: number;
  readonly #extraClosed: Map<number, ExtraDate>;
  readonly #extraOpen: Set<number>;
  readonly #years = new Map<number, Uint32Array>();
  readonly #occurrences = new Map<number, readonly RuleOccurrence[]>();
  readonly #reasons = new Map<number, readonly ClosureReason[]>();
  #memoYear = -1;
  #memoBits: Uint32Array = EMPTY_BITS;

  private constructor(parts: Parts) {
    this.id = parts.id;
    this.name = parts.name;
    this.definition = parts.definition;
    this.components = Object.freeze([...parts.components]);
    this.daysWithoutPayments = Object.freeze([...parts.daysWithoutPayments]);
    this.extraClosedDates = Object.freeze(parts.extraClosedDates.map((d) => Object.freeze({ ...d })));
    this.extraOpenDates = Object.freeze(parts.extraOpenDates.map((d) => Object.freeze({ ...d })));
    this.#weekdayMask = weekdayMask([...(parts.definition?.weekend ?? []), ...parts.daysWithoutPayments]);
    this.#extraClosed = new Map(this.extraClosedDates.map((d) => [packIsoDate(d.date), d]));
    this.#extraOpen = new Set(this.extraOpenDates.map((d) => packIsoDate(d.date)));
  }

  /** @internal One of eftkit's calendars from its definition. */
  static fromDefinition(definition: CalendarDefinition): BankCalendar {
    return new BankCalendar({
      id: definition.id,
      name: definition.name,
      definition,
      components: [],
      daysWithoutPayments: [],
      extraClosedDates: [],
      extraOpenDates: [],
    });
  }

  /** @internal A calendar from checked parts (see {@link safeCreateBankCalendar}). */
  static fromParts(parts: Parts): BankCalendar {
    return new BankCalendar(parts);
  }

  /**
   * True when `date` is a bank day in this calendar.
   *
   * @throws {CalendarError} `calendar/invalid-date` or `calendar/date-out-of-range`.
   */
  isBankDay(date: IsoDate): boolean {
    const packed = typeof date === 'string' ? packIsoDate(date) : -1;
    if (packed < 0) throwInvalidDate(date);
    const year = packed >> 9;
    const doy = packed & 511;
    const bits = year === this.#memoYear ? this.#memoBits : this.yearBits(year);
    return ((bits[doy >>> 5] as number) & (1 << (doy & 31))) === 0;
  }

  /**
   * Why `date` is closed: every weekend, holiday, day without payments and notice that closes
   * it, across the combined calendars. Empty for a bank day.
   *
   * @throws {CalendarError} `calendar/invalid-date` or `calendar/date-out-of-range`.
   */
  closureReasons(date: IsoDate): readonly ClosureReason[] {
    const packed = typeof date === 'string' ? packIsoDate(date) : -1;
    if (packed < 0) throwInvalidDate(date);
    return this.reasonsAt(packed);
  }

  /** @internal The bitset of closed days of `year` (bit n = day n of the year, 0-based). */
  yearBits(year: number): Uint32Array {
    let bits = this.#years.get(year);
    if (bits === undefined) {
      bits = this.#build(year);
      this.#years.set(year, bits);
    }
    this.#memoYear = year;
    this.#memoBits = bits;
    return bits;
  }

  /** @internal True when the packed date (`year * 512 + dayOfYear`) is closed. */
  isClosedPacked(packed: number): boolean {
    const year = packed >> 9;
    const doy = packed & 511;
    const bits = year === this.#memoYear ? this.#memoBits : this.yearBits(year);
    return ((bits[doy >>> 5] as number) & (1 << (doy & 31))) !== 0;
  }

  /** @internal The rule occurrences of this calendar's own definition in `year`. */
  occurrences(year: number): readonly RuleOccurrence[] {
    let list = this.#occurrences.get(year);
    if (list === undefined) {
      list = this.definition === undefined ? [] : this.definition.rules.flatMap((rule) => ruleOccurrences(rule, year));
      this.#occurrences.set(year, list);
    }
    return list;
  }

  /** @internal The reasons a packed date is closed (empty when open), cached. */
  reasonsAt(packed: number): readonly ClosureReason[] {
    if (!this.isClosedPacked(packed)) return NO_REASONS;
    let reasons = this.#reasons.get(packed);
    if (reasons === undefined) {
      const out: ClosureReason[] = [];
      this.#collect(packed, out);
      const seen = new Set<string>();
      reasons = Object.freeze(
        out
          .filter((r) => {
            const key = `${r.kind}|${r.name}|${r.calendar ?? ''}|${r.observed === true ? 1 : 0}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          })
          .map((r) => Object.freeze(r)),
      );
      this.#reasons.set(packed, reasons);
    }
    return reasons;
  }

  #collect(packed: number, out: ClosureReason[]): void {
    if (!this.isClosedPacked(packed)) return;
    const year = packed >> 9;
    const doy = packed & 511;
    const weekday = isoWeekday(year, 1, 1) - 1 + doy; // days after Monday of Jan 1's week
    const wd = weekday % 7;
    const weekend = this.definition?.weekend ?? [];
    if (weekend.includes(WEEKDAYS[wd] as Weekday)) out.push({ kind: 'weekend', name: WEEKDAY_NAMES[wd] as string });
    for (const o of this.occurrences(year)) {
      if (o.dayOfYear !== doy) continue;
      const reason: ClosureReason = {
        kind: 'holiday',
        name: o.observed ? `${o.rule.name} (observed)` : o.rule.name,
        localName: o.rule.localName,
        calendar: this.id,
      };
      out.push(o.observed ? { ...reason, observed: true } : reason);
    }
    for (const c of this.components) c.#collect(packed, out);
    if (this.daysWithoutPayments.includes(WEEKDAYS[wd] as Weekday)) {
      out.push({ kind: 'day-without-payments', name: WEEKDAY_NAMES[wd] as string, calendar: this.id });
    }
    const notice = this.#extraClosed.get(packed);
    if (notice !== undefined) out.push({ kind: 'bank-notice', name: notice.name ?? CALENDAR_MESSAGES.closedByNotice, calendar: this.id });
  }

  #build(year: number): Uint32Array {
    const bits = new Uint32Array(12);
    const length = daysInYear(year);
    const mask = this.#weekdayMask;
    if (mask !== 0) {
      let wd = isoWeekday(year, 1, 1) - 1;
      for (let doy = 0; doy < length; doy++) {
        if ((mask & (1 << wd)) !== 0) setBit(bits, doy);
        wd = wd === 6 ? 0 : wd + 1;
      }
    }
    for (const o of this.occurrences(year)) setBit(bits, o.dayOfYear);
    for (const c of this.components) {
      const other = c.yearBits(year);
      for (let i = 0; i < 12; i++) bits[i] = (bits[i] as number) | (other[i] as number);
    }
    const base = year * 512;
    for (const packed of this.#extraClosed.keys()) if (packed >> 9 === year) setBit(bits, packed - base);
    for (const packed of this.#extraOpen) if (packed >> 9 === year) clearBit(bits, packed - base);
    return bits;
  }

  /** @internal Bit n (0 = Monday) set for each weekday closed all year, here or in a component. */
  closedWeekdayMask(): number {
    let mask = this.#weekdayMask;
    for (const c of this.components) mask |= c.closedWeekdayMask();
    return mask;
  }
}

/** eftkit's own calendars, ready for lookups, by id. */
export const BANK_CALENDARS: Readonly<Record<CalendarId, BankCalendar>> = Object.freeze({
  NO: BankCalendar.fromDefinition(CALENDAR_DEFINITIONS.NO),
  SE: BankCalendar.fromDefinition(CALENDAR_DEFINITIONS.SE),
  DK: BankCalendar.fromDefinition(CALENDAR_DEFINITIONS.DK),
  FI: BankCalendar.fromDefinition(CALENDAR_DEFINITIONS.FI),
  TARGET2: BankCalendar.fromDefinition(CALENDAR_DEFINITIONS.TARGET2),
  FEDWIRE: BankCalendar.fromDefinition(CALENDAR_DEFINITIONS.FEDWIRE),
});

function isCalendarId(value: unknown): value is CalendarId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(BANK_CALENDARS, value);
}

/** @internal Turns an id or a calendar into a calendar, or returns an issue. */
export function calendarIssue(value: unknown, path: IssuePath): EftkitIssue | BankCalendar {
  if (value instanceof BankCalendar) return value;
  if (isCalendarId(value)) return BANK_CALENDARS[value];
  return issue('calendar/unknown-calendar', CALENDAR_MESSAGES.unknownCalendar(value, CALENDAR_IDS), path);
}

/** @internal Turns an id or a calendar into a calendar. @throws {CalendarError} */
export function resolveCalendar(value: BankCalendar | CalendarId, path: IssuePath = ['calendar']): BankCalendar {
  if (value instanceof BankCalendar) return value;
  const found = typeof value === 'string' ? (BANK_CALENDARS as Record<string, BankCalendar | undefined>)[value] : undefined;
  if (found !== undefined) return found;
  throw new CalendarError('calendar/unknown-calendar', CALENDAR_MESSAGES.unknownCalendar(value, CALENDAR_IDS), { path });
}

/**
 * One of eftkit's calendars by id: `NO`, `SE`, `DK`, `FI`, `TARGET2`, `FEDWIRE`.
 *
 * @throws {CalendarError} `calendar/unknown-calendar` for another id.
 */
export function getBankCalendar(id: CalendarId): BankCalendar {
  return resolveCalendar(id, []);
}

function extraDatesIssues(
  list: unknown,
  field: 'extraClosedDates' | 'extraOpenDates',
  issues: EftkitIssue[],
): ExtraDate[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    issues.push(issue('calendar/invalid-options', CALENDAR_MESSAGES.invalidOptions(`${field} list`), [field]));
    return [];
  }
  const out: ExtraDate[] = [];
  list.forEach((entry: unknown, i: number) => {
    const isObject = typeof entry === 'object' && entry !== null;
    const date = isObject ? (entry as { date?: unknown }).date : entry;
    const name = isObject ? (entry as { name?: unknown }).name : undefined;
    const parsed = safeParseIsoDate(date, isObject ? [field, i, 'date'] : [field, i]);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      return;
    }
    out.push(typeof name === 'string' && name !== '' ? { date: date as IsoDate, name } : { date: date as IsoDate });
  });
  return out;
}

function weekdaysIssues(list: unknown, path: IssuePath, issues: EftkitIssue[]): Weekday[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    issues.push(issue('calendar/invalid-weekday', CALENDAR_MESSAGES.invalidWeekday(list), path));
    return [];
  }
  const out: Weekday[] = [];
  list.forEach((d: unknown, i: number) => {
    if (typeof d === 'string' && (WEEKDAYS as readonly string[]).includes(d)) {
      if (!out.includes(d as Weekday)) out.push(d as Weekday);
    } else {
      issues.push(issue('calendar/invalid-weekday', CALENDAR_MESSAGES.invalidWeekday(d), [...path, i]));
    }
  });
  return out;
}

/**
 * Builds a calendar from others plus the company's days without payments and a bank's
 * notices, returning every issue instead of throwing. A day is a bank day when every listed
 * calendar is open, it is not a day without payments and no notice closes it; an extra open
 * date wins over all of those. The same date may not be both extra closed and extra open.
 */
export function safeCreateBankCalendar(options: BankCalendarOptions): Result<BankCalendar> {
  if (typeof options !== 'object' || options === null) {
    return fail([issue('calendar/invalid-options', CALENDAR_MESSAGES.invalidOptions('calendar options'))]);
  }
  const issues: EftkitIssue[] = [];
  const components: BankCalendar[] = [];
  const list: unknown = options.calendars;
  if (!Array.isArray(list)) {
    issues.push(issue('calendar/unknown-calendar', CALENDAR_MESSAGES.unknownCalendar(list, CALENDAR_IDS), ['calendars']));
  } else {
    list.forEach((c: unknown, i: number) => {
      const found = calendarIssue(c, ['calendars', i]);
      if (found instanceof BankCalendar) {
        if (!components.includes(found)) components.push(found);
      } else {
        issues.push(found);
      }
    });
  }
  const daysWithoutPayments = weekdaysIssues(options.daysWithoutPayments, ['daysWithoutPayments'], issues);
  const extraClosedDates = extraDatesIssues(options.extraClosedDates, 'extraClosedDates', issues);
  const extraOpenDates = extraDatesIssues(options.extraOpenDates, 'extraOpenDates', issues);
  const closed = new Set(extraClosedDates.map((d) => d.date));
  extraOpenDates.forEach((d, i) => {
    if (closed.has(d.date)) issues.push(issue('calendar/conflicting-dates', CALENDAR_MESSAGES.conflictingDates(d.date), ['extraOpenDates', i]));
  });
  let mask = weekdayMask(daysWithoutPayments);
  for (const c of components) mask |= c.closedWeekdayMask();
  if (mask === 0b1111111) issues.push(issue('calendar/no-bank-days', CALENDAR_MESSAGES.noBankDays, ['daysWithoutPayments']));
  if (issues.length > 0) return fail(issues);

  const id = typeof options.id === 'string' && options.id !== '' ? options.id : components.map((c) => c.id).join('+') || 'custom';
  const name =
    typeof options.name === 'string' && options.name !== '' ? options.name : components.map((c) => c.name).join(' and ') || 'Custom calendar';
  return ok(
    BankCalendar.fromParts({
      id,
      name,
      definition: undefined,
      components,
      daysWithoutPayments,
      extraClosedDates: dedupeDates(extraClosedDates),
      extraOpenDates: dedupeDates(extraOpenDates),
    }),
  );
}

function dedupeDates(list: readonly ExtraDate[]): ExtraDate[] {
  const seen = new Set<string>();
  return list.filter((d) => (seen.has(d.date) ? false : (seen.add(d.date), true)));
}

/**
 * Builds a calendar from others plus the company's days without payments and a bank's
 * notices; see {@link safeCreateBankCalendar}.
 *
 * @example
 * ```ts
 * createBankCalendar({ calendars: ['NO'], daysWithoutPayments: ['friday'],
 *   extraClosedDates: [{ date: '2026-11-27', name: 'Bank system upgrade' }] });
 * ```
 * @throws {CalendarError} with every issue when an option is wrong.
 */
export function createBankCalendar(options: BankCalendarOptions): BankCalendar {
  return unwrap(safeCreateBankCalendar(options), CalendarError);
}

/** What {@link calendarFor} needs: the debtor's country and the payment's currency. */
export interface CalendarForOptions {
  /** ISO 3166 alpha-2 country of the debtor's bank: `NO`, `SE`, `DK`, `FI`, `US`. */
  readonly country: string;
  /** ISO 4217 currency of the payment: `NOK`, `SEK`, `DKK`, `EUR`, `USD`. */
  readonly currency: string;
  /** The company's days without payments. */
  readonly daysWithoutPayments?: readonly Weekday[];
  /** Dates the bank has announced as closed. */
  readonly extraClosedDates?: readonly (IsoDate | ExtraDate)[];
  /** Dates the bank has announced as open. */
  readonly extraOpenDates?: readonly (IsoDate | ExtraDate)[];
}

const combined = new Map<string, BankCalendar>();

/**
 * The calendar a payment needs: the debtor's country calendar and the currency's settlement
 * calendar both open (`{ country: 'NO', currency: 'EUR' }` → Norway and TARGET2), returning
 * every issue instead of throwing. Without extra options the result is shared and cached.
 */
export function safeCalendarFor(options: CalendarForOptions): Result<BankCalendar> {
  if (typeof options !== 'object' || options === null) {
    return fail([issue('calendar/invalid-options', CALENDAR_MESSAGES.invalidOptions('payment'))]);
  }
  const issues: EftkitIssue[] = [];
  const countryId = typeof options.country === 'string' ? COUNTRY_CALENDARS[options.country] : undefined;
  if (countryId === undefined) {
    issues.push(issue('calendar/unknown-country', CALENDAR_MESSAGES.unknownCountry(options.country, Object.keys(COUNTRY_CALENDARS)), ['country']));
  }
  const currencyId = typeof options.currency === 'string' ? CURRENCY_CALENDARS[options.currency] : undefined;
  if (currencyId === undefined) {
    issues.push(
      issue('calendar/unknown-currency', CALENDAR_MESSAGES.unknownCurrency(options.currency, Object.keys(CURRENCY_CALENDARS)), ['currency']),
    );
  }
  const plain =
    options.daysWithoutPayments === undefined && options.extraClosedDates === undefined && options.extraOpenDates === undefined;
  if (countryId === undefined || currencyId === undefined) {
    // Check the rest too, so that every issue is reported at once.
    if (!plain) {
      const rest = safeCreateBankCalendar({ ...pickExtras(options), calendars: [] });
      if (!rest.ok) issues.push(...rest.issues);
    }
    return fail(issues);
  }
  const ids: CalendarId[] = countryId === currencyId ? [countryId] : [countryId, currencyId];
  if (plain) {
    if (ids.length === 1) return ok(BANK_CALENDARS[countryId]);
    const key = ids.join('+');
    let cal = combined.get(key);
    if (cal === undefined) {
      cal = createBankCalendar({ calendars: ids });
      combined.set(key, cal);
    }
    return ok(cal);
  }
  return safeCreateBankCalendar({ ...pickExtras(options), calendars: ids });
}

function pickExtras(options: CalendarForOptions): Omit<BankCalendarOptions, 'calendars'> {
  return {
    ...(options.daysWithoutPayments === undefined ? {} : { daysWithoutPayments: options.daysWithoutPayments }),
    ...(options.extraClosedDates === undefined ? {} : { extraClosedDates: options.extraClosedDates }),
    ...(options.extraOpenDates === undefined ? {} : { extraOpenDates: options.extraOpenDates }),
  };
}

/**
 * The calendar a payment needs: the debtor's country calendar and the currency's settlement
 * calendar both open. `calendarFor({ country: 'NO', currency: 'EUR' })` is open when Norway
 * and TARGET2 are.
 *
 * @throws {CalendarError} `calendar/unknown-country`, `calendar/unknown-currency`, or an issue
 * of the extra options.
 */
export function calendarFor(options: CalendarForOptions): BankCalendar {
  return unwrap(safeCalendarFor(options), CalendarError);
}

