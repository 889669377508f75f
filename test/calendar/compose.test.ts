import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BANK_CALENDARS,
  BankCalendar,
  CalendarForSchema,
  ExtraDateSchema,
  PaymentDateRuleSchema,
  WeekdaySchema,
  adjustPaymentDate,
  calendarFor,
  closureReasons,
  createBankCalendar,
  isBankDay,
  safeCalendarFor,
  safeCreateBankCalendar,
  weekdayOf,
} from '../../src/calendar';
import { calendarIdArbitrary, isoDateArbitrary, weekdayArbitrary } from '../../src/testing';
import { codeOf } from '../support/errors';


const dates = isoDateArbitrary(fc, { minYear: 1990, maxYear: 2060 });

describe('calendarFor: the debtor\'s calendar and the currency\'s settlement calendar', () => {
  it('combines the two, and shares the result', () => {
    const noEur = calendarFor({ country: 'NO', currency: 'EUR' });
    expect(noEur.id).toBe('NO+TARGET2');
    expect(noEur.components).toEqual([BANK_CALENDARS.NO, BANK_CALENDARS.TARGET2]);
    expect(calendarFor({ country: 'NO', currency: 'EUR' })).toBe(noEur);
    expect(calendarFor({ country: 'NO', currency: 'NOK' })).toBe(BANK_CALENDARS.NO);
    expect(calendarFor({ country: 'FI', currency: 'EUR' }).id).toBe('FI+TARGET2');
    expect(calendarFor({ country: 'US', currency: 'USD' })).toBe(BANK_CALENDARS.FEDWIRE);
    expect(calendarFor({ country: 'SE', currency: 'DKK' }).id).toBe('SE+DK');
    // Maundy Thursday: Norway closed, TARGET2 open; Labour Day: both closed.
    expect(isBankDay('2026-04-02', noEur)).toBe(false);
    expect(isBankDay('2026-04-02', 'TARGET2')).toBe(true);
  });

  it('reports unknown countries and currencies, with their paths', () => {
    const r = safeCalendarFor({ country: 'GB', currency: 'GBP' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['calendar/unknown-country', ['country']],
        ['calendar/unknown-currency', ['currency']],
      ]);
      expect(r.issues[0]?.message).toMatch(/no bank calendar for the country "GB"/);
    }
    expect(codeOf(() => calendarFor({ country: 'NOR', currency: 'NOK' }))).toBe('calendar/unknown-country');
    const both = safeCalendarFor({ country: 'NO', currency: 'XXX', daysWithoutPayments: ['funday' as 'monday'] });
    expect(both.ok ? [] : both.issues.map((i) => i.code)).toEqual(['calendar/unknown-currency', 'calendar/invalid-weekday']);
  });

  it('takes the company\'s days without payments and the bank\'s notices', () => {
    const cal = calendarFor({
      country: 'NO',
      currency: 'NOK',
      daysWithoutPayments: ['friday'],
      extraClosedDates: [{ date: '2026-11-25', name: 'Bank system upgrade' }],
      extraOpenDates: ['2026-12-24'],
    });
    expect(isBankDay('2026-11-27', cal)).toBe(false); // a Friday
    expect(closureReasons('2026-11-27', cal)).toEqual([{ kind: 'day-without-payments', name: 'Friday', calendar: 'NO' }]);
    expect(closureReasons('2026-11-25', cal)).toEqual([{ kind: 'bank-notice', name: 'Bank system upgrade', calendar: 'NO' }]);
    expect(isBankDay('2026-12-24', cal)).toBe(true); // opened by notice
    expect(adjustPaymentDate('2026-11-27', { calendar: cal, convention: 'before' }).explanation).toBe(
      '2026-11-27 is closed (Friday, a day without payments); paid before, on 2026-11-26.',
    );
    expect(adjustPaymentDate('2026-11-25', { calendar: cal, convention: 'after' }).explanation).toBe(
      "2026-11-25 is closed (Bank system upgrade, by the bank's notice); paid after, on 2026-11-26.",
    );
  });
});

describe('createBankCalendar', () => {
  it('an extra open date wins over every rule of the calendars it combines', () => {
    const cal = createBankCalendar({ calendars: ['NO', 'TARGET2'], extraOpenDates: ['2026-05-01', '2026-05-02'] });
    expect(isBankDay('2026-05-01', cal)).toBe(true);
    expect(isBankDay('2026-05-02', cal)).toBe(true); // even a Saturday
    expect(closureReasons('2026-05-01', cal)).toEqual([]);
  });

  it('an inner calendar\'s open notice does not open the other calendars', () => {
    const bank = createBankCalendar({ calendars: ['NO'], extraOpenDates: ['2026-05-01'] });
    const withEur = createBankCalendar({ calendars: [bank, 'TARGET2'] });
    expect(isBankDay('2026-05-01', bank)).toBe(true);
    expect(isBankDay('2026-05-01', withEur)).toBe(false);
    expect(closureReasons('2026-05-01', withEur).map((r) => r.calendar)).toEqual(['TARGET2']);
  });

  it('names itself after its parts unless told', () => {
    expect(createBankCalendar({ calendars: ['SE', 'FEDWIRE'] }).id).toBe('SE+FEDWIRE');
    expect(createBankCalendar({ calendars: ['SE'], id: 'acme-se', name: 'ACME payments, Sweden' })).toMatchObject({
      id: 'acme-se',
      name: 'ACME payments, Sweden',
    });
    const bare = createBankCalendar({ calendars: [], daysWithoutPayments: ['saturday', 'sunday'] });
    expect(bare.id).toBe('custom');
    expect(isBankDay('2026-12-25', bare)).toBe(true);
    expect(isBankDay('2026-12-26', bare)).toBe(false);
  });

  it('reports every problem at once', () => {
    const r = safeCreateBankCalendar({
      calendars: ['NO', 'UK' as 'NO'],
      daysWithoutPayments: ['monday', 'Tuesday' as 'tuesday'],
      extraClosedDates: ['2026-02-30', { date: '2026-12-31', name: 'Year end' }],
      extraOpenDates: [{ date: '2026-12-31' }, '31.12.2026'],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['calendar/unknown-calendar', ['calendars', 1]],
        ['calendar/invalid-weekday', ['daysWithoutPayments', 1]],
        ['calendar/invalid-date', ['extraClosedDates', 0]],
        ['calendar/invalid-date', ['extraOpenDates', 1]],
        ['calendar/conflicting-dates', ['extraOpenDates', 0]],
      ]);
    }
    expect(codeOf(() => createBankCalendar({ calendars: [], daysWithoutPayments: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] }))).toBe(
      'calendar/no-bank-days',
    );
    expect(codeOf(() => createBankCalendar({ calendars: ['NO'], daysWithoutPayments: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] }))).toBe(
      'calendar/no-bank-days',
    );
    expect(codeOf(() => createBankCalendar(null as unknown as { calendars: [] }))).toBe('calendar/invalid-options');
    expect(codeOf(() => createBankCalendar({ calendars: 'NO' as unknown as ['NO'] }))).toBe('calendar/unknown-calendar');
  });

  it('is frozen from the outside', () => {
    const cal = createBankCalendar({ calendars: ['NO'], daysWithoutPayments: ['friday'], extraClosedDates: ['2026-11-25'] });
    expect(Object.isFrozen(cal.daysWithoutPayments)).toBe(true);
    expect(Object.isFrozen(cal.extraClosedDates)).toBe(true);
    expect(Object.isFrozen(BANK_CALENDARS)).toBe(true);
    expect(Object.isFrozen(BANK_CALENDARS.NO.definition?.rules)).toBe(true);
    expect(Object.isFrozen(BANK_CALENDARS.NO.definition?.rules[0])).toBe(true);
  });

  it('property: a combined day is a bank day exactly when every part is open', () => {
    fc.assert(
      fc.property(dates, fc.uniqueArray(calendarIdArbitrary(fc), { minLength: 1, maxLength: 3 }), (d, ids) => {
        const cal = createBankCalendar({ calendars: ids });
        expect(cal).toBeInstanceOf(BankCalendar);
        expect(isBankDay(d, cal)).toBe(ids.every((id) => isBankDay(d, id)));
      }),
      { numRuns: 400 },
    );
  });

  it('property: days without payments close that weekday and nothing else', () => {
    fc.assert(
      fc.property(dates, calendarIdArbitrary(fc), fc.uniqueArray(weekdayArbitrary(fc), { maxLength: 4 }), (d, id, days) => {
        const cal = createBankCalendar({ calendars: [id], daysWithoutPayments: days });
        expect(isBankDay(d, cal)).toBe(isBankDay(d, id) && !days.includes(weekdayOf(d)));
      }),
      { numRuns: 400 },
    );
  });

  it('property: extra closed dates close, extra open dates open, the rest follows the calendar', () => {
    fc.assert(
      fc.property(dates, dates, dates, calendarIdArbitrary(fc), (closed, open, other, id) => {
        fc.pre(closed !== open);
        const cal = createBankCalendar({ calendars: [id], extraClosedDates: [closed], extraOpenDates: [open] });
        expect(isBankDay(closed, cal)).toBe(false);
        expect(isBankDay(open, cal)).toBe(true);
        if (other !== closed && other !== open) expect(isBankDay(other, cal)).toBe(isBankDay(other, id));
      }),
      { numRuns: 300 },
    );
  });
});

describe('zod schemas', () => {
  it('check the JSON inputs of a company setup', () => {
    expect(WeekdaySchema.safeParse('friday').success).toBe(true);
    expect(WeekdaySchema.safeParse('Friday').error?.issues[0]?.message).toMatch(/is not a weekday/);
    expect(ExtraDateSchema.safeParse({ date: '2026-11-25', name: 'Upgrade' }).success).toBe(true);
    expect(ExtraDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(PaymentDateRuleSchema.safeParse({ convention: 'before', moveToWorkday: true }).success).toBe(true);
    expect(PaymentDateRuleSchema.safeParse({ convention: 'nearest' }).error?.issues[0]?.message).toMatch(/is not a way to move/);
    expect(CalendarForSchema.safeParse({ country: 'NO', currency: 'EUR', daysWithoutPayments: ['friday'] }).success).toBe(true);
    const conflict = CalendarForSchema.safeParse({
      country: 'NO',
      currency: 'NOK',
      extraClosedDates: ['2026-12-31'],
      extraOpenDates: [{ date: '2026-12-31' }],
    });
    expect(conflict.error?.issues[0]).toMatchObject({ path: ['extraOpenDates', 0] });
    expect(CalendarForSchema.safeParse({ country: 'NOR', currency: 'NOK' }).success).toBe(false);
  });

  it('property: what the schema accepts, calendarFor accepts', () => {
    fc.assert(
      fc.property(
        fc.record({
          country: fc.constantFrom('NO', 'SE', 'DK', 'FI', 'US'),
          currency: fc.constantFrom('NOK', 'SEK', 'DKK', 'EUR', 'USD'),
          daysWithoutPayments: fc.uniqueArray(fc.constantFrom('monday', 'wednesday', 'friday' as const), { maxLength: 2 }),
          extraClosedDates: fc.uniqueArray(dates, { maxLength: 3 }),
        }),
        (input) => {
          expect(CalendarForSchema.safeParse(input).success).toBe(true);
          expect(safeCalendarFor(input).ok).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
