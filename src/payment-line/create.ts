import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { parseAmount } from '../money/amount';
import { PaymentLineError } from './errors';
import type { PaymentLineEvent } from './events';
import type { PaymentLineState } from './line';
import { PAYMENT_LINE_MESSAGES as M } from './messages';
import { PaymentLineEventSchema, PaymentLineInputSchema, PaymentLineStateSchema, type PaymentLineInput } from './schemas';

function zodIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, code: string, wrap: (m: string) => string): EftkitIssue[] {
  return error.issues.map((i) => {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    return issue(code, wrap(`${where}${i.message}`), path);
  });
}

/**
 * Makes a payment line in status `1 Estimate` from what the payment suggestion says, returning
 * every issue instead of throwing. The amount is written with the currency's decimals.
 */
export function safeCreatePaymentLine(input: PaymentLineInput): Result<PaymentLineState> {
  const parsed = PaymentLineInputSchema.safeParse(input);
  if (!parsed.success) return fail(zodIssues(parsed.error, 'payment-line/invalid-line', (m) => `The payment line is not usable: ${m}.`));
  const v = parsed.data;
  const amount = parseAmount(v.amount, v.currency).toString();
  const zero = parseAmount('0', v.currency).toString();
  return ok({
    lineId: v.lineId,
    ...(v.paymentNo === undefined ? {} : { paymentNo: v.paymentNo }),
    supplierNo: v.supplierNo,
    ...(v.openEntryId === undefined ? {} : { openEntryId: v.openEntryId }),
    currency: v.currency,
    originalAmount: amount,
    amount,
    paidAmount: zero,
    openAmount: amount,
    paymentDate: v.paymentDate,
    status: 'estimate',
    eventIds: [],
    effectIds: [],
  });
}

/**
 * Makes a payment line in status `1 Estimate`; see {@link safeCreatePaymentLine}.
 *
 * @throws {PaymentLineError} `payment-line/invalid-line` with every issue.
 */
export function createPaymentLine(input: PaymentLineInput): PaymentLineState {
  return unwrap(safeCreatePaymentLine(input), PaymentLineError);
}

/**
 * Reads a stored line back (from JSON), checking its fields and its invariant
 * (paid + open = original), returning every issue instead of throwing.
 */
export function safeParsePaymentLineState(input: unknown): Result<PaymentLineState> {
  const parsed = PaymentLineStateSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(zodIssues(parsed.error, 'payment-line/invalid-line', (m) => `The stored payment line is not usable: ${m}.`));
}

/**
 * Reads a stored line back; see {@link safeParsePaymentLineState}.
 *
 * @throws {PaymentLineError} `payment-line/invalid-line` with every issue.
 */
export function parsePaymentLineState(input: unknown): PaymentLineState {
  return unwrap(safeParsePaymentLineState(input), PaymentLineError);
}

/**
 * Checks an event from outside (a message queue, JSON) against {@link PaymentLineEventSchema},
 * returning every issue instead of throwing.
 */
export function safeParsePaymentLineEvent(input: unknown): Result<PaymentLineEvent> {
  const parsed = PaymentLineEventSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(zodIssues(parsed.error, 'payment-line/invalid-event', M.invalidEvent));
}

/**
 * Checks an event from outside; see {@link safeParsePaymentLineEvent}.
 *
 * @throws {PaymentLineError} `payment-line/invalid-event` with every issue.
 */
export function parsePaymentLineEvent(input: unknown): PaymentLineEvent {
  return unwrap(safeParsePaymentLineEvent(input), PaymentLineError);
}
