import { z } from 'zod';
import { EftkitError, fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { CID_MESSAGES } from './messages';
import { CID_LIMITS } from './tables';

/** Thrown by the CID functions; `code` is one of {@link CidIssueCode} (or a `reference/…` code). */
export class CidError extends EftkitError {
  override readonly name: string = 'CidError';
}

/** The check digit that ends a CID: MOD10 (Luhn), MOD11 (may be `-`), or none. */
export type CidCheckDigit = 'mod10' | 'mod11' | 'none';

/**
 * A row of the "Factoring company" table: how the CIDs (KIDs) of incoming payments to one bank
 * account are built. See DOMAIN.md §4.
 */
export interface FactoringDefinition {
  /**
   * `c;i`: 1-based start position of the customer no. and of the invoice no. in the CID; `0`
   * when that part is absent; `0;0` to match the whole CID against the CID stored on the open
   * entry.
   */
  readonly factoringId: string;
  /** Length in customer no. (0–10), check digit excluded. */
  readonly customerDigits: number;
  /** Length in CID reference / invoice no. (0–9). */
  readonly invoiceDigits: number;
  /**
   * Factoring characters: the digits that fill the CID positions not used by either number
   * (between them, by default). Absent: those positions may hold anything when reading a CID,
   * and no CID can be generated.
   */
  readonly factoringCharacters?: string;
  /** The check digit at the end of the CID; default `mod10`. */
  readonly checkDigit: CidCheckDigit;
  /** A name for people (the factoring company, the agreement). */
  readonly name?: string;
}

/** What a caller may pass for a {@link FactoringDefinition}: lengths default to 0, check digit to `mod10`. */
export interface FactoringDefinitionInput {
  readonly factoringId: string;
  readonly customerDigits?: number;
  readonly invoiceDigits?: number;
  readonly factoringCharacters?: string;
  readonly checkDigit?: CidCheckDigit;
  readonly name?: string;
}

/** One part of a CID: 0-based start and length. */
export interface CidPart {
  readonly start: number;
  readonly length: number;
}

/** Where each part sits in a CID of a definition (check digit excluded). */
export interface CidLayout {
  /** True for `0;0`: the whole CID is matched. */
  readonly whole: boolean;
  readonly customer?: CidPart;
  readonly invoice?: CidPart;
  /** Positions used by neither number, in order: the factoring characters go here. */
  readonly free: readonly number[];
  /** Length of the CID without its check digit. */
  readonly length: number;
  /** Length of the CID with its check digit (if any). */
  readonly totalLength: number;
}

const FACTORING_ID = /^(\d{1,2});(\d{1,2})$/;

/** Reads `c;i` into the two 1-based start positions, or undefined when malformed. */
export function parseFactoringId(factoringId: string): { customerStart: number; invoiceStart: number } | undefined {
  const m = FACTORING_ID.exec(factoringId.replace(/\s+/g, ''));
  if (m === null) return undefined;
  return { customerStart: Number.parseInt(m[1] ?? '0', 10), invoiceStart: Number.parseInt(m[2] ?? '0', 10) };
}

function span(part: CidPart): string {
  return `${part.start + 1}–${part.start + part.length}`;
}

/**
 * Every problem of a definition, with paths of its fields. Used by the zod schema and by
 * {@link safeParseFactoringDefinition}.
 */
export function factoringDefinitionIssues(d: FactoringDefinition): EftkitIssue[] {
  const issues: EftkitIssue[] = [];
  const ids = typeof d.factoringId === 'string' ? parseFactoringId(d.factoringId) : undefined;
  if (ids === undefined) {
    issues.push(issue('cid/invalid-factoring-id', CID_MESSAGES.invalidFactoringId(d.factoringId === undefined ? '' : String(d.factoringId)), ['factoringId']));
  }
  const lengthOk = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;
  if (!lengthOk(d.customerDigits, CID_LIMITS.customerDigits)) {
    issues.push(issue('cid/invalid-length', CID_MESSAGES.invalidLength('length in customer no.', CID_LIMITS.customerDigits), ['customerDigits']));
  }
  if (!lengthOk(d.invoiceDigits, CID_LIMITS.invoiceDigits)) {
    issues.push(issue('cid/invalid-length', CID_MESSAGES.invalidLength('length in invoice no.', CID_LIMITS.invoiceDigits), ['invoiceDigits']));
  }
  if (d.factoringCharacters !== undefined && !/^\d*$/.test(d.factoringCharacters)) {
    issues.push(issue('cid/invalid-factoring-characters', CID_MESSAGES.invalidFactoringCharacters(d.factoringCharacters), ['factoringCharacters']));
  }
  if (issues.length > 0 || ids === undefined) return issues;
  if (ids.customerStart === 0 && ids.invoiceStart === 0) return issues;

  if (ids.customerStart > 0 && d.customerDigits === 0) {
    issues.push(issue('cid/missing-length', CID_MESSAGES.missingLength('customer no.', ids.customerStart), ['customerDigits']));
  }
  if (ids.invoiceStart > 0 && d.invoiceDigits === 0) {
    issues.push(issue('cid/missing-length', CID_MESSAGES.missingLength('invoice no.', ids.invoiceStart), ['invoiceDigits']));
  }
  if (issues.length > 0) return issues;
  const layout = layoutOf(d, ids.customerStart, ids.invoiceStart);
  const { customer, invoice } = layout;
  if (customer !== undefined && invoice !== undefined) {
    if (customer.start < invoice.start + invoice.length && invoice.start < customer.start + customer.length) {
      issues.push(issue('cid/overlapping-parts', CID_MESSAGES.overlappingParts(span(customer), span(invoice)), ['factoringId']));
    }
  }
  if (layout.totalLength > CID_LIMITS.maxLength) {
    issues.push(issue('cid/too-long', CID_MESSAGES.tooLong(layout.totalLength, CID_LIMITS.maxLength), ['factoringId']));
  }
  if (issues.length === 0 && d.factoringCharacters !== undefined && d.factoringCharacters.length !== layout.free.length) {
    issues.push(
      issue(
        'cid/factoring-characters-mismatch',
        CID_MESSAGES.factoringCharactersMismatch(d.factoringCharacters, layout.free.length),
        ['factoringCharacters'],
      ),
    );
  }
  return issues;
}

function layoutOf(d: FactoringDefinition, customerStart: number, invoiceStart: number): CidLayout {
  const customer = customerStart > 0 ? { start: customerStart - 1, length: d.customerDigits } : undefined;
  const invoice = invoiceStart > 0 ? { start: invoiceStart - 1, length: d.invoiceDigits } : undefined;
  const length = Math.max(
    customer === undefined ? 0 : customer.start + customer.length,
    invoice === undefined ? 0 : invoice.start + invoice.length,
  );
  const inPart = (p: CidPart | undefined, i: number): boolean => p !== undefined && i >= p.start && i < p.start + p.length;
  const free: number[] = [];
  for (let i = 0; i < length; i++) if (!inPart(customer, i) && !inPart(invoice, i)) free.push(i);
  const base = { whole: false, free, length, totalLength: length + (d.checkDigit === 'none' ? 0 : 1) };
  return {
    ...base,
    ...(customer === undefined ? {} : { customer }),
    ...(invoice === undefined ? {} : { invoice }),
  };
}

/**
 * Where the customer no., the invoice no. and the factoring characters sit in the CIDs of a
 * definition. The definition must be valid (see {@link safeParseFactoringDefinition}).
 *
 * @throws {CidError} `cid/invalid-factoring-id` when the Factoring ID is malformed.
 */
export function cidLayout(definition: FactoringDefinition): CidLayout {
  const ids = parseFactoringId(definition.factoringId);
  if (ids === undefined) {
    throw new CidError('cid/invalid-factoring-id', CID_MESSAGES.invalidFactoringId(definition.factoringId), { path: ['factoringId'] });
  }
  if (ids.customerStart === 0 && ids.invoiceStart === 0) {
    return { whole: true, free: [], length: 0, totalLength: 0 };
  }
  return layoutOf(definition, ids.customerStart, ids.invoiceStart);
}

/**
 * The layout of a definition in words, for a person setting it up:
 * `invoice no. (1–9) + customer no. (10–19) + check digit (MOD10)`.
 */
export function describeCidLayout(definition: FactoringDefinition): string {
  const layout = cidLayout(definition);
  if (layout.whole) return 'the whole CID, matched against the CID stored on the open entry';
  const pieces: { start: number; text: string }[] = [];
  if (layout.customer !== undefined) pieces.push({ start: layout.customer.start, text: `customer no. (${span(layout.customer)})` });
  if (layout.invoice !== undefined) pieces.push({ start: layout.invoice.start, text: `invoice no. (${span(layout.invoice)})` });
  // Runs of free positions.
  let i = 0;
  while (i < layout.free.length) {
    const from = layout.free[i] as number;
    let to = from;
    while (layout.free[i + 1] === to + 1) {
      i++;
      to++;
    }
    const chars = definition.factoringCharacters;
    const label = chars === undefined ? 'any digits' : `factoring characters "${chars.slice(layout.free.indexOf(from), layout.free.indexOf(to) + 1)}"`;
    pieces.push({ start: from, text: `${label} (${from + 1}–${to + 1})` });
    i++;
  }
  pieces.sort((a, b) => a.start - b.start);
  const check = definition.checkDigit === 'none' ? '' : ` + check digit (${definition.checkDigit.toUpperCase()})`;
  return pieces.map((p) => p.text).join(' + ') + check;
}

/** zod schema of a {@link FactoringDefinition}: the fields and the rules between them. */
export const FactoringDefinitionSchema: z.ZodType<FactoringDefinition, FactoringDefinitionInput> = z
  .object({
    factoringId: z.string(),
    customerDigits: z.number().default(0),
    invoiceDigits: z.number().default(0),
    factoringCharacters: z.string().optional(),
    checkDigit: z.enum(['mod10', 'mod11', 'none']).default('mod10'),
    name: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    for (const found of factoringDefinitionIssues(value as FactoringDefinition)) {
      ctx.addIssue({ code: 'custom', path: [...found.path], message: found.message, params: { eftkitCode: found.code } });
    }
  }) as unknown as z.ZodType<FactoringDefinition, FactoringDefinitionInput>;

/** Turns zod issues into eftkit issues: the code a refinement set, else `fallback`. @internal */
export function zodIssues(error: z.ZodError, fallback: string, prefix: readonly (string | number)[] = []): EftkitIssue[] {
  return error.issues.map((i) => {
    const params = (i as { params?: { eftkitCode?: unknown } }).params;
    const code = typeof params?.eftkitCode === 'string' ? params.eftkitCode : fallback;
    const path = [...prefix, ...i.path.filter((p): p is string | number => typeof p !== 'symbol')];
    return issue(code, code === fallback ? `${CID_MESSAGES.invalidDefinition} ${i.message}` : i.message, path);
  });
}

/**
 * Checks a factoring definition and fills in the defaults, returning every issue (paths of the
 * fields) instead of throwing.
 */
export function safeParseFactoringDefinition(input: unknown): Result<FactoringDefinition> {
  const parsed = FactoringDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    // zod stops at a wrong type; the field rules still run so that every problem is reported.
    const typeIssues = zodIssues(parsed.error, 'cid/invalid-definition');
    const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    const ruleIssues = factoringDefinitionIssues({
      customerDigits: 0,
      invoiceDigits: 0,
      checkDigit: 'mod10',
      ...raw,
    } as unknown as FactoringDefinition);
    const key = (i: EftkitIssue): string => i.path.join('.');
    const covered = new Set(ruleIssues.map(key));
    return fail([...ruleIssues, ...typeIssues.filter((i) => !covered.has(key(i)))]);
  }
  return ok(Object.freeze(parsed.data));
}

/**
 * Checks a factoring definition and fills in the defaults.
 *
 * @throws {CidError} with every issue when the definition is not usable.
 */
export function parseFactoringDefinition(input: unknown): FactoringDefinition {
  return unwrap(safeParseFactoringDefinition(input), CidError);
}
