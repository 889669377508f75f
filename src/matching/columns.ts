import { NO_ARENA, type Arena } from './arena';
import type { Minor } from './minor';
import type { MatchMethod } from './types';

/*
 * The matcher keeps its working state in typed arrays indexed by entry or payment: they live
 * outside the garbage-collected heap (a collection never walks them), and a lookup by index
 * reads a few bytes of one compact block instead of an object somewhere in a heap of gigabytes.
 */

/** A list of int32 values that grows by doubling. @internal */
export class IntList {
  #data: Int32Array;
  length = 0;

  constructor(
    capacity: number,
    private readonly arena: Arena = NO_ARENA,
  ) {
    this.#data = arena.int32(Math.max(capacity, 16));
  }

  push(value: number): void {
    if (this.length === this.#data.length) {
      const grown = this.arena.int32(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.length++] = value;
  }

  at(index: number): number {
    return this.#data[index] as number;
  }
}

/**
 * Amounts in minor units by index: safe integers in a `Float64Array` (NaN marks a bigint, kept
 * beside it in a map: amounts above 90 trillion in øre, which no file has, stay exact). Fixed
 * `size`, or growing by {@link Minors.push}. @internal
 */
export class Minors {
  #data: Float64Array;
  #big: Map<number, bigint> | undefined = undefined;
  length: number;

  constructor(
    size: number,
    capacity: number = size,
    private readonly arena: Arena = NO_ARENA,
  ) {
    this.#data = arena.float64(Math.max(capacity, 16));
    this.length = size;
  }

  get(index: number): Minor {
    const v = this.#data[index] as number;
    // NaN is the only value not equal to itself.
    return v === v ? v : (this.#big?.get(index) as bigint);
  }

  set(index: number, value: Minor): void {
    if (typeof value === 'number') {
      this.#data[index] = value;
      return;
    }
    this.#data[index] = Number.NaN;
    (this.#big ??= new Map()).set(index, value);
  }

  push(value: Minor): void {
    if (this.length === this.#data.length) {
      const grown = this.arena.float64(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.set(this.length++, value);
  }
}

/** The match methods by code, the code being a method's index here. @internal */
export const METHODS: readonly MatchMethod[] = ['cid', 'customer-cid', 'whole-cid', 'message-cid', 'message-invoice', 'amount'];
/** @internal */
export const CID = 0;
/** @internal */
export const CUSTOMER_CID = 1;
/** @internal */
export const WHOLE_CID = 2;
/** @internal */
export const MESSAGE_CID = 3;
/** @internal */
export const MESSAGE_INVOICE = 4;
/** @internal */
export const AMOUNT = 5;

/**
 * The currencies of one run, each numbered once (a number is compared where a currency string
 * would be read), with its decimals and tolerance. @internal
 */
export class Currencies {
  readonly #index = new Map<string, number>();
  readonly exponents: number[] = [];
  readonly tolerances: Minor[] = [];

  constructor(
    private readonly exponentOf: (currency: string) => number,
    private readonly toleranceOf: (currency: string) => Minor,
  ) {}

  /** The number of `currency` (a valid code), numbering it when new. */
  of(currency: string): number {
    let k = this.#index.get(currency);
    if (k === undefined) {
      k = this.#index.size;
      this.#index.set(currency, k);
      this.exponents.push(this.exponentOf(currency));
      this.tolerances.push(this.toleranceOf(currency));
    }
    return k;
  }
}
