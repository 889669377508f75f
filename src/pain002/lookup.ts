import { z } from 'zod';
import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import type { Pain001Document } from '../pain001/types';
import { Pain002Error } from './errors';

/** One of our payment lines as a bank answer names it: the ids we wrote in the pain.001. */
export interface LineReference {
  /** The pain.001's message id (`GrpHdr/MsgId`). */
  readonly messageId: string;
  /** The payment information id (`PmtInfId`) of the line's block. */
  readonly paymentInformationId: string;
  /** The end-to-end id (`EndToEndId`) written for the line. */
  readonly endToEndId: string;
  /** The payment line's id (in eftkit's pain.001, the end-to-end id itself). */
  readonly lineId: string;
  /** The instruction id (`InstrId`), when known. */
  readonly instructionId?: string;
  /** The instructed amount as written, when known (used for a pain.002 `ACSC` that settles). */
  readonly amount?: string;
  /** The instructed currency, when known. */
  readonly currency?: string;
}

/** What a bank answer says about a line, to find it: any of the ids it carries. */
export interface LineQuery {
  /** Our message id, when the answer gives it. */
  readonly messageId?: string | undefined;
  /** Our payment information id, when the answer gives it. */
  readonly paymentInformationId?: string | undefined;
  /** Our end-to-end id, when the answer gives it. */
  readonly endToEndId?: string | undefined;
  /** Our instruction id, when the answer gives it. */
  readonly instructionId?: string | undefined;
}

/**
 * How the bank-answer readers find our payment lines. Implement it over your own store, or
 * build one from the pain.001 files sent with {@link createLineLookup}.
 */
export interface LineLookup {
  /** True when the message id is one of ours (a pain.001 we sent). */
  hasMessage(messageId: string): boolean;
  /**
   * The lines of a message, in file order; of one payment information block when
   * `paymentInformationId` is given. Empty when unknown.
   */
  linesOf(messageId: string, paymentInformationId?: string): readonly LineReference[];
  /** The line the ids name, or undefined when none (or more than one) matches. */
  findLine(query: LineQuery): LineReference | undefined;
}

/** zod schema of a {@link LineReference}. */
export const LineReferenceSchema: z.ZodType<LineReference> = z.object({
  messageId: z.string().min(1).max(35),
  paymentInformationId: z.string().min(1).max(35),
  endToEndId: z.string().min(1).max(35),
  lineId: z.string().min(1).max(35),
  instructionId: z.string().min(1).max(35).optional(),
  amount: z.string().regex(/^\d+(\.\d+)?$/).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
}) as unknown as z.ZodType<LineReference>;

/** What {@link createLineLookup} takes: pain.001 documents built by eftkit, or plain references. */
export type LineLookupSource = Pain001Document | readonly (Pain001Document | LineReference)[];

function isDocument(x: Pain001Document | LineReference): x is Pain001Document {
  return 'paymentInformation' in x && 'xml' in x;
}

function referencesOf(doc: Pain001Document): LineReference[] {
  return doc.paymentInformation.flatMap((block) =>
    block.transactions.map((t) => ({
      messageId: doc.messageId,
      paymentInformationId: block.id,
      endToEndId: t.endToEndId,
      lineId: t.lineId,
      instructionId: t.instructionId,
      amount: t.amount,
      currency: t.currency,
    })),
  );
}

const key = (...parts: readonly string[]): string => parts.map((p) => `${p.length}:${p}`).join('|');

/**
 * Builds a {@link LineLookup} from the pain.001 documents we sent (`buildPain001` results)
 * and/or plain {@link LineReference}s, returning every issue instead of throwing: a reference
 * with a missing id, or an end-to-end id used twice in one message (the bank's answer could
 * not tell those lines apart).
 *
 * Finding a line: by message id and end-to-end id; else by message id and instruction id;
 * when the message id is absent or not ours, by the end-to-end id alone if exactly one line
 * has it.
 */
export function safeCreateLineLookup(source: LineLookupSource): Result<LineLookup> {
  const list = Array.isArray(source) ? (source as readonly (Pain001Document | LineReference)[]) : [source as Pain001Document];
  const refs: LineReference[] = [];
  const issues: EftkitIssue[] = [];
  list.forEach((item, i) => {
    if (isDocument(item)) {
      refs.push(...referencesOf(item));
      return;
    }
    const parsed = LineReferenceSchema.safeParse(item);
    if (!parsed.success) {
      for (const z of parsed.error.issues) {
        issues.push(issue('pain002/invalid-lookup', `The line reference is not usable: ${z.path.join('.')}: ${z.message}.`, [i, ...z.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]));
      }
      return;
    }
    refs.push(item);
  });
  const byMessage = new Map<string, LineReference[]>();
  const byEndToEnd = new Map<string, LineReference>();
  const byInstruction = new Map<string, LineReference>();
  const globalEndToEnd = new Map<string, LineReference | null>();
  for (const ref of refs) {
    const lines = byMessage.get(ref.messageId) ?? [];
    lines.push(ref);
    byMessage.set(ref.messageId, lines);
    const k = key(ref.messageId, ref.endToEndId);
    if (byEndToEnd.has(k)) {
      issues.push(issue('pain002/invalid-lookup', `The end-to-end id "${ref.endToEndId}" is used twice in message "${ref.messageId}"; a bank answer could not tell the lines apart.`, []));
    }
    byEndToEnd.set(k, ref);
    if (ref.instructionId !== undefined) byInstruction.set(key(ref.messageId, ref.instructionId), ref);
    globalEndToEnd.set(ref.endToEndId, globalEndToEnd.has(ref.endToEndId) ? null : ref);
  }
  if (issues.length > 0) return fail(issues);
  const lookup: LineLookup = {
    hasMessage: (messageId) => byMessage.has(messageId),
    linesOf: (messageId, paymentInformationId) => {
      const lines = byMessage.get(messageId) ?? [];
      return paymentInformationId === undefined ? lines : lines.filter((l) => l.paymentInformationId === paymentInformationId);
    },
    findLine: (q) => {
      const known = q.messageId !== undefined && byMessage.has(q.messageId);
      if (known && q.messageId !== undefined) {
        const hit =
          (q.endToEndId === undefined ? undefined : byEndToEnd.get(key(q.messageId, q.endToEndId))) ??
          (q.instructionId === undefined ? undefined : byInstruction.get(key(q.messageId, q.instructionId)));
        return hit;
      }
      if (q.endToEndId === undefined) return undefined;
      return globalEndToEnd.get(q.endToEndId) ?? undefined;
    },
  };
  return ok(lookup);
}

/**
 * Builds a {@link LineLookup}; see {@link safeCreateLineLookup}.
 *
 * @throws {Pain002Error} `pain002/invalid-lookup` for an unusable reference or an end-to-end id
 *   used twice in one message.
 */
export function createLineLookup(source: LineLookupSource): LineLookup {
  return unwrap(safeCreateLineLookup(source), Pain002Error);
}
