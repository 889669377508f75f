import type { EftkitIssue } from '../errors';
import { currencyExponent } from '../money';
import { normaliseReference } from '../references';
import { dayNumber } from './id-order';
import { fromMinor, mapKey, numberKey, type Minor } from './minor';
import type { EntryBalance, OpenCustomerEntry } from './types';
import { checkEntry } from './validate';

/** An open entry while matching runs. @internal */
export interface EntryRec {
  readonly entry: OpenCustomerEntry;
  /** The customer no. as a key (see `numberKey`, `mapKey`). */
  readonly customer: string | number;
  /** The entry's own fields, so that matching never reads the entry object itself. */
  readonly customerNo: string;
  readonly invoiceNo: string;
  readonly currency: string;
  readonly exponent: number;
  readonly original: Minor;
  remaining: Minor;
  /** The open amount as the currency writes it (the input string when it already was). */
  readonly originalText: string;
  readonly id: string;
  /** The entry's place in due-date-then-id order: entries named together are paid in it. */
  rank: number;
}

/** One entry, or a list when several share a key (kept small in memory). @internal */
export type Slot = EntryRec | EntryRec[];

/**
 * The indexes: each lookup is one Map access, so matching is linear. Customer no. + invoice no.
 * is looked up through the invoice no. (nearly always one entry) and the entry's customer key,
 * so no key strings are built for it. @internal
 */
export interface Indexes {
  /** invoice no.: one entry, or a list when several share it */
  readonly byInvoice: Map<string | number, Slot>;
  /** currency, then customer no. (as a key of `mapKey`) */
  readonly byCustomer: Map<string, Map<string | number, EntryRec[]>>;
  /** the CID stored on the entry, normalised */
  readonly byCid: Map<string, Slot>;
  /** currency + original amount: the entry, or null when several share it (only with `matchByAmount`) */
  readonly byAmount: Map<string, EntryRec | null>;
  /** invoice lists that span several customers */
  readonly ambiguous: Set<Slot>;
  /** customer lists: how far the leading entries are fully paid */
  readonly cursors: Map<EntryRec[], number>;
}

/** Separates the parts of a composite map key. @internal */
export const SEP = '\u0000';

const ZEROS = new Map<number, string>();
/** The zero of an exponent, one shared string. @internal */
export function zeroText(exponent: number): string {
  let z = ZEROS.get(exponent);
  if (z === undefined) {
    z = fromMinor(0n, exponent);
    ZEROS.set(exponent, z);
  }
  return z;
}

/**
 * True when `text` is already how {@link fromMinor} writes an amount with `exponent` decimals:
 * digits without a leading zero (but `0.50`), a `.` and exactly `exponent` decimals.
 */
function isWrittenAsMinor(text: string, exponent: number): boolean {
  const n = text.length;
  const point = exponent === 0 ? n : n - exponent - 1;
  if (point < 1 || (exponent > 0 && text.charCodeAt(point) !== 46)) return false;
  if (text.charCodeAt(0) === 48 && point > 1) return false;
  for (let i = 0; i < n; i++) {
    if (i === point) continue;
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The amount in minor units as text, reusing `input` when it is already written that way. @internal */
export function textOf(minor: Minor, exponent: number, input: unknown): string {
  return typeof input === 'string' && isWrittenAsMinor(input, exponent) ? input : fromMinor(minor, exponent);
}

/** The checked open entries: a rec for each good one, every id, and each due date as a day number. @internal */
export interface CheckedEntries {
  readonly recs: EntryRec[];
  readonly ids: unknown[];
  readonly day: Int32Array;
}

/** Checks every open entry (issues pushed) and makes the recs of the good ones. @internal */
export function checkedEntries(openEntries: readonly OpenCustomerEntry[], issues: EftkitIssue[]): CheckedEntries {
  const recs: EntryRec[] = [];
  const ids: unknown[] = new Array<unknown>(openEntries.length);
  const day = new Int32Array(openEntries.length);
  for (let i = 0; i < openEntries.length; i++) {
    const e = openEntries[i] as OpenCustomerEntry;
    const minor = checkEntry(e, i, issues);
    ids[i] = e?.id;
    if (minor === undefined) continue;
    const exponent = currencyExponent(e.currency) as number;
    day[i] = dayNumber(e.dueDate);
    recs.push({
      entry: e,
      customer: mapKey(numberKey(e.customerNo)),
      customerNo: e.customerNo,
      invoiceNo: e.invoiceNo,
      currency: e.currency,
      exponent,
      original: minor,
      remaining: minor,
      originalText: textOf(minor, exponent, e.amount),
      id: e.id,
      rank: 0,
    });
  }
  return { recs, ids, day };
}

/** Adds `rec` to its customer's list in its currency. */
function pushByCustomer(map: Indexes['byCustomer'], rec: EntryRec): void {
  let customers = map.get(rec.currency);
  if (customers === undefined) {
    customers = new Map();
    map.set(rec.currency, customers);
  }
  const list = customers.get(rec.customer);
  if (list === undefined) customers.set(rec.customer, [rec]);
  else list.push(rec);
}

function put<K>(map: Map<K, Slot>, key: K, rec: EntryRec): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, rec);
  else if (Array.isArray(slot)) slot.push(rec);
  else map.set(key, [slot, rec]);
}

/**
 * The indexes of the entries `recs` (every one good), taken in `ordered` (due-date-then-id
 * order, `inDayOrder`): so every index list is already in the order its entries are paid,
 * without sorting fifty thousand small lists. Sets each rec's `rank`. @internal
 */
export function buildIndexes(recs: readonly EntryRec[], ordered: Int32Array, byAmount: boolean): Indexes {
  const ix: Indexes = {
    byInvoice: new Map(),
    byCustomer: new Map(),
    byCid: new Map(),
    byAmount: new Map(),
    ambiguous: new Set(),
    cursors: new Map(),
  };
  for (let k = 0; k < ordered.length; k++) {
    const rec = recs[ordered[k] as number] as EntryRec;
    rec.rank = k;
    put(ix.byInvoice, mapKey(numberKey(rec.invoiceNo)), rec);
    pushByCustomer(ix.byCustomer, rec);
    const cid = rec.entry.cid;
    if (cid !== undefined && cid.trim() !== '') put(ix.byCid, normaliseReference(cid), rec);
    if (byAmount) {
      const amountKey = rec.currency + SEP + String(rec.original);
      ix.byAmount.set(amountKey, ix.byAmount.has(amountKey) ? null : rec);
    }
  }
  ix.byInvoice.forEach((slot) => {
    if (!Array.isArray(slot)) return;
    const first = (slot[0] as EntryRec).customer;
    if (slot.some((r) => r.customer !== first)) ix.ambiguous.add(slot);
  });
  return ix;
}

/** The entries whose open amount changed, in input order. @internal */
export function changedEntries(entryRecs: readonly EntryRec[]): EntryBalance[] {
  const entries: EntryBalance[] = [];
  for (let k = 0; k < entryRecs.length; k++) {
    const rec = entryRecs[k] as EntryRec;
    if (rec.remaining === rec.original) continue;
    entries.push({ entryId: rec.id, currency: rec.currency, openBefore: rec.originalText, openAfter: rec.remaining === 0 ? zeroText(rec.exponent) : fromMinor(rec.remaining, rec.exponent) });
  }
  return entries;
}
