/**
 * A set of ids in little memory, for checking that the end-to-end ids of a stream of a million
 * lines are unique: each id is kept as a hash in an open-addressing table, at most half full:
 * 32-bit hashes in a `Uint32Array` (≤ 8 bytes per id; a million ids meet about a hundred
 * times, so the caller confirms repeats by comparing the ids themselves) or 52-bit hashes in a
 * `Float64Array` (≤ 16 bytes per id; a million ids meet with a chance of about 1 in 10,000),
 * against about 50 bytes per id for a `Set` of strings. @internal
 */
export class HashedIdSet {
  #table: Uint32Array | Float64Array;
  #size = 0;

  constructor(readonly bits: 32 | 52 = 52) {
    this.#table = bits === 32 ? new Uint32Array(1 << 12) : new Float64Array(1 << 12);
  }

  /** The number of ids added. */
  get size(): number {
    return this.#size;
  }

  /** Adds an id; returns false when an id with the same hash was added before. */
  add(id: string): boolean {
    const h = this.bits === 32 ? hash32(id) : hash52(id);
    if ((this.#size + 1) * 2 > this.#table.length) this.#grow();
    return this.#insert(this.#table, h);
  }

  #insert(table: Uint32Array | Float64Array, h: number): boolean {
    const mask = table.length - 1;
    let i = h % table.length & mask;
    for (;;) {
      const v = table[i] as number;
      if (v === 0) {
        table[i] = h;
        this.#size++;
        return true;
      }
      if (v === h) return false;
      i = (i + 1) & mask;
    }
  }

  #grow(): void {
    const old = this.#table;
    this.#table = this.bits === 32 ? new Uint32Array(old.length * 2) : new Float64Array(old.length * 2);
    this.#size = 0;
    for (const v of old) if (v !== 0) this.#insert(this.#table, v);
  }
}

/** A 52-bit hash of a string (two FNV-1a variants), never 0. @internal */
export function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const h = (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
  return h === 0 ? 1 : h;
}

/** A 32-bit FNV-1a hash of a string, never 0. @internal */
export function hash32(text: string): number {
  let a = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
  const h = a >>> 0;
  return h === 0 ? 1 : h;
}
