import { normaliseAccount } from '../cid';
import { fail, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { currencyExponent } from '../money';
import { findReferences, normaliseReference } from '../references';
import { CompiledCidDefinitions, type CidReading } from './cid-reader';
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
  /** customer no. + currency */
  readonly byCustomer: Map<string, EntryRec[]>;
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
const TOKEN = /[0-9A-Za-z]+(?:[-/][0-9A-Za-z]+)*/g;
const HAS_DIGIT = /\d/;
const DATE_TOKEN = /^\d{4}-\d{2}-\d{2}$/;
const PART = /[-/]/;

/** Orders by date, then id (compared in place: no key strings are built). */
const byKey = (a: { date: string; id: string }, b: { date: string; id: string }): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The payments in processing order (booking date, then id), as `sort(byKey)` would give them:
 * `order` is every payment by id ({@link idOrder}), `recOf` a payment's rec (position + 1, 0
 * for a refused payment); the recs are taken in that order into one list per booking date
 * (a file has few), and the dates put in order.
 */
function processingOrder(recs: readonly PaymentRec[], order: Int32Array, recOf: Int32Array): PaymentRec[] {
  const byDate = new Map<string, PaymentRec[]>();
  for (let k = 0; k < order.length; k++) {
    const at = recOf[order[k] as number] as number;
    if (at === 0) continue;
    const r = recs[at - 1] as PaymentRec;
    const list = byDate.get(r.date);
    if (list === undefined) byDate.set(r.date, [r]);
    else list.push(r);
  }
  const dates = [...byDate.keys()].sort();
  if (dates.length === 1) return byDate.get(dates[0] as string) as PaymentRec[];
  const out: PaymentRec[] = [];
  for (const date of dates) for (const r of byDate.get(date) as PaymentRec[]) out.push(r);
  return out;
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

function push(map: Map<string, EntryRec[]>, key: string, rec: EntryRec): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [rec]);
  else list.push(rec);
}

function put<K>(map: Map<K, Slot>, key: K, rec: EntryRec): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, rec);
  else if (Array.isArray(slot)) slot.push(rec);
  else map.set(key, [slot, rec]);
}

function buildIndexes(recs: readonly EntryRec[], byAmount: boolean): Indexes {
  const ix: Indexes = {
    byInvoice: new Map(),
    byCustomer: new Map(),
    byCid: new Map(),
    byAmount: new Map(),
    ambiguous: new Set(),
    cursors: new Map(),
  };
  for (const rec of recs) {
    const e = rec.entry;
    put(ix.byInvoice, mapKey(numberKey(e.invoiceNo)), rec);
    push(ix.byCustomer, String(rec.customer) + SEP + e.currency, rec);
    if (e.cid !== undefined && e.cid.trim() !== '') put(ix.byCid, normaliseReference(e.cid), rec);
    if (byAmount) {
      const amountKey = e.currency + SEP + String(rec.original);
      ix.byAmount.set(amountKey, ix.byAmount.has(amountKey) ? null : rec);
    }
  }
  for (const map of [ix.byInvoice, ix.byCustomer, ix.byCid]) {
    for (const list of map.values()) if (Array.isArray(list)) list.sort(byKey);
  }
  for (const list of ix.byInvoice.values()) {
    if (!Array.isArray(list)) continue;
    const first = (list[0] as EntryRec).customer;
    if (list.some((r) => r.customer !== first)) ix.ambiguous.add(list);
  }
  return ix;
}

/** What was noticed while looking for entries: the reason when nothing could be applied. */
interface Flags {
  notUnderstood: boolean;
  noEntry: boolean;
  ambiguous: boolean;
  currency: boolean;
  amountNotUnique: boolean;
}

function reasonOf(flags: Flags, foundButPaid: boolean): UnmatchedReason {
  if (foundButPaid) return 'matching/already-settled';
  if (flags.currency) return 'matching/currency-mismatch';
  if (flags.ambiguous) return 'matching/ambiguous-invoice';
  if (flags.amountNotUnique) return 'matching/amount-not-unique';
  if (flags.noEntry) return 'matching/no-open-entry';
  if (flags.notUnderstood) return 'matching/reference-not-understood';
  return 'matching/no-reference';
}

interface Candidate {
  readonly rec: EntryRec;
  readonly method: MatchMethod;
}

class Collector {
  readonly list: Candidate[] = [];
  customerList: EntryRec[] | undefined;
  readonly flags: Flags = { notUnderstood: false, noEntry: false, ambiguous: false, currency: false, amountNotUnique: false };
  constructor(
    private readonly ix: Indexes,
    private readonly currency: string,
  ) {}

  /** Adds the entries of a slot (of `customer` only, when given) in the payment's currency; false when none is. */
  add(slot: Slot, method: MatchMethod, customer?: string | number): boolean {
    if (!Array.isArray(slot)) return this.addOne(slot, method, customer);
    let added = false;
    for (const rec of slot) if (this.addOne(rec, method, customer)) added = true;
    return added;
  }

  private addOne(rec: EntryRec, method: MatchMethod, customer: string | number | undefined): boolean {
    if (customer !== undefined && rec.customer !== customer) return false;
    if (rec.currency !== this.currency) {
      this.flags.currency = true;
      return false;
    }
    for (const c of this.list) if (c.rec === rec) return true;
    this.list.push({ rec, method });
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
      const list = ix.byCustomer.get(r.customerNo + SEP + this.currency);
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
      this.flags.ambiguous = true;
      return false;
    }
    return this.add(slot, method);
  }

  /** The first reading that names an entry wins; true when one did. */
  readings(readings: readonly CidReading[], method: MatchMethod): boolean {
    for (const r of readings) if (this.reading(r, method)) return true;
    return false;
  }
}

function collect(p: PaymentRec, setup: CheckedSetup, ix: Indexes): Collector {
  const c = new Collector(ix, p.payment.currency);
  const reader = p.account.reader;
  const reference = p.payment.reference;
  if (reference !== undefined && reference.trim() !== '') {
    const readings = reader.read(reference);
    if (readings.length === 0) c.flags.notUnderstood = true;
    else if (!c.readings(readings, 'cid')) c.flags.noEntry = true;
  }
  const message = p.payment.message;
  if (setup.useMessage && message !== undefined && message.trim() !== '') {
    const cids = reader.find(message);
    let named = false;
    for (const found of cids) {
      if (c.readings(found.readings, 'message-cid')) named = true;
      else c.flags.noEntry = true;
    }
    for (const m of message.matchAll(TOKEN)) {
      const token = m[0];
      const start = m.index;
      const end = start + token.length;
      if (!HAS_DIGIT.test(token) || DATE_TOKEN.test(token)) continue;
      if (cids.some((f) => f.start < end && start < f.end)) continue;
      // A decimal amount (1250.00, 1250,00) is not an invoice no.
      if (/^[.,]\d/.test(message.slice(end, end + 2)) || /\d[.,]$/.test(message.slice(Math.max(0, start - 2), start))) continue;
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
      c.flags.noEntry = true;
    }
  }
  // By amount only when nothing in the reference or the message pointed anywhere.
  const f = c.flags;
  const named = f.notUnderstood || f.noEntry || f.ambiguous || f.currency || c.list.length > 0 || c.customerList !== undefined;
  if (!named && setup.matchByAmount) {
    const hit = ix.byAmount.get(p.payment.currency + SEP + String(p.minor));
    if (hit === null) c.flags.amountNotUnique = true;
    else if (hit !== undefined && hit.remaining === hit.original) c.add(hit, 'amount');
    else if (hit !== undefined) c.flags.noEntry = true;
  }
  return c;
}

interface Applied {
  readonly allocations: readonly Allocation[];
  readonly left: Minor;
  readonly foundButPaid: boolean;
}

/** One payment's allocation in progress (one object per payment, no closures). */
interface AllocationState {
  readonly p: PaymentRec;
  /** A scratch list, reused for every payment; copied to an exact-size array at the end. */
  readonly out: Allocation[];
  left: Minor;
  found: boolean;
  last: EntryRec | undefined;
}

/** Pays `rec` from what is left of the payment. */
function payEntry(st: AllocationState, rec: EntryRec, method: MatchMethod): void {
  st.found = true;
  if (st.left === 0 || rec.remaining === 0) return;
  st.last = rec;
  const e = st.p.exponent;
  const before = rec.remaining;
  const take = before < st.left ? before : st.left;
  rec.remaining = minus(before, take);
  st.left = minus(st.left, take);
  const beforeText = before === rec.original ? rec.originalText : fromMinor(before, e);
  // The amount as text: the payment's or the entry's own string when it is all of either.
  const amount = take === st.p.minor ? st.p.amountText : take === before ? beforeText : fromMinor(take, e);
  st.out.push({
    entryId: rec.id,
    customerNo: rec.customerNo,
    invoiceNo: rec.invoiceNo,
    method,
    amount,
    openBefore: beforeText,
    openAfter: rec.remaining === 0 ? zeroText(e) : fromMinor(rec.remaining, e),
  });
}

function allocate(p: PaymentRec, c: Collector, ix: Indexes, tolerance: Minor, scratch: Allocation[]): Applied {
  scratch.length = 0;
  const st: AllocationState = { p, out: scratch, left: p.minor, found: false, last: undefined };
  if (c.list.length > 0) {
    const ordered = c.list.length > 1 ? [...c.list].sort((a, b) => byKey(a.rec, b.rec)) : c.list;
    for (const cand of ordered) {
      if (st.left === 0) break;
      payEntry(st, cand.rec, cand.method);
    }
  } else if (c.customerList !== undefined) {
    const list = c.customerList;
    let cursor = ix.cursors.get(list) ?? 0;
    while (cursor < list.length && (list[cursor] as EntryRec).remaining === 0) cursor++;
    ix.cursors.set(list, cursor);
    st.found = true;
    for (let k = cursor; k < list.length && st.left > 0; k++) payEntry(st, list[k] as EntryRec, 'customer-cid');
  }
  // An underpayment within the tolerance closes the last entry.
  const n = scratch.length;
  const last = scratch[n - 1];
  const rec = st.last;
  if (last !== undefined && rec !== undefined && st.left === 0 && tolerance > 0) {
    if (rec.remaining > 0 && rec.remaining <= tolerance) {
      scratch[n - 1] = { ...last, writtenOff: fromMinor(rec.remaining, p.exponent), openAfter: zeroText(p.exponent) };
      rec.remaining = 0;
    }
  }
  const allocations = n === 0 ? NO_ALLOCATIONS : n === 1 ? [scratch[0] as Allocation] : scratch.slice();
  return { allocations, left: st.left, foundButPaid: st.found && n === 0 };
}

function outcomeOf(p: PaymentRec, c: Collector, applied: Applied, tolerance: Minor, voucherId: string): PaymentOutcome {
  const e = p.exponent;
  const zero = zeroText(e);
  const amount = p.amountText;
  const allocations = applied.allocations;
  const paymentId = p.payment.id;
  const currency = p.payment.currency;
  if (allocations.length === 0) {
    const reason = reasonOf(c.flags, applied.foundButPaid);
    return { paymentId, status: 'unmatched', fit: 'none', currency, amount, allocations, overpaymentWrittenOff: zero, unallocated: amount, reason, voucherId };
  }
  const left = applied.left;
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
  const paymentRecs: PaymentRec[] = [];
  // Ids are checked for repeats by sorting them (the sort gives the processing order too),
  // not with a map of a million ids.
  const paymentIds: unknown[] = new Array<unknown>(payments.length);
  const recOf = new Int32Array(payments.length);
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i] as IncomingPayment;
    const minor = checkPayment(p, i, checked, accountKey, issues);
    paymentIds[i] = p?.id;
    if (minor === undefined || checked === undefined) continue;
    const account = accounts.get(accountKey(p.receivingAccount)) as AccountRuntime;
    const exponent = currencyExponent(p.currency) as number;
    recOf[i] = paymentRecs.push({ payment: p, minor, exponent, amountText: textOf(minor, exponent, p.amount), date: p.bookingDate, id: p.id, account });
  }
  const paymentOrder = idOrder(paymentIds);
  const repeatedPayments = repeatedIds(paymentIds, paymentOrder).map((r) => ({ index: r.index, issue: duplicateIdIssue('payment', r.id, r.first, ['payments', r.index]) }));
  let all = mergeByIndex(issues, repeatedPayments, 'payments');
  const entryRecs: EntryRec[] = [];
  const entryIds: unknown[] = new Array<unknown>(openEntries.length);
  for (let i = 0; i < openEntries.length; i++) {
    const e = openEntries[i] as OpenCustomerEntry;
    const minor = checkEntry(e, i, all);
    entryIds[i] = e?.id;
    if (minor === undefined) continue;
    const exponent = currencyExponent(e.currency) as number;
    entryRecs.push({
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
  const repeatedEntries = repeatedIds(entryIds, idOrder(entryIds)).map((r) => ({ index: r.index, issue: duplicateIdIssue('open entry', r.id, r.first, ['openEntries', r.index]) }));
  all = mergeByIndex(all, repeatedEntries, 'openEntries');
  if (all.length > 0 || checked === undefined) return fail(all);

  const ix = buildIndexes(entryRecs, checked.matchByAmount);
  const outcomes: PaymentOutcome[] = [];
  const vouchers: Voucher[] = [];
  const scratch: Allocation[] = [];
  const lineScratch: VoucherLine[] = [];
  for (const p of processingOrder(paymentRecs, paymentOrder, recOf)) {
    const tolerance = checked.tolerance.get(p.payment.currency) ?? 0;
    const c = collect(p, checked, ix);
    const applied = allocate(p, c, ix, tolerance, scratch);
    const outcome = outcomeOf(p, c, applied, tolerance, flat('IN-', p.payment.id));
    outcomes.push(outcome);
    vouchers.push(incomingVoucher(p.payment, p.account.bankGlAccount, outcome, checked, lineScratch));
  }
  const entries: EntryBalance[] = [];
  for (const rec of entryRecs) {
    if (rec.remaining === rec.original) continue;
    entries.push({ entryId: rec.id, currency: rec.currency, openBefore: rec.originalText, openAfter: rec.remaining === 0 ? zeroText(rec.exponent) : fromMinor(rec.remaining, rec.exponent) });
  }
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
