import { NO_ARENA, type Arena } from './arena';
import type { Slot } from './entries';

/**
 * Entries by key (a key of `mapKey`: a number for plain digits, else a string), for a count of
 * keys known in advance. Number keys, nearly all of them, live in an open-addressing table of
 * typed arrays from the run's arena; string keys in a Map. A Map of two million number keys
 * would be some 60 MB in the collected heap (and as much again in the tables it outgrew on the
 * way), which a full collection walks; the table is 24 bytes a key or less, outside it. The
 * value of a key is one entry (its index) or, when several share it, a list. @internal
 */
export class KeyIndex {
  readonly #keys: Float64Array;
  /** An entry's index, or `-(list + 1)` for the list `#lists[list]`. */
  readonly #values: Int32Array;
  readonly #mask: number;
  readonly #lists: number[][] = [];
  readonly #text: Map<string, Slot> = new Map();

  /** An index for at most `count` number keys. */
  constructor(count: number, arena: Arena = NO_ARENA) {
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.#keys = arena.float64(capacity).fill(-1);
    this.#values = arena.int32(capacity);
    this.#mask = capacity - 1;
  }

  /** Adds entry `e` under `key`. */
  put(key: string | number, e: number): void {
    if (typeof key === 'string') {
      const slot = this.#text.get(key);
      if (slot === undefined) this.#text.set(key, e);
      else if (typeof slot === 'number') this.#text.set(key, [slot, e]);
      else slot.push(e);
      return;
    }
    const at = this.#find(key);
    if (this.#keys[at] === -1) {
      this.#keys[at] = key;
      this.#values[at] = e;
      return;
    }
    const v = this.#values[at] as number;
    if (v >= 0) {
      this.#lists.push([v, e]);
      this.#values[at] = -this.#lists.length;
    } else {
      (this.#lists[-v - 1] as number[]).push(e);
    }
  }

  /** The entries under `key`: one index, a list, or undefined. */
  get(key: string | number): Slot | undefined {
    if (typeof key === 'string') return this.#text.get(key);
    const at = this.#find(key);
    if (this.#keys[at] === -1) return undefined;
    const v = this.#values[at] as number;
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

  /** The place of `key` in the table: where it is, or the empty place where it would go. */
  #find(key: number): number {
    // Keys are integers below 2^53: mix both halves into 32 bits.
    const low = key % 4294967296;
    const high = (key - low) / 4294967296;
    let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    let at = h & this.#mask;
    const keys = this.#keys;
    for (;;) {
      const k = keys[at] as number;
      if (k === key || k === -1) return at;
      at = (at + 1) & this.#mask;
    }
  }
}
