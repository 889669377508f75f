import { z } from 'zod';
import { IsoDateSchema } from '../calendar/schemas';
import { safeParseAmount } from '../money/amount';
import { AmountStringSchema, CurrencyCodeSchema } from '../money/schemas';
import type { PaymentLineEvent } from './events';
import type { PaymentLineState } from './line';
import { PAYMENT_LINE_STATUS_IDS, type PaymentLineStatusId } from './statuses';

/** zod schema of an event timestamp: ISO 8601 with a time zone (`2026-11-30T09:15:00Z`). */
export const EventTimestampSchema: z.ZodString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: 'Write the time as ISO 8601 with a time zone, like 2026-11-30T09:15:00Z.',
    abort: true,
  })
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'That time does not exist.' });

/** zod schema of a payment-line status id. */
export const PaymentLineStatusSchema: z.ZodType<PaymentLineStatusId> = z.enum(PAYMENT_LINE_STATUS_IDS as [PaymentLineStatusId, ...PaymentLineStatusId[]]);

const id = z.string().min(1).max(140);
const base = { id, at: EventTimestampSchema, lineId: z.string().min(1).max(35), source: z.string().min(1).optional() };
const charges = z.object({ amount: AmountStringSchema, currency: CurrencyCodeSchema });

/** zod schema of a {@link PaymentLineEvent}, discriminated by `type`. */
export const PaymentLineEventSchema: z.ZodType<PaymentLineEvent> = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('uploaded') }),
  z.object({ ...base, type: z.literal('batch-cancelled'), reasonText: z.string().optional() }),
  z.object({ ...base, type: z.literal('pre-approved') }),
  z.object({ ...base, type: z.literal('approved') }),
  z.object({ ...base, type: z.literal('sent-to-bank') }),
  z.object({ ...base, type: z.literal('missing') }),
  z.object({ ...base, type: z.literal('accepted-by-bank'), bankStatus: z.string().min(1).optional() }),
  z.object({ ...base, type: z.literal('amount-reduced'), amount: AmountStringSchema, currency: CurrencyCodeSchema }),
  z.object({ ...base, type: z.literal('date-changed'), date: IsoDateSchema }),
  z.object({ ...base, type: z.literal('settled'), amount: AmountStringSchema, currency: CurrencyCodeSchema, date: IsoDateSchema, charges: charges.optional() }),
  z.object({ ...base, type: z.literal('rejected'), reasonCode: z.string().min(1).max(35), reasonText: z.string() }),
  z.object({ ...base, type: z.literal('cancelled'), reasonText: z.string().optional() }),
  z.object({ ...base, type: z.literal('posted'), voucherNo: z.string().min(1).optional() }),
]) as unknown as z.ZodType<PaymentLineEvent>;

/** What {@link createPaymentLine} takes. */
export interface PaymentLineInput {
  /** The line's id, unique in the payment (the end-to-end id, ≤ 35 characters). */
  readonly lineId: string;
  /** The payment number. */
  readonly paymentNo?: string | undefined;
  /** The supplier's number. */
  readonly supplierNo: string;
  /** The open supplier entry the line pays. */
  readonly openEntryId?: string | undefined;
  /** The amount, decimal string with the currency's decimals, > 0. */
  readonly amount: string;
  /** ISO 4217 currency. */
  readonly currency: string;
  /** The requested payment date, `YYYY-MM-DD`. */
  readonly paymentDate: string;
}

const positiveIn = (amount: string, currency: string): string | undefined => {
  const r = safeParseAmount(amount, currency);
  if (!r.ok) return r.issues[0]?.message;
  return r.value.isPositive() ? undefined : `The amount ${amount} must be above zero.`;
};

/** zod schema of a {@link PaymentLineInput}: amount > 0 with the currency's decimals. */
export const PaymentLineInputSchema: z.ZodType<PaymentLineInput> = z
  .object({
    lineId: z.string().min(1).max(35),
    paymentNo: z.string().min(1).max(35).optional(),
    supplierNo: z.string().min(1),
    openEntryId: z.string().min(1).optional(),
    amount: AmountStringSchema,
    currency: CurrencyCodeSchema,
    paymentDate: IsoDateSchema,
  })
  .superRefine((v, ctx) => {
    const problem = positiveIn(v.amount, v.currency);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['amount'], message: problem });
  });

const stamp = z.object({ at: EventTimestampSchema, eventId: id });

/**
 * zod schema of a stored {@link PaymentLineState}, with its invariant: paid + open = original,
 * exactly, and paid > 0 exactly when the line is settled or posted.
 */
export const PaymentLineStateSchema: z.ZodType<PaymentLineState> = z
  .object({
    lineId: z.string().min(1).max(35),
    paymentNo: z.string().min(1).max(35).optional(),
    supplierNo: z.string().min(1),
    openEntryId: z.string().min(1).optional(),
    currency: CurrencyCodeSchema,
    originalAmount: AmountStringSchema,
    amount: AmountStringSchema,
    paidAmount: AmountStringSchema,
    openAmount: AmountStringSchema,
    paymentDate: IsoDateSchema,
    status: PaymentLineStatusSchema,
    settlement: z.object({ amount: AmountStringSchema, date: IsoDateSchema, charges: charges.optional() }).optional(),
    rejection: z.object({ reasonCode: z.string().min(1), reasonText: z.string() }).optional(),
    voucherNo: z.string().min(1).optional(),
    amountChangedBy: stamp.optional(),
    dateChangedBy: stamp.optional(),
    eventIds: z.array(id),
    effectIds: z.array(z.string().min(1)),
  })
  .superRefine((v, ctx) => {
    const parse = (s: string) => safeParseAmount(s, v.currency);
    const [o, a, p, q] = [parse(v.originalAmount), parse(v.amount), parse(v.paidAmount), parse(v.openAmount)];
    if (!o.ok || !a.ok || !p.ok || !q.ok) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `The amounts must have at most the decimals of ${v.currency}.` });
      return;
    }
    if (!p.value.plus(q.value).equals(o.value)) {
      ctx.addIssue({ code: 'custom', path: ['openAmount'], message: `Paid ${p.value.toString()} + open ${q.value.toString()} must equal the original amount ${o.value.toString()}.` });
    }
    const paid = v.status === 'settled' || v.status === 'partly-settled' || v.status === 'posted';
    if (paid !== p.value.isPositive() || paid !== (v.settlement !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['paidAmount'], message: `A ${v.status} line ${paid ? 'has' : 'has no'} settlement and paid amount.` });
    }
    if (a.value.compare(o.value) > 0 || !a.value.isPositive()) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'The amount must be above zero and at most the original amount.' });
    }
  }) as unknown as z.ZodType<PaymentLineState>;
