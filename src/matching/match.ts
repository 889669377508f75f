import { normaliseAccount } from '../cid';
import { fail, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { currencyExponent } from '../money';
import { findReferences, normaliseReference } from '../references';
import { CompiledCidDefinitions, type CidReading } from './cid-reader';
import { MatchingError } from './errors';
import type { UnmatchedReason } from './messages';
import { fromMinor, numberKey } from './minor';
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
} from './types';
import { checkEntry, checkPayment, checkSetup, duplicateIdIssue, type CheckedSetup } from './validate';
import { incomingVoucher } from './vouchers';

/** An open entry while matching runs. */
interface EntryRec {
  readonly entry: OpenCustomerEntry;
  readonly exponent: number;
  readonly original: bigint;
  remaining: bigint;
  /** The open amount as the currency writes it (the input string when it already was). */
  readonly originalText: string;
  /** Due date (`~`, after every date, when missing), then id: the order entries are paid in. */
  readonly date: string;
  readonly id: string;
}

interface PaymentRec {
  readonly payment: IncomingPayment;
  readonly minor: bigint;
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

/** The indexes: each lookup is one Map access, so matching is linear. */
interface Indexes {
  /** customer no. + invoice no.: one entry, or a list when several share the key (kept small in memory) */
  readonly byParts: Map<string, Slot>;
  readonly byInvoice: Map<string, Slot>;
  /** customer no. + currency */
  readonly byCustomer: Map<string, EntryRec[]>;
  /** the CID stored on the entry, normalised */
  readonly byCid: Map<string, Slot>;
  /** currency + original amount: the entry, or null when several share it */
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

/** The amount in minor units as text, reusing `input` when it is already written that way. */
function textOf(minor: bigint, exponent: number, input: unknown): string {
  const text = fromMinor(minor, exponent);
  return text === input ? input : text;
}

const NO_ALLOCATIONS: readonly Allocation[] = Object.freeze([]);

type Slot = EntryRec | EntryRec[];

function push(map: Map<string, EntryRec[]>, key: string, rec: EntryRec): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [rec]);
  else list.push(rec);
}

function put(map: Map<string, Slot>, key: string, rec: EntryRec): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, rec);
  else if (Array.isArray(slot)) slot.push(rec);
  else map.set(key, [slot, rec]);
}

function listOf(slot: Slot | undefined): readonly EntryRec[] | undefined {
  return slot === undefined ? undefined : Array.isArray(slot) ? slot : [slot];
}

function buildIndexes(recs: readonly EntryRec[]): Indexes {
  const ix: Indexes = {
    byParts: new Map(),
    byInvoice: new Map(),
    byCustomer: new Map(),
    byCid: new Map(),
    byAmount: new Map(),
    ambiguous: new Set(),
    cursors: new Map(),
  };
  for (const rec of recs) {
    const e = rec.entry;
    const customer = numberKey(e.customerNo);
    const invoice = numberKey(e.invoiceNo);
    put(ix.byParts, customer + SEP + invoice, rec);
    put(ix.byInvoice, invoice, rec);
    push(ix.byCustomer, customer + SEP + e.currency, rec);
    if (e.cid !== undefined && e.cid.trim() !== '') put(ix.byCid, normaliseReference(e.cid), rec);
    const amountKey = e.currency + SEP + rec.original.toString();
    ix.byAmount.set(amountKey, ix.byAmount.has(amountKey) ? null : rec);
  }
  for (const map of [ix.byParts, ix.byInvoice, ix.byCustomer, ix.byCid]) {
    for (const list of map.values()) if (Array.isArray(list)) list.sort(byKey);
  }
  for (const list of ix.byInvoice.values()) {
    if (!Array.isArray(list)) continue;
    const first = numberKey((list[0] as EntryRec).entry.customerNo);
    if (list.some((r) => numberKey(r.entry.customerNo) !== first)) ix.ambiguous.add(list);
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

  /** Adds the entries of a list in the payment's currency; false when none is. */
  add(list: readonly EntryRec[], method: MatchMethod): boolean {
    let added = false;
    for (const rec of list) {
      if (rec.entry.currency !== this.currency) {
        this.flags.currency = true;
        continue;
      }
      added = true;
      if (!this.list.some((c) => c.rec === rec)) this.list.push({ rec, method });
    }
    return added;
  }

  /** Looks a CID reading up; true when it named an entry. */
  reading(r: CidReading, method: MatchMethod): boolean {
    const ix = this.ix;
    if (r.kind === 'whole') {
      const list = listOf(ix.byCid.get(r.cid));
      return list !== undefined && this.add(list, method === 'cid' ? 'whole-cid' : method);
    }
    if (r.customerNo !== undefined && r.invoiceNo !== undefined) {
      const list = listOf(ix.byParts.get(r.customerNo + SEP + r.invoiceNo));
      return list !== undefined && this.add(list, method);
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
    const slot = this.ix.byInvoice.get(key);
    if (slot === undefined) return false;
    if (this.ix.ambiguous.has(slot)) {
      this.flags.ambiguous = true;
      return false;
    }
    return this.add(listOf(slot) as readonly EntryRec[], method);
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
    const hit = ix.byAmount.get(p.payment.currency + SEP + p.minor.toString());
    if (hit === null) c.flags.amountNotUnique = true;
    else if (hit !== undefined && hit.remaining === hit.original) c.add([hit], 'amount');
    else if (hit !== undefined) c.flags.noEntry = true;
  }
  return c;
}

interface Applied {
  readonly allocations: Allocation[];
  readonly left: bigint;
  readonly foundButPaid: boolean;
}

function allocate(p: PaymentRec, c: Collector, ix: Indexes, tolerance: bigint): Applied {
  const allocations: Allocation[] = [];
  let left = p.minor;
  let found = false;
  let lastApplied: EntryRec | undefined;
  const e = p.exponent;
  const apply = (rec: EntryRec, method: MatchMethod): void => {
    found = true;
    if (left === 0n || rec.remaining === 0n) return;
    lastApplied = rec;
    const take = rec.remaining < left ? rec.remaining : left;
    const before = rec.remaining;
    rec.remaining -= take;
    left -= take;
    allocations.push({
      entryId: rec.entry.id,
      customerNo: rec.entry.customerNo,
      invoiceNo: rec.entry.invoiceNo,
      method,
      amount: fromMinor(take, e),
      openBefore: before === rec.original ? rec.originalText : fromMinor(before, e),
      openAfter: rec.remaining === 0n ? zeroText(e) : fromMinor(rec.remaining, e),
    });
  };
  if (c.list.length > 0) {
    const ordered = c.list.length > 1 ? [...c.list].sort((a, b) => byKey(a.rec, b.rec)) : c.list;
    for (const cand of ordered) {
      if (left === 0n) break;
      apply(cand.rec, cand.method);
    }
  } else if (c.customerList !== undefined) {
    const list = c.customerList;
    let cursor = ix.cursors.get(list) ?? 0;
    while (cursor < list.length && (list[cursor] as EntryRec).remaining === 0n) cursor++;
    ix.cursors.set(list, cursor);
    found = true;
    for (let k = cursor; k < list.length && left > 0n; k++) apply(list[k] as EntryRec, 'customer-cid');
  }
  // An underpayment within the tolerance closes the last entry.
  const last = allocations[allocations.length - 1];
  const rec = lastApplied;
  if (last !== undefined && rec !== undefined && left === 0n && tolerance > 0n) {
    if (rec.remaining > 0n && rec.remaining <= tolerance) {
      allocations[allocations.length - 1] = { ...last, writtenOff: fromMinor(rec.remaining, e), openAfter: zeroText(e) };
      rec.remaining = 0n;
    }
  }
  return { allocations, left, foundButPaid: found && allocations.length === 0 };
}

function outcomeOf(p: PaymentRec, c: Collector, applied: Applied, tolerance: bigint, voucherId: string): PaymentOutcome {
  const e = p.exponent;
  const zero = zeroText(e);
  const amount = p.amountText;
  const allocations = applied.allocations.length === 0 ? NO_ALLOCATIONS : applied.allocations;
  let status: PaymentOutcome['status'] = 'matched';
  let fit: PaymentFit;
  let overpaymentWrittenOff = zero;
  let unallocated = zero;
  let reason: UnmatchedReason | undefined;
  if (allocations.length === 0) {
    status = 'unmatched';
    fit = 'none';
    unallocated = amount;
    reason = reasonOf(c.flags, applied.foundButPaid);
  } else if (applied.left > 0n && applied.left <= tolerance) {
    fit = 'overpaid-within-tolerance';
    overpaymentWrittenOff = fromMinor(applied.left, e);
  } else if (applied.left > 0n) {
    status = 'partly-matched';
    fit = 'overpaid';
    unallocated = fromMinor(applied.left, e);
    reason = 'matching/overpayment';
  } else {
    const last = allocations[allocations.length - 1] as Allocation;
    fit = last.writtenOff !== undefined ? 'underpaid-within-tolerance' : last.openAfter === zero ? 'exact' : 'underpaid';
  }
  const outcome = { paymentId: p.payment.id, status, fit, currency: p.payment.currency, amount, allocations, overpaymentWrittenOff, unallocated, voucherId };
  return reason === undefined ? outcome : { ...outcome, reason };
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
  const paymentRecs: PaymentRec[] = [];
  const paymentIds = new Map<string, number>();
  payments.forEach((p, i) => {
    const minor = checkPayment(p, i, checked, issues);
    if (typeof p?.id === 'string') {
      const first = paymentIds.get(p.id);
      if (first !== undefined) issues.push(duplicateIdIssue('payment', p.id, first, ['payments', i]));
      else paymentIds.set(p.id, i);
    }
    if (minor === undefined || checked === undefined) return;
    const account = accounts.get(normaliseAccount(p.receivingAccount)) as AccountRuntime;
    const exponent = currencyExponent(p.currency) as number;
    paymentRecs.push({ payment: p, minor, exponent, amountText: textOf(minor, exponent, p.amount), date: p.bookingDate, id: p.id, account });
  });
  const entryRecs: EntryRec[] = [];
  const entryIds = new Map<string, number>();
  openEntries.forEach((e, i) => {
    const minor = checkEntry(e, i, issues);
    if (typeof e?.id === 'string') {
      const first = entryIds.get(e.id);
      if (first !== undefined) issues.push(duplicateIdIssue('open entry', e.id, first, ['openEntries', i]));
      else entryIds.set(e.id, i);
    }
    if (minor === undefined) return;
    const exponent = currencyExponent(e.currency) as number;
    entryRecs.push({ entry: e, exponent, original: minor, remaining: minor, originalText: textOf(minor, exponent, e.amount), date: e.dueDate ?? '~', id: e.id });
  });
  if (issues.length > 0 || checked === undefined) return fail(issues);

  const ix = buildIndexes(entryRecs);
  paymentRecs.sort(byKey);
  const outcomes: PaymentOutcome[] = [];
  const vouchers: Voucher[] = [];
  for (const p of paymentRecs) {
    const tolerance = checked.tolerance.get(p.payment.currency) ?? 0n;
    const c = collect(p, checked, ix);
    const applied = allocate(p, c, ix, tolerance);
    const outcome = outcomeOf(p, c, applied, tolerance, `IN-${p.payment.id}`);
    outcomes.push(outcome);
    vouchers.push(incomingVoucher(p.payment, p.account.bankGlAccount, outcome, checked));
  }
  const entries: EntryBalance[] = [];
  for (const rec of entryRecs) {
    if (rec.remaining === rec.original) continue;
    entries.push({ entryId: rec.entry.id, currency: rec.entry.currency, openBefore: rec.originalText, openAfter: rec.remaining === 0n ? zeroText(rec.exponent) : fromMinor(rec.remaining, rec.exponent) });
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
