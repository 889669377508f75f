import type { EftkitIssue } from '../errors';
import { normaliseReference } from '../references';
import type { Arena } from './arena';
import { Minors, type Currencies } from './columns';
import { dayNumber } from './id-order';
import { KeyIndex, putSlot } from './key-index';
import { mapKey, numberKey } from './minor';
import type { OpenCustomerEntry } from './types';
import { checkEntry } from './validate';
import { flat } from './vouchers';

/** An index's value: one entry (its index), or a list when several share the key. @internal */
export type Slot = number | number[];

/**
 * The open entries while matching runs, by index (entry `e` is `openEntries[e]`): what matching
 * reads and changes of each, in typed arrays and plain lists of numbers, and the indexes.
 * Customer no. + invoice no. is looked up through the invoice no. (nearly always one entry) and
 * the entry's customer key, so no key strings are built for it. @internal
 */
export class EntryTable {
  readonly currency: Uint16Array;
  /** The customer no. as a key (see `numberKey`, `mapKey`). */
  readonly customer: (string | number)[];
  readonly original: Minors;
  readonly remaining: Minors;
  /** The entry's place in due-date-then-id order: entries named together are paid in it. */
  readonly rank: Int32Array;
  /** The due date as a day number (`dayNumber`). */
  readonly day: Int32Array;
  readonly ids: unknown[];

  /** invoice no. → entries */
  readonly byInvoice: KeyIndex;
  /** the CID stored on the entry, normalised → entries */
  readonly byCid: Map<string, Slot> = new Map();
  /** currency + original amount → the entry, or -1 when several share it (only with `matchByAmount`) */
  readonly byAmount: Map<string, number> = new Map();
  /** currency no., then customer no. (as a key of `mapKey`) → entries in due-date-then-id order */
  readonly byCustomer: Map<number, Map<string | number, number[]>> = new Map();
  /** invoice lists that span several customers */
  readonly ambiguous: Set<number[]> = new Set();
  /** customer lists: how far the leading entries are fully paid */
  readonly cursors: Map<number[], number> = new Map();

  constructor(
    readonly entries: readonly OpenCustomerEntry[],
    arena: Arena,
  ) {
    const n = entries.length;
    this.currency = arena.uint16(n);
    this.customer = new Array<string | number>(n).fill(0);
    this.original = new Minors(n, n, arena);
    this.remaining = new Minors(n, n, arena);
    this.rank = arena.int32(n);
    this.day = arena.int32(n);
    this.ids = new Array<unknown>(n);
    this.byInvoice = new KeyIndex(n, arena);
  }
}

/** Separates the parts of a composite map key. @internal */
export const SEP = '\u0000';

/**
 * Checks every open entry (issues pushed) and fills the table with the good ones, indexing them
 * by invoice no., CID and (with `byAmount`) amount as it goes: one pass over the entries in
 * their given order. @internal
 */
export function checkedEntries(openEntries: readonly OpenCustomerEntry[], currencies: Currencies, byAmount: boolean, arena: Arena, issues: EftkitIssue[]): EntryTable {
  const t = new EntryTable(openEntries, arena);
  for (let e = 0; e < openEntries.length; e++) {
    const entry = openEntries[e] as OpenCustomerEntry;
    const minor = checkEntry(entry, e, issues);
    t.ids[e] = entry?.id;
    if (minor === undefined) continue;
    const currency = currencies.of(entry.currency);
    t.currency[e] = currency;
    t.customer[e] = mapKey(numberKey(entry.customerNo));
    t.original.set(e, minor);
    t.remaining.set(e, minor);
    t.day[e] = dayNumber(entry.dueDate);
    t.byInvoice.put(mapKey(numberKey(entry.invoiceNo)), e);
    const cid = entry.cid;
    if (cid !== undefined && cid.trim() !== '') putSlot(t.byCid, normaliseReference(cid), e);
    if (byAmount) {
      const amountKey = flat(entry.currency, SEP, String(minor));
      t.byAmount.set(amountKey, t.byAmount.has(amountKey) ? -1 : e);
    }
  }
  return t;
}

/**
 * Numbers the entries (every one good) in `ordered` (due-date-then-id order, `inDayOrder`) and
 * makes each customer's list in that order, the order its entries are paid in; marks the
 * invoice lists that span customers. Reads only the table's arrays. @internal
 */
export function rankEntries(t: EntryTable, ordered: Int32Array): void {
  for (let k = 0; k < ordered.length; k++) {
    const e = ordered[k] as number;
    t.rank[e] = k;
    const currency = t.currency[e] as number;
    let customers = t.byCustomer.get(currency);
    if (customers === undefined) {
      customers = new Map();
      t.byCustomer.set(currency, customers);
    }
    const key = t.customer[e] as string | number;
    const list = customers.get(key);
    if (list === undefined) customers.set(key, [e]);
    else list.push(e);
  }
  for (const list of t.byInvoice.lists()) {
    const first = t.customer[list[0] as number];
    if (list.some((e) => t.customer[e] !== first)) t.ambiguous.add(list);
  }
}
