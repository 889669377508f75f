import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  adjustPaymentDate,
  calendarFor,
  isBankDay,
  safeAdjustPaymentDate,
  type BusinessDayConvention,
} from '../../src/calendar';
import { businessDayConventionArbitrary, calendarInputArbitrary, isoDateArbitrary } from '../../src/testing';
import { codeOf } from '../support/errors';


const dates = isoDateArbitrary(fc, { minYear: 1990, maxYear: 2060 });
const calendars = calendarInputArbitrary(fc, { minYear: 1990, maxYear: 2060 });

describe('adjustPaymentDate', () => {
  it('the worked example: a payment due on 24 December 2026 in Norway moves before, to the 23rd', () => {
    const result = adjustPaymentDate('2026-12-24', { calendar: 'NO', convention: 'before' });
    expect(result).toEqual({
      date: '2026-12-23',
      originalDate: '2026-12-24',
      moved: true,
      isBankDay: true,
      convention: 'before',
      closedDays: [
        { date: '2026-12-24', reasons: [{ kind: 'holiday', name: 'Christmas Eve', localName: 'Julaften', calendar: 'NO' }] },
      ],
      explanation: '2026-12-24 is closed (Christmas Eve, NO); paid before, on 2026-12-23.',
    });
  });

  it('after: the same payment moves past Christmas and the weekend', () => {
    const result = adjustPaymentDate('2026-12-24', { calendar: 'NO', convention: 'after' });
    expect(result.date).toBe('2026-12-28');
    expect(result.closedDays.map((d) => d.date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']);
    expect(result.closedDays[2]?.reasons.map((r) => r.name)).toEqual(['Saturday', 'Boxing Day']);
    expect(result.explanation).toBe(
      '2026-12-24 is closed (Christmas Eve, NO); paid after, on 2026-12-28. Also closed: 2026-12-25 (Christmas Day, NO), ' +
        '2026-12-26 (Saturday; Boxing Day, NO), 2026-12-27 (Sunday).',
    );
  });

  it('market conventions', () => {
    const cases: [string, BusinessDayConvention, string][] = [
      ['2026-05-01', 'following', '2026-05-04'],
      ['2026-05-01', 'preceding', '2026-04-30'],
      // 31 May 2026 is a Sunday: following leaves May, so modified following goes back.
      ['2026-05-31', 'modified-following', '2026-05-29'],
      ['2026-05-31', 'following', '2026-06-01'],
      // 1 May 2026 (Friday, Labour Day): preceding leaves May, so modified preceding goes forward.
      ['2026-05-01', 'modified-preceding', '2026-05-04'],
      ['2026-05-16', 'modified-following', '2026-05-18'],
      ['2026-05-16', 'modified-preceding', '2026-05-15'],
      ['2026-05-16', 'none', '2026-05-16'],
    ];
    for (const [date, convention, expected] of cases) {
      expect(adjustPaymentDate(date, { calendar: 'NO', convention }).date, `${date} ${convention}`).toBe(expected);
    }
  });

  it('the voucher type flag "Move payment to workday" off: the date stays, and the answer says why it is closed', () => {
    const result = adjustPaymentDate('2026-12-24', { calendar: 'NO', convention: 'before', moveToWorkday: false });
    expect(result).toMatchObject({ date: '2026-12-24', moved: false, isBankDay: false });
    expect(result.closedDays[0]?.reasons[0]?.name).toBe('Christmas Eve');
    expect(result.explanation).toBe(
      '2026-12-24 is closed (Christmas Eve, NO), but the voucher type does not move payments to a workday, so the date stays.',
    );
    const none = adjustPaymentDate('2026-12-24', { calendar: 'NO', convention: 'none' });
    expect(none).toMatchObject({ date: '2026-12-24', moved: false, isBankDay: false });
    expect(none.explanation).toMatch(/convention "none"/);
  });

  it('a bank day stays put, whatever the flag and convention', () => {
    const result = adjustPaymentDate('2026-12-23', { calendar: 'NO', convention: 'after' });
    expect(result).toEqual({
      date: '2026-12-23',
      originalDate: '2026-12-23',
      moved: false,
      isBankDay: true,
      convention: 'after',
      closedDays: [],
      explanation: '2026-12-23 is a bank day; the payment date stays.',
    });
  });

  it('foreign currency: both the debtor\'s calendar and the currency\'s must be open', () => {
    // Maundy Thursday 2026 is open in TARGET2 but closed in Norway; 1 May closed in both.
    const noEur = calendarFor({ country: 'NO', currency: 'EUR' });
    expect(adjustPaymentDate('2026-04-02', { calendar: 'TARGET2', convention: 'before' }).date).toBe('2026-04-02');
    const moved = adjustPaymentDate('2026-04-02', { calendar: noEur, convention: 'before' });
    expect(moved.date).toBe('2026-04-01');
    // 26 Dec 2025 (Friday) closes both; the reasons name each calendar.
    const boxing = adjustPaymentDate('2025-12-26', { calendar: noEur, convention: 'after' });
    expect(boxing.closedDays[0]?.reasons.map((r) => `${r.name} (${r.calendar})`)).toEqual([
      'Boxing Day (NO)',
      'Boxing Day (TARGET2)',
    ]);
    // A US dollar payment from Norway: 4 July 2025 is closed for Fedwire only.
    expect(adjustPaymentDate('2025-07-04', { calendar: calendarFor({ country: 'NO', currency: 'USD' }), convention: 'after' }).date).toBe(
      '2025-07-07',
    );
  });

  it('reports every problem at once', () => {
    const r = safeAdjustPaymentDate('2026-02-30', { calendar: 'XX' as 'NO', convention: 'sideways' as 'none', moveToWorkday: 'yes' as unknown as boolean });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['calendar/invalid-date', ['date']],
        ['calendar/unknown-calendar', ['calendar']],
        ['calendar/invalid-convention', ['convention']],
        ['calendar/invalid-options', ['moveToWorkday']],
      ]);
    }
    expect(() => adjustPaymentDate('2026-02-30', { calendar: 'NO', convention: 'before' })).toThrow(CalendarError);
    expect(codeOf(() => adjustPaymentDate('2026-02-30', { calendar: 'NO', convention: 'before' }))).toBe('calendar/invalid-date');
    expect(codeOf(() => adjustPaymentDate('2026-12-24', { calendar: 'NO', convention: 'nearest' as 'none' }))).toBe('calendar/invalid-convention');
    expect(codeOf(() => adjustPaymentDate('2026-12-24', null as unknown as { calendar: 'NO'; convention: 'none' }))).toBe(
      'calendar/invalid-options',
    );
    expect(safeAdjustPaymentDate('2026-12-24', { calendar: 'NO', convention: 'before' })).toMatchObject({ ok: true, value: { date: '2026-12-23' } });
  });

  it('property: an adjusted date is always a bank day', () => {
    fc.assert(
      fc.property(dates, calendars, businessDayConventionArbitrary(fc, { includeNone: false }), (d, calendar, convention) => {
        const r = adjustPaymentDate(d, { calendar, convention });
        expect(isBankDay(r.date, calendar)).toBe(true);
        expect(r.isBankDay).toBe(true);
        expect(r.moved).toBe(r.date !== d);
        expect(r.moved).toBe(!isBankDay(d, calendar));
      }),
      { numRuns: 400 },
    );
  });

  it('property: following/after never moves back, preceding/before never forward', () => {
    fc.assert(
      fc.property(dates, calendars, (d, calendar) => {
        for (const convention of ['following', 'after'] as const) expect(adjustPaymentDate(d, { calendar, convention }).date >= d).toBe(true);
        for (const convention of ['preceding', 'before'] as const) expect(adjustPaymentDate(d, { calendar, convention }).date <= d).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: modified conventions stay in the month', () => {
    fc.assert(
      fc.property(dates, calendars, fc.constantFrom('modified-following', 'modified-preceding' as const), (d, calendar, convention) => {
        const r = adjustPaymentDate(d, { calendar, convention });
        expect(r.date.slice(0, 7)).toBe(d.slice(0, 7));
      }),
      { numRuns: 400 },
    );
  });

  it('property: adjusting a bank day leaves it, under every convention', () => {
    fc.assert(
      fc.property(dates, calendars, businessDayConventionArbitrary(fc), fc.boolean(), (d, calendar, convention, moveToWorkday) => {
        fc.pre(isBankDay(d, calendar));
        const r = adjustPaymentDate(d, { calendar, convention, moveToWorkday });
        expect(r).toMatchObject({ date: d, moved: false, isBankDay: true, closedDays: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('property: with the flag off or convention none, nothing moves', () => {
    fc.assert(
      fc.property(dates, calendars, businessDayConventionArbitrary(fc), (d, calendar, convention) => {
        expect(adjustPaymentDate(d, { calendar, convention, moveToWorkday: false }).date).toBe(d);
        expect(adjustPaymentDate(d, { calendar, convention: 'none' }).date).toBe(d);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the reasons cover the original date and every closed day passed, each with a reason', () => {
    fc.assert(
      fc.property(dates, calendars, businessDayConventionArbitrary(fc, { includeNone: false }), (d, calendar, convention) => {
        const r = adjustPaymentDate(d, { calendar, convention });
        if (!r.moved) {
          expect(r.closedDays).toEqual([]);
          return;
        }
        expect(r.closedDays[0]?.date).toBe(d);
        const back = r.date < d;
        const between = r.closedDays.map((c) => c.date);
        // Consecutive days from the original towards the result, all closed, each explained.
        for (const c of r.closedDays) {
          expect(isBankDay(c.date, calendar)).toBe(false);
          expect(c.reasons.length).toBeGreaterThan(0);
          expect(back ? c.date > r.date : c.date < r.date).toBe(true);
        }
        expect(new Set(between).size).toBe(between.length);
        const span = Math.abs(Date.parse(`${r.date}T00:00:00Z`) - Date.parse(`${d}T00:00:00Z`)) / 86_400_000;
        expect(between.length).toBe(span);
      }),
      { numRuns: 300 },
    );
  });
});
