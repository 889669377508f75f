import { z } from 'zod';
import { BUSINESS_DAY_CONVENTIONS, type BusinessDayConvention, type CalendarInput } from '../calendar';
import type { ValidatePaymentSuggestionOptions } from '../validation';
import { PAIN001_VERSIONS, type Pain001LineContext, type Pain001Options, type Pain001Totals, type Pain001Version } from './types';

const isFunction = (v: unknown): boolean => typeof v === 'function';

/** zod schema of a pain.001 version. */
export const Pain001VersionSchema: z.ZodType<Pain001Version> = z.enum(PAIN001_VERSIONS as readonly [Pain001Version, ...Pain001Version[]]);

/** zod schema of the totals given for a one-pass stream. */
export const Pain001TotalsSchema: z.ZodType<Pain001Totals> = z.object({
  numberOfTransactions: z.number().int().min(0).max(999_999_999_999_999),
  controlSum: z.string().regex(/^(?=(?:\D*\d){1,18}$)\d+(\.\d+)?$/, 'a decimal number of at most 18 digits, such as 1234.50'),
});

/**
 * zod schema of {@link Pain001Options}: the shape (functions are checked to be functions).
 * The values themselves (message id, creation time) are checked by the builders, which
 * report every problem with its code.
 */
export const Pain001OptionsSchema: z.ZodType<Pain001Options> = z.object({
  version: Pain001VersionSchema.optional(),
  messageId: z.string(),
  creationDateTime: z.string(),
  initiatingParty: z
    .object({ name: z.string().min(1).max(140).optional(), id: z.string().min(1).max(35).optional(), scheme: z.string().regex(/^[A-Z0-9]{1,4}$/).optional() })
    .optional(),
  batchBooking: z.union([z.boolean(), z.custom<(context: Pain001LineContext) => boolean>(isFunction)]).optional(),
  instructionId: z.custom<(context: Pain001LineContext) => string>(isFunction).optional(),
  uetr: z.custom<(context: Pain001LineContext) => string | undefined>(isFunction).optional(),
  adjustExecutionDate: z
    .object({
      calendar: z.custom<CalendarInput>((v) => typeof v === 'string' || (typeof v === 'object' && v !== null)),
      convention: z.enum(BUSINESS_DAY_CONVENTIONS as readonly [BusinessDayConvention, ...BusinessDayConvention[]]),
    })
    .optional(),
  sepaCharacterSet: z.enum(['epc-latin', 'epc-latin-nordic']).optional(),
  validation: z.custom<ValidatePaymentSuggestionOptions>((v) => typeof v === 'object' && v !== null).optional(),
  pretty: z.boolean().optional(),
  chunkSize: z.number().int().min(256).optional(),
}) as z.ZodType<Pain001Options>;
