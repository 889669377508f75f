import type { EntryRec, Indexes } from './entries';
import { BY_AMOUNT, FOUND, NO_ENTRY, WRITTEN_OFF, type Named } from './naming';
import { minus, type Minor } from './minor';
import type { MatchMethod } from './types';

/**
 * What allocation paid, in the order it paid it: entry `recs[j]` (found by `methods[j]`) had
 * `before[j]` open and was paid `take[j]`. Payment `i`'s payments are `at[i]` to
 * `at[i] + count[i] - 1`, and `left[i]` is what it had left over. Numbers and references only:
 * the texts are written later, by payment, in the payments' given order. @internal
 */
export class Ledger {
  readonly recs: EntryRec[] = [];
  readonly methods: MatchMethod[] = [];
  readonly before: Minor[] = [];
  readonly take: Minor[] = [];
  readonly at: Int32Array;
  readonly count: Int32Array;
  readonly left: Minor[];

  // The payment being allocated.
  #left: Minor = 0;
  #found = false;
  #last: EntryRec | undefined = undefined;
  /** Candidate positions (in `Named.recs`) of one payment, for ordering them; reused. */
  readonly #scratch: number[] = [];

  constructor(count: number) {
    this.at = new Int32Array(count);
    this.count = new Int32Array(count);
    this.left = new Array<Minor>(count).fill(0);
  }

  /**
   * Pays the entries payment `i` names (`named`) from its amount `minor`, in due-date-then-id
   * order (a customer's list: its open entries in that order), and closes the last entry paid
   * when what it still has open is within `tolerance`. Payments must be allocated in
   * processing order: each lowers the open amounts the next one sees.
   */
  allocate(i: number, minor: Minor, named: Named, ix: Indexes, tolerance: Minor): void {
    const from = this.recs.length;
    this.#left = minor;
    this.#found = false;
    this.#last = undefined;
    const first = named.start[i] as number;
    let count = (named.start[i + 1] as number) - first;
    if (count === 1 && ((named.flags[i] as number) & BY_AMOUNT) !== 0) {
      const rec = named.recs[first] as EntryRec;
      // Found by its amount: only while no other payment has paid any of it.
      if (rec.remaining !== rec.original) {
        named.flags[i] = (named.flags[i] as number) | NO_ENTRY;
        count = 0;
      }
    }
    if (count === 1) {
      this.#pay(named.recs[first] as EntryRec, named.methods[first] as MatchMethod);
    } else if (count > 1) {
      const order = this.#scratch;
      order.length = 0;
      for (let k = first; k < first + count; k++) order.push(k);
      // A few entries: an insertion sort by rank, without a comparator's closure.
      for (let k = 1; k < order.length; k++) {
        const at = order[k] as number;
        const rank = (named.recs[at] as EntryRec).rank;
        let j = k - 1;
        while (j >= 0 && (named.recs[order[j] as number] as EntryRec).rank > rank) {
          order[j + 1] = order[j] as number;
          j--;
        }
        order[j + 1] = at;
      }
      for (let k = 0; k < order.length && this.#left !== 0; k++) {
        const at = order[k] as number;
        this.#pay(named.recs[at] as EntryRec, named.methods[at] as MatchMethod);
      }
    } else {
      const list = named.customerLists.get(i);
      if (list !== undefined) {
        let cursor = ix.cursors.get(list) ?? 0;
        while (cursor < list.length && (list[cursor] as EntryRec).remaining === 0) cursor++;
        ix.cursors.set(list, cursor);
        this.#found = true;
        for (let k = cursor; k < list.length && this.#left !== 0; k++) this.#pay(list[k] as EntryRec, 'customer-cid');
      }
    }
    let flags = named.flags[i] as number;
    if (this.#found) flags |= FOUND;
    // An underpayment within the tolerance closes the last entry.
    const rec = this.#last as EntryRec | undefined; // set by #pay, which TypeScript does not follow
    if (rec !== undefined && this.#left === 0 && tolerance > 0 && rec.remaining > 0 && rec.remaining <= tolerance) {
      flags |= WRITTEN_OFF;
      rec.remaining = 0;
    }
    named.flags[i] = flags;
    this.at[i] = from;
    this.count[i] = this.recs.length - from;
    this.left[i] = this.#left;
  }

  /** Pays `rec` from what is left of the payment. */
  #pay(rec: EntryRec, method: MatchMethod): void {
    this.#found = true;
    const before = rec.remaining;
    if (this.#left === 0 || before === 0) return;
    this.#last = rec;
    const take = before < this.#left ? before : this.#left;
    rec.remaining = minus(before, take);
    this.#left = minus(this.#left, take);
    this.recs.push(rec);
    this.methods.push(method);
    this.before.push(before);
    this.take.push(take);
  }
}
