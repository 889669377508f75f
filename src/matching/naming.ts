import { findReferences } from '../references';
import { isDigitCode } from '../references/common';
import type { CidReading, CompiledCidDefinitions, FoundCidReadings } from './cid-reader';
import { SEP, type EntryRec, type Indexes, type Slot } from './entries';
import type { UnmatchedReason } from './messages';
import { mapKey, numberKey, type Minor } from './minor';
import type { IncomingPayment, MatchMethod } from './types';
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
 * `recs[start[i]]` to `recs[start[i + 1] - 1]` (in the order found, `methods` saying how), a
 * customer's list when the CID gave only the customer, and the flags. Naming reads only the
 * payment and the indexes, never an open amount (but for {@link BY_AMOUNT}, left to allocation),
 * so it runs over the payments in their given order: each payment, its reference and its
 * message are read where they lie in memory, one after the other. @internal
 */
export class Named {
  readonly start: Int32Array;
  readonly recs: EntryRec[] = [];
  readonly methods: MatchMethod[] = [];
  readonly flags: Uint8Array;
  /** Payments whose CID gave a customer only: that customer's entries, in the payment's currency. */
  readonly customerLists: Map<number, EntryRec[]> = new Map();

  // The payment being named.
  #from = 0;
  #currency = '';
  #flags = 0;
  #customerList: EntryRec[] | undefined = undefined;

  constructor(
    count: number,
    private readonly ix: Indexes,
  ) {
    this.start = new Int32Array(count + 1);
    this.flags = new Uint8Array(count);
  }

  /**
   * Names the entries of payment `i` (`payment`, read with `reader`): its reference, then
   * (with `useMessage`) its message, then (with `byAmount`, when neither pointed anywhere) its
   * amount `minor`. Payments must be named in index order.
   */
  name(i: number, payment: IncomingPayment, minor: Minor, reader: CompiledCidDefinitions, useMessage: boolean, byAmount: boolean): void {
    this.#from = this.recs.length;
    this.#currency = payment.currency;
    this.#flags = 0;
    this.#customerList = undefined;
    const reference = payment.reference;
    if (reference !== undefined && reference.trim() !== '') {
      const readings = reader.read(reference);
      if (readings.length === 0) this.#flags |= NOT_UNDERSTOOD;
      else if (!this.#readings(readings, 'cid')) this.#flags |= NO_ENTRY;
    }
    const message = payment.message;
    if (useMessage && message !== undefined && message.trim() !== '') this.#message(message, reader);
    // By amount only when nothing in the reference or the message pointed anywhere.
    if (byAmount && this.#flags === 0 && this.recs.length === this.#from && this.#customerList === undefined) {
      const hit = this.ix.byAmount.get(payment.currency + SEP + String(minor));
      if (hit === null) this.#flags |= AMOUNT_NOT_UNIQUE;
      else if (hit !== undefined && this.#add(hit, 'amount', undefined)) this.#flags |= BY_AMOUNT;
    }
    if (this.#customerList !== undefined) this.customerLists.set(i, this.#customerList);
    this.flags[i] = this.#flags;
    this.start[i + 1] = this.recs.length;
  }

  #message(message: string, reader: CompiledCidDefinitions): void {
    const cids = reader.find(message);
    let named = false;
    for (let k = 0; k < cids.length; k++) {
      if (this.#readings((cids[k] as FoundCidReadings).readings, 'message-cid')) named = true;
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
      if (this.#invoice(numberKey(token), 'message-invoice')) {
        named = true;
        continue;
      }
      if (!PART.test(token)) continue;
      for (const part of token.split(PART)) {
        if (HAS_DIGIT.test(part) && this.#invoice(numberKey(part), 'message-invoice')) named = true;
      }
    }
    // An invoice no. announced by a keyword but not open: say so instead of "no reference".
    if (!named && cids.length === 0 && findReferences(message, { schemes: [] }).some((f) => f.kind === 'invoice')) {
      this.#flags |= NO_ENTRY;
    }
  }

  /** Adds the entries of a slot (of `customer` only, when given) in the payment's currency; false when none is. */
  #addSlot(slot: Slot, method: MatchMethod, customer: string | number | undefined): boolean {
    if (!Array.isArray(slot)) return this.#add(slot, method, customer);
    let added = false;
    for (let k = 0; k < slot.length; k++) if (this.#add(slot[k] as EntryRec, method, customer)) added = true;
    return added;
  }

  #add(rec: EntryRec, method: MatchMethod, customer: string | number | undefined): boolean {
    if (customer !== undefined && rec.customer !== customer) return false;
    if (rec.currency !== this.#currency) {
      this.#flags |= CURRENCY_DIFFERS;
      return false;
    }
    const recs = this.recs;
    for (let k = this.#from; k < recs.length; k++) if (recs[k] === rec) return true;
    recs.push(rec);
    this.methods.push(method);
    return true;
  }

  /** Looks a CID reading up; true when it named an entry. */
  #reading(r: CidReading, method: MatchMethod): boolean {
    const ix = this.ix;
    if (r.kind === 'whole') {
      const slot = ix.byCid.get(r.cid);
      return slot !== undefined && this.#addSlot(slot, method === 'cid' ? 'whole-cid' : method, undefined);
    }
    if (r.customerNo !== undefined && r.invoiceNo !== undefined) {
      const slot = ix.byInvoice.get(mapKey(r.invoiceNo));
      return slot !== undefined && this.#addSlot(slot, method, mapKey(r.customerNo));
    }
    if (r.invoiceNo !== undefined) return this.#invoice(r.invoiceNo, method);
    if (r.customerNo !== undefined) {
      const list = ix.byCustomer.get(this.#currency)?.get(mapKey(r.customerNo));
      if (list === undefined) return false;
      this.#customerList ??= list;
      return true;
    }
    return false;
  }

  #invoice(key: string, method: MatchMethod): boolean {
    const slot = this.ix.byInvoice.get(mapKey(key));
    if (slot === undefined) return false;
    if (this.ix.ambiguous.has(slot)) {
      this.#flags |= AMBIGUOUS;
      return false;
    }
    return this.#addSlot(slot, method, undefined);
  }

  /** The first reading that names an entry wins; true when one did. */
  #readings(readings: readonly CidReading[], method: MatchMethod): boolean {
    for (let k = 0; k < readings.length; k++) if (this.#reading(readings[k] as CidReading, method)) return true;
    return false;
  }
}
