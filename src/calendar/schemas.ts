import { z } from 'zod';
import { BUSINESS_DAY_CONVENTIONS, type BusinessDayConvention } from './adjust';
import { CALENDAR_IDS } from './calendars';
import { WEEKDAYS, safeParseIsoDate, type Weekday } from './dates';
import { CALENDAR_MESSAGES } from './messages';
import type { CalendarId } from './rules';

/**
 * zod schema of a date `YYYY-MM-DD` that exists (`2026-02-30` fails with
 * `calendar/invalid-date`) in the years eftkit covers (1583–9999).
 */
export const IsoDateSchema: z.ZodString = z.string().superRefine((value, ctx) => {
  const result = safeParseIsoDate(value);
  if (result.ok) return;
  for (const i of result.issues) ctx.addIssue({ code: 'custom', message: i.message, params: { eftkitCode: i.code } });
});

/** zod schema of a weekday: `monday` … `sunday`. */
export const WeekdaySchema: z.ZodEnum<{ [K in Weekday]: K }> = z.enum(WEEKDAYS as [Weekday, ...Weekday[]], {
  error: (i) => CALENDAR_MESSAGES.invalidWeekday(i.input),
});

/** zod schema of the id of one of eftkit's calendars: `NO`, `SE`, `DK`, `FI`, `TARGET2`, `FEDWIRE`. */
export const CalendarIdSchema: z.ZodEnum<{ [K in CalendarId]: K }> = z.enum(CALENDAR_IDS as [CalendarId, ...CalendarId[]], {
  error: (i) => CALENDAR_MESSAGES.unknownCalendar(i.input, CALENDAR_IDS),
});

/** zod schema of a {@link BusinessDayConvention}: `before`, `after`, `following`, `modified-following`… */
export const BusinessDayConventionSchema: z.ZodEnum<{ [K in BusinessDayConvention]: K }> = z.enum(
  BUSINESS_DAY_CONVENTIONS as [BusinessDayConvention, ...BusinessDayConvention[]],
  { error: (i) => CALENDAR_MESSAGES.invalidConvention(i.input, BUSINESS_DAY_CONVENTIONS) },
);

/** The shape of an extra date given as an object. */
export type ExtraDateObjectShape = { date: z.ZodString; name: z.ZodOptional<z.ZodString> };

/** zod schema of an extra closed or open date: `'2026-11-27'` or `{ date: '2026-11-27', name: 'Upgrade' }`. */
export const ExtraDateSchema: z.ZodUnion<readonly [z.ZodString, z.ZodObject<ExtraDateObjectShape>]> = z.union([
  IsoDateSchema,
  z.object({ date: IsoDateSchema, name: z.string().min(1).optional() }),
]);

/** The shape of {@link CalendarForSchema}. */
export type CalendarForShape = {
  country: z.ZodString;
  currency: z.ZodString;
  daysWithoutPayments: z.ZodOptional<z.ZodArray<typeof WeekdaySchema>>;
  extraClosedDates: z.ZodOptional<z.ZodArray<typeof ExtraDateSchema>>;
  extraOpenDates: z.ZodOptional<z.ZodArray<typeof ExtraDateSchema>>;
};

function dateOf(entry: string | { date: string }): string {
  return typeof entry === 'string' ? entry : entry.date;
}

/**
 * zod schema of the input of `calendarFor`: the debtor's country (ISO 3166 alpha-2), the
 * payment's currency (ISO 4217), and optionally the company's days without payments and a
 * bank's extra closed and open dates (never the same date in both).
 */
export const CalendarForSchema: z.ZodObject<CalendarForShape> = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, { error: (i) => CALENDAR_MESSAGES.unknownCountry(i.input, ['NO', 'SE', 'DK', 'FI', 'US']) }),
    currency: z.string().regex(/^[A-Z]{3}$/, {
      error: (i) => CALENDAR_MESSAGES.unknownCurrency(i.input, ['NOK', 'SEK', 'DKK', 'EUR', 'USD']),
    }),
    daysWithoutPayments: z.array(WeekdaySchema).optional(),
    extraClosedDates: z.array(ExtraDateSchema).optional(),
    extraOpenDates: z.array(ExtraDateSchema).optional(),
  })
  .superRefine((value, ctx) => {
    const closed = new Set((value.extraClosedDates ?? []).map(dateOf));
    (value.extraOpenDates ?? []).forEach((entry, i) => {
      const date = dateOf(entry);
      if (closed.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['extraOpenDates', i],
          message: CALENDAR_MESSAGES.conflictingDates(date),
          params: { eftkitCode: 'calendar/conflicting-dates' },
        });
      }
    });
  });

/** The shape of {@link PaymentDateRuleSchema}. */
export type PaymentDateRuleShape = {
  convention: typeof BusinessDayConventionSchema;
  moveToWorkday: z.ZodOptional<z.ZodBoolean>;
};

/**
 * zod schema of how a payment date moves, as stored with a company and voucher type:
 * `{ convention: 'before', moveToWorkday: true }`.
 */
export const PaymentDateRuleSchema: z.ZodObject<PaymentDateRuleShape> = z.object({
  convention: BusinessDayConventionSchema,
  moveToWorkday: z.boolean().optional(),
});
