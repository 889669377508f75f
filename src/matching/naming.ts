import { findReferences } from '../references';
import { isDigitCode } from '../references/common';
import type { Arena } from './arena';
import type { CidReading, CompiledCidDefinitions, FoundCidReadings } from './cid-reader';
import { AMOUNT, CID, IntList, MESSAGE_CID, MESSAGE_INVOICE, WHOLE_CID } from './columns';
import { SEP, type EntryTable, type Slot } from './entries';
import type { UnmatchedReason } from './messages';
import { mapKey, numberKey, type Minor } from './minor';
import type { IncomingPayment } from './types';
import { flat } from './vouchers';
import { hasDigitIn, isPoint, nextToken, tokenEnd } from './words';

/** What a payment's reference or message said, as bits of {@link Named.flags}. @internal */
export const NOT_UNDERSTOOD = 1;
/** @internal */
export const NO_ENTRY = 2;
/** @internal */
export const AMBIGUOUS = 4;
/** @internal */
export const CURRENCY_DIFFERS = 8;
/** @internal */
export const AMOUNT_NOT_UNIQUE = 16;
/** The one entry named was found by the amount alone: it counts only while wholly open. @internal */
export const BY_AMOUNT = 32;
/** Set by allocation: an entry was found (paid or not). @internal */
export const FOUND = 64;
/** Set by allocation: the last entry paid was closed within the tolerance. @internal */
export const WRITTEN_OFF = 128;
/** Set by allocation: the last entry paid has nothing left open (paid in full, or written off). @internal */
export const LAST_CLOSED = 256;

const DATE_TOKEN = /^\d{4}-\d{2}-\d{2}$/;
const PART = /[-/]/;
const HAS_DIGIT = /\d/;

/** Why nothing could be applied to a payment with these flags. @internal */
export function reasonOf(flags: number, foundButPaid: boolean): UnmatchedReason {
  if (foundButPaid) return 'matching/already-settled';
  if ((flags & CURRENCY_DIFFERS) !== 0) return 'matching/currency-mismatch';
  if ((flags & AMBIGUOUS) !== 0) return 'matching/ambiguous-invoice';
  if ((flags & AMOUNT_NOT_UNIQUE) !== 0) return 'matching/amount-not-unique';
  if ((flags & NO_ENTRY) !== 0) return 'matching/no-open-entry';
  if ((flags & NOT_UNDERSTOOD) !== 0) return 'matching/reference-not-understood';
  return 'matching/no-reference';
}

/**
 * What every payment names, by the payment's index: the entries found for payment `i` are
 * `entries.at(start[i])` to `entries.at(start[i + 1] - 1)` (entry indexes, in the order found;
 * `methods` saying how, as codes of `METHODS`), a customer's list when the CID gave only the
 * customer, and the flags. Naming reads only the payment, the indexes and the entries' customer
 * and currency numbers, never an open amount (but for {@link BY_AMOUNT}, left to allocation), so
 * it runs over the payments in their given order: each payment, its reference and its message
 * are read where they lie in memory, one after the other. @internal
 */
export class Named {
  readonly start: Int32Array;
  readonly entries: IntList;
  readonly methods: IntList;
  readonly flags: Uint16Array;
  /** Payments whose CID gave a customer only: that customer's entries, in the payment's currency. */
  readonly customerLists: Map<number, number[]> = new Map();

  // The payment being named.
  #from = 0;
  #currency = 0;
  #flags = 0;
  #customerList: number[] | undefined = undefined;

  constructor(
    count: number,
    private readonly t: EntryTable,
    arena: Arena,
  ) {
    this.start = arena.int32(count + 1);
    this.flags = arena.uint16(count);
    // Most payments name one entry or none.
    this.entries = new IntList(count, arena);
    this.methods = new IntList(count, arena);
  }

  /**
   * Names the entries of payment `i` (`payment`, in currency no. `currency`, read with
   * `reader`): its reference, then (with `useMessage`) its message, then (with `byAmount`, when
   * neither pointed anywhere) its amount `minor`. Payments must be named in index order.
   */
  name(i: number, payment: IncomingPayment, currency: number, minor: Minor, reader: CompiledCidDefinitions, useMessage: boolean, byAmount: boolean): void {
    this.#from = this.entries.length;
    this.#currency = currency;
    this.#flags = 0;
    this.#customerList = undefined;
    const reference = payment.reference;
    if (reference !== undefined && reference.trim() !== '') {
      const readings = reader.read(reference);
      if (readings.length === 0) this.#flags |= NOT_UNDERSTOOD;
      else if (!this.#readings(readings, CID)) this.#flags |= NO_ENTRY;
    }
    const message = payment.message;
    if (useMessage && message !== undefined && message.trim() !== '') this.#message(message, reader);
    // By amount only when nothing in the reference or the message pointed anywhere.
    if (byAmount && this.#flags === 0 && this.entries.length === this.#from && this.#customerList === undefined) {
      const hit = this.t.byAmount.get(flat(payment.currency, SEP, String(minor)));
      if (hit === -1) this.#flags |= AMOUNT_NOT_UNIQUE;
      else if (hit !== undefined && this.#add(hit, AMOUNT, undefined)) this.#flags |= BY_AMOUNT;
    }
    if (this.#customerList !== undefined) this.customerLists.set(i, this.#customerList);
    this.flags[i] = this.#flags;
    this.start[i + 1] = this.entries.length;
  }

  #message(message: string, reader: CompiledCidDefinitions): void {
    const cids = reader.find(message);
    let named = false;
    for (let k = 0; k < cids.length; k++) {
      if (this.#readings((cids[k] as FoundCidReadings).readings, MESSAGE_CID)) named = true;
      else this.#flags |= NO_ENTRY;
    }
    for (let from = nextToken(message, 0), end = from; from < message.length; from = nextToken(message, end)) {
      end = tokenEnd(message, from);
      if (!hasDigitIn(message, from, end)) continue;
      const token = message.slice(from, end);
      if (DATE_TOKEN.test(token)) continue;
      if (cids.some((f) => f.start < end && from < f.end)) continue;
      // A decimal amount (1250.00, 1250,00) is not an invoice no.
      if ((isPoint(message.charCodeAt(end)) && isDigitCode(message.charCodeAt(end + 1))) || (from >= 2 && isDigitCode(message.charCodeAt(from - 2)) && isPoint(message.charCodeAt(from - 1)))) continue;
      if (this.#invoice(numberKey(token), MESSAGE_INVOICE)) {
        named = true;
        continue;
      }
      if (!PART.test(token)) continue;
      for (const part of token.split(PART)) {
        if (HAS_DIGIT.test(part) && this.#invoice(numberKey(part), MESSAGE_INVOICE)) named = true;
      }
    }
    // An invoice no. announced by a keyword but not open: say so instead of "no reference".
    if (!named && cids.length === 0 && findReferences(message, { schemes: [] }).some((f) => f.kind === 'invoice')) {
      this.#flags |= NO_ENTRY;
    }
  }

  /** Adds the entries of a slot (of `customer` only, when given) in the payment's currency; false when none is. */
  #addSlot(slot: Slot, method: number, customer: string | number | undefined): boolean {
    if (typeof slot === 'number') return this.#add(slot, method, customer);
    let added = false;
    for (let k = 0; k < slot.length; k++) if (this.#add(slot[k] as number, method, customer)) added = true;
    return added;
  }

  #add(e: number, method: number, customer: string | number | undefined): boolean {
    if (customer !== undefined && this.t.customer[e] !== customer) return false;
    if (this.t.currency[e] !== this.#currency) {
      this.#flags |= CURRENCY_DIFFERS;
      return false;
    }
    const entries = this.entries;
    for (let k = this.#from; k < entries.length; k++) if (entries.at(k) === e) return true;
    entries.push(e);
    this.methods.push(method);
    return true;
  }

  /** Looks a CID reading up; true when it named an entry. */
  #reading(r: CidReading, method: number): boolean {
    const t = this.t;
    if (r.kind === 'whole') {
      const slot = t.byCid.get(r.cid);
      return slot !== undefined && this.#addSlot(slot, method === CID ? WHOLE_CID : method, undefined);
    }
    if (r.customerNo !== undefined && r.invoiceNo !== undefined) {
      const slot = t.byInvoice.get(mapKey(r.invoiceNo));
      return slot !== undefined && this.#addSlot(slot, method, mapKey(r.customerNo));
    }
    if (r.invoiceNo !== undefined) return this.#invoice(r.invoiceNo, method);
    if (r.customerNo !== undefined) {
      const list = t.byCustomer.get(this.#currency)?.get(mapKey(r.customerNo));
      if (list === undefined) return false;
      this.#customerList ??= list;
      return true;
    }
    return false;
  }

  #invoice(key: string, method: number): boolean {
    const slot = this.t.byInvoice.get(mapKey(key));
    if (slot === undefined) return false;
    if (typeof slot !== 'number' && this.t.ambiguous.has(slot)) {
      this.#flags |= AMBIGUOUS;
      return false;
    }
    return this.#addSlot(slot, method, undefined);
  }

  /** The first reading that names an entry wins; true when one did. */
  #readings(readings: readonly CidReading[], method: number): boolean {
    for (let k = 0; k < readings.length; k++) if (this.#reading(readings[k] as CidReading, method)) return true;
    return false;
  }
}
