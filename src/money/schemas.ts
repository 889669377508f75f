import { z } from 'zod';
import { currencyExponent, isCurrencyCode } from './currency';
import { ISO_AMOUNT } from './amount';
import { MONEY_MESSAGES } from './messages';

/** zod schema of an ISO 4217 currency code with minor units (`NOK`, `EUR`, `JPY`). */
export const CurrencyCodeSchema: z.ZodString = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: (i) => MONEY_MESSAGES.currencyFormat(String(i.input)) })
  .refine(isCurrencyCode, { error: (i) => MONEY_MESSAGES.currencyUnknown(String(i.input)) });

/**
 * zod schema of an amount as a decimal string in the XML form: `1234.50`, `-3`, `0.5`
 * (a `.` separator, no grouping, no exponent). The currency's decimals are checked by
 * {@link MoneySchema}.
 */
export const AmountStringSchema: z.ZodString = z
  .string()
  .regex(ISO_AMOUNT, { error: (i) => MONEY_MESSAGES.invalidFormat(String(i.input), '1234.50') });

/** The shape of {@link MoneySchema}. */
export type MoneySchemaShape = { amount: z.ZodString; currency: z.ZodString };

/**
 * zod schema of an amount with its currency, `{ amount: "1234.50", currency: "NOK" }`: the
 * amount may not have more decimals than the currency (`"1.5"` JPY fails).
 */
export const MoneySchema: z.ZodObject<MoneySchemaShape> = z
  .object({ amount: AmountStringSchema, currency: CurrencyCodeSchema })
  .superRefine((value, ctx) => {
    const exponent = currencyExponent(value.currency);
    if (exponent === undefined) return;
    const decimals = (value.amount.split('.')[1] ?? '').replace(/0+$/, '').length;
    if (decimals > exponent) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: MONEY_MESSAGES.tooManyDecimals(value.amount, value.currency, exponent),
        params: { eftkitCode: 'amount/too-many-decimals' },
      });
    }
  });
