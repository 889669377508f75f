import type { EftkitIssue } from '../errors';
import { NO_ARENA, type Arena } from './arena';

/**
 * The indices of the string ids of `ids` (holes and non-strings left out) sorted by id in
 * UTF-16 code-unit order (the order of `<`), equal ids by index. A million ids are sorted
 * without a million comparisons of strings scattered over the heap: each id's first characters
 * are packed into a number that orders as the ids do (the first 6 code units as 8 bits each
 * when all of them are below 256, else the first 3 as 16 bits; shorter ids padded with zeros,
 * so `a < b` gives `key(a) <= key(b)`), and the next six into a second ({@link packedTail}); the
 * indices are sorted by the first numbers in a typed array, ids with the same first number by
 * the second, and only ids with both the same are compared as strings. Both numbers are made
 * in one pass over the ids in their given order, so the sort never reads an id where it lies in
 * memory (ids such as `P1234567` share their first six characters with ten others). @internal
 */
export function idOrder(ids: readonly unknown[], arena: Arena = NO_ARENA): Int32Array {
  const n = ids.length;
  let count = 0;
  let narrow = true;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== 'string') continue;
    count++;
    if (narrow) for (let k = 0; k < 6 && k < id.length; k++) if (id.charCodeAt(k) > 255) narrow = false;
  }
  const order = arena.int32(count);
  // The keys and the sort's lists are handed back to the arena when the order is made.
  const mark = arena.mark();
  const keys = arena.float64(n);
  const nextKeys = arena.float64(n);
  const width = narrow ? 6 : 3;
  const base = narrow ? 256 : 65536;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== 'string') continue;
    order[at++] = i;
    keys[i] = packed(id, width, base);
    nextKeys[i] = id.length > width ? packedTail(id, width) : 0;
  }
  const byId = (a: number, b: number): number => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    // -1/1, not ka - kb: a difference of 48-bit keys is a heap number, one per comparison.
    if (ka !== kb) return ka < kb ? -1 : 1;
    const na = nextKeys[a] as number;
    const nb = nextKeys[b] as number;
    if (na !== nb) return na < nb ? -1 : 1;
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  if (count < RADIX_FROM) {
    order.sort(byId);
    arena.release(mark);
    return order;
  }
  const sorted = radixSort(order, keys, arena);
  // Ids with the same packed key (the same first characters) are next to each other, in
  // index order: put each such run in order by the whole id.
  for (let k = 0; k < count; ) {
    const key = keys[sorted[k] as number] as number;
    let end = k + 1;
    while (end < count && keys[sorted[end] as number] === key) end++;
    if (end - k > 1) sorted.subarray(k, end).sort(byId);
    k = end;
  }
  if (sorted !== order) order.set(sorted);
  arena.release(mark);
  return order;
}

/** The first `width` code units of `id` as one number of base `base` (zeros past the end). */
function packed(id: string, width: number, base: number): number {
  let key = 0;
  for (let k = 0; k < width; k++) key = key * base + (k < id.length ? id.charCodeAt(k) : 0);
  return key;
}

/**
 * The 6 code units of `id` after its first `from` as 8 bits each (zeros past the end), where
 * the first unit of 255 or more counts as 255 and ends the number (the rest as zeros). It
 * orders as those parts do, only more coarsely: `a < b` gives `tail(a) <= tail(b)`, and ids
 * equal in both numbers are compared as strings.
 */
function packedTail(id: string, from: number): number {
  let key = 0;
  let open = true;
  for (let k = from; k < from + 6; k++) {
    const c = open && k < id.length ? id.charCodeAt(k) : 0;
    if (c >= 255) open = false;
    key = key * 256 + (c >= 255 ? 255 : c);
  }
  return key;
}

/** Below this many ids a comparison sort is quicker than three passes over 65,536 buckets. */
const RADIX_FROM = 2048;

/**
 * `order` (indices) sorted by `keys[index]` (integers below 2^48), stably: three passes of a
 * least-significant-digit radix sort, 16 bits at a time, carrying each key with its index so
 * that every pass reads both lists in order. Linear, where a comparison sort of a million ids
 * makes some twenty million calls of a comparator.
 */
function radixSort(order: Int32Array, keys: Float64Array, arena: Arena): Int32Array {
  const n = order.length;
  let from: Int32Array = order;
  let to: Int32Array = arena.int32(n);
  let fromKeys: Float64Array = arena.float64(n);
  let toKeys: Float64Array = arena.float64(n);
  for (let k = 0; k < n; k++) fromKeys[k] = keys[order[k] as number] as number;
  const counts = arena.int32(65536);
  for (let shift = 1; shift < 2 ** 48; shift *= 65536) {
    counts.fill(0);
    for (let k = 0; k < n; k++) (counts[Math.floor((fromKeys[k] as number) / shift) % 65536] as number)++;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b] as number;
      counts[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const key = fromKeys[k] as number;
      const at = (counts[Math.floor(key / shift) % 65536] as number)++;
      to[at] = from[k] as number;
      toKeys[at] = key;
    }
    [from, to] = [to, from];
    [fromKeys, toKeys] = [toKeys, fromKeys];
  }
  return from;
}

/**
 * A checked `YYYY-MM-DD` date as the number YYYYMMDD, which orders as the string does;
 * `undefined` (an entry without a due date) after every date. @internal
 */
export function dayNumber(date: string | undefined): number {
  if (date === undefined) return NO_DAY;
  const digit = (i: number): number => date.charCodeAt(i) - 48;
  return (
    ((((((digit(0) * 10 + digit(1)) * 10 + digit(2)) * 10 + digit(3)) * 10 + digit(5)) * 10 + digit(6)) * 10 + digit(8)) * 10 + digit(9)
  );
}

/** The day number of no date: after every `YYYYMMDD`. */
const NO_DAY = 1e8;

/**
 * `order` (indices, in id order: {@link idOrder}) put in order of `day[index]` ({@link dayNumber}),
 * equal days in the order given: date, then id, the order payments are processed and entries
 * paid in. A file has few dates: each index's date is numbered once, in index order (so `day`
 * is read where it lies), and the indices are then counted out by that number. @internal
 */
export function inDayOrder(order: Int32Array, day: Int32Array, arena: Arena = NO_ARENA): Int32Array {
  const out = arena.int32(order.length);
  const mark = arena.mark();
  const slotOf = new Map<number, number>();
  const slot = arena.int32(day.length);
  let last = -1;
  let lastSlot = 0;
  for (let i = 0; i < day.length; i++) {
    const d = day[i] as number;
    if (d !== last) {
      let s = slotOf.get(d);
      if (s === undefined) {
        s = slotOf.size;
        slotOf.set(d, s);
      }
      last = d;
      lastSlot = s;
    }
    slot[i] = lastSlot;
  }
  if (slotOf.size <= 1) {
    out.set(order);
    arena.release(mark);
    return out;
  }
  // Where each slot's indices start in the result: slots by date, each as long as its count.
  const days = [...slotOf.keys()].sort((a, b) => a - b);
  const start = arena.int32(days.length);
  for (let k = 0; k < order.length; k++) (start[slot[order[k] as number] as number] as number)++;
  let sum = 0;
  for (const d of days) {
    const s = slotOf.get(d) as number;
    const c = start[s] as number;
    start[s] = sum;
    sum += c;
  }
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    out[(start[slot[i] as number] as number)++] = i;
  }
  arena.release(mark);
  return out;
}

/** An id used again at `index`, first at `first`. @internal */
export interface RepeatedId {
  readonly id: string;
  readonly index: number;
  readonly first: number;
}

/** The repeats of ids in an {@link idOrder}, by index. @internal */
export function repeatedIds(ids: readonly unknown[], order: Int32Array): RepeatedId[] {
  const out: RepeatedId[] = [];
  let first = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (k > 0 && ids[i] === ids[order[k - 1] as number]) out.push({ id: ids[i] as string, index: i, first });
    else first = i;
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Puts `extra` issues (of inputs under `head`, by index) into `issues` where an input-by-input
 * check would have put them: after every issue of the same or an earlier input under `head`,
 * before those of later ones. @internal
 */
export function mergeByIndex(issues: EftkitIssue[], extra: readonly { readonly index: number; readonly issue: EftkitIssue }[], head: string): EftkitIssue[] {
  if (extra.length === 0) return issues;
  const out: EftkitIssue[] = [];
  let k = 0;
  for (const i of issues) {
    const index = i.path[0] === head && typeof i.path[1] === 'number' ? i.path[1] : undefined;
    if (index !== undefined) {
      while (k < extra.length && (extra[k] as { index: number }).index < index) out.push((extra[k++] as { issue: EftkitIssue }).issue);
    }
    out.push(i);
  }
  while (k < extra.length) out.push((extra[k++] as { issue: EftkitIssue }).issue);
  return out;
}
