import { z } from 'zod';
import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import type { Amount } from '../money';
import { STATUS_REASON_CODES } from '../pain002/reason-codes';
import type { LineLookup } from '../pain002/lookup';
import type { Charges, PaymentLineEvent, RejectedEvent, SettledEvent } from '../payment-line/events';
import { Camt054Error } from './errors';
import { outgoingDebitsFromCamt054, type CamtPosition, type OutgoingDebit, type OutgoingDebits, type ReturnedPayment } from './payments';
import type { Camt054Report } from './types';

/** Options of {@link camt054ToEvents}. */
export interface Camt054ToEventsOptions {
  /** The offset to read the report's creation time in when it has none. Default `Z`. */
  readonly defaultOffset?: string | undefined;
  /**
   * The events' `at` (ISO 8601 with an offset). Default: the report's creation time; for a
   * list of debits without its report, the booking date at midnight UTC.
   */
  readonly at?: string | undefined;
  /** Settle lines on entries that are not booked (`PDNG`, `INFO`) too. Default false: they are skipped. */
  readonly includeUnbooked?: boolean | undefined;
}

/** zod schema of {@link Camt054ToEventsOptions}. */
export const Camt054ToEventsOptionsSchema: z.ZodType<Camt054ToEventsOptions> = z.object({
  defaultOffset: z.string().regex(/^(Z|[+-]\d{2}:\d{2})$/, { error: 'Write the offset as Z or +01:00.' }).optional(),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, { error: 'Write the time as ISO 8601 with a time zone.' }).optional(),
  includeUnbooked: z.boolean().optional(),
}) as unknown as z.ZodType<Camt054ToEventsOptions>;

/** Issue codes of {@link camt054ToEvents}. */
export type Camt054EventIssueCode =
  | 'camt054/invalid-options'
  | 'camt054/unknown-reference'
  | 'camt054/not-booked'
  | 'camt054/no-booking-date'
  | 'camt054/currency-mismatch'
  | 'camt054/mixed-charges';

/** Messages of the camt.054 → events mapping. */
export const CAMT054_EVENT_MESSAGES = {
  noId: 'This booking carries no end-to-end or instruction id, so it cannot be tied to a payment line (a bank fee, or a payment made elsewhere).',
  unknownEndToEnd: (id: string): string => `The bank booked the payment "${id}", which is not one of the payment lines we know.`,
  notBooked: (status: string | undefined): string => `The entry is not booked yet (status ${status ?? 'not given'}); the line is settled when the booking arrives.`,
  noBookingDate: 'The booking has no booking or value date, so the settlement date cannot be told.',
  currencyMismatch: (debited: string, line: string): string =>
    `The bank debited ${debited}, but the payment line is in ${line}, and the bank does not repeat the amount in ${line}; settle the line by hand.`,
  mixedCharges: 'The bank reports charges in more than one currency; they are left out of the settlement, check them by hand.',
  noReturnReason: 'The bank returned the payment without giving a reason.',
  invalidOptions: (detail: string): string => `The options of camt054ToEvents are not valid: ${detail}`,
} as const;

const M = CAMT054_EVENT_MESSAGES;

/** The object without its undefined properties (for `exactOptionalPropertyTypes`). */
function compact<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** A debit or return the lookup could not tie to a line of ours: reported, never dropped. */
export interface Camt054UnknownItem extends CamtPosition {
  /** A debit of our account, or a payment coming back. */
  readonly kind: 'debit' | 'return';
  /** `no-id` (neither end-to-end nor instruction id) or `unknown-end-to-end-id`. */
  readonly reason: 'no-id' | 'unknown-end-to-end-id';
  /** The end-to-end id, when given. */
  readonly endToEndId?: string;
  /** The instruction id, when given. */
  readonly instructionId?: string;
  /** The amount booked. */
  readonly amount: Amount;
  /** A sentence for the user, code `camt054/unknown-reference`. */
  readonly issue: EftkitIssue;
}

/** A booking of ours (or a transaction) that gives no event, with the reason. */
export interface Camt054SkippedItem extends CamtPosition {
  /** What it was. */
  readonly kind: 'debit' | 'return' | 'transaction';
  /** Our line, when found. */
  readonly lineId?: string;
  /** The end-to-end id, when given. */
  readonly endToEndId?: string;
  /** Why: `camt054/not-booked`, `camt054/no-booking-date`, `camt054/currency-mismatch`, or the reader's `camt054/no-amount`, `camt054/unknown-direction`. */
  readonly issue: EftkitIssue;
}

/** What {@link camt054ToEvents} returns. */
export interface Camt054Events {
  /** `settled` for our debits, `rejected` for our returned payments, in document order (debits first). */
  readonly events: readonly PaymentLineEvent[];
  /** Debits and returns with ids the lookup does not know. */
  readonly unknown: readonly Camt054UnknownItem[];
  /** Bookings that give no event, each with its reason. */
  readonly skipped: readonly Camt054SkippedItem[];
  /** Warnings about events made (charges left out). */
  readonly warnings: readonly EftkitIssue[];
}

function isReport(x: Camt054Report | OutgoingDebits): x is Camt054Report {
  return 'notifications' in x;
}

function withOffset(written: string, offset: string): string {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(written)) return written;
  return `${/T\d{2}:\d{2}$/.test(written) ? `${written}:00` : written}${offset}`;
}

const where = (p: CamtPosition): string => `${p.notificationIndex}.${p.entryIndex}${p.transactionIndex === undefined ? '' : `.${p.transactionIndex}`}`;
const pathOf = (p: CamtPosition): (string | number)[] =>
  p.transactionIndex === undefined
    ? ['notifications', p.notificationIndex, 'entries', p.entryIndex]
    : ['notifications', p.notificationIndex, 'entries', p.entryIndex, 'transactions', p.transactionIndex];
const positionOf = (p: CamtPosition): CamtPosition => (p.transactionIndex === undefined ? { notificationIndex: p.notificationIndex, entryIndex: p.entryIndex } : { notificationIndex: p.notificationIndex, entryIndex: p.entryIndex, transactionIndex: p.transactionIndex });

function chargesOf(debit: OutgoingDebit): { charges?: Charges; warning?: true } {
  const debited = debit.charges.filter((c) => c.amount !== undefined && c.creditDebit !== 'credit').map((c) => c.amount as Amount);
  const first = debited[0];
  if (first === undefined) return {};
  if (debited.some((a) => a.currency !== first.currency)) return { warning: true };
  const total = debited.slice(1).reduce((sum, a) => sum.plus(a), first);
  return { charges: { amount: total.toString(), currency: first.currency } };
}

/**
 * Turns a camt.054 notification (or the debits listed by `outgoingDebitsFromCamt054`) into
 * payment-line events, returning every issue instead of throwing (only the options can fail):
 *
 * - a debit whose end-to-end id (else instruction id) is one of our lines → `settled` with the
 *   amount actually debited for the transaction, its currency, the booking date (else the
 *   value date) and the bank's debited charges, summed, when it reports any. When the debit is
 *   in another currency than the line, the instructed amount is used if it is in the line's
 *   currency; else the debit is skipped (`camt054/currency-mismatch`).
 * - a return of our payment (a reversed debit) → `rejected` with the return reason code and
 *   its description and texts.
 * - ids the lookup does not know → `unknown`; unbooked entries and debits without a date →
 *   `skipped`, with the reason. Nothing is dropped.
 *
 * Event ids are deterministic: `camt.054:<bank reference>:<line id>:settled|returned`, where
 * the bank reference is the transaction's `AcctSvcrRef`, else the entry's, else `NtryRef`,
 * else the report's message id and the position. `at` is the report's creation time;
 * `source` is `camt.054`.
 */
export function safeCamt054ToEvents(input: Camt054Report | OutgoingDebits, lookup: LineLookup, options: Camt054ToEventsOptions = {}): Result<Camt054Events> {
  const parsed = Camt054ToEventsOptionsSchema.safeParse(options);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => issue('camt054/invalid-options', M.invalidOptions(`${i.path.join('.')}: ${i.message}`), i.path.map(String))));
  }
  const report = isReport(input) ? input : undefined;
  const debits = report === undefined ? (input as OutgoingDebits) : outgoingDebitsFromCamt054(report);
  const offset = options.defaultOffset ?? 'Z';
  const reportAt = options.at ?? (report?.creationDateTime === undefined ? undefined : withOffset(report.creationDateTime, offset));
  const events: PaymentLineEvent[] = [];
  const unknown: Camt054UnknownItem[] = [];
  const skipped: Camt054SkippedItem[] = [];
  const warnings: EftkitIssue[] = [];

  const refOf = (item: OutgoingDebit | ReturnedPayment): string =>
    item.bankReferences.accountServicerReference ??
    item.bankReferences.entryAccountServicerReference ??
    item.bankReferences.entryReference ??
    `${report?.messageId ?? ''}#${where(item)}`;
  const atOf = (date: string): string => reportAt ?? `${date}T00:00:00Z`;

  const find = (kind: 'debit' | 'return', item: OutgoingDebit | ReturnedPayment) => {
    const endToEndId = item.endToEndId;
    const instructionId = item.instructionId;
    if (endToEndId === undefined && instructionId === undefined) {
      unknown.push({ ...positionOf(item), kind, reason: 'no-id', amount: item.amount, issue: issue('camt054/unknown-reference', M.noId, pathOf(item), 'warning') });
      return undefined;
    }
    const line = lookup.findLine({
      messageId: 'messageId' in item ? item.messageId : item.bankReferences.messageId,
      paymentInformationId: 'paymentInformationId' in item ? item.paymentInformationId : item.bankReferences.paymentInformationId,
      endToEndId,
      instructionId,
    });
    if (line === undefined) {
      unknown.push(
        compact<Camt054UnknownItem>({
          ...positionOf(item),
          kind,
          reason: 'unknown-end-to-end-id',
          endToEndId,
          instructionId,
          amount: item.amount,
          issue: issue('camt054/unknown-reference', M.unknownEndToEnd(endToEndId ?? instructionId ?? ''), pathOf(item), 'warning'),
        }),
      );
    }
    return line;
  };
  const skip = (kind: Camt054SkippedItem['kind'], item: CamtPosition & { endToEndId?: string }, code: Camt054EventIssueCode, message: string, lineId?: string): void => {
    skipped.push(compact<Camt054SkippedItem>({ ...positionOf(item), kind, lineId, endToEndId: item.endToEndId, issue: issue(code, message, pathOf(item), 'warning') }));
  };

  for (const debit of debits.debits) {
    const line = find('debit', debit);
    if (line === undefined) continue;
    if (!debit.booked && options.includeUnbooked !== true) {
      skip('debit', debit, 'camt054/not-booked', M.notBooked(debit.status), line.lineId);
      continue;
    }
    const date = debit.bookingDate ?? debit.valueDate;
    if (date === undefined) {
      skip('debit', debit, 'camt054/no-booking-date', M.noBookingDate, line.lineId);
      continue;
    }
    let amount = debit.amount;
    if (line.currency !== undefined && amount.currency !== line.currency) {
      if (debit.instructedAmount?.currency === line.currency) amount = debit.instructedAmount;
      else {
        skip('debit', debit, 'camt054/currency-mismatch', M.currencyMismatch(`${amount.toString()} ${amount.currency}`, line.currency), line.lineId);
        continue;
      }
    }
    const { charges, warning } = chargesOf(debit);
    if (warning === true) warnings.push(issue('camt054/mixed-charges', M.mixedCharges, pathOf(debit), 'warning'));
    const event: SettledEvent = {
      id: `camt.054:${refOf(debit)}:${line.lineId}:settled`,
      at: atOf(date),
      lineId: line.lineId,
      source: 'camt.054',
      type: 'settled',
      amount: amount.toString(),
      currency: amount.currency,
      date,
      ...(charges === undefined ? {} : { charges }),
    };
    events.push(event);
  }

  for (const ret of debits.returns) {
    const line = find('return', ret);
    if (line === undefined) continue;
    const info = ret.returnInformation;
    const code = info?.code ?? info?.proprietary;
    const described = info?.code === undefined ? undefined : STATUS_REASON_CODES[info.code]?.description;
    const texts = [described, ...(info?.additionalInfo ?? [])].filter((t): t is string => t !== undefined && t !== '');
    const event: RejectedEvent = {
      id: `camt.054:${refOf(ret)}:${line.lineId}:returned`,
      at: atOf(ret.bookingDate ?? reportAt?.slice(0, 10) ?? '1970-01-01'),
      lineId: line.lineId,
      source: 'camt.054',
      type: 'rejected',
      reasonCode: (code ?? 'RETURNED').slice(0, 35),
      reasonText: texts.length > 0 ? texts.join(' ') : M.noReturnReason,
    };
    events.push(event);
  }

  for (const s of debits.skipped) {
    skipped.push({ ...positionOf(s), kind: 'transaction', issue: s.reason });
  }
  return ok({ events, unknown, skipped, warnings });
}

/**
 * Turns a camt.054 notification into payment-line events; see {@link safeCamt054ToEvents}.
 *
 * @throws {Camt054Error} `camt054/invalid-options` for unusable options.
 */
export function camt054ToEvents(input: Camt054Report | OutgoingDebits, lookup: LineLookup, options?: Camt054ToEventsOptions): Camt054Events {
  return unwrap(safeCamt054ToEvents(input, lookup, options), Camt054Error);
}
