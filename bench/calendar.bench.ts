/**
 * Calendar: bank-day lookups and payment-date adjustment, against date-holidays' isHoliday on
 * the same dates in the same run. Run with `npx vitest bench --run bench/calendar.bench.ts`.
 *
 * The same 250 dates (spread over 2025–2027, weekends and holidays included) go through every
 * bench; ops/s × 250 is lookups per second. date-holidays is slow (a few ms per call here), so
 * its bench runs a fixed small number of rounds.
 */
import Holidays from 'date-holidays';
import { bench, describe } from 'vitest';
import { adjustPaymentDate, createBankCalendar, getBankCalendar, isBankDay } from '../src/calendar';

const DATES: string[] = [];
for (let i = 0; i < 250; i++) {
  // Day 0–1094 of 2025–2027, in a scrambled order so that years alternate.
  const t = new Date(Date.UTC(2025, 0, 1 + ((i * 7919) % 1095)));
  DATES.push(t.toISOString().slice(0, 10));
}

const norway = getBankCalendar('NO');
const holidays = new Holidays('NO');
// Warm the per-year tables once, as any real use would.
for (const d of DATES) norway.isBankDay(d);

let sink = 0;

describe('is this date a bank day? (Norway, 250 dates per op)', () => {
  bench('eftkit isBankDay', () => {
    for (const d of DATES) if (isBankDay(d, norway)) sink++;
  });
  bench('eftkit isBankDay by id (NO)', () => {
    for (const d of DATES) if (isBankDay(d, 'NO')) sink++;
  });
  bench('eftkit adjustPaymentDate (before)', () => {
    for (const d of DATES) if (adjustPaymentDate(d, { calendar: norway, convention: 'before' }).moved) sink++;
  });
  bench('eftkit: new calendar with a day without payments, cold tables', () => {
    const cal = createBankCalendar({ calendars: ['NO', 'TARGET2'], daysWithoutPayments: ['friday'] });
    for (const d of DATES) if (cal.isBankDay(d)) sink++;
  });
  bench(
    'date-holidays isHoliday',
    () => {
      for (const d of DATES) if (holidays.isHoliday(d) !== false) sink++;
    },
    { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 },
  );
});

export { sink };
