/**
 * Known vectors from public sources. Every closed Monday–Friday of 2025, 2026 and 2027 is
 * listed per calendar, with the source it was checked against; the test asserts that the
 * calendar closes exactly these weekdays and no other (weekends are closed everywhere).
 */
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_DEFINITIONS,
  CALENDAR_IDS,
  easterSunday,
  isBankDay,
  listClosedDays,
  listHolidays,
  type CalendarId,
} from '../../src/calendar';

describe('Easter Sunday (anonymous Gregorian algorithm)', () => {
  // 1818, 1943, 2008, 2011, 2038: J. Meeus, Astronomical Algorithms, as the doctests of
  // C. Tanzer's CAL package give them (_CAL/Day_Rule.py, easter_date).
  // 1818-03-22 and 2285-03-22 are the earliest possible date, 1943-04-25 and 2038-04-25 the
  // latest ("the most recent date on which Easter falls, would be April 25, 2038; the earliest
  // is March 22, 2285", howded.com/en/pages/166825).
  // 2024: Første påskedag 31 March 2024 (public-holidays.us/NO_NO_2024_All).
  // 2025: Easter Sunday 20 April 2025 (calendartimes.co.uk, Finland bank holidays 2025).
  // 2026: Easter Sunday 5 April 2026 (Sveriges Riksbank, "Holidays 2026").
  // 2027: Langfredag 26 March, 2. påskedag 29 March 2027 (Danmarks Nationalbank,
  // "Banklukkedage") put Easter Sunday on 28 March.
  const vectors: Record<number, string> = {
    1818: '1818-03-22',
    1943: '1943-04-25',
    2008: '2008-03-23',
    2011: '2011-04-24',
    2024: '2024-03-31',
    2025: '2025-04-20',
    2026: '2026-04-05',
    2027: '2027-03-28',
    2038: '2038-04-25',
    2285: '2285-03-22',
  };
  for (const [year, date] of Object.entries(vectors)) {
    it(`${year}: ${date}`, () => {
      expect(easterSunday(Number(year))).toBe(date);
    });
  }

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 9999; year += 7) {
      const date = easterSunday(year);
      const md = date.slice(5);
      expect(md >= '03-22' && md <= '04-25', date).toBe(true);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay(), date).toBe(0);
    }
    expect(() => easterSunday(1582)).toThrow(/outside the years/);
  });
});

type Vectors = Record<2025 | 2026 | 2027, readonly string[]>;

/**
 * The closed Monday–Friday of each calendar. Dates on a weekend that a source also lists
 * (17 May 2026, a Sunday) are in `weekendListed` and checked to be closed too.
 */
const CLOSED_WEEKDAYS: Record<CalendarId, { vectors: Vectors; weekendListed: readonly string[] }> = {
  // Norway. Norges Bank, "Oppgjørsdager" / "Settlement days": NBO is closed on Saturdays,
  // Sundays, 1 January, Maundy Thursday, Good Friday, Easter Monday, 1 May, 17 May, Ascension
  // Day, Whit Monday, 24, 25 and 26 December (the stored pages are the 2017 and 2019 editions;
  // the dates below are those days in 2025–2027, with Easter as above). 31 December is not in
  // the list and is a payment day (Skagerrak Sparebank: "Siste frist for å betale regninger i
  // 2021 er fredag 31. desember").
  NO: {
    vectors: {
      2025: ['2025-01-01', '2025-04-17', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-12-24', '2025-12-25', '2025-12-26'],
      2026: ['2026-01-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-12-24', '2026-12-25'],
      // 17 May 2027 is both Constitution Day and Whit Monday.
      2027: ['2027-01-01', '2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17', '2027-12-24'],
    },
    weekendListed: ['2025-05-17', '2026-05-17', '2026-12-26', '2027-05-01', '2027-12-25', '2027-12-26'],
  },
  // Sweden. Sveriges Riksbank, "Holidays 2026" (riksbank.se/en-gb/press-and-published/calendar/
  // holidays-2026): Thu 1 Jan, Tue 6 Jan, Fri 3 Apr, Mon 6 Apr, Fri 1 May, Thu 14 May,
  // Sat 6 Jun, Fri 19 Jun Midsummer Eve, Thu 24 Dec, Fri 25 Dec, Sat 26 Dec, Thu 31 Dec.
  // Bankgirot ("Observera bankhelgdagarna"): 6 June, Midsummer Eve, Christmas Eve and New
  // Year's Eve are not bank days even on a weekday. 2025 and 2027 apply the same list.
  SE: {
    vectors: {
      2025: ['2025-01-01', '2025-01-06', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-06', '2025-06-20', '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-31'],
      2026: ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-06-19', '2026-12-24', '2026-12-25', '2026-12-31'],
      2027: ['2027-01-01', '2027-01-06', '2027-03-26', '2027-03-29', '2027-05-06', '2027-06-25', '2027-12-24', '2027-12-31'],
    },
    weekendListed: ['2026-06-06', '2026-12-26', '2027-05-01', '2027-06-06', '2027-12-25', '2027-12-26'],
  },
  // Denmark. Danmarks Nationalbank, "Banklukkedage" (nationalbanken.dk), lists 2026 and 2027
  // exactly as below, plus 26 Dec 2026 (a Saturday) and 5 Jun 2027 (a Saturday). 2025 applies
  // the same days; its Friday after Ascension, 30 May 2025, is confirmed by
  // worlddaysoff.com/holiday/denmark/2025/bank-closing-day.
  DK: {
    vectors: {
      2025: ['2025-01-01', '2025-04-17', '2025-04-18', '2025-04-21', '2025-05-29', '2025-05-30', '2025-06-05', '2025-06-09', '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-31'],
      2026: ['2026-01-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-05-14', '2026-05-15', '2026-05-25', '2026-06-05', '2026-12-24', '2026-12-25', '2026-12-31'],
      2027: ['2027-01-01', '2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-07', '2027-05-17', '2027-12-24', '2027-12-31'],
    },
    weekendListed: ['2026-12-26', '2027-06-05'],
  },
  // Finland. Handelsbanken Finland, "Bankdagar": every Monday–Friday is a bank day except the
  // Finnish church holidays, Independence Day, May Day, Christmas Eve and Midsummer Eve.
  // 2025: OP Media, "Mid-week holidays in 2025": Wed 1 Jan, Mon 6 Jan, Fri 18 Apr, Mon 21 Apr,
  // Thu 1 May, Thu 29 May, Fri 20 Jun, (Sat 6 Dec), Wed 24 Dec, Thu 25 Dec, Fri 26 Dec.
  // 2026: logifie.com/holidays/FI/2026 (Thu 1 Jan … Fri 25 Dec; 6 Dec a Sunday, 26 Dec a
  // Saturday). 2027 applies the same list.
  FI: {
    vectors: {
      2025: ['2025-01-01', '2025-01-06', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-20', '2025-12-24', '2025-12-25', '2025-12-26'],
      2026: ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-06-19', '2026-12-24', '2026-12-25'],
      2027: ['2027-01-01', '2027-01-06', '2027-03-26', '2027-03-29', '2027-05-06', '2027-06-25', '2027-12-06', '2027-12-24'],
    },
    weekendListed: ['2025-12-06', '2026-12-06', '2026-12-26', '2027-05-01'],
  },
  // TARGET2. European Central Bank, "TARGET2 calendar": open every day except Saturdays,
  // Sundays, New Year's Day, Good Friday, Easter Monday, 1 May, Christmas Day and 26 December.
  TARGET2: {
    vectors: {
      2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-12-25', '2025-12-26'],
      2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25'],
      2027: ['2027-01-01', '2027-03-26', '2027-03-29'],
    },
    weekendListed: ['2026-12-26', '2027-05-01', '2027-12-25', '2027-12-26'],
  },
  // US Fedwire. Federal Reserve Bank of Richmond, "Holiday Schedule" 2025 / 2026 / 2027:
  // New Year's Day Jan 1 / Jan 1 / Jan 1; MLK Jan 20 / Jan 19 / Jan 18; Washington's Birthday
  // Feb 17 / Feb 16 / Feb 15; Memorial Day May 26 / May 25 / May 31; Juneteenth Jun 19 / Jun 19 /
  // Jun 19 (Saturday); Independence Day Jul 4 / Jul 4 (Saturday) / Jul 4 (Sunday); Labor Day
  // Sep 1 / Sep 7 / Sep 6; Columbus Day Oct 13 / Oct 12 / Oct 11; Veterans Day Nov 11;
  // Thanksgiving Nov 27 / Nov 26 / Nov 25; Christmas Dec 25 / Dec 25 / Dec 25 (Saturday).
  // "If any of the following holidays falls on a Saturday, Federal Reserve Banks will be open
  // the preceding Friday. If the holiday falls on a Sunday, Federal Reserve Banks will be
  // closed the following Monday."
  FEDWIRE: {
    vectors: {
      2025: ['2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25'],
      2026: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'],
      2027: ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25'],
    },
    weekendListed: ['2026-07-04', '2027-06-19', '2027-07-04', '2027-12-25'],
  },
};

describe('every closed weekday of 2025–2027, per calendar', () => {
  for (const id of CALENDAR_IDS) {
    const { vectors, weekendListed } = CLOSED_WEEKDAYS[id];
    for (const year of [2025, 2026, 2027] as const) {
      it(`${id} ${year}`, () => {
        expect(listClosedDays(id, year).map((d) => d.date)).toEqual(vectors[year]);
        for (const d of vectors[year]) expect(isBankDay(d, id), d).toBe(false);
      });
    }
    it(`${id}: the listed weekend holidays are closed, and the calendar was checked for 2025–2027`, () => {
      for (const d of weekendListed) expect(isBankDay(d, id), d).toBe(false);
      expect(CALENDAR_DEFINITIONS[id].checkedYears).toEqual(expect.arrayContaining([2025, 2026, 2027]));
      expect(CALENDAR_DEFINITIONS[id].sources.length).toBeGreaterThan(0);
    });
  }
});

describe('rules that hold for some years only', () => {
  it('Denmark: Great Prayer Day closed on 5 May 2023, gone in 2024', () => {
    // TV 2 (nyheder.tv2.dk, 24 Jan 2023): "Loven skal gælde fra 1. januar 2024. Sidste store
    // bededag bliver altså 5. maj i år." Easter 2024 + 26 days = Friday 26 April 2024.
    expect(isBankDay('2023-05-05', 'DK')).toBe(false);
    expect(listHolidays('DK', 2023).map((h) => h.name)).toContain('Great Prayer Day');
    expect(isBankDay('2024-04-26', 'DK')).toBe(true);
    expect(listHolidays('DK', 2024).map((h) => h.name)).not.toContain('Great Prayer Day');
    expect(listHolidays('DK', 2016).find((h) => h.name === 'Great Prayer Day')?.date).toBe('2016-04-22');
  });

  it('Fedwire: Juneteenth from 2022; in 2021 the Reserve Banks stayed open', () => {
    // Federal Reserve Board press release, 17 June 2021: "Federal Reserve Financial Services
    // will operate normally on Friday, June 18, and Monday, June 21".
    expect(isBankDay('2021-06-18', 'FEDWIRE')).toBe(true);
    expect(isBankDay('2021-06-21', 'FEDWIRE')).toBe(true);
    // 19 June 2022 was a Sunday: closed Monday 20 June.
    expect(isBankDay('2022-06-20', 'FEDWIRE')).toBe(false);
    expect(listHolidays('FEDWIRE', 2022).map((h) => `${h.date} ${h.name}`)).toContain(
      '2022-06-20 Juneteenth National Independence Day (observed)',
    );
    expect(isBankDay('2023-06-19', 'FEDWIRE')).toBe(false);
  });

  it('Fedwire: a Saturday holiday does not close Friday; a Sunday one closes Monday', () => {
    expect(isBankDay('2026-07-03', 'FEDWIRE')).toBe(true); // 4 July 2026 is a Saturday
    expect(isBankDay('2027-12-24', 'FEDWIRE')).toBe(true); // 25 Dec 2027 is a Saturday
    expect(isBankDay('2027-12-31', 'FEDWIRE')).toBe(true); // 1 Jan 2028 is a Saturday
    expect(isBankDay('2027-07-05', 'FEDWIRE')).toBe(false); // 4 July 2027 is a Sunday
    expect(isBankDay('2022-12-26', 'FEDWIRE')).toBe(false); // 25 Dec 2022 was a Sunday
  });

  it('Fedwire: days the government closed are not Fedwire holidays', () => {
    // ABA Banking Journal, Jan 2025: on the national day of mourning, 9 January 2025, "Federal
    // Reserve offices will be closed, systems will operate normally".
    expect(isBankDay('2025-01-09', 'FEDWIRE')).toBe(true);
    // Executive order closing federal agencies on 24 and 26 December 2025: "The Federal Reserve
    // says banks will operate on their usual schedule, staying open on Dec. 24 and 26"
    // (KCLY radio, December 2025).
    expect(isBankDay('2025-12-24', 'FEDWIRE')).toBe(true);
    expect(isBankDay('2025-12-26', 'FEDWIRE')).toBe(true);
  });

  it('Sweden: Whit Monday until 2004, National Day from 2005', () => {
    expect(isBankDay('2004-05-31', 'SE')).toBe(false); // Whit Monday 2004
    expect(isBankDay('2004-06-07', 'SE')).toBe(true);
    expect(isBankDay('2005-05-16', 'SE')).toBe(true); // Whit Monday 2005: now a bank day
    expect(isBankDay('2005-06-06', 'SE')).toBe(false); // National Day 2005 (a Monday)
  });

  it('TARGET: Good Friday, Easter Monday, 1 May and 26 December from 2000', () => {
    // ECB press release of 15 July 1999 ("TARGET closing days in 2000"); TARGET closed on
    // 31 December 1999.
    expect(isBankDay('1999-04-02', 'TARGET2')).toBe(true); // Good Friday 1999
    expect(isBankDay('1999-12-31', 'TARGET2')).toBe(false);
    expect(isBankDay('2000-04-21', 'TARGET2')).toBe(false); // Good Friday 2000
    expect(isBankDay('2000-05-01', 'TARGET2')).toBe(false);
  });

  it('Norway and Finland keep 31 December open; Sweden and Denmark close it', () => {
    expect(isBankDay('2025-12-31', 'NO')).toBe(true);
    expect(isBankDay('2025-12-31', 'FI')).toBe(true);
    expect(isBankDay('2025-12-31', 'SE')).toBe(false);
    expect(isBankDay('2025-12-31', 'DK')).toBe(false);
    expect(isBankDay('2025-05-01', 'DK')).toBe(true); // 1 May is open in Denmark
  });
});
