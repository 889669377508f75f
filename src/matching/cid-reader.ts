import { cidLayout, type CidLayout, type FactoringDefinition } from '../cid';
import { isValidReference, normaliseReference } from '../references';

/** What one definition reads in a CID. @internal */
export interface CidReading {
  /** `parts`: customer and/or invoice no. read; `whole`: a `0;0` definition, match the whole CID. */
  readonly kind: 'parts' | 'whole';
  /** The CID normalised. */
  readonly cid: string;
  readonly customerNo: string | undefined;
  readonly invoiceNo: string | undefined;
}

/** A CID found in a message, with every reading of it (best first). @internal */
export interface FoundCidReadings {
  readonly start: number;
  readonly end: number;
  readonly readings: readonly CidReading[];
}

interface Compiled {
  readonly definition: FactoringDefinition;
  readonly layout: CidLayout;
  readonly scheme: 'kid-mod10' | 'kid-mod11' | undefined;
  readonly rank: number;
  readonly index: number;
}

const DIGITS = /^\d+$/;
const DIGIT_RUN = /\d+(?:[ .\u00a0]\d+)*-?/g;
const SEPARATED = /[ .\u00a0]\d/;
const GROUP = /\d+-?/g;

/**
 * The factoring definitions of one account, compiled once: the layout of each is worked out in
 * advance, so reading a CID costs a normalisation, one check-digit test and a few slices. It
 * reads exactly what `eftkit/cid`'s `safeInterpretCid` reads, and orders the definitions as
 * `safePickCidDefinition` does (with factoring characters, then other part definitions, then
 * `0;0`; given order among equals); tests hold it to both. @internal
 */
export class CompiledCidDefinitions {
  readonly #compiled: readonly Compiled[];
  readonly hasWhole: boolean;

  constructor(definitions: readonly FactoringDefinition[]) {
    const compiled = definitions.map((definition, index): Compiled => {
      const layout = cidLayout(definition);
      const rank = layout.whole ? 2 : (definition.factoringCharacters ?? '').length > 0 ? 0 : 1;
      const scheme = definition.checkDigit === 'none' ? undefined : definition.checkDigit === 'mod10' ? 'kid-mod10' : 'kid-mod11';
      return { definition, layout, scheme, rank, index };
    });
    compiled.sort((a, b) => a.rank - b.rank || a.index - b.index);
    this.#compiled = compiled;
    this.hasWhole = compiled.some((c) => c.layout.whole);
  }

  /** True when there is no definition at all. */
  get empty(): boolean {
    return this.#compiled.length === 0;
  }

  /** Every reading of a CID, best first; empty when no definition reads it. */
  read(text: string): CidReading[] {
    const out: CidReading[] = [];
    if (text.trim() === '') return out;
    const value = normaliseReference(text);
    for (const c of this.#compiled) {
      const reading = readWith(c, text, value);
      if (reading !== undefined) out.push(reading);
    }
    return out;
  }

  /**
   * The CIDs in a message, in text order, found as `eftkit/cid`'s `findCids` finds them: runs
   * of digits joined across single spaces or dots when the joined form reads, else each group.
   */
  find(message: string): FoundCidReadings[] {
    const out: FoundCidReadings[] = [];
    if (this.#compiled.length === 0) return out;
    const tryAt = (start: number, end: number): boolean => {
      let readings = this.read(message.slice(start, end));
      if (readings.length === 0 && message.charAt(end - 1) === '-' && end - 1 > start) {
        end -= 1;
        readings = this.read(message.slice(start, end));
      }
      if (readings.length === 0) return false;
      out.push({ start, end, readings });
      return true;
    };
    for (const m of message.matchAll(DIGIT_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      if (tryAt(start, end)) continue;
      if (!SEPARATED.test(m[0])) continue;
      for (const g of m[0].matchAll(GROUP)) {
        const gs = start + g.index;
        tryAt(gs, gs + g[0].length);
      }
    }
    return out;
  }
}

function readWith(c: Compiled, text: string, value: string): CidReading | undefined {
  if (c.scheme === undefined) {
    if (!DIGITS.test(value)) return undefined;
  } else if (!isValidReference(text, c.scheme)) {
    return undefined;
  }
  if (c.layout.whole) return { kind: 'whole', cid: value, customerNo: undefined, invoiceNo: undefined };
  if (value.length !== c.layout.totalLength) return undefined;
  const chars = c.definition.factoringCharacters;
  if (chars !== undefined && chars.length > 0) {
    for (let k = 0; k < c.layout.free.length; k++) {
      if (value.charAt(c.layout.free[k] as number) !== chars.charAt(k)) return undefined;
    }
  }
  const { customer, invoice } = c.layout;
  // One object of one shape, each number sliced once past its leading zeros (no spreads, no
  // regex replace: this runs once per payment).
  return {
    kind: 'parts',
    cid: value,
    customerNo: customer === undefined ? undefined : digitsWithoutLeadingZeros(value, customer.start, customer.start + customer.length),
    invoiceNo: invoice === undefined ? undefined : digitsWithoutLeadingZeros(value, invoice.start, invoice.start + invoice.length),
  };
}

/** `withoutLeadingZeros(value.slice(start, end))` for a run of digits, with one slice. */
function digitsWithoutLeadingZeros(value: string, start: number, end: number): string {
  let from = start;
  while (from < end - 1 && value.charCodeAt(from) === 48) from++;
  return value.slice(from, end);
}
