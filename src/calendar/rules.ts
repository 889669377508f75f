import {
  WEEKDAYS,
  dayOfYear,
  daysInMonth,
  isoWeekday,
  packIsoDate,
  type IsoDate,
  type Weekday,
} from './dates';
import { easterMonthDay } from './easter';

/** What every holiday rule has: its names and the years it holds. */
export interface HolidayRuleBase {
  /** The holiday's name in English, as the source (or its English page) writes it. */
  readonly name: string;
  /** The name in the calendar's own language, as the source writes it. */
  readonly localName: string;
  /** First year the rule holds (inclusive); absent: every year eftkit covers. */
  readonly from?: number;
  /** Last year the rule holds (inclusive); absent: until further notice. */
  readonly until?: number;
  /** Where the year limits come from, when another source than the calendar's. */
  readonly yearsSource?: string;
}

/** A holiday on the same date every year: 17 May. */
export interface FixedDateRule extends HolidayRuleBase {
  readonly kind: 'fixed';
  readonly month: number;
  readonly day: number;
  /**
   * What happens when the date falls on a weekend: `sunday-to-monday` closes the Monday after
   * a Sunday holiday (the Federal Reserve's rule; a Saturday holiday does not close Friday).
   * Absent: nothing, the holiday is lost in the weekend (the Nordic and TARGET2 rule).
   */
  readonly observed?: 'sunday-to-monday';
}

/** A holiday a fixed number of days from Easter Sunday: Good Friday is −2. */
export interface EasterRule extends HolidayRuleBase {
  readonly kind: 'easter';
  readonly offset: number;
}

/** The nth weekday of a month (`nth` −1 is the last): Thanksgiving, the 4th Thursday of November. */
export interface NthWeekdayRule extends HolidayRuleBase {
  readonly kind: 'nth-weekday';
  readonly month: number;
  readonly weekday: Weekday;
  readonly nth: 1 | 2 | 3 | 4 | 5 | -1;
}

/** The one weekday between two days of a month: Midsummer Eve, the Friday between 19 and 25 June. */
export interface WeekdayBetweenRule extends HolidayRuleBase {
  readonly kind: 'weekday-between';
  readonly month: number;
  readonly weekday: Weekday;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** A closing on one date only: TARGET's 31 December 1999. */
export interface OneOffRule extends HolidayRuleBase {
  readonly kind: 'one-off';
  readonly date: IsoDate;
}

/** A rule that closes a day (or days) each year. */
export type HolidayRule = FixedDateRule | EasterRule | NthWeekdayRule | WeekdayBetweenRule | OneOffRule;

/** A published list or a law that a calendar follows. */
export interface CalendarSource {
  /** Who publishes it and what it is called. */
  readonly title: string;
  /** Where to read it. */
  readonly url: string;
}

/** The ids of the calendars eftkit ships. */
export type CalendarId = 'NO' | 'SE' | 'DK' | 'FI' | 'TARGET2' | 'FEDWIRE';

/**
 * A bank calendar as data: the closed weekdays, the holiday rules with the years each holds,
 * and the sources they come from.
 */
export interface CalendarDefinition {
  /** Short id: the ISO 3166 country code, or the settlement system (`TARGET2`, `FEDWIRE`). */
  readonly id: CalendarId;
  /** What the calendar is: whose settlement days it describes. */
  readonly name: string;
  /** The published lists and laws the rules follow, most authoritative first. */
  readonly sources: readonly CalendarSource[];
  /** Weekdays that are never bank days. */
  readonly weekend: readonly Weekday[];
  /** The holidays: each closes its day in the years it holds. */
  readonly rules: readonly HolidayRule[];
  /** Years whose every closed day was compared with the sources (see test/calendar). */
  readonly checkedYears: readonly number[];
}

/** One day a rule closes in a given year. */
export interface RuleOccurrence {
  /** 0-based day of the year. */
  readonly dayOfYear: number;
  /** The rule. */
  readonly rule: HolidayRule;
  /** True when this is the Monday that stands in for a Sunday holiday. */
  readonly observed: boolean;
}

/** @internal True when the rule holds in `year`. */
export function ruleHolds(rule: HolidayRule, year: number): boolean {
  return (rule.from === undefined || year >= rule.from) && (rule.until === undefined || year <= rule.until);
}

/**
 * @internal Every day `rule` closes in `year`, in order. Days that would spill into another
 * year are dropped (no rule eftkit ships does that).
 */
export function ruleOccurrences(rule: HolidayRule, year: number): RuleOccurrence[] {
  if (!ruleHolds(rule, year)) return [];
  const yearLength = daysInMonth(year, 2) === 29 ? 366 : 365;
  const out: RuleOccurrence[] = [];
  const push = (doy: number, observed: boolean): void => {
    if (doy >= 0 && doy < yearLength) out.push({ dayOfYear: doy, rule, observed });
  };
  switch (rule.kind) {
    case 'fixed': {
      if (rule.day > daysInMonth(year, rule.month)) return out;
      const doy = dayOfYear(year, rule.month, rule.day);
      push(doy, false);
      if (rule.observed === 'sunday-to-monday' && isoWeekday(year, rule.month, rule.day) === 7) push(doy + 1, true);
      return out;
    }
    case 'easter': {
      const easter = easterMonthDay(year);
      push(dayOfYear(year, easter.month, easter.day) + rule.offset, false);
      return out;
    }
    case 'nth-weekday': {
      const target = WEEKDAYS.indexOf(rule.weekday) + 1;
      const last = daysInMonth(year, rule.month);
      if (rule.nth === -1) {
        const lastWeekday = isoWeekday(year, rule.month, last);
        push(dayOfYear(year, rule.month, last - ((lastWeekday - target + 7) % 7)), false);
      } else {
        const firstWeekday = isoWeekday(year, rule.month, 1);
        const day = 1 + ((target - firstWeekday + 7) % 7) + (rule.nth - 1) * 7;
        if (day <= last) push(dayOfYear(year, rule.month, day), false);
      }
      return out;
    }
    case 'weekday-between': {
      const target = WEEKDAYS.indexOf(rule.weekday) + 1;
      for (let day = rule.firstDay; day <= rule.lastDay && day <= daysInMonth(year, rule.month); day++) {
        if (isoWeekday(year, rule.month, day) === target) push(dayOfYear(year, rule.month, day), false);
      }
      return out;
    }
    case 'one-off': {
      const packed = packIsoDate(rule.date);
      if (packed >= 0 && packed >> 9 === year) push(packed & 511, false);
      return out;
    }
  }
}
