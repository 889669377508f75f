import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBankDays,
  bankDaysBetween,
  closureReasons,
  getBankCalendar,
  isBankDay,
  listClosedDays,
  listHolidays,
  nextBankDay,
  previousBankDay,
} from '../../src/calendar';
import { calendarInputArbitrary, isoDateArbitrary } from '../../src/testing';
import { codeOf } from '../support/errors';


function dayAfter(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

const dates = isoDateArbitrary(fc, { minYear: 1990, maxYear: 2060 });
const calendars = calendarInputArbitrary(fc, { minYear: 1990, maxYear: 2060 });

describe('bank days', () => {
  it('weekends are closed everywhere, weekdays open unless a holiday closes them', () => {
    for (const id of ['NO', 'SE', 'DK', 'FI', 'TARGET2', 'FEDWIRE'] as const) {
      expect(isBankDay('2026-03-07', id), id).toBe(false); // Saturday
      expect(isBankDay('2026-03-08', id), id).toBe(false); // Sunday
      expect(isBankDay('2026-03-09', id), id).toBe(true); // Monday
      expect(getBankCalendar(id).isBankDay('2026-03-10')).toBe(true);
    }
  });

  it('next and previous bank day skip holidays and weekends', () => {
    expect(nextBankDay('2026-12-23', 'NO')).toBe('2026-12-28'); // 24, 25 Dec + weekend
    expect(previousBankDay('2026-12-28', 'NO')).toBe('2026-12-23');
    expect(previousBankDay('2026-12-24', 'NO')).toBe('2026-12-23');
    expect(nextBankDay('2026-04-01', 'NO')).toBe('2026-04-07'); // Easter
    expect(nextBankDay('2026-04-01', 'TARGET2')).toBe('2026-04-02'); // Maundy Thursday is open in TARGET2
    expect(nextBankDay('2027-12-23', 'SE')).toBe('2027-12-27');
    expect(previousBankDay('2026-01-01', 'SE')).toBe('2025-12-30'); // 31 Dec closed in Sweden
    expect(nextBankDay('2025-12-31', 'NO')).toBe('2026-01-02');
  });

  it('adds and counts bank days', () => {
    expect(addBankDays('2026-12-22', 2, 'NO')).toBe('2026-12-28');
    expect(addBankDays('2026-12-28', -2, 'NO')).toBe('2026-12-22');
    expect(addBankDays('2026-12-24', 0, 'NO')).toBe('2026-12-24');
    expect(bankDaysBetween('2026-12-22', '2026-12-28', 'NO')).toBe(2);
    expect(bankDaysBetween('2026-12-28', '2026-12-22', 'NO')).toBe(-2);
    // 2026 has 261 weekdays; Norway closes 9 of them (the vectors test lists them).
    expect(bankDaysBetween('2026-01-01', '2026-12-31', 'NO')).toBe(252);
    // 2026 has 261 weekdays; TARGET2 closes 5 of them.
    expect(bankDaysBetween('2025-12-31', '2026-12-31', 'TARGET2')).toBe(256);
    expect(bankDaysBetween('1583-01-01', '1583-01-03', 'TARGET2')).toBe(1);
    // 1583-01-01 is a Saturday: the first day covered takes part in the count backwards.
    expect(bankDaysBetween('1583-01-04', '1583-01-01', 'TARGET2')).toBe(-1);
    expect(Object.is(bankDaysBetween('1583-01-03', '1583-01-01', 'TARGET2'), 0)).toBe(true);
    expect(codeOf(() => addBankDays('2026-01-01', 1.5, 'NO'))).toBe('calendar/invalid-count');
    expect(codeOf(() => addBankDays('2026-01-01', Number.NaN, 'NO'))).toBe('calendar/invalid-count');
  });

  it('says when no bank day is left in the years covered', () => {
    expect(codeOf(() => nextBankDay('9999-12-31', 'NO'))).toBe('calendar/no-bank-day-found');
    expect(codeOf(() => previousBankDay('1583-01-01', 'NO'))).toBe('calendar/no-bank-day-found');
  });

  it('refuses unknown calendars', () => {
    expect(codeOf(() => isBankDay('2026-01-02', 'XX' as 'NO'))).toBe('calendar/unknown-calendar');
    expect(codeOf(() => nextBankDay('2026-01-02', 'GB' as 'NO'))).toBe('calendar/unknown-calendar');
    expect(codeOf(() => getBankCalendar('SEPA' as 'NO'))).toBe('calendar/unknown-calendar');
  });

  it('tells why a day is closed', () => {
    expect(closureReasons('2026-12-24', 'NO')).toEqual([
      { kind: 'holiday', name: 'Christmas Eve', localName: 'Julaften', calendar: 'NO' },
    ]);
    expect(closureReasons('2026-05-17', 'NO')).toEqual([
      { kind: 'weekend', name: 'Sunday' },
      { kind: 'holiday', name: 'Constitution Day', localName: 'Grunnlovsdagen', calendar: 'NO' },
    ]);
    expect(closureReasons('2027-07-05', 'FEDWIRE')).toEqual([
      { kind: 'holiday', name: 'Independence Day (observed)', localName: 'Independence Day', calendar: 'FEDWIRE', observed: true },
    ]);
    expect(closureReasons('2026-12-23', 'NO')).toEqual([]);
  });

  it('lists closed days with weekends on request, and holidays of a year', () => {
    const all = listClosedDays('TARGET2', 2026, { includeWeekends: true });
    expect(all.length).toBe(104 + 5); // 52 weekends (2026 starts on a Thursday) + 5 weekday closings
    expect(listHolidays('NO', 2026).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14',
      '2026-05-17', '2026-05-25', '2026-12-24', '2026-12-25', '2026-12-26',
    ]);
    expect(codeOf(() => listClosedDays('NO', 1200))).toBe('calendar/date-out-of-range');
    expect(codeOf(() => listHolidays('NO', 2026.5))).toBe('calendar/date-out-of-range');
  });

  it('property: the next bank day is later, a bank day, and every day in between is closed', () => {
    fc.assert(
      fc.property(dates, calendars, (d, cal) => {
        const next = nextBankDay(d, cal);
        expect(next > d).toBe(true);
        expect(isBankDay(next, cal)).toBe(true);
        for (let x = dayAfter(d); x < next; x = dayAfter(x)) expect(isBankDay(x, cal)).toBe(false);
        const previous = previousBankDay(d, cal);
        expect(previous < d).toBe(true);
        expect(isBankDay(previous, cal)).toBe(true);
        expect(nextBankDay(previous, cal) >= d || !isBankDay(d, cal)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: addBankDays(d, n) then bankDaysBetween gives n back', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -400, max: 400 }), calendars, (d, n, cal) => {
        const result = addBankDays(d, n, cal);
        expect(bankDaysBetween(d, result, cal)).toBe(n);
        if (n !== 0) expect(isBankDay(result, cal)).toBe(true);
        if (n > 0) expect(result > d).toBe(true);
        if (n < 0) expect(result < d).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: bankDaysBetween counts the bank days day by day', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), calendars, (d, span, cal) => {
        let to = d;
        let count = 0;
        for (let i = 0; i < span; i++) {
          to = dayAfter(to);
          if (isBankDay(to, cal)) count++;
        }
        expect(bankDaysBetween(d, to, cal)).toBe(count);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a day is closed exactly when it has reasons', () => {
    fc.assert(
      fc.property(dates, calendars, (d, cal) => {
        expect(closureReasons(d, cal).length === 0).toBe(isBankDay(d, cal));
      }),
      { numRuns: 500 },
    );
  });
});
