import { z } from 'zod';
import { fail, issue, ok, prefixIssues, resultOf, unwrap, type EftkitIssue, type Result } from '../errors';
import { normaliseReference } from '../references';
import {
  CidError,
  FactoringDefinitionSchema,
  zodIssues,
  type FactoringDefinition,
  type FactoringDefinitionInput,
} from './definition';
import { safeInterpretCid, type CidInterpretation } from './interpret';
import { CID_MESSAGES } from './messages';

/** The CID definitions of one receiving bank account, as a caller passes them. */
export interface CidAccountInput {
  /** The receiving account (BBAN or IBAN; spaces, dots and hyphens are ignored). */
  readonly account: string;
  /** Its factoring definitions, in the order they should be tried. */
  readonly definitions: readonly FactoringDefinitionInput[];
}

/** Definitions per receiving account, keyed by the account normalised (see {@link normaliseAccount}). */
export type CidRegistry = ReadonlyMap<string, readonly FactoringDefinition[]>;

/** A definition that fits a CID, and what it reads. */
export interface CidMatch {
  readonly definition: FactoringDefinition;
  /** Its position in the list it was picked from. */
  readonly index: number;
  readonly interpretation: CidInterpretation;
}

/** The shape of {@link CidAccountSchema}. */
export type CidAccountSchemaShape = {
  account: z.ZodString;
  definitions: z.ZodArray<z.ZodType<FactoringDefinition, FactoringDefinitionInput>>;
};

/** zod schema of the definitions of one account. */
export const CidAccountSchema: z.ZodObject<CidAccountSchemaShape> = z.object({
  account: z.string().min(1),
  definitions: z.array(FactoringDefinitionSchema),
});

/** An account number as a registry key: no whitespace, dots or hyphens; upper case. */
export function normaliseAccount(account: string): string {
  return account.replace(/[\s.\-\u00a0]/g, '').toUpperCase();
}

/**
 * Builds a registry of CID definitions per receiving account, checking every definition and
 * returning every issue (path `[entry, 'definitions', n, field]`) instead of throwing. Entries
 * for the same account are merged in order.
 */
export function safeCreateCidRegistry(entries: readonly CidAccountInput[]): Result<CidRegistry> {
  const parsed = z.array(CidAccountSchema).safeParse(entries);
  if (!parsed.success) return fail(zodIssues(parsed.error, 'cid/invalid-definition'));
  const map = new Map<string, FactoringDefinition[]>();
  for (const entry of parsed.data) {
    const key = normaliseAccount(entry.account);
    const list = map.get(key) ?? [];
    list.push(...entry.definitions.map((d) => Object.freeze(d)));
    map.set(key, list);
  }
  return ok(map);
}

/**
 * Builds a registry of CID definitions per receiving account; see {@link safeCreateCidRegistry}.
 *
 * @throws {CidError} with every issue when a definition is not usable.
 */
export function createCidRegistry(entries: readonly CidAccountInput[]): CidRegistry {
  return unwrap(safeCreateCidRegistry(entries), CidError);
}

function rank(match: CidMatch): number {
  if (match.interpretation.match === 'whole-cid') return 2;
  return (match.definition.factoringCharacters ?? '').length > 0 ? 0 : 1;
}

/**
 * Picks the definition that fits a CID among several (those of one account): every definition
 * is tried; those that read the CID without error are kept, most specific first (with
 * factoring characters that matched, then other part definitions, then `0;0`), keeping the
 * given order among equals. When part definitions read different numbers, a `cid/ambiguous`
 * warning rides along. When none fits: `cid/no-definition-fits` and each definition's issues
 * under `['definitions', n]`.
 */
export function safePickCidDefinition(
  cid: string,
  definitions: readonly (FactoringDefinition | FactoringDefinitionInput)[],
): Result<CidMatch> {
  const matches: CidMatch[] = [];
  const problems: EftkitIssue[] = [];
  definitions.forEach((definition, index) => {
    const result = safeInterpretCid(cid, definition);
    if (result.ok) {
      const parsed = FactoringDefinitionSchema.parse(definition);
      matches.push({ definition: parsed, index, interpretation: result.value });
    } else {
      problems.push(...prefixIssues(['definitions', index], result.issues));
    }
  });
  const shown = normaliseReference(typeof cid === 'string' ? cid : '');
  if (matches.length === 0) {
    return fail([issue('cid/no-definition-fits', CID_MESSAGES.noDefinitionFits(shown), ['cid']), ...problems]);
  }
  matches.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  const best = matches[0] as CidMatch;
  const parts = matches.filter((m) => m.interpretation.match === 'parts');
  const readings = new Set(parts.map((m) => `${m.interpretation.customerNo ?? ''};${m.interpretation.invoiceNo ?? ''}`));
  const warnings = readings.size > 1 ? [issue('cid/ambiguous', CID_MESSAGES.ambiguous(shown, parts.length), ['cid'], 'warning')] : [];
  return resultOf(best, warnings);
}

/**
 * Picks the definition that fits a CID; see {@link safePickCidDefinition}.
 *
 * @throws {CidError} when no definition fits.
 */
export function pickCidDefinition(
  cid: string,
  definitions: readonly (FactoringDefinition | FactoringDefinitionInput)[],
): CidMatch {
  return unwrap(safePickCidDefinition(cid, definitions), CidError);
}

/**
 * Interprets the CID of an incoming payment to `account` with the definitions registered for
 * it; see {@link safePickCidDefinition}. An account without definitions gives
 * `cid/unknown-account` (path `['account']`).
 */
export function safeInterpretCidForAccount(cid: string, account: string, registry: CidRegistry): Result<CidMatch> {
  const definitions = registry.get(normaliseAccount(account));
  if (definitions === undefined || definitions.length === 0) {
    return fail([issue('cid/unknown-account', CID_MESSAGES.unknownAccount(account), ['account'])]);
  }
  return safePickCidDefinition(cid, definitions);
}

/**
 * Interprets the CID of an incoming payment to `account`; see {@link safeInterpretCidForAccount}.
 *
 * @throws {CidError} when the account has no definitions or none fits.
 */
export function interpretCidForAccount(cid: string, account: string, registry: CidRegistry): CidMatch {
  return unwrap(safeInterpretCidForAccount(cid, account, registry), CidError);
}
