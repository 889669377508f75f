import { fail, issue, ok, prefixIssues, unwrap, type EftkitIssue, type Result } from '../errors';
import { normaliseReference, safeValidateReference } from '../references';
import { cidLayout, CidError, safeParseFactoringDefinition, type FactoringDefinition, type FactoringDefinitionInput } from './definition';
import { CID_MESSAGES } from './messages';

/** What a CID says under a definition. */
export interface CidInterpretation {
  /** `parts`: customer and/or invoice no. read from their positions; `whole-cid` for `0;0`. */
  readonly match: 'parts' | 'whole-cid';
  /** The CID normalised (separators removed), check digit included. */
  readonly cid: string;
  /** The customer no. without leading zeros, when the definition has a customer part. */
  readonly customerNo?: string;
  /** The invoice no. without leading zeros, when the definition has an invoice part. */
  readonly invoiceNo?: string;
  /** The digits exactly as they stand in the CID (with the padding zeros). */
  readonly digits?: { readonly customer?: string; readonly invoice?: string };
}

/** Drops leading zeros, keeping one digit (`0000010023` → `10023`, `000` → `0`). */
export function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/** The definition checked, or its issues under `['definition', …]`. */
export function checkedDefinition(definition: FactoringDefinition | FactoringDefinitionInput): Result<FactoringDefinition> {
  const parsed = safeParseFactoringDefinition(definition);
  return parsed.ok ? parsed : fail(prefixIssues(['definition'], parsed.issues));
}

/**
 * Reads the customer no. and invoice no. out of a CID with a factoring definition, returning
 * every issue instead of throwing. The CID is normalised like a reference (spaces, `-`, `.`
 * removed), its check digit verified (MOD10, MOD11 or none, `reference/…` issues at path
 * `['cid']`), its length compared with the definition's (`cid/wrong-length`: lengths in the
 * definition exclude the check digit), and the factoring characters, when the definition has
 * them, must stand in their positions. A `0;0` definition gives `{ match: 'whole-cid', cid }`,
 * to be compared with the CID stored on the open entry.
 *
 * @example
 * ```ts
 * // The integration guide's example: Factoring ID 10;1, customer 10 digits, invoice 9 digits.
 * safeInterpretCid('00000456700000100234', { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 });
 * // ok: { match: 'parts', customerNo: '10023', invoiceNo: '4567', … }
 * ```
 */
export function safeInterpretCid(
  cid: string,
  definition: FactoringDefinition | FactoringDefinitionInput,
): Result<CidInterpretation> {
  const def = checkedDefinition(definition);
  if (!def.ok) return def;
  const d = def.value;
  const layout = cidLayout(d);
  const path = ['cid'];
  const text = typeof cid === 'string' ? cid : '';
  if (text.trim() === '') return fail([issue('cid/empty', CID_MESSAGES.empty, path)]);

  let value: string;
  const issues: EftkitIssue[] = [];
  if (d.checkDigit === 'none') {
    value = normaliseReference(text);
    if (!/^\d+$/.test(value)) issues.push(issue('cid/invalid-character', CID_MESSAGES.invalidCharacter(value), path));
  } else {
    const checked = safeValidateReference(text, d.checkDigit === 'mod10' ? 'kid-mod10' : 'kid-mod11');
    if (!checked.ok) return fail(prefixIssues(path, checked.issues));
    value = checked.value.value;
  }
  if (layout.whole) return issues.length > 0 ? fail(issues) : ok({ match: 'whole-cid', cid: value });

  if (value.length !== layout.totalLength) {
    issues.push(issue('cid/wrong-length', CID_MESSAGES.wrongLength(value, layout.totalLength, d.checkDigit !== 'none'), path));
  }
  if (issues.length > 0) return fail(issues);

  const chars = d.factoringCharacters;
  if (chars !== undefined && chars.length > 0) {
    const found = layout.free.map((i) => value.charAt(i)).join('');
    if (found !== chars) return fail([issue('cid/factoring-characters-mismatch', CID_MESSAGES.factoringCharactersDiffer(value, chars), path)]);
  }
  const customer = layout.customer === undefined ? undefined : value.slice(layout.customer.start, layout.customer.start + layout.customer.length);
  const invoice = layout.invoice === undefined ? undefined : value.slice(layout.invoice.start, layout.invoice.start + layout.invoice.length);
  return ok({
    match: 'parts',
    cid: value,
    ...(customer === undefined ? {} : { customerNo: withoutLeadingZeros(customer) }),
    ...(invoice === undefined ? {} : { invoiceNo: withoutLeadingZeros(invoice) }),
    digits: { ...(customer === undefined ? {} : { customer }), ...(invoice === undefined ? {} : { invoice }) },
  });
}

/**
 * Reads a CID with a factoring definition; see {@link safeInterpretCid}.
 *
 * @throws {CidError} with every issue when the CID does not fit the definition.
 */
export function interpretCid(cid: string, definition: FactoringDefinition | FactoringDefinitionInput): CidInterpretation {
  return unwrap(safeInterpretCid(cid, definition), CidError);
}
