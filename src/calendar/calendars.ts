/**
 * The bank calendars eftkit ships, as data. Each names its sources; every closed day of
 * 2025–2027 was compared with them (test/calendar/vectors.test.ts). Rules without `from` /
 * `until` are applied to every year eftkit covers: before the checked years that is the
 * current rule carried back, not history (see docs/calendar.md).
 */
import type { Weekday } from './dates';
import type { CalendarDefinition, CalendarId, FixedDateRule } from './rules';

const WEEKEND: readonly Weekday[] = Object.freeze(['saturday', 'sunday'] as const);
const CHECKED: readonly number[] = Object.freeze([2025, 2026, 2027]);

function frozen(definition: CalendarDefinition): CalendarDefinition {
  for (const rule of definition.rules) Object.freeze(rule);
  for (const source of definition.sources) Object.freeze(source);
  Object.freeze(definition.rules);
  Object.freeze(definition.sources);
  return Object.freeze(definition);
}

/**
 * Norway: the settlement days of Norges Bank's settlement system (NBO). 31 December is a bank
 * day (Norwegian banks' last payment day of 2021 was Friday 31 December).
 */
export const NORWAY: CalendarDefinition = frozen({
  id: 'NO',
  name: "Norway (Norges Bank's settlement system, NBO)",
  sources: [
    {
      title: 'Norges Bank, "Oppgjørsdager": NBO er stengt lørdag og søndag og følgende høytids- og helligdager',
      url: 'https://www.norges-bank.no/Bank-og-marked/Norges-Banks-oppgjorssystem/Oppgjorsdager/Oppgjorsdager-2017/',
    },
    {
      title: 'Norges Bank, "Settlement days" (English)',
      url: 'https://static.norges-bank.no/en/Liquidity-and-markets/Norges-Banks-settlement-system/Settlement-days/',
    },
    {
      title: 'Skagerrak Sparebank, "Betalingsfrister jul" (31 December 2021 a payment day)',
      url: 'https://skagerraksparebank.no/aktuelt/betalingsfrister-jul',
    },
  ],
  weekend: WEEKEND,
  rules: [
    { kind: 'fixed', name: "New Year's Day", localName: 'Nyttårsdag', month: 1, day: 1 },
    { kind: 'easter', name: 'Maundy Thursday', localName: 'Skjærtorsdag', offset: -3 },
    { kind: 'easter', name: 'Good Friday', localName: 'Langfredag', offset: -2 },
    { kind: 'easter', name: 'Easter Monday', localName: '2. påskedag', offset: 1 },
    { kind: 'fixed', name: 'Labour Day', localName: 'Offentlig høytidsdag', month: 5, day: 1 },
    { kind: 'fixed', name: 'Constitution Day', localName: 'Grunnlovsdagen', month: 5, day: 17 },
    { kind: 'easter', name: 'Ascension Day', localName: 'Kristi himmelfartsdag', offset: 39 },
    { kind: 'easter', name: 'Whit Monday', localName: '2. pinsedag', offset: 50 },
    { kind: 'fixed', name: 'Christmas Eve', localName: 'Julaften', month: 12, day: 24 },
    { kind: 'fixed', name: 'Christmas Day', localName: '1. juledag', month: 12, day: 25 },
    { kind: 'fixed', name: 'Boxing Day', localName: '2. juledag', month: 12, day: 26 },
  ],
  checkedYears: CHECKED,
});

const SWEDISH_HOLIDAYS_ACT = 'Lag (1989:253) om allmänna helgdagar: Sveriges nationaldag replaced Annandag pingst from 2005';

/**
 * Sweden: the Riksbank's holidays, with Bankgirot's rule that 6 June, Midsummer Eve,
 * Christmas Eve and New Year's Eve are not bank days even on a weekday.
 */
export const SWEDEN: CalendarDefinition = frozen({
  id: 'SE',
  name: 'Sweden (Sveriges Riksbank, RIX; Bankgirot)',
  sources: [
    { title: 'Sveriges Riksbank, "Holidays 2026"', url: 'https://www.riksbank.se/en-gb/press-and-published/calendar/holidays-2026' },
    {
      title: 'Bankgirot, "Observera bankhelgdagarna": 6 juni, midsommarafton, julafton och nyårsafton är inte bankdagar',
      url: 'https://www.bankgirot.se/tjanster/utbetalingar/loner/vanliga-fragor/',
    },
  ],
  weekend: WEEKEND,
  rules: [
    { kind: 'fixed', name: "New Year's Day", localName: 'Nyårsdagen', month: 1, day: 1 },
    { kind: 'fixed', name: 'Epiphany', localName: 'Trettondedag jul', month: 1, day: 6 },
    { kind: 'easter', name: 'Good Friday', localName: 'Långfredagen', offset: -2 },
    { kind: 'easter', name: 'Easter Monday', localName: 'Annandag påsk', offset: 1 },
    { kind: 'fixed', name: 'Labour Day', localName: 'Första maj', month: 5, day: 1 },
    { kind: 'easter', name: 'Ascension Day', localName: 'Kristi himmelsfärds dag', offset: 39 },
    { kind: 'easter', name: 'Whit Monday', localName: 'Annandag pingst', offset: 50, until: 2004, yearsSource: SWEDISH_HOLIDAYS_ACT },
    { kind: 'fixed', name: 'National Day', localName: 'Sveriges nationaldag', month: 6, day: 6, from: 2005, yearsSource: SWEDISH_HOLIDAYS_ACT },
    { kind: 'weekday-between', name: 'Midsummer Eve', localName: 'Midsommarafton', month: 6, weekday: 'friday', firstDay: 19, lastDay: 25 },
    { kind: 'fixed', name: 'Christmas Eve', localName: 'Julafton', month: 12, day: 24 },
    { kind: 'fixed', name: 'Christmas Day', localName: 'Juldagen', month: 12, day: 25 },
    { kind: 'fixed', name: 'Boxing Day', localName: 'Annandag jul', month: 12, day: 26 },
    { kind: 'fixed', name: "New Year's Eve", localName: 'Nyårsafton', month: 12, day: 31 },
  ],
  checkedYears: CHECKED,
});

/**
 * Denmark: Danmarks Nationalbank's bank closing days. 1 May is a bank day. Great Prayer Day
 * was abolished as a holiday from 1 January 2024 (its last one was 5 May 2023).
 */
export const DENMARK: CalendarDefinition = frozen({
  id: 'DK',
  name: 'Denmark (Danmarks Nationalbank, Kronos2)',
  sources: [
    {
      title: 'Danmarks Nationalbank, "Banklukkedage"',
      url: 'https://www.nationalbanken.dk/da/vores-arbejde/stabile-priser-pengepolitik-og-dansk-oekonomi/banklukkedage',
    },
    {
      title: 'Lov om konsekvenser ved afskaffelsen af store bededag som helligdag (adopted 28 February 2023, in force 1 January 2024)',
      url: 'https://www.skaureipurth.com/da/indsigt/lovforslag-om-afskaffelse-af-store-bededag-er-vedtaget/',
    },
  ],
  weekend: WEEKEND,
  rules: [
    { kind: 'fixed', name: "New Year's Day", localName: 'Nytårsdag', month: 1, day: 1 },
    { kind: 'easter', name: 'Maundy Thursday', localName: 'Skærtorsdag', offset: -3 },
    { kind: 'easter', name: 'Good Friday', localName: 'Langfredag', offset: -2 },
    { kind: 'easter', name: 'Easter Monday', localName: '2. påskedag', offset: 1 },
    {
      kind: 'easter',
      name: 'Great Prayer Day',
      localName: 'Store bededag',
      offset: 26,
      until: 2023,
      yearsSource: 'Lov om konsekvenser ved afskaffelsen af store bededag som helligdag: abolished from 1 January 2024',
    },
    { kind: 'easter', name: 'Ascension Day', localName: 'Kristi himmelfartsdag', offset: 39 },
    { kind: 'easter', name: 'Bank closing day after Ascension Day', localName: 'Banklukkedag', offset: 40 },
    { kind: 'easter', name: 'Whit Monday', localName: '2. pinsedag', offset: 50 },
    { kind: 'fixed', name: 'Constitution Day (bank closing day)', localName: 'Banklukkedag (grundlovsdag)', month: 6, day: 5 },
    { kind: 'fixed', name: 'Christmas Eve', localName: 'Juleaftensdag', month: 12, day: 24 },
    { kind: 'fixed', name: 'Christmas Day', localName: 'Juledag', month: 12, day: 25 },
    { kind: 'fixed', name: 'Boxing Day', localName: '2. juledag', month: 12, day: 26 },
    { kind: 'fixed', name: "New Year's Eve (bank closing day)", localName: 'Banklukkedag (nytårsaftensdag)', month: 12, day: 31 },
  ],
  checkedYears: Object.freeze([2023, 2024, 2025, 2026, 2027]),
});

/**
 * Finland: Finnish bank days. Every Monday–Friday is a bank day except the Finnish church
 * holidays, Independence Day, May Day, Christmas Eve and Midsummer Eve. 31 December is a
 * (short) bank day.
 */
export const FINLAND: CalendarDefinition = frozen({
  id: 'FI',
  name: 'Finland (Finnish bank days)',
  sources: [
    {
      title: 'Handelsbanken Finland, "Handläggningstider – Bankdagar"',
      url: 'https://www.handelsbanken.fi/sv/foretag/digitala-tjanster/filoverforing/handlaggningstider',
    },
    {
      title: 'OP Financial Group, "Exceptions in customer service opening hours" (holidays 2024–2025)',
      url: 'https://www.op.fi/private-customers/customer-service/exceptions-in-customer-service-opening-hours',
    },
  ],
  weekend: WEEKEND,
  rules: [
    { kind: 'fixed', name: "New Year's Day", localName: 'Uudenvuodenpäivä', month: 1, day: 1 },
    { kind: 'fixed', name: 'Epiphany', localName: 'Loppiainen', month: 1, day: 6 },
    { kind: 'easter', name: 'Good Friday', localName: 'Pitkäperjantai', offset: -2 },
    { kind: 'easter', name: 'Easter Monday', localName: '2. pääsiäispäivä', offset: 1 },
    { kind: 'fixed', name: 'May Day', localName: 'Vappu', month: 5, day: 1 },
    { kind: 'easter', name: 'Ascension Day', localName: 'Helatorstai', offset: 39 },
    { kind: 'weekday-between', name: 'Midsummer Eve', localName: 'Juhannusaatto', month: 6, weekday: 'friday', firstDay: 19, lastDay: 25 },
    { kind: 'fixed', name: 'Independence Day', localName: 'Itsenäisyyspäivä', month: 12, day: 6 },
    { kind: 'fixed', name: 'Christmas Eve', localName: 'Jouluaatto', month: 12, day: 24 },
    { kind: 'fixed', name: 'Christmas Day', localName: 'Joulupäivä', month: 12, day: 25 },
    { kind: 'fixed', name: 'Boxing Day', localName: 'Tapaninpäivä', month: 12, day: 26 },
  ],
  checkedYears: CHECKED,
});

const ECB_2000_DECISION = 'ECB press release of 15 July 1999, "TARGET closing days in 2000", kept by the long-term calendar of 14 December 2000';

/**
 * TARGET2 (T2), the euro's settlement system: closed on weekends, New Year's Day, Good Friday,
 * Easter Monday, 1 May, Christmas Day and 26 December. The same in every euro country.
 */
export const TARGET2: CalendarDefinition = frozen({
  id: 'TARGET2',
  name: 'TARGET2 / T2 (euro settlement, European Central Bank)',
  sources: [
    { title: 'European Central Bank, "TARGET2 calendar"', url: 'https://www.ecb.europa.eu/paym/target/target2/profuse/calendar/html/index.en.html' },
    {
      title: 'European Central Bank, press release of 14 December 2000, "Long-term calendar for TARGET closing days"',
      url: 'https://www.ecb.europa.eu/press/pr/date/2000/html/pr001214_4.en.html',
    },
    {
      title: 'European Central Bank, press release of 15 July 1999, "TARGET closing days in 2000"',
      url: 'https://www.ecb.europa.eu/press/pr/date/1999/html/pr990715_1.en.html',
    },
  ],
  weekend: WEEKEND,
  rules: [
    { kind: 'fixed', name: "New Year's Day", localName: "New Year's Day", month: 1, day: 1 },
    { kind: 'easter', name: 'Good Friday', localName: 'Good Friday', offset: -2, from: 2000, yearsSource: ECB_2000_DECISION },
    { kind: 'easter', name: 'Easter Monday', localName: 'Easter Monday', offset: 1, from: 2000, yearsSource: ECB_2000_DECISION },
    { kind: 'fixed', name: 'Labour Day', localName: 'Labour Day', month: 5, day: 1, from: 2000, yearsSource: ECB_2000_DECISION },
    { kind: 'fixed', name: 'Christmas Day', localName: 'Christmas Day', month: 12, day: 25 },
    { kind: 'fixed', name: 'Boxing Day', localName: '26 December', month: 12, day: 26, from: 2000, yearsSource: ECB_2000_DECISION },
    {
      kind: 'one-off',
      name: 'Year 2000 changeover',
      localName: '31 December 1999',
      date: '1999-12-31',
      yearsSource: 'ECB press release of 15 July 1999: TARGET closed on 31 December 1999',
    },
  ],
  checkedYears: CHECKED,
});

/** A US federal holiday on a fixed date: closed the Monday after when it falls on a Sunday. */
function usFixed(name: string, month: number, day: number, years: { from?: number; yearsSource?: string } = {}): FixedDateRule {
  return { kind: 'fixed', name, localName: name, month, day, observed: 'sunday-to-monday', ...years };
}

/**
 * US Fedwire: the holidays of the Federal Reserve Banks. A holiday on a Sunday closes the
 * Monday after; a holiday on a Saturday does not close the Friday before (the Reserve Banks
 * are open then). Juneteenth from 2022: in 2021 the Reserve Banks' services stayed open.
 */
export const FEDWIRE: CalendarDefinition = frozen({
  id: 'FEDWIRE',
  name: 'US Fedwire (Federal Reserve Banks holiday schedule)',
  sources: [
    { title: 'Federal Reserve Bank of Richmond, "Holiday Schedule" 2025–2027', url: 'https://richmondfed.org/about_us/holiday_schedule' },
    {
      title:
        'Federal Reserve Board, press release of 17 June 2021: Financial Services operate normally on 18 June 2021 (Juneteenth observed from 2022)',
      url: 'https://compliancealliance.com/news-events/entry/federal-reserve-boards-offices-in-washington-d-c-will-be-closed-friday-june-18-in-observance-of-juneteenth-national-independence-day/',
    },
  ],
  weekend: WEEKEND,
  rules: [
    usFixed("New Year's Day", 1, 1),
    { kind: 'nth-weekday', name: 'Birthday of Martin Luther King, Jr.', localName: 'Birthday of Martin Luther King, Jr.', month: 1, weekday: 'monday', nth: 3 },
    { kind: 'nth-weekday', name: "Washington's Birthday", localName: "Washington's Birthday", month: 2, weekday: 'monday', nth: 3 },
    { kind: 'nth-weekday', name: 'Memorial Day', localName: 'Memorial Day', month: 5, weekday: 'monday', nth: -1 },
    usFixed('Juneteenth National Independence Day', 6, 19, {
      from: 2022,
      yearsSource: 'Federal Reserve Board press release of 17 June 2021',
    }),
    usFixed('Independence Day', 7, 4),
    { kind: 'nth-weekday', name: 'Labor Day', localName: 'Labor Day', month: 9, weekday: 'monday', nth: 1 },
    { kind: 'nth-weekday', name: 'Columbus Day', localName: 'Columbus Day', month: 10, weekday: 'monday', nth: 2 },
    usFixed('Veterans Day', 11, 11),
    { kind: 'nth-weekday', name: 'Thanksgiving Day', localName: 'Thanksgiving Day', month: 11, weekday: 'thursday', nth: 4 },
    usFixed('Christmas Day', 12, 25),
  ],
  checkedYears: CHECKED,
});

/** Every calendar eftkit ships, by id. */
export const CALENDAR_DEFINITIONS: Readonly<Record<CalendarId, CalendarDefinition>> = Object.freeze({
  NO: NORWAY,
  SE: SWEDEN,
  DK: DENMARK,
  FI: FINLAND,
  TARGET2,
  FEDWIRE,
});

/** The ids of the calendars eftkit ships. */
export const CALENDAR_IDS: readonly CalendarId[] = Object.freeze(['NO', 'SE', 'DK', 'FI', 'TARGET2', 'FEDWIRE'] as const);

/** The debtor's bank calendar per ISO 3166 country code. */
export const COUNTRY_CALENDARS: Readonly<Record<string, CalendarId>> = Object.freeze({
  NO: 'NO',
  SE: 'SE',
  DK: 'DK',
  FI: 'FI',
  US: 'FEDWIRE',
});

/** The settlement calendar per ISO 4217 currency code. */
export const CURRENCY_CALENDARS: Readonly<Record<string, CalendarId>> = Object.freeze({
  NOK: 'NO',
  SEK: 'SE',
  DKK: 'DK',
  EUR: 'TARGET2',
  USD: 'FEDWIRE',
});
