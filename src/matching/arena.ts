/**
 * One block of memory for the typed arrays of a run, handed out in slices.
 *
 * Why: V8 counts every `ArrayBuffer` as external memory, and each 64 MB more of it than at the
 * last full collection makes it start one. A run over two million payments made some 400 MB of
 * typed arrays in many buffers: one full collection of the whole heap per 64 MB, so the count
 * of collections grew with the size of the run and the cost of each with the heap, and the run
 * took 2.5 times as long as one of half the size. From one block, a run makes one such
 * allocation (a few when its guess was short). @internal
 */
export class Arena {
  #buffer: ArrayBuffer;
  #top = 0;
  /** How far slices were ever taken: memory beyond has never been used, and is still zero. */
  #high = 0;

  /** A block of `bytes` (none: every array gets a buffer of its own). */
  constructor(bytes: number) {
    this.#buffer = new ArrayBuffer(bytes);
  }

  /** Where the next slice starts: give it to {@link Arena.release} to hand back all taken since. */
  mark(): number {
    return this.#top;
  }

  /** Hands back every slice taken since `mark` (they must no longer be used). */
  release(mark: number): void {
    this.#top = mark;
  }

  int32(length: number): Int32Array {
    const at = this.#take(length * 4);
    return at < 0 ? new Int32Array(length) : new Int32Array(this.#buffer, at, length);
  }

  float64(length: number): Float64Array {
    const at = this.#take(length * 8);
    return at < 0 ? new Float64Array(length) : new Float64Array(this.#buffer, at, length);
  }

  uint16(length: number): Uint16Array {
    const at = this.#take(length * 2);
    return at < 0 ? new Uint16Array(length) : new Uint16Array(this.#buffer, at, length);
  }

  uint8(length: number): Uint8Array {
    const at = this.#take(length);
    return at < 0 ? new Uint8Array(length) : new Uint8Array(this.#buffer, at, length);
  }

  /** The offset of a zeroed slice of `bytes` (8-aligned), or -1 when the block is full. */
  #take(bytes: number): number {
    const at = this.#top;
    const end = at + Math.ceil(bytes / 8) * 8;
    if (end > this.#buffer.byteLength) return -1;
    this.#top = end;
    // A released slice may hold old values: a new one starts at zero, as a new array does.
    if (at < this.#high) new Uint8Array(this.#buffer, at, Math.min(end, this.#high) - at).fill(0);
    if (end > this.#high) this.#high = end;
    return at;
  }
}

/** An arena without a block: every array gets its own buffer. @internal */
export const NO_ARENA: Arena = /* @__PURE__ */ new Arena(0);

/**
 * Bytes a run over `payments` payments and `entries` entries takes from its arena: per payment
 * and per entry what the passes keep (84 and 42 bytes), the invoice index, and the larger of the two id sorts at
 * once (48 bytes an id and the radix sort's counts, handed back after each sort). A short guess
 * costs only buffers of their own for what does not fit. @internal
 */
export function arenaBytes(payments: number, entries: number): number {
  const most = Math.max(payments, entries);
  // The invoice index: 16 bytes a place, two to four places an entry.
  let places = 16;
  while (places < entries * 2) places *= 2;
  return 84 * payments + 42 * entries + 16 * places + 48 * most + (most >= 2048 ? 65536 * 4 : 0) + 4096;
}
