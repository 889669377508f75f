import { fail, issue, resultOf, unwrap, type EftkitIssue, type Result } from '../errors';
import { computeCheckDigit } from '../references';
import { cidLayout, CidError, type FactoringDefinition, type FactoringDefinitionInput } from './definition';
import { checkedDefinition } from './interpret';
import { CID_MESSAGES } from './messages';

/** The numbers a CID is made from. Digits as strings, never JS numbers. */
export interface CidNumbers {
  /** Customer no. (digits). Needed when the definition has a customer part. */
  readonly customerNo?: string;
  /** Invoice no. (digits). Needed when the definition has an invoice part. */
  readonly invoiceNo?: string;
}

/**
 * Fits a number into `length` digits: shorter ones are left-padded with zeros, longer ones keep
 * their rightmost digits (DOMAIN.md §4).
 */
export function fitDigits(digits: string, length: number): string {
  return digits.length > length ? digits.slice(digits.length - length) : digits.padStart(length, '0');
}

function numberIssues(part: string, value: string | undefined, field: string, needed: boolean): EftkitIssue[] {
  if (!needed) return [];
  if (value === undefined || value === '') return [issue('cid/missing-number', CID_MESSAGES.missingNumber(part), [field])];
  if (!/^\d+$/.test(value)) return [issue('cid/invalid-number', CID_MESSAGES.invalidNumber(part, value), [field])];
  return [];
}

/**
 * Makes the CID of a customer no. and an invoice no. under a factoring definition: each number
 * padded with zeros or cut to its length (keeping the rightmost digits; a cut is reported as a
 * `cid/truncated` warning), placed at its start position, the factoring characters in the free
 * positions, then the check digit (MOD10, MOD11 or none). A `0;0` definition cannot generate
 * (`cid/cannot-generate`). Returns every issue instead of throwing.
 *
 * @example
 * ```ts
 * safeGenerateCid({ customerNo: '10023', invoiceNo: '4567' },
 *   { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 });
 * // ok: '00000456700000100234' (invoice 1–9, customer 10–19, MOD10 check digit)
 * ```
 */
export function safeGenerateCid(numbers: CidNumbers, definition: FactoringDefinition | FactoringDefinitionInput): Result<string> {
  const def = checkedDefinition(definition);
  if (!def.ok) return def;
  const d = def.value;
  const layout = cidLayout(d);
  if (layout.whole) return fail([issue('cid/cannot-generate', CID_MESSAGES.cannotGenerateWhole, ['definition', 'factoringId'])]);
  if (layout.free.length > 0 && d.factoringCharacters === undefined) {
    return fail([issue('cid/cannot-generate', CID_MESSAGES.cannotGenerateGaps(layout.free.length), ['definition', 'factoringCharacters'])]);
  }
  const problems = [
    ...numberIssues('customer no.', numbers.customerNo, 'customerNo', layout.customer !== undefined),
    ...numberIssues('invoice no.', numbers.invoiceNo, 'invoiceNo', layout.invoice !== undefined),
  ];
  if (problems.length > 0) return fail(problems);

  const warnings: EftkitIssue[] = [];
  const chars: string[] = new Array<string>(layout.length).fill('0');
  const place = (part: { start: number; length: number } | undefined, value: string | undefined, name: string, field: string): void => {
    if (part === undefined || value === undefined) return;
    const digits = value.replace(/^0+(?=\d)/, '');
    if (digits.length > part.length) {
      warnings.push(issue('cid/truncated', CID_MESSAGES.truncated(name, value, part.length), [field], 'warning'));
    }
    const fitted = fitDigits(digits, part.length);
    for (let i = 0; i < part.length; i++) chars[part.start + i] = fitted.charAt(i);
  };
  place(layout.customer, numbers.customerNo, 'customer no.', 'customerNo');
  place(layout.invoice, numbers.invoiceNo, 'invoice no.', 'invoiceNo');
  const filler = d.factoringCharacters ?? '';
  layout.free.forEach((position, k) => {
    chars[position] = filler.charAt(k);
  });
  const body = chars.join('');
  const cid = d.checkDigit === 'none' ? body : body + computeCheckDigit(body, d.checkDigit === 'mod10' ? 'kid-mod10' : 'kid-mod11');
  return resultOf(cid, warnings);
}

/**
 * Makes the CID of a customer no. and an invoice no.; see {@link safeGenerateCid}.
 *
 * @throws {CidError} when a number is missing or not digits, or the definition cannot generate.
 */
export function generateCid(numbers: CidNumbers, definition: FactoringDefinition | FactoringDefinitionInput): string {
  return unwrap(safeGenerateCid(numbers, definition), CidError);
}
