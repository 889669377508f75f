import type { EftkitIssue } from '../errors';

/**
 * The indices of the string ids of `ids` (holes and non-strings left out) sorted by id in
 * UTF-16 code-unit order (the order of `<`), equal ids by index. A million ids are sorted
 * without a million comparisons of strings scattered over the heap: each id's first characters
 * are packed into a number that orders as the ids do (the first 6 code units as 8 bits each
 * when all of them are below 256, else the first 3 as 16 bits; shorter ids padded with zeros,
 * so `a < b` gives `key(a) <= key(b)`), the indices are sorted by those numbers in a typed
 * array, and only ids with the same number are compared as strings. @internal
 */
export function idOrder(ids: readonly unknown[]): Int32Array {
  const n = ids.length;
  let count = 0;
  let narrow = true;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== 'string') continue;
    count++;
    if (narrow) for (let k = 0; k < 6 && k < id.length; k++) if (id.charCodeAt(k) > 255) narrow = false;
  }
  const order = new Int32Array(count);
  const keys = new Float64Array(n);
  const width = narrow ? 6 : 3;
  const base = narrow ? 256 : 65536;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== 'string') continue;
    order[at++] = i;
    let key = 0;
    for (let k = 0; k < width; k++) key = key * base + (k < id.length ? id.charCodeAt(k) : 0);
    keys[i] = key;
  }
  const byId = (a: number, b: number): number => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    // -1/1, not ka - kb: a difference of 48-bit keys is a heap number, one per comparison.
    if (ka !== kb) return ka < kb ? -1 : 1;
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  if (count < RADIX_FROM) return order.sort(byId);
  const sorted = radixSort(order, keys);
  // Ids with the same packed key (the same first characters) are next to each other, in
  // index order: put each such run in order by the whole id.
  for (let k = 0; k < count; ) {
    const key = keys[sorted[k] as number] as number;
    let end = k + 1;
    while (end < count && keys[sorted[end] as number] === key) end++;
    if (end - k > 1) sorted.subarray(k, end).sort(byId);
    k = end;
  }
  return sorted;
}

/** Below this many ids a comparison sort is quicker than three passes over 65,536 buckets. */
const RADIX_FROM = 2048;

/**
 * `order` (indices) sorted by `keys[index]` (integers below 2^48), stably: three passes of a
 * least-significant-digit radix sort, 16 bits at a time, carrying each key with its index so
 * that every pass reads both lists in order. Linear, where a comparison sort of a million ids
 * makes some twenty million calls of a comparator.
 */
function radixSort(order: Int32Array, keys: Float64Array): Int32Array {
  const n = order.length;
  let from: Int32Array = order;
  let to: Int32Array = new Int32Array(n);
  let fromKeys: Float64Array = new Float64Array(n);
  let toKeys: Float64Array = new Float64Array(n);
  for (let k = 0; k < n; k++) fromKeys[k] = keys[order[k] as number] as number;
  const counts = new Int32Array(65536);
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
