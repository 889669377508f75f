import type { FactoringDefinition, FactoringDefinitionInput } from './definition';
import { safePickCidDefinition, type CidMatch } from './registry';

/** A CID found in free text, with the definition that reads it. */
export interface FoundCid extends CidMatch {
  /** The CID normalised. */
  readonly value: string;
  /** As written in the text. */
  readonly text: string;
  /** Offset of its first character (UTF-16 code units). */
  readonly start: number;
  /** Offset just after its last character. */
  readonly end: number;
}

/** Options of {@link findCids}. */
export interface FindCidsOptions {
  /**
   * Also report CIDs that only a `0;0` (whole CID) definition accepts; default true. Such a
   * CID still has to be matched against the CIDs stored on the open entries.
   */
  readonly includeWholeCid?: boolean;
}

const DIGIT_RUN = /\d+(?:[ .\u00a0]\d+)*-?/g;

/**
 * Finds the CIDs in a payment message (a KID typed into the text, several CIDs for several
 * invoices): every run of digits (joined across single spaces or dots when the joined form
 * fits, else each group) that one of the definitions reads. Results are in text order.
 *
 * @example
 * ```ts
 * findCids('Gjelder KID 00000456700000100234 og 00000456800000100232', [
 *   { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 },
 * ]); // two matches: invoice 4567 and 4568 of customer 10023
 * ```
 */
export function findCids(
  text: string,
  definitions: readonly (FactoringDefinition | FactoringDefinitionInput)[],
  options: FindCidsOptions = {},
): FoundCid[] {
  const out: FoundCid[] = [];
  const accept = (start: number, end: number): boolean => {
    const raw = text.slice(start, end);
    const picked = safePickCidDefinition(raw, definitions);
    if (!picked.ok) return false;
    if (picked.value.interpretation.match === 'whole-cid' && options.includeWholeCid === false) return false;
    out.push({ ...picked.value, value: picked.value.interpretation.cid, text: raw, start, end });
    return true;
  };
  const tryAt = (start: number, end: number): boolean =>
    accept(start, end) || (text.charAt(end - 1) === '-' && end - 1 > start && accept(start, end - 1));
  for (const m of text.matchAll(DIGIT_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (tryAt(start, end)) continue;
    if (!/[ .\u00a0]\d/.test(m[0])) continue;
    for (const g of m[0].matchAll(/\d+-?/g)) {
      const gs = start + g.index;
      tryAt(gs, gs + g[0].length);
    }
  }
  return out;
}
