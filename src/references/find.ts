import { schemesForCountry } from './detect';
import { INVOICE_KEYWORDS } from './tables';
import type { ReferenceScheme, ValidateReferenceOptions } from './types';
import { checkReference } from './validate';

/** Options of {@link findReferences}. */
export interface FindReferencesOptions extends ValidateReferenceOptions {
  /** ISO 3166 alpha-2 country of the receiving account: only its schemes are tried (and RF). */
  readonly country?: string;
  /** Try only these schemes. */
  readonly schemes?: readonly ReferenceScheme[];
  /** Shortest digit reference to report from free text; default 4 (2-digit KIDs are noise). */
  readonly minLength?: number;
  /** Open invoice numbers to look for wherever they stand as a whole number. */
  readonly invoiceNumbers?: readonly string[];
  /** Words that announce invoice numbers; default {@link INVOICE_KEYWORDS}. */
  readonly invoiceKeywords?: readonly string[];
  /** Look for invoice numbers at all; default true. */
  readonly findInvoiceNumbers?: boolean;
}

/** A candidate found in free text. */
export interface FoundReference {
  /** `reference`: satisfies a reference scheme; `invoice`: an invoice number. */
  readonly kind: 'reference' | 'invoice';
  /** The most likely scheme (the first of `schemes`), or `invoice`. */
  readonly scheme: ReferenceScheme | 'invoice';
  /** Every scheme the candidate satisfies (empty for an invoice number). */
  readonly schemes: readonly ReferenceScheme[];
  /** The candidate normalised (separators removed, upper case). */
  readonly value: string;
  /** The candidate as written in the text. */
  readonly text: string;
  /** Offset of its first character in the text (UTF-16 code units). */
  readonly start: number;
  /** Offset just after its last character. */
  readonly end: number;
  /** For an invoice number: found after a keyword (`keyword`) or as a known open number (`known`). */
  readonly via?: 'keyword' | 'known';
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const FIK_LINE = /\+\d{2}[ \t]*<?[ \t]*\d*[ \t]*\+[ \t]*\d{8}[ \t]*<?/g;
const RF_START = /(?<![A-Za-z0-9])RF\d{2}/gi;
/** Digit groups joined by single separators, with an optional final `-` (MOD11 KID). */
const DIGIT_RUN = /\d+(?:[ .\-\u00a0]\d+)*-?/g;
const DATE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})$/;
const LIST_SEPARATOR = /^\s*(?:,|&|\+|\/|;|og|and|och|ja|sekä|und|samt|eller|or)\s*$/i;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The schemes a candidate satisfies, without warnings (even a soft OCR needs its check digit). */
function satisfied(text: string, schemes: readonly ReferenceScheme[], options: FindReferencesOptions): ReferenceScheme[] {
  const found: ReferenceScheme[] = [];
  for (const scheme of schemes) {
    const check = checkReference(text, scheme, options);
    if (check.reference !== undefined && check.issues.length === 0) found.push(scheme);
  }
  return found;
}

function referenceAt(
  text: string,
  start: number,
  end: number,
  schemes: readonly ReferenceScheme[],
  options: FindReferencesOptions,
): FoundReference | undefined {
  const raw = text.slice(start, end);
  const matched = satisfied(raw, schemes, options);
  const first = matched[0];
  if (first === undefined) return undefined;
  const check = checkReference(raw, first, options);
  const value = check.reference?.value ?? raw;
  return { kind: 'reference', scheme: first, schemes: matched, value, text: raw, start, end };
}

/** RF candidates: `RF` + 2 digits + characters in groups; the longest valid prefix wins. */
function findRf(text: string, options: FindReferencesOptions, out: FoundReference[], taken: Span[]): void {
  for (const m of text.matchAll(RF_START)) {
    const start = m.index;
    // Collect alphanumerics and single spaces after RFcc, up to 21 characters of body.
    const ends: number[] = [];
    let i = start + 4;
    let body = 0;
    while (i < text.length && body < 21) {
      const c = text.charAt(i);
      if (/[A-Za-z0-9]/.test(c)) {
        body++;
        i++;
        if (i >= text.length || !/[A-Za-z0-9]/.test(text.charAt(i))) ends.push(i);
      } else if (c === ' ' && /[A-Za-z0-9]/.test(text.charAt(i + 1))) {
        i++;
      } else break;
    }
    if (i < text.length && /[A-Za-z0-9]/.test(text.charAt(i)) && !ends.includes(i)) ends.push(i);
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] as number;
      const found = referenceAt(text, start, end, ['rf'], options);
      if (found !== undefined) {
        out.push(found);
        taken.push({ start, end });
        break;
      }
    }
  }
}

/**
 * Finds payment references and invoice numbers in free text (a payment message, a remittance
 * line): FIK payment lines, RF references, digit runs that satisfy KID/OCR/Finnish/FIK (joined
 * across single spaces, dots or hyphens when the joined form is valid, as in `15118 90656`),
 * numbers after an invoice keyword (`Faktura 1001, 1002 og 1003`), and known open invoice
 * numbers. Each candidate comes with its position; results are sorted by position.
 *
 * @example
 * ```ts
 * findReferences('Betaling faktura 10023 og 10024, KID 2345676', { country: 'NO' });
 * // [{ kind: 'invoice', value: '10023', start: 17, … }, { kind: 'invoice', value: '10024', … },
 * //  { kind: 'reference', scheme: 'kid-mod10', value: '2345676', start: 37, end: 44, … }]
 * ```
 */
export function findReferences(text: string, options: FindReferencesOptions = {}): FoundReference[] {
  const allowed = schemesForCountry(options.country);
  const schemes = options.schemes === undefined ? allowed : allowed.filter((s) => options.schemes?.includes(s));
  const minLength = options.minLength ?? 4;
  const out: FoundReference[] = [];
  const taken: Span[] = [];

  if (schemes.includes('fik')) {
    for (const m of text.matchAll(FIK_LINE)) {
      const found = referenceAt(text, m.index, m.index + m[0].length, ['fik'], options);
      if (found !== undefined) {
        out.push(found);
        taken.push({ start: found.start, end: found.end });
      }
    }
  }
  if (schemes.includes('rf')) findRf(text, options, out, taken);

  const digitSchemes = schemes.filter((s) => s !== 'rf');
  /** Tries [start, end); when it ends in "-", also without it (the dash was punctuation). */
  const tryCandidate = (start: number, end: number): FoundReference | undefined => {
    const found = referenceAt(text, start, end, digitSchemes, options);
    if (found !== undefined && found.value.length >= minLength) return found;
    if (text.charAt(end - 1) !== '-') return undefined;
    const shorter = referenceAt(text, start, end - 1, digitSchemes, options);
    return shorter !== undefined && shorter.value.length >= minLength ? shorter : undefined;
  };
  if (digitSchemes.length > 0) {
    for (const m of text.matchAll(DIGIT_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => overlaps(t, { start, end }))) continue;
      if (DATE.test(m[0].replace(/-$/, ''))) continue;
      // The run joined (`15118 90656`), else each group on its own (`1001 1002`).
      const joined = tryCandidate(start, end);
      if (joined !== undefined) {
        out.push(joined);
        continue;
      }
      if (!/[ .\-\u00a0]\d/.test(m[0])) continue;
      for (const g of m[0].matchAll(/\d+-?/g)) {
        const gs = start + g.index;
        const ge = gs + g[0].length;
        const found = ge === end ? tryCandidate(gs, ge) : tryCandidate(gs, g[0].endsWith('-') ? ge - 1 : ge);
        if (found !== undefined) out.push(found);
      }
    }
  }

  if (options.findInvoiceNumbers !== false) {
    findInvoices(text, options, out, taken);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return out;
}

function findInvoices(text: string, options: FindReferencesOptions, out: FoundReference[], taken: Span[]): void {
  const seen = new Set<string>();
  const push = (start: number, end: number, via: 'keyword' | 'known'): void => {
    const key = `${start}:${end}`;
    if (seen.has(key) || taken.some((t) => overlaps(t, { start, end }))) return;
    seen.add(key);
    const raw = text.slice(start, end);
    out.push({ kind: 'invoice', scheme: 'invoice', schemes: [], value: raw, text: raw, start, end, via });
  };

  const keywords = [...(options.invoiceKeywords ?? INVOICE_KEYWORDS)].sort((a, b) => b.length - a.length);
  if (keywords.length > 0) {
    const words = keywords.map(escapeRegExp).join('|');
    const pattern = new RegExp(
      `(?<![\\p{L}\\d])(?:${words})(?![\\p{L}])\\.?(?:\\s*(?:nr|no|nummer|number|numero|nro|num)\\b\\.?)?\\s*[:#.]?\\s*(?=\\d)`,
      'giu',
    );
    for (const m of text.matchAll(pattern)) {
      // A list of numbers: 1001, 1002 og 1003.
      let i = m.index + m[0].length;
      for (;;) {
        const number = /^\d+/.exec(text.slice(i));
        if (number === null) break;
        const end = i + number[0].length;
        if (!/[\p{L}]/u.test(text.charAt(end))) push(i, end, 'keyword');
        const rest = text.slice(end);
        const sep = /^\s*(?:,|&|\+|\/|;|og|and|och|ja|sekä|und|samt|eller|or)\s*(?=\d)/i.exec(rest);
        if (sep === null || !LIST_SEPARATOR.test(sep[0])) break;
        i = end + sep[0].length;
      }
    }
  }

  for (const known of options.invoiceNumbers ?? []) {
    if (!/^[0-9A-Za-z-]+$/.test(known)) continue;
    const pattern = new RegExp(`(?<![0-9A-Za-z])${escapeRegExp(known)}(?![0-9A-Za-z])`, 'g');
    for (const m of text.matchAll(pattern)) push(m.index, m.index + m[0].length, 'known');
  }
}
