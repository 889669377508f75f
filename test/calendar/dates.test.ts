import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  IsoDateSchema,
  MAX_YEAR,
  MIN_YEAR,
  isBankDay,
  isIsoDate,
  parseIsoDate,
  safeParseIsoDate,
  weekdayOf,
} from '../../src/calendar';
import { fromEpochDay, toEpochDay } from '../../src/calendar/dates';
import { invalidIsoDateArbitrary, isoDateArbitrary } from '../../src/testing';
import { codeOf } from '../support/errors';


describe('YYYY-MM-DD dates', () => {
  it('accepts real dates, leap days included', () => {
    for (const d of ['2026-12-24', '2024-02-29', '2000-02-29', '1583-01-01', '9999-12-31', '1900-12-31', '2200-01-01']) {
      expect(isIsoDate(d), d).toBe(true);
      expect(safeParseIsoDate(d).ok, d).toBe(true);
    }
    expect(parseIsoDate('2026-12-24')).toEqual({ year: 2026, month: 12, day: 24 });
  });

  it('refuses days that do not exist with calendar/invalid-date and says why', () => {
    const r = safeParseIsoDate('2026-02-30');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe('calendar/invalid-date');
      expect(r.issues[0]?.message).toBe('2026-02-30 does not exist: that month has 28 days.');
    }
    // 1900 and 2100 are not leap years (divisible by 100, not by 400); 2025 is not either.
    for (const d of ['2026-02-30', '2025-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(codeOf(() => parseIsoDate(d)), d).toBe('calendar/invalid-date');
      expect(codeOf(() => isBankDay(d, 'NO')), d).toBe('calendar/invalid-date');
      expect(isIsoDate(d), d).toBe(false);
    }
  });

  it('refuses other shapes: no time, no zone, no short forms', () => {
    for (const d of ['2026-12-24T00:00:00Z', '2026-12-24Z', '26-12-24', '2026-1-5', '2026/12/24', '24.12.2026', ' 2026-12-24', '', '２０２６-12-24']) {
      const r = safeParseIsoDate(d);
      expect(r.ok, d).toBe(false);
      if (!r.ok) expect(r.issues[0]?.message, d).toMatch(/Write dates as YYYY-MM-DD/);
      expect(codeOf(() => isBankDay(d, 'NO')), d).toBe('calendar/invalid-date');
    }
    for (const v of [20261224, null, undefined, new Date(Date.UTC(2026, 11, 24))]) {
      expect(safeParseIsoDate(v).ok).toBe(false);
      expect(codeOf(() => isBankDay(v as unknown as string, 'NO'))).toBe('calendar/invalid-date');
    }
  });

  it('covers 1583–9999 and says so outside', () => {
    expect(MIN_YEAR).toBeLessThanOrEqual(1900);
    expect(MAX_YEAR).toBeGreaterThanOrEqual(2200);
    const r = safeParseIsoDate('1582-12-31', ['due']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'calendar/date-out-of-range', path: ['due'] });
    expect(() => parseIsoDate('1000-01-01')).toThrow(CalendarError);
  });

  it('IsoDateSchema reports the same problems', () => {
    expect(IsoDateSchema.safeParse('2026-12-24').success).toBe(true);
    const bad = IsoDateSchema.safeParse('2026-02-30');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('2026-02-30 does not exist: that month has 28 days.');
  });

  it('property: every generated date is valid and reads back to itself', () => {
    fc.assert(
      fc.property(isoDateArbitrary(fc), (d) => {
        const { year, month, day } = parseIsoDate(d);
        expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(d);
      }),
      { numRuns: 500 },
    );
  });

  it('property: every impossible date is refused with calendar/invalid-date', () => {
    fc.assert(
      fc.property(invalidIsoDateArbitrary(fc), (d) => {
        expect(codeOf(() => parseIsoDate(d))).toBe('calendar/invalid-date');
        expect(isIsoDate(d)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('property: day numbers and weekdays agree with Date.UTC (used only as an oracle, in UTC)', () => {
    const names = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    fc.assert(
      fc.property(isoDateArbitrary(fc), (d) => {
        const { year, month, day } = parseIsoDate(d);
        const utc = new Date(Date.UTC(year, month - 1, day));
        utc.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900+; ours are ≥ 1583 anyway
        expect(toEpochDay(year, month, day)).toBe(utc.getTime() / 86_400_000);
        expect(fromEpochDay(toEpochDay(year, month, day))).toEqual({ year, month, day });
        expect(weekdayOf(d)).toBe(names[utc.getUTCDay()]);
      }),
      { numRuns: 500 },
    );
  });
});
