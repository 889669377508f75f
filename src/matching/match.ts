import { normaliseAccount } from '../cid';
import { fail, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { currencyExponent } from '../money';
import { findReferences, normaliseReference } from '../references';
import { isDigitCode } from '../references/common';
import { hasDigitIn, isPoint, nextToken, tokenEnd } from './words';
import { CompiledCidDefinitions, type CidReading, type FoundCidReadings } from './cid-reader';
import { idOrder, mergeByIndex, repeatedIds } from './id-order';
import { MatchingError } from './errors';
import type { UnmatchedReason } from './messages';
import { fromMinor, mapKey, minus, numberKey, type Minor } from './minor';
import type {
  Allocation,
  EntryBalance,
  IncomingPayment,
  MatchingResult,
  MatchingSetup,
  MatchMethod,
  OpenCustomerEntry,
  PaymentFit,
  PaymentOutcome,
  Voucher,
  VoucherLine,
} from './types';
import { checkEntry, checkPayment, checkSetup, duplicateIdIssue, type CheckedSetup } from './validate';
import { flat, incomingVoucher } from './vouchers';

/** An open entry while matching runs. */
interface EntryRec {
  readonly entry: OpenCustomerEntry;
  /** The customer no. as a key (see `numberKey`, `mapKey`). */
  readonly customer: string | number;
  /** The entry's own fields, so that matching never reads the entry object itself. */
  readonly customerNo: string;
  readonly invoiceNo: string;
  readonly currency: string;
  readonly exponent: number;
  readonly original: Minor;
  remaining: Minor;
  /** The open amount as the currency writes it (the input string when it already was). */
  readonly originalText: string;
  /** Due date (`~`, after every date, when missing), then id: the order entries are paid in. */
  readonly date: string;
  readonly id: string;
}

interface PaymentRec {
  readonly payment: IncomingPayment;
  readonly minor: Minor;
  readonly exponent: number;
  readonly amountText: string;
  /** Booking date, then id: the order payments are processed in. */
  readonly date: string;
  readonly id: string;
  readonly account: AccountRuntime;
}

interface AccountRuntime {
  readonly bankGlAccount: string;
  readonly reader: CompiledCidDefinitions;
}

/**
 * The indexes: each lookup is one Map access, so matching is linear. Customer no. + invoice no.
 * is looked up through the invoice no. (nearly always one entry) and the entry's customer key,
 * so no key strings are built for it.
 */
interface Indexes {
  /** invoice no.: one entry, or a list when several share it (kept small in memory) */
  readonly byInvoice: Map<string | number, Slot>;
  /** currency, then customer no. (as a key of `mapKey`) */
  readonly byCustomer: Map<string, Map<string | number, EntryRec[]>>;
  /** the CID stored on the entry, normalised */
  readonly byCid: Map<string, Slot>;
  /** currency + original amount: the entry, or null when several share it (only with `matchByAmount`) */
  readonly byAmount: Map<string, EntryRec | null>;
  /** invoice lists that span several customers */
  readonly ambiguous: Set<Slot>;
  /** customer lists: how far the leading entries are fully paid */
  readonly cursors: Map<EntryRec[], number>;
}

const SEP = '\u0000';
const HAS_DIGIT = /\d/;
const DATE_TOKEN = /^\d{4}-\d{2}-\d{2}$/;
const PART = /[-/]/;

/** Orders by date, then id (compared in place: no key strings are built). */
const byKey = (a: { date: string; id: string }, b: { date: string; id: string }): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Records in date-then-id order, as `sort(byKey)` would give them: `order` is every input by id
 * ({@link idOrder}), `recOf` an input's rec (position + 1, 0 for a refused input); the recs are
 * taken in that order into one list per date (a file has few), and the dates put in order.
 * Payments are processed in this order, and entries indexed in it (so that every index list is
 * already in the order its entries are paid, without sorting fifty thousand small lists).
 */
function inDateOrder<T extends { readonly date: string }>(recs: readonly T[], order: Int32Array, recOf: Int32Array): T[] {
  // Keyed by the date as a number (YYYYMMDD): each rec's date is a string of its own, and a
  // string key would be hashed once per rec.
  const byDate = new Map<number, T[]>();
  for (let k = 0; k < order.length; k++) {
    const at = recOf[order[k] as number] as number;
    if (at === 0) continue;
    const r = recs[at - 1] as T;
    const day = dayNumber(r.date);
    const list = byDate.get(day);
    if (list === undefined) byDate.set(day, [r]);
    else list.push(r);
  }
  const days = [...byDate.keys()].sort((a, b) => a - b);
  if (days.length === 1) return byDate.get(days[0] as number) as T[];
  const out: T[] = [];
  for (const day of days) {
    const list = byDate.get(day) as T[];
    for (let k = 0; k < list.length; k++) out.push(list[k] as T);
  }
  return out;
}

/**
 * A checked `YYYY-MM-DD` date as the number YYYYMMDD, which orders as the string does; `~` (an
 * entry without a due date) after every date.
 */
function dayNumber(date: string): number {
  if (date === '~') return 1e8;
  const digit = (i: number): number => date.charCodeAt(i) - 48;
  return (
    ((((((digit(0) * 10 + digit(1)) * 10 + digit(2)) * 10 + digit(3)) * 10 + digit(5)) * 10 + digit(6)) * 10 + digit(8)) * 10 + digit(9)
  );
}

const ZEROS = new Map<number, string>();
/** The zero of an exponent, one shared string. */
function zeroText(exponent: number): string {
  let z = ZEROS.get(exponent);
  if (z === undefined) {
    z = fromMinor(0n, exponent);
    ZEROS.set(exponent, z);
  }
  return z;
}

/**
 * True when `text` is already how {@link fromMinor} writes an amount with `exponent` decimals:
 * digits without a leading zero (but `0.50`), a `.` and exactly `exponent` decimals.
 */
function isWrittenAsMinor(text: string, exponent: number): boolean {
  const n = text.length;
  const point = exponent === 0 ? n : n - exponent - 1;
  if (point < 1 || (exponent > 0 && text.charCodeAt(point) !== 46)) return false;
  if (text.charCodeAt(0) === 48 && point > 1) return false;
  for (let i = 0; i < n; i++) {
    if (i === point) continue;
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The amount in minor units as text, reusing `input` when it is already written that way. */
function textOf(minor: Minor, exponent: number, input: unknown): string {
  return typeof input === 'string' && isWrittenAsMinor(input, exponent) ? input : fromMinor(minor, exponent);
}

const NO_ALLOCATIONS: readonly Allocation[] = Object.freeze([]);

type Slot = EntryRec | EntryRec[];

/** Adds `rec` to its customer's list in its currency. */
function pushByCustomer(map: Indexes['byCustomer'], rec: EntryRec): void {
  let customers = map.get(rec.currency);
  if (customers === undefined) {
    customers = new Map();
    map.set(rec.currency, customers);
  }
  const list = customers.get(rec.customer);
  if (list === undefined) customers.set(rec.customer, [rec]);
  else list.push(rec);
}

function put<K>(map: Map<K, Slot>, key: K, rec: EntryRec): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, rec);
  else if (Array.isArray(slot)) slot.push(rec);
  else map.set(key, [slot, rec]);
}

/** The indexes of the entries, given in date-then-id order ({@link inDateOrder}). */
function buildIndexes(ordered: readonly EntryRec[], byAmount: boolean): Indexes {
  const ix: Indexes = {
    byInvoice: new Map(),
    byCustomer: new Map(),
    byCid: new Map(),
    byAmount: new Map(),
    ambiguous: new Set(),
    cursors: new Map(),
  };
  for (let k = 0; k < ordered.length; k++) {
    const rec = ordered[k] as EntryRec;
    put(ix.byInvoice, mapKey(numberKey(rec.invoiceNo)), rec);
    pushByCustomer(ix.byCustomer, rec);
    const cid = rec.entry.cid;
    if (cid !== undefined && cid.trim() !== '') put(ix.byCid, normaliseReference(cid), rec);
    if (byAmount) {
      const amountKey = rec.currency + SEP + String(rec.original);
      ix.byAmount.set(amountKey, ix.byAmount.has(amountKey) ? null : rec);
    }
  }
  ix.byInvoice.forEach((slot) => {
    if (!Array.isArray(slot)) return;
    const first = (slot[0] as EntryRec).customer;
    if (slot.some((r) => r.customer !== first)) ix.ambiguous.add(slot);
  });
  return ix;
}

/**
 * What one payment names: the entries found for it (with how each was found), a customer's list
 * of entries, and what was noticed on the way (the reason when nothing could be applied). One
 * collector serves every payment of a run ({@link Collector.reset}): a million payments make no
 * garbage here.
 */
class Collector {
  /**
   * The entries found, in the order found: the first `count` of `recs`; `methods[k]` is how
   * `recs[k]` was found. The lists are never shortened (that would give up their storage).
   */
  readonly recs: EntryRec[] = [];
  readonly methods: MatchMethod[] = [];
  count = 0;
  customerList: EntryRec[] | undefined = undefined;
  currency = '';
  notUnderstood = false;
  noEntry = false;
  ambiguous = false;
  currencyDiffers = false;
  amountNotUnique = false;
  constructor(private readonly ix: Indexes) {}

  /** Empties the collector for a payment in `currency`. */
  reset(currency: string): void {
    this.count = 0;
    this.customerList = undefined;
    this.currency = currency;
    this.notUnderstood = false;
    this.noEntry = false;
    this.ambiguous = false;
    this.currencyDiffers = false;
    this.amountNotUnique = false;
  }

  /** True when the reference or the message pointed anywhere (then amounts are not looked at). */
  get named(): boolean {
    return this.notUnderstood || this.noEntry || this.ambiguous || this.currencyDiffers || this.count > 0 || this.customerList !== undefined;
  }

  /** Why nothing could be applied. */
  reason(foundButPaid: boolean): UnmatchedReason {
    if (foundButPaid) return 'matching/already-settled';
    if (this.currencyDiffers) return 'matching/currency-mismatch';
    if (this.ambiguous) return 'matching/ambiguous-invoice';
    if (this.amountNotUnique) return 'matching/amount-not-unique';
    if (this.noEntry) return 'matching/no-open-entry';
    if (this.notUnderstood) return 'matching/reference-not-understood';
    return 'matching/no-reference';
  }

  /** Adds the entries of a slot (of `customer` only, when given) in the payment's currency; false when none is. */
  add(slot: Slot, method: MatchMethod, customer?: string | number): boolean {
    if (!Array.isArray(slot)) return this.addOne(slot, method, customer);
    let added = false;
    for (let k = 0; k < slot.length; k++) if (this.addOne(slot[k] as EntryRec, method, customer)) added = true;
    return added;
  }

  private addOne(rec: EntryRec, method: MatchMethod, customer: string | number | undefined): boolean {
    if (customer !== undefined && rec.customer !== customer) return false;
    if (rec.currency !== this.currency) {
      this.currencyDiffers = true;
      return false;
    }
    for (let k = 0; k < this.count; k++) if (this.recs[k] === rec) return true;
    this.recs[this.count] = rec;
    this.methods[this.count] = method;
    this.count++;
    return true;
  }

  /** Looks a CID reading up; true when it named an entry. */
  reading(r: CidReading, method: MatchMethod): boolean {
    const ix = this.ix;
    if (r.kind === 'whole') {
      const slot = ix.byCid.get(r.cid);
      return slot !== undefined && this.add(slot, method === 'cid' ? 'whole-cid' : method);
    }
    if (r.customerNo !== undefined && r.invoiceNo !== undefined) {
      const slot = ix.byInvoice.get(mapKey(r.invoiceNo));
      return slot !== undefined && this.add(slot, method, mapKey(r.customerNo));
    }
    if (r.invoiceNo !== undefined) return this.invoice(r.invoiceNo, method);
    if (r.customerNo !== undefined) {
      const list = ix.byCustomer.get(this.currency)?.get(mapKey(r.customerNo));
      if (list === undefined) return false;
      this.customerList ??= list;
      return true;
    }
    return false;
  }

  invoice(key: string, method: MatchMethod): boolean {
    const slot = this.ix.byInvoice.get(mapKey(key));
    if (slot === undefined) return false;
    if (this.ix.ambiguous.has(slot)) {
      this.ambiguous = true;
      return false;
    }
    return this.add(slot, method);
  }

  /** The first reading that names an entry wins; true when one did. */
  readings(readings: readonly CidReading[], method: MatchMethod): boolean {
    for (let k = 0; k < readings.length; k++) if (this.reading(readings[k] as CidReading, method)) return true;
    return false;
  }
}

/** Collects into `c` what payment `p` names. */
function collect(c: Collector, p: PaymentRec, setup: CheckedSetup, ix: Indexes): void {
  c.reset(p.payment.currency);
  const reader = p.account.reader;
  const reference = p.payment.reference;
  if (reference !== undefined && reference.trim() !== '') {
    const readings = reader.read(reference);
    if (readings.length === 0) c.notUnderstood = true;
    else if (!c.readings(readings, 'cid')) c.noEntry = true;
  }
  const message = p.payment.message;
  if (setup.useMessage && message !== undefined && message.trim() !== '') {
    const cids = reader.find(message);
    let named = false;
    for (let k = 0; k < cids.length; k++) {
      if (c.readings((cids[k] as FoundCidReadings).readings, 'message-cid')) named = true;
      else c.noEntry = true;
    }
    for (let from = nextToken(message, 0), end = from; from < message.length; from = nextToken(message, end)) {
      end = tokenEnd(message, from);
      if (!hasDigitIn(message, from, end)) continue;
      const token = message.slice(from, end);
      if (DATE_TOKEN.test(token)) continue;
      if (cids.some((f) => f.start < end && from < f.end)) continue;
      // A decimal amount (1250.00, 1250,00) is not an invoice no.
      if ((isPoint(message.charCodeAt(end)) && isDigitCode(message.charCodeAt(end + 1))) || (from >= 2 && isDigitCode(message.charCodeAt(from - 2)) && isPoint(message.charCodeAt(from - 1)))) continue;
      if (c.invoice(numberKey(token), 'message-invoice')) {
        named = true;
        continue;
      }
      if (!PART.test(token)) continue;
      for (const part of token.split(PART)) {
        if (HAS_DIGIT.test(part) && c.invoice(numberKey(part), 'message-invoice')) named = true;
      }
    }
    // An invoice no. announced by a keyword but not open: say so instead of "no reference".
    if (!named && cids.length === 0 && findReferences(message, { schemes: [] }).some((f) => f.kind === 'invoice')) {
      c.noEntry = true;
    }
  }
  // By amount only when nothing in the reference or the message pointed anywhere.
  if (!c.named && setup.matchByAmount) {
    const hit = ix.byAmount.get(p.payment.currency + SEP + String(p.minor));
    if (hit === null) c.amountNotUnique = true;
    else if (hit !== undefined && hit.remaining === hit.original) c.add(hit, 'amount');
    else if (hit !== undefined) c.noEntry = true;
  }
}

/**
 * One payment's allocation: one object for a whole run, reset per payment (no closures, no
 * garbage but the allocations themselves).
 */
class Allocator {
  /**
   * A scratch list, reused for every payment: its first `n` are this payment's allocations,
   * copied to an exact-size array at the end (never shortened, which would give up its storage).
   */
  readonly out: Allocation[] = [];
  n = 0;
  left: Minor = 0;
  found = false;
  last: EntryRec | undefined = undefined;

  /** Pays `rec` from what is left of the payment. */
  pay(p: PaymentRec, rec: EntryRec, method: MatchMethod): void {
    this.found = true;
    if (this.left === 0 || rec.remaining === 0) return;
    this.last = rec;
    const e = p.exponent;
    const before = rec.remaining;
    const take = before < this.left ? before : this.left;
    rec.remaining = minus(before, take);
    this.left = minus(this.left, take);
    const beforeText = before === rec.original ? rec.originalText : fromMinor(before, e);
    // The amount as text: the payment's or the entry's own string when it is all of either.
    const amount = take === p.minor ? p.amountText : take === before ? beforeText : fromMinor(take, e);
    this.out[this.n++] = {
      entryId: rec.id,
      customerNo: rec.customerNo,
      invoiceNo: rec.invoiceNo,
      method,
      amount,
      openBefore: beforeText,
      openAfter: rec.remaining === 0 ? zeroText(e) : fromMinor(rec.remaining, e),
    };
  }

  /**
   * Pays the entries `c` names from payment `p` and returns the allocations; `left` is then
   * what the payment has left, `found` whether any entry was found (paid or not).
   */
  allocate(p: PaymentRec, c: Collector, ix: Indexes, tolerance: Minor): readonly Allocation[] {
    const out = this.out;
    this.n = 0;
    this.left = p.minor;
    this.found = false;
    this.last = undefined;
    const count = c.count;
    if (count === 1) {
      this.pay(p, c.recs[0] as EntryRec, c.methods[0] as MatchMethod);
    } else if (count > 1) {
      const ordered = c.recs.slice(0, count).map((rec, k) => ({ rec, method: c.methods[k] as MatchMethod })).sort((a, b) => byKey(a.rec, b.rec));
      for (const cand of ordered) {
        if (this.left === 0) break;
        this.pay(p, cand.rec, cand.method);
      }
    } else if (c.customerList !== undefined) {
      const list = c.customerList;
      let cursor = ix.cursors.get(list) ?? 0;
      while (cursor < list.length && (list[cursor] as EntryRec).remaining === 0) cursor++;
      ix.cursors.set(list, cursor);
      this.found = true;
      for (let k = cursor; k < list.length && this.left > 0; k++) this.pay(p, list[k] as EntryRec, 'customer-cid');
    }
    // An underpayment within the tolerance closes the last entry.
    const n = this.n;
    const last = out[n - 1];
    const rec = this.last as EntryRec | undefined; // set by pay(), which TypeScript does not follow
    if (last !== undefined && rec !== undefined && this.left === 0 && tolerance > 0) {
      if (rec.remaining > 0 && rec.remaining <= tolerance) {
        out[n - 1] = { ...last, writtenOff: fromMinor(rec.remaining, p.exponent), openAfter: zeroText(p.exponent) };
        rec.remaining = 0;
      }
    }
    return n === 0 ? NO_ALLOCATIONS : n === 1 ? [out[0] as Allocation] : out.slice(0, n);
  }
}

function outcomeOf(p: PaymentRec, c: Collector, allocations: readonly Allocation[], left: Minor, foundButPaid: boolean, tolerance: Minor, voucherId: string): PaymentOutcome {
  const e = p.exponent;
  const zero = zeroText(e);
  const amount = p.amountText;
  const paymentId = p.payment.id;
  const currency = p.payment.currency;
  if (allocations.length === 0) {
    const reason = c.reason(foundButPaid);
    return { paymentId, status: 'unmatched', fit: 'none', currency, amount, allocations, overpaymentWrittenOff: zero, unallocated: amount, reason, voucherId };
  }
  if (left !== 0 && left <= tolerance) {
    const overpaymentWrittenOff = fromMinor(left, e);
    return { paymentId, status: 'matched', fit: 'overpaid-within-tolerance', currency, amount, allocations, overpaymentWrittenOff, unallocated: zero, voucherId };
  }
  if (left !== 0) {
    const unallocated = fromMinor(left, e);
    return { paymentId, status: 'partly-matched', fit: 'overpaid', currency, amount, allocations, overpaymentWrittenOff: zero, unallocated, reason: 'matching/overpayment', voucherId };
  }
  const last = allocations[allocations.length - 1] as Allocation;
  const fit: PaymentFit = last.writtenOff !== undefined ? 'underpaid-within-tolerance' : last.openAfter === zero ? 'exact' : 'underpaid';
  return { paymentId, status: 'matched', fit, currency, amount, allocations, overpaymentWrittenOff: zero, unallocated: zero, voucherId };
}

/** What a check of the inputs gives: the recs of the good ones, every id, and each input's rec (position + 1, 0 when refused). */
interface Checked<T> {
  readonly recs: T[];
  readonly ids: unknown[];
  readonly recOf: Int32Array;
}

/** Checks every payment (issues pushed) and makes the recs of the good ones. */
function checkedPayments(
  payments: readonly IncomingPayment[],
  checked: CheckedSetup | undefined,
  accounts: ReadonlyMap<string, AccountRuntime>,
  accountKey: (account: string) => string,
  issues: EftkitIssue[],
): Checked<PaymentRec> {
  const recs: PaymentRec[] = [];
  // Ids are checked for repeats by sorting them (the sort gives the processing order too),
  // not with a map of a million ids.
  const ids: unknown[] = new Array<unknown>(payments.length);
  const recOf = new Int32Array(payments.length);
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i] as IncomingPayment;
    const minor = checkPayment(p, i, checked, accountKey, issues);
    ids[i] = p?.id;
    if (minor === undefined || checked === undefined) continue;
    const account = accounts.get(accountKey(p.receivingAccount)) as AccountRuntime;
    const exponent = currencyExponent(p.currency) as number;
    recOf[i] = recs.push({ payment: p, minor, exponent, amountText: textOf(minor, exponent, p.amount), date: p.bookingDate, id: p.id, account });
  }
  return { recs, ids, recOf };
}

/** Checks every open entry (issues pushed) and makes the recs of the good ones. */
function checkedEntries(openEntries: readonly OpenCustomerEntry[], issues: EftkitIssue[]): Checked<EntryRec> {
  const recs: EntryRec[] = [];
  const ids: unknown[] = new Array<unknown>(openEntries.length);
  const recOf = new Int32Array(openEntries.length);
  for (let i = 0; i < openEntries.length; i++) {
    const e = openEntries[i] as OpenCustomerEntry;
    const minor = checkEntry(e, i, issues);
    ids[i] = e?.id;
    if (minor === undefined) continue;
    const exponent = currencyExponent(e.currency) as number;
    recOf[i] = recs.push({
      entry: e,
      customer: mapKey(numberKey(e.customerNo)),
      customerNo: e.customerNo,
      invoiceNo: e.invoiceNo,
      currency: e.currency,
      exponent,
      original: minor,
      remaining: minor,
      originalText: textOf(minor, exponent, e.amount),
      date: e.dueDate ?? '~',
      id: e.id,
    });
  }
  return { recs, ids, recOf };
}

/**
 * Matches the payments in processing order: one outcome and one voucher each. (Each phase of a
 * run is a function of its own, so that V8 optimises it as a whole, not one loop at a time.)
 */
function matchInOrder(ordered: readonly PaymentRec[], checked: CheckedSetup, ix: Indexes): { outcomes: PaymentOutcome[]; vouchers: Voucher[] } {
  // Sized once: a million pushes would copy each list some twenty times.
  const outcomes = new Array<PaymentOutcome>(ordered.length);
  const vouchers = new Array<Voucher>(ordered.length);
  const collector = new Collector(ix);
  const allocator = new Allocator();
  const lineScratch: VoucherLine[] = [];
  for (let k = 0; k < ordered.length; k++) {
    const p = ordered[k] as PaymentRec;
    const tolerance = checked.tolerance.get(p.payment.currency) ?? 0;
    collect(collector, p, checked, ix);
    const allocations = allocator.allocate(p, collector, ix, tolerance);
    const foundButPaid = allocator.found && allocations.length === 0;
    const outcome = outcomeOf(p, collector, allocations, allocator.left, foundButPaid, tolerance, flat('IN-', p.payment.id));
    outcomes[k] = outcome;
    vouchers[k] = incomingVoucher(p.payment, p.account.bankGlAccount, outcome, checked, lineScratch);
  }
  return { outcomes, vouchers };
}

/** The entries whose open amount changed, in input order. */
function changedEntries(entryRecs: readonly EntryRec[]): EntryBalance[] {
  const entries: EntryBalance[] = [];
  for (let k = 0; k < entryRecs.length; k++) {
    const rec = entryRecs[k] as EntryRec;
    if (rec.remaining === rec.original) continue;
    entries.push({ entryId: rec.id, currency: rec.currency, openBefore: rec.originalText, openAfter: rec.remaining === 0 ? zeroText(rec.exponent) : fromMinor(rec.remaining, rec.exponent) });
  }
  return entries;
}

/**
 * Matches incoming payments against open customer entries and makes one balanced voucher per
 * payment, returning every input problem instead of throwing.
 *
 * Each payment is read with the factoring definitions of the account it came in on: its CID
 * (customer no. + invoice no., invoice no. alone, customer no. alone, or the whole CID against
 * the CID stored on the entry for `0;0`), then its message (CIDs in it, and open invoice numbers
 * standing in it as whole words), then, when `matchByAmount` is set and neither the reference
 * nor the message pointed anywhere, its amount when exactly one open entry has it (and is still
 * wholly open). The entries it names are paid in due-date
 * order (then entry id); what is left goes to the suspense account with a reason.
 *
 * Payments are processed by booking date, then payment id, and each one lowers the open amounts
 * the next one sees; entries sort by due date, then id. So the result does not depend on the
 * order of either input list. Every payment gets exactly one outcome and one voucher.
 *
 * Input problems (`matching/…`, `amount/…`, `cid/…` codes, with paths such as
 * `['payments', 3, 'amount']`): missing fields, amounts that are not positive or have too many
 * decimals, duplicate ids, payments to an account not in the setup, unusable definitions,
 * missing GL accounts.
 */
export function safeMatchIncomingPayments(
  payments: readonly IncomingPayment[],
  openEntries: readonly OpenCustomerEntry[],
  setup: MatchingSetup,
): Result<MatchingResult> {
  const issues: EftkitIssue[] = [];
  const checked = checkSetup(setup, issues);
  const accounts = new Map<string, AccountRuntime>();
  if (checked !== undefined) {
    for (const [key, a] of checked.accounts) accounts.set(key, { bankGlAccount: a.bankGlAccount, reader: new CompiledCidDefinitions(a.definitions) });
  }
  // Receiving accounts normalised once each (a file names few, a million times).
  const accountKeys = new Map<string, string>();
  const accountKey = (account: string): string => {
    let key = accountKeys.get(account);
    if (key === undefined) {
      key = normaliseAccount(account);
      if (accountKeys.size < 1024) accountKeys.set(account, key);
    }
    return key;
  };
  const { recs: paymentRecs, ids: paymentIds, recOf } = checkedPayments(payments, checked, accounts, accountKey, issues);
  const paymentOrder = idOrder(paymentIds);
  const repeatedPayments = repeatedIds(paymentIds, paymentOrder).map((r) => ({ index: r.index, issue: duplicateIdIssue('payment', r.id, r.first, ['payments', r.index]) }));
  let all = mergeByIndex(issues, repeatedPayments, 'payments');
  const { recs: entryRecs, ids: entryIds, recOf: entryRecOf } = checkedEntries(openEntries, all);
  const entryOrder = idOrder(entryIds);
  const repeatedEntries = repeatedIds(entryIds, entryOrder).map((r) => ({ index: r.index, issue: duplicateIdIssue('open entry', r.id, r.first, ['openEntries', r.index]) }));
  all = mergeByIndex(all, repeatedEntries, 'openEntries');
  if (all.length > 0 || checked === undefined) return fail(all);

  const ix = buildIndexes(inDateOrder(entryRecs, entryOrder, entryRecOf), checked.matchByAmount);
  const { outcomes, vouchers } = matchInOrder(inDateOrder(paymentRecs, paymentOrder, recOf), checked, ix);
  const entries = changedEntries(entryRecs);
  return ok({ outcomes, vouchers, entries });
}

/**
 * Matches incoming payments against open customer entries; see {@link safeMatchIncomingPayments}.
 *
 * @throws {MatchingError} with every issue when an input is not usable.
 */
export function matchIncomingPayments(
  payments: readonly IncomingPayment[],
  openEntries: readonly OpenCustomerEntry[],
  setup: MatchingSetup,
): MatchingResult {
  return unwrap(safeMatchIncomingPayments(payments, openEntries, setup), MatchingError);
}
