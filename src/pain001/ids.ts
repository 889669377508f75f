/** A 32-bit FNV-1a hash of a string, never 0. @internal */
export function hash32(text: string): number {
  let a = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
  const h = a >>> 0;
  return h === 0 ? 1 : h;
}

/**
 * An exact set of ids for a stream read only once (where a repeated hash cannot be confirmed
 * by reading the ids again): an open-addressing table of 32-bit hashes, at most half full,
 * whose slots point into one byte arena holding each id (a length byte, then each UTF-16 code
 * unit below U+00FF as one byte, others as `FF hi lo`). A repeated hash is confirmed by
 * comparing the bytes, so two ids that share a hash are both accepted and a repeat is always
 * refused. About 16 bytes of table plus the id's own length per id (a million ids of 8
 * characters: about 25 MB), against about 60 bytes per id for a `Set` of strings; ids longer
 * than the arena's length byte allows (more than 85 characters) go into a plain `Set`.
 * @internal
 */
export class ExactIdSet {
  #hashes: Uint32Array = new Uint32Array(1 << 12);
  /** Offset + 1 of each slot's id in the arena; 0 for an empty slot. */
  #refs: Uint32Array = new Uint32Array(1 << 12);
  #bytes: Uint8Array = new Uint8Array(1 << 16);
  #used = 0;
  #size = 0;
  readonly #scratch: Uint8Array = new Uint8Array(255);
  readonly #long: Set<string> = new Set();

  /** The number of ids added. */
  get size(): number {
    return this.#size + this.#long.size;
  }

  /** Adds an id; returns false when the same id was added before (exactly, not by hash). */
  add(id: string): boolean {
    const n = encodeId(id, this.#scratch);
    if (n < 0) {
      const before = this.#long.size;
      return this.#long.add(id).size > before;
    }
    if ((this.#size + 1) * 2 > this.#refs.length) this.#grow();
    const h = hash32(id);
    const refs = this.#refs;
    const hashes = this.#hashes;
    const mask = refs.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const ref = refs[i] as number;
      if (ref === 0) {
        refs[i] = this.#store(n) + 1;
        hashes[i] = h;
        this.#size++;
        return true;
      }
      if (hashes[i] === h && this.#same(ref - 1, n)) return false;
    }
  }

  /** True when the id at `offset` of the arena is the scratch's `n` bytes. */
  #same(offset: number, n: number): boolean {
    const bytes = this.#bytes;
    if (bytes[offset] !== n) return false;
    const scratch = this.#scratch;
    for (let k = 0; k < n; k++) if (bytes[offset + 1 + k] !== scratch[k]) return false;
    return true;
  }

  /** Copies the scratch's `n` bytes, after their length, to the arena; returns their offset. */
  #store(n: number): number {
    if (this.#used + n + 1 > this.#bytes.length) {
      const bigger = new Uint8Array(Math.max(this.#bytes.length * 2, this.#used + n + 1));
      bigger.set(this.#bytes.subarray(0, this.#used));
      release(this.#bytes);
      this.#bytes = bigger;
    }
    const offset = this.#used;
    this.#bytes[offset] = n;
    this.#bytes.set(this.#scratch.subarray(0, n), offset + 1);
    this.#used += n + 1;
    return offset;
  }

  #grow(): void {
    const oldRefs = this.#refs;
    const oldHashes = this.#hashes;
    const refs = new Uint32Array(oldRefs.length * 2);
    const hashes = new Uint32Array(oldRefs.length * 2);
    const mask = refs.length - 1;
    for (let j = 0; j < oldRefs.length; j++) {
      const ref = oldRefs[j] as number;
      if (ref === 0) continue;
      const h = oldHashes[j] as number;
      let i = h & mask;
      while (refs[i] !== 0) i = (i + 1) & mask;
      refs[i] = ref;
      hashes[i] = h;
    }
    this.#refs = refs;
    this.#hashes = hashes;
    release(oldRefs);
    release(oldHashes);
  }
}

/** Writes `id` into `out` (see {@link ExactIdSet}); returns the number of bytes, or -1 when they do not fit. */
function encodeId(id: string, out: Uint8Array): number {
  let n = 0;
  const max = out.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 0xff) {
      if (n >= max) return -1;
      out[n++] = c;
    } else {
      if (n + 3 > max) return -1;
      out[n++] = 0xff;
      out[n++] = c >> 8;
      out[n++] = c & 0xff;
    }
  }
  return n;
}


/**
 * Gives the memory of a table that was outgrown back at once instead of at the next full
 * collection (the table object lives in the old generation; its megabytes would stay resident
 * until then): transferring its buffer detaches it and hands the memory to a young clone that
 * the next minor collection frees. A no-op where `structuredClone` cannot transfer.
 */
function release(table: Uint8Array | Uint32Array): void {
  if (table.byteLength < 1 << 16 || typeof structuredClone !== 'function') return;
  try {
    structuredClone(table.buffer, { transfer: [table.buffer] });
  } catch {
    // Not transferable here: the collector frees it later.
  }
}

/**
 * The 32-bit hashes of the end-to-end ids of a stream read twice, in a plain growing array
 * (4 bytes per id, against 8 for a half-full hash table, and no table to rehash): after the
 * first reading, {@link HashList.repeated} sorts them and names the hashes that occur more
 * than once; the caller then reads the ids once more and compares the ids of those hashes
 * themselves, so a repeat is refused exactly and two ids that only share a hash pass.
 * @internal
 */
export class HashList {
  #hashes: Uint32Array = new Uint32Array(1 << 12);
  #size = 0;

  /** Adds the hash of an id. */
  add(id: string): void {
    if (this.#size === this.#hashes.length) {
      const bigger = new Uint32Array(this.#hashes.length * 2);
      bigger.set(this.#hashes);
      release(this.#hashes);
      this.#hashes = bigger;
    }
    this.#hashes[this.#size++] = hash32(id);
  }

  /** The hashes added more than once (sorts the list: call once, after the last id). */
  repeated(): Set<number> {
    const sorted = this.#hashes.subarray(0, this.#size).sort();
    const out = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) out.add(sorted[i] as number);
    return out;
  }
}
