import type { Arena } from './arena';
import { CUSTOMER_CID, IntList, Minors } from './columns';
import type { EntryTable } from './entries';
import { minus, type Minor } from './minor';
import { BY_AMOUNT, FOUND, LAST_CLOSED, NO_ENTRY, WRITTEN_OFF, type Named } from './naming';

/**
 * What allocation paid, in the order it paid it: entry `entries.at(j)` (found by method code
 * `methods.at(j)`) had `before.get(j)` open and was paid `take.get(j)`. Payment `i`'s payments
 * are `at[i]` to `at[i] + count[i] - 1`, and `left.get(i)` is what it had left over. Numbers
 * only, in typed arrays: the texts are written later, by payment, in the payments' given
 * order. @internal
 */
export class Ledger {
  readonly entries: IntList;
  readonly methods: IntList;
  readonly before: Minors;
  readonly take: Minors;
  readonly at: Int32Array;
  readonly count: Int32Array;
  readonly left: Minors;
  /** The items whose entry was closed within the tolerance (the last of their payment's). */
  readonly writtenOff: Set<number> = new Set();

  // The payment being allocated.
  #left: Minor = 0;
  #found = false;
  #last = -1;
  /** Candidate positions (in `Named.entries`) of one payment, for ordering them; reused. */
  readonly #scratch: number[] = [];

  constructor(
    payments: number,
    private readonly t: EntryTable,
    arena: Arena,
  ) {
    // Most payments pay one entry or none.
    this.entries = new IntList(payments, arena);
    this.methods = new IntList(payments, arena);
    this.before = new Minors(0, payments, arena);
    this.take = new Minors(0, payments, arena);
    this.at = arena.int32(payments);
    this.count = arena.int32(payments);
    this.left = new Minors(payments, payments, arena);
  }

  /**
   * Pays the entries payment `i` names (`named`) from its amount `minor`, in due-date-then-id
   * order (a customer's list: its open entries in that order), and closes the last entry paid
   * when what it still has open is within `tolerance`. Payments must be allocated in
   * processing order: each lowers the open amounts the next one sees.
   */
  allocate(i: number, minor: Minor, named: Named, tolerance: Minor): void {
    const t = this.t;
    const from = this.entries.length;
    this.#left = minor;
    this.#found = false;
    this.#last = -1;
    const first = named.start[i] as number;
    let count = (named.start[i + 1] as number) - first;
    if (count === 1 && ((named.flags[i] as number) & BY_AMOUNT) !== 0) {
      const e = named.entries.at(first);
      // Found by its amount: only while no other payment has paid any of it.
      if (t.remaining.get(e) !== t.original.get(e)) {
        named.flags[i] = (named.flags[i] as number) | NO_ENTRY;
        count = 0;
      }
    }
    if (count === 1) {
      this.#pay(named.entries.at(first), named.methods.at(first));
    } else if (count > 1) {
      const order = this.#scratch;
      order.length = 0;
      for (let k = first; k < first + count; k++) order.push(k);
      // A few entries: an insertion sort by rank, without a comparator's closure.
      for (let k = 1; k < order.length; k++) {
        const at = order[k] as number;
        const rank = t.rank[named.entries.at(at)] as number;
        let j = k - 1;
        while (j >= 0 && (t.rank[named.entries.at(order[j] as number)] as number) > rank) {
          order[j + 1] = order[j] as number;
          j--;
        }
        order[j + 1] = at;
      }
      for (let k = 0; k < order.length && this.#left !== 0; k++) {
        const at = order[k] as number;
        this.#pay(named.entries.at(at), named.methods.at(at));
      }
    } else {
      const list = named.customerLists.get(i);
      if (list !== undefined) {
        let cursor = t.cursors.get(list) ?? 0;
        while (cursor < list.length && t.remaining.get(list[cursor] as number) === 0) cursor++;
        t.cursors.set(list, cursor);
        this.#found = true;
        for (let k = cursor; k < list.length && this.#left !== 0; k++) this.#pay(list[k] as number, CUSTOMER_CID);
      }
    }
    let flags = named.flags[i] as number;
    if (this.#found) flags |= FOUND;
    // An underpayment within the tolerance closes the last entry.
    const last = this.#last;
    if (last >= 0 && this.#left === 0 && tolerance > 0) {
      const open = t.remaining.get(last);
      if (open > 0 && open <= tolerance) {
        flags |= WRITTEN_OFF;
        t.remaining.set(last, 0);
        this.writtenOff.add(this.entries.length - 1);
      }
    }
    if (last >= 0 && t.remaining.get(last) === 0) flags |= LAST_CLOSED;
    named.flags[i] = flags;
    this.at[i] = from;
    this.count[i] = this.entries.length - from;
    this.left.set(i, this.#left);
  }

  /** Pays entry `e` from what is left of the payment. */
  #pay(e: number, method: number): void {
    this.#found = true;
    const remaining = this.t.remaining;
    const before = remaining.get(e);
    if (this.#left === 0 || before === 0) return;
    this.#last = e;
    const take = before < this.#left ? before : this.#left;
    remaining.set(e, minus(before, take));
    this.#left = minus(this.#left, take);
    this.entries.push(e);
    this.methods.push(method);
    this.before.push(before);
    this.take.push(take);
  }
}
