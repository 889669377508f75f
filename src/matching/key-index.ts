import { NO_ARENA, type Arena } from './arena';
import type { Slot } from './entries';

/**
 * Entries by key (a key of `mapKey`: a number for plain digits, else a string), for a count of
 * keys known in advance. Number keys, nearly all of them, live in an open-addressing table of
 * typed arrays from the run's arena; string keys in a Map. A Map of two million number keys
 * would be some 60 MB in the collected heap (and as much again in the tables it outgrew on the
 * way), which a full collection walks; the table is 32 to 64 bytes a key, outside it. The
 * value of a key is one entry (its index) or, when several share it, a list. @internal
 */
export class KeyIndex {
  /**
   * Place `s` is `#table[2s]` (the key, -1 when empty) and `#table[2s + 1]` (an entry's index, or
   * `-(list + 1)` for the list `#lists[list]`): side by side, so a lookup reads one cache line.
   */
  readonly #table: Float64Array;
  readonly #mask: number;
  readonly #lists: number[][] = [];
  readonly #text: Map<string, Slot> = new Map();

  /** An index for at most `count` number keys. */
  constructor(count: number, arena: Arena = NO_ARENA) {
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.#table = arena.float64(2 * capacity);
    for (let s = 0; s < 2 * capacity; s += 2) this.#table[s] = -1;
    this.#mask = capacity - 1;
  }

  /** Adds entry `e` under `key`. */
  put(key: string | number, e: number): void {
    if (typeof key === 'string') {
      putSlot(this.#text, key, e);
      return;
    }
    const at = this.#find(key);
    const table = this.#table;
    if (table[at] === -1) {
      table[at] = key;
      table[at + 1] = e;
      return;
    }
    const v = table[at + 1] as number;
    if (v >= 0) {
      this.#lists.push([v, e]);
      table[at + 1] = -this.#lists.length;
    } else {
      (this.#lists[-v - 1] as number[]).push(e);
    }
  }

  /** The entries under `key`: one index, a list, or undefined. */
  get(key: string | number): Slot | undefined {
    if (typeof key === 'string') return this.#text.get(key);
    const at = this.#find(key);
    if (this.#table[at] === -1) return undefined;
    const v = this.#table[at + 1] as number;
    return v >= 0 ? v : this.#lists[-v - 1];
  }

  /** Every list (keys shared by several entries). */
  lists(): readonly number[][] {
    const out = [...this.#lists];
    this.#text.forEach((slot) => {
      if (typeof slot !== 'number') out.push(slot);
    });
    return out;
  }

  /** Where `key` is in the table (`2s`), or the empty place where it would go. */
  #find(key: number): number {
    // Keys are integers below 2^53: mix both halves into 32 bits.
    const low = key % 4294967296;
    const high = (key - low) / 4294967296;
    let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    let place = h & this.#mask;
    const table = this.#table;
    for (;;) {
      const k = table[2 * place] as number;
      if (k === key || k === -1) return 2 * place;
      place = (place + 1) & this.#mask;
    }
  }
}

/** Adds entry `e` under `key` in a map of slots: the index alone, then a list. @internal */
export function putSlot<K>(map: Map<K, Slot>, key: K, e: number): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, e);
  else if (typeof slot === 'number') map.set(key, [slot, e]);
  else slot.push(e);
}
