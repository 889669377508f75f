import { z } from 'zod';
import { fail, issue, ok, unwrap, type EftkitIssue, type IssuePath, type Result } from '../errors';
import type { PaymentLineEvent } from '../payment-line/events';
import { Pain002Error } from './errors';
import type { LineLookup, LineReference } from './lookup';
import type { Pain002Report, PaymentInformationStatus, StatusCode, StatusReason, TransactionStatus } from './types';

/** Options of {@link pain002ToEvents}. */
export interface Pain002ToEventsOptions {
  /**
   * Whether a pain.002 `ACSC` (or `ACCC`) settles the line. Default false: a camt.054 debit
   * will follow with the amount actually debited and the charges, so `ACSC` only moves the
   * line to accepted-by-bank with `bankStatus: 'ACSC'` (docs/payment-line.md, "From pain.002
   * and camt.054"). Set it true only for a bank that sends no camt.054 for its debits.
   */
  readonly acscSettles?: boolean | undefined;
  /**
   * The offset to read the report's creation time in when it has none (banks often write
   * `2026-11-30T10:15:00` without a zone). Default `Z`.
   */
  readonly defaultOffset?: string | undefined;
  /** The events' `at` when the report has no creation time; an ISO 8601 time with an offset. */
  readonly at?: string | undefined;
}

/** zod schema of {@link Pain002ToEventsOptions}. */
export const Pain002ToEventsOptionsSchema: z.ZodType<Pain002ToEventsOptions> = z.object({
  acscSettles: z.boolean().optional(),
  defaultOffset: z.string().regex(/^(Z|[+-]\d{2}:\d{2})$/, { error: 'Write the offset as Z or +01:00.' }).optional(),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, { error: 'Write the time as ISO 8601 with a time zone.' }).optional(),
}) as unknown as z.ZodType<Pain002ToEventsOptions>;

/** Why a status in the report names no line of ours. */
export type UnknownReferenceReason = 'unknown-message' | 'unknown-end-to-end-id' | 'unknown-payment-information' | 'no-id';

/** A status the lookup could not tie to a line of ours: reported, never dropped. */
export interface UnknownReference {
  /** Why. */
  readonly reason: UnknownReferenceReason;
  /** The original message id the report names. */
  readonly messageId: string;
  /** The payment information id, when the status is about a block or a transaction. */
  readonly paymentInformationId?: string;
  /** The end-to-end id, for a transaction. */
  readonly endToEndId?: string;
  /** The instruction id, for a transaction. */
  readonly instructionId?: string;
  /** The status that applied (absent when none was given). */
  readonly status?: string;
  /** Where in the report (`paymentInformations[0].transactions[2]`). */
  readonly path: IssuePath;
  /** A sentence for the user, with the code `pain002/unknown-reference`. */
  readonly issue: EftkitIssue;
}

/** A line of ours the report speaks of without an event: reported, never dropped. */
export interface SkippedStatus {
  /** The line. */
  readonly lineId: string;
  /** The status code that applied, when any. */
  readonly status?: string;
  /** Why no event: `pain002/no-event-for-status` (RCVD, PART without details, an unknown code, no status). */
  readonly issue: EftkitIssue;
}

/** What {@link pain002ToEvents} returns. */
export interface Pain002Events {
  /** One event per line the report says something about, in report order (group-level statuses last). */
  readonly events: readonly PaymentLineEvent[];
  /** Statuses naming ids the lookup does not know. */
  readonly unknown: readonly UnknownReference[];
  /** Lines of ours the report covers without a status that makes an event. */
  readonly skipped: readonly SkippedStatus[];
}

/** Messages of the pain.002 → events mapping. */
export const PAIN002_EVENT_MESSAGES = {
  unknownMessage: (id: string): string => `The status report answers message "${id}", which is not one of the payment files we know.`,
  unknownEndToEnd: (id: string, message: string): string => `The status report names the payment "${id}", which is not in our file "${message}".`,
  unknownPaymentInformation: (id: string, message: string): string => `The status report names the payment block "${id}", which is not in our file "${message}".`,
  noId: (message: string): string => `The status report has a payment status without an end-to-end or instruction id (file "${message}"); it cannot be tied to a line.`,
  noEvent: (code: string | undefined): string =>
    code === undefined
      ? 'The bank gave no status for this payment; the line stays as it is.'
      : `The bank's status "${code}" does not change the payment line by itself; the line stays as it is.`,
  noReason: 'The bank rejected the payment without giving a reason.',
  invalidOptions: (detail: string): string => `The options of pain002ToEvents are not valid: ${detail}`,
} as const;

const M = PAIN002_EVENT_MESSAGES;

/** The event time: the report's creation date-time with an offset. */
function eventTime(report: Pain002Report, options: Pain002ToEventsOptions): string | undefined {
  if (options.at !== undefined) return options.at;
  const written = report.creationDateTime;
  if (written === undefined) return undefined;
  if (/(Z|[+-]\d{2}:\d{2})$/.test(written)) return written;
  const withSeconds = /T\d{2}:\d{2}$/.test(written) ? `${written}:00` : written;
  return `${withSeconds}${options.defaultOffset ?? 'Z'}`;
}

function reasonOf(reasons: readonly StatusReason[]): { reasonCode: string; reasonText: string } | undefined {
  const first = reasons[0];
  if (first === undefined) return undefined;
  const texts = reasons.flatMap((r) => [r.description ?? r.name ?? r.code ?? r.proprietary ?? '', ...r.additionalInfo]).filter((t) => t !== '');
  return { reasonCode: (first.code ?? first.proprietary ?? 'NARR').slice(0, 35), reasonText: texts.join(' ') };
}

interface Applied {
  readonly status: StatusCode | undefined;
  readonly reasons: readonly StatusReason[];
  readonly tx?: TransactionStatus;
}

/**
 * Turns a pain.002 status report into payment-line events (`eftkit/payment-line`), one per
 * line the report affects, returning every issue instead of throwing (only the options can
 * fail). The mapping (docs/payment-line.md, "From pain.002 and camt.054"):
 *
 * - `ACTC`, `ACCP`, `ACSP`, `ACWC`, `PDNG` (and every other code meaning accepted or pending)
 *   → `accepted-by-bank` with `bankStatus`;
 * - `RJCT` (and `BLCK`) → `rejected` with the first reason's code and the reasons' texts, for
 *   every line it covers: a group-level rejection rejects every line of the message, a
 *   payment-information-level one every line of the block;
 * - `ACSC`, `ACCC` → `accepted-by-bank` with `bankStatus: 'ACSC'`, or `settled` with the
 *   instructed amount when `acscSettles` is true;
 * - `CANC` → `cancelled`;
 * - `RCVD`, `PART`, an unknown code → no event: the line is listed in `skipped`.
 *
 * A transaction's status overrides its block's, a block's the group's. A status naming a
 * message, block or end-to-end id the lookup does not know is listed in `unknown`.
 *
 * Event ids are deterministic: `pain.002:<report MsgId>:<original MsgId>:<line id>:<status>`,
 * so the same report delivered again gives the same ids (duplicates for the line). `at` is the
 * report's creation time; `source` is `pain.002`.
 */
export function safePain002ToEvents(report: Pain002Report, lookup: LineLookup, options: Pain002ToEventsOptions = {}): Result<Pain002Events> {
  const parsed = Pain002ToEventsOptionsSchema.safeParse(options);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => issue('pain002/invalid-options', M.invalidOptions(`${i.path.join('.')}: ${i.message}`), i.path.map(String))));
  }
  const at = eventTime(report, options);
  if (at === undefined) {
    return fail([issue('pain002/missing-field', 'The status report has no creation time (GrpHdr/CreDtTm); pass the events\u2019 time as the option `at`.', ['creationDateTime'])]);
  }
  const messageId = report.group.originalMessageId;
  const events: PaymentLineEvent[] = [];
  const unknown: UnknownReference[] = [];
  const skipped: SkippedStatus[] = [];

  const unknownRef = (reason: UnknownReferenceReason, path: IssuePath, fields: { paymentInformationId?: string | undefined; endToEndId?: string | undefined; instructionId?: string | undefined; status?: string | undefined }, message: string): void => {
    const base: Record<string, unknown> = { reason, messageId, path, issue: issue('pain002/unknown-reference', message, path, 'warning') };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) base[k] = v;
    unknown.push(base as unknown as UnknownReference);
  };

  if (!lookup.hasMessage(messageId)) {
    const status = report.group.status?.code;
    unknownRef('unknown-message', ['group'], { status }, M.unknownMessage(messageId));
    report.paymentInformations.forEach((p) =>
      p.transactions.forEach((t) =>
        unknownRef(
          'unknown-message',
          ['paymentInformations', p.index, 'transactions', t.index],
          { paymentInformationId: t.originalPaymentInformationId, endToEndId: t.originalEndToEndId, instructionId: t.originalInstructionId, status: t.effectiveStatus?.code },
          M.unknownMessage(messageId),
        ),
      ),
    );
    return ok({ events, unknown, skipped });
  }

  /** The status applying to each line of ours the report covers, by line id. */
  const applied = new Map<string, { line: LineReference; applied: Applied }>();
  const order: string[] = [];
  const set = (line: LineReference, a: Applied): void => {
    if (!applied.has(line.lineId)) order.push(line.lineId);
    applied.set(line.lineId, { line, applied: a });
  };

  // Group level first, blocks override it, transactions override their block.
  const group = report.group;
  if (group.status !== undefined) for (const line of lookup.linesOf(messageId)) set(line, { status: group.status, reasons: group.reasons });

  const blockLines = (p: PaymentInformationStatus): readonly LineReference[] => lookup.linesOf(messageId, p.originalPaymentInformationId);
  for (const p of report.paymentInformations) {
    const lines = blockLines(p);
    if (lines.length === 0 && p.transactions.length === 0) {
      unknownRef('unknown-payment-information', ['paymentInformations', p.index], { paymentInformationId: p.originalPaymentInformationId, status: p.status?.code }, M.unknownPaymentInformation(p.originalPaymentInformationId, messageId));
      continue;
    }
    if (p.status !== undefined) for (const line of lines) set(line, { status: p.status, reasons: p.reasons });
    for (const t of p.transactions) {
      const path = ['paymentInformations', p.index, 'transactions', t.index];
      const fields = { paymentInformationId: t.originalPaymentInformationId, endToEndId: t.originalEndToEndId, instructionId: t.originalInstructionId, status: t.effectiveStatus?.code };
      if (t.originalEndToEndId === undefined && t.originalInstructionId === undefined) {
        unknownRef('no-id', path, fields, M.noId(messageId));
        continue;
      }
      const line = lookup.findLine({ messageId, paymentInformationId: t.originalPaymentInformationId, endToEndId: t.originalEndToEndId, instructionId: t.originalInstructionId });
      if (line === undefined) {
        unknownRef('unknown-end-to-end-id', path, fields, M.unknownEndToEnd(t.originalEndToEndId ?? t.originalInstructionId ?? '', messageId));
        continue;
      }
      // The most specific status applies, with the most specific reasons given.
      const reasons = [t.reasons, p.reasons, group.reasons].find((r) => r.length > 0) ?? [];
      set(line, { status: t.status ?? p.status ?? group.status, reasons, tx: t });
    }
  }

  for (const lineId of order) {
    const entry = applied.get(lineId);
    if (entry === undefined) continue;
    const event = eventFor(report, entry.line, entry.applied, at, options);
    if ('issue' in event) skipped.push(event);
    else events.push(event);
  }
  return ok({ events, unknown, skipped });
}

function eventFor(report: Pain002Report, line: LineReference, a: Applied, at: string, options: Pain002ToEventsOptions): PaymentLineEvent | SkippedStatus {
  const code = a.status?.code;
  const skip = (): SkippedStatus => {
    const base = { lineId: line.lineId, issue: issue('pain002/no-event-for-status', M.noEvent(code), [], 'warning') };
    return code === undefined ? base : { ...base, status: code };
  };
  if (a.status === undefined || code === undefined || !a.status.known) return skip();
  const id = `pain.002:${report.messageId}:${report.group.originalMessageId}:${line.lineId}:${code}`;
  const base = { id, at, lineId: line.lineId, source: 'pain.002' };
  switch (a.status.outcome) {
    case 'accepted':
    case 'pending':
      return { ...base, type: 'accepted-by-bank', bankStatus: code };
    case 'rejected': {
      const reason = reasonOf(a.reasons) ?? { reasonCode: code, reasonText: M.noReason };
      return { ...base, type: 'rejected', ...reason };
    }
    case 'cancelled': {
      const reason = reasonOf(a.reasons);
      return reason === undefined ? { ...base, type: 'cancelled' } : { ...base, type: 'cancelled', reasonText: reason.reasonText };
    }
    case 'settled': {
      if (options.acscSettles !== true) return { ...base, type: 'accepted-by-bank', bankStatus: code };
      const amount = a.tx?.original?.amount;
      const value = amount?.toString() ?? line.amount;
      const currency = amount?.currency ?? line.currency;
      if (value === undefined || currency === undefined) return { ...base, type: 'accepted-by-bank', bankStatus: code };
      const date = (a.tx?.acceptanceDateTime ?? at).slice(0, 10);
      return { ...base, type: 'settled', amount: value, currency, date };
    }
    default:
      return skip();
  }
}

/**
 * Turns a pain.002 status report into payment-line events; see {@link safePain002ToEvents}.
 *
 * @throws {Pain002Error} `pain002/invalid-options` for unusable options, `pain002/missing-field`
 *   when the report has no creation time and no `at` option is given.
 */
export function pain002ToEvents(report: Pain002Report, lookup: LineLookup, options?: Pain002ToEventsOptions): Pain002Events {
  return unwrap(safePain002ToEvents(report, lookup, options), Pain002Error);
}
