import { normaliseAccount } from '../cid';
import { fail, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { currencyExponent } from '../money';
import { Arena, arenaBytes } from './arena';
import { CompiledCidDefinitions } from './cid-reader';
import { Currencies, METHODS, Minors } from './columns';
import { checkedEntries, rankEntries, type EntryTable } from './entries';
import { MatchingError } from './errors';
import { dayNumber, idOrder, inDayOrder, mergeByIndex, repeatedIds } from './id-order';
import { Ledger } from './ledger';
import { fromMinor, minus, textOf, zeroText, type Minor } from './minor';
import { FOUND, LAST_CLOSED, Named, reasonOf, WRITTEN_OFF } from './naming';
import type { Allocation, EntryBalance, IncomingPayment, MatchingResult, MatchingSetup, MatchMethod, OpenCustomerEntry, PaymentFit, PaymentOutcome, Voucher, VoucherLine } from './types';
import { checkPayment, checkSetup, duplicateIdIssue, type CheckedSetup } from './validate';
import { incomingVoucher, receivablesLine } from './vouchers';

/*
 * After the checks (which index the entries) and the id and date orders, a run has these passes,
 * so that payments and entries, and their strings, are read in the order they were given (the
 * order a file's reader made them, and the order they lie in memory) wherever they can be:
 *   1. naming, payments in their given order: what each reference and message names (`Named`);
 *   2. allocation, in processing order (booking date, then id): how much of which entry each
 *      payment pays (`Ledger`), on numbers in typed arrays only;
 *   3a. entries in their given order: each paid entry's balance, and the allocations and
 *      receivables lines of the ledger items that paid it (`madeByEntry`);
 *   3b. payments in their given order: each outcome and voucher, put at its place in
 *      processing order (`writtenInOrder`).
 * Reading a million payments in processing order instead scatters every read over the heap,
 * and each reads slower the larger the heap (docs/benchmarks.md).
 */

interface AccountRuntime {
  readonly bankGlAccount: string;
  readonly reader: CompiledCidDefinitions;
}

/** The checked payments, by input index: every id, and for the good ones their amount, currency no., booking day and account. */
interface CheckedPayments {
  readonly ids: unknown[];
  readonly minor: Minors;
  readonly currency: Uint16Array;
  readonly day: Int32Array;
  readonly account: AccountRuntime[];
}

const NO_ALLOCATIONS: readonly Allocation[] = Object.freeze([]);

/** Checks every payment (issues pushed) and keeps what matching needs of the good ones. */
function checkedPayments(
  payments: readonly IncomingPayment[],
  checked: CheckedSetup | undefined,
  accounts: ReadonlyMap<string, AccountRuntime>,
  accountKey: (account: string) => string,
  currencies: Currencies,
  arena: Arena,
  issues: EftkitIssue[],
): CheckedPayments {
  const n = payments.length;
  // Ids are checked for repeats by sorting them (the sort gives the processing order too),
  // not with a map of a million ids.
  const ids: unknown[] = new Array<unknown>(n);
  const minor = new Minors(n, n, arena);
  const currency = arena.uint16(n);
  const day = arena.int32(n);
  const account: AccountRuntime[] = new Array<AccountRuntime>(n);
  for (let i = 0; i < n; i++) {
    const p = payments[i] as IncomingPayment;
    const amount = checkPayment(p, i, checked, accountKey, issues);
    ids[i] = p?.id;
    if (amount === undefined || checked === undefined) continue;
    minor.set(i, amount);
    currency[i] = currencies.of(p.currency);
    day[i] = dayNumber(p.bookingDate);
    account[i] = accounts.get(accountKey(p.receivingAccount)) as AccountRuntime;
  }
  return { ids, minor, currency, day, account };
}

/** Pass 1: what each payment names, in the given order. */
function namedByPayments(payments: readonly IncomingPayment[], cp: CheckedPayments, checked: CheckedSetup, t: EntryTable, arena: Arena): Named {
  const n = payments.length;
  const named = new Named(n, t, arena);
  for (let i = 0; i < n; i++) {
    const p = payments[i] as IncomingPayment;
    named.name(i, p, cp.currency[i] as number, cp.minor.get(i), (cp.account[i] as AccountRuntime).reader, checked.useMessage, checked.matchByAmount);
  }
  return named;
}

/** Pass 2: allocation in processing order (`order`: payment indices). */
function allocatedInOrder(order: Int32Array, cp: CheckedPayments, named: Named, t: EntryTable, currencies: Currencies, arena: Arena): Ledger {
  const ledger = new Ledger(cp.ids.length, t, arena);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    ledger.allocate(i, cp.minor.get(i), named, currencies.tolerances[cp.currency[i] as number] as Minor);
  }
  return ledger;
}

/**
 * What pass 3a made: the balances of the entries paid, and each ledger item's allocation and
 * receivables line, side by side (item j's at `2j` and `2j + 1`: writing reads both at once).
 */
interface MadeByEntry {
  readonly balances: EntryBalance[];
  readonly pairs: (Allocation | VoucherLine)[];
}

/**
 * Pass 3a, in the entries' given order: for every entry that was paid, its balance, and for each
 * ledger item that paid it the allocation and the receivables line, at the item's place. Each
 * entry and its strings are read where they lie, once, and writing a payment's result then only
 * picks up what was made here.
 */
function madeByEntry(t: EntryTable, ledger: Ledger, exponents: readonly number[], receivables: string, arena: Arena): MadeByEntry {
  const m = t.entries.length;
  const items = ledger.entries.length;
  // The ledger items by entry: a counting sort of their entry indexes.
  const start = arena.int32(m + 1);
  for (let j = 0; j < items; j++) (start[ledger.entries.at(j) + 1] as number)++;
  for (let e = 0; e < m; e++) start[e + 1] = (start[e + 1] as number) + (start[e] as number);
  const byEntry = arena.int32(items);
  const next = arena.int32(m);
  next.set(start.subarray(0, m));
  for (let j = 0; j < items; j++) {
    const e = ledger.entries.at(j);
    byEntry[(next[e] as number)++] = j;
  }
  // An entry is paid when a ledger item took from it (every item takes more than zero).
  let paid = 0;
  for (let e = 0; e < m; e++) if ((start[e + 1] as number) > (start[e] as number)) paid++;
  // Sized once, as the other lists of the result are.
  const balances = new Array<EntryBalance>(paid);
  let b = 0;
  const pairs = new Array<Allocation | VoucherLine>(2 * items);
  for (let e = 0; e < m; e++) {
    if ((start[e + 1] as number) === (start[e] as number)) continue;
    const remaining = t.remaining.get(e);
    const original = t.original.get(e);
    const entry = t.entries[e] as OpenCustomerEntry;
    const exponent = exponents[t.currency[e] as number] as number;
    const zero = zeroText(exponent);
    const originalText = textOf(original, exponent, entry.amount);
    balances[b++] = { entryId: entry.id, currency: entry.currency, openBefore: originalText, openAfter: remaining === 0 ? zero : fromMinor(remaining, exponent) };
    const { id: entryId, customerNo, invoiceNo } = entry;
    for (let k = start[e] as number; k < (start[e + 1] as number); k++) {
      const j = byEntry[k] as number;
      const before = ledger.before.get(j);
      const take = ledger.take.get(j);
      const after = minus(before, take);
      const openBefore = before === original ? originalText : fromMinor(before, exponent);
      // The amount as text: the entry's own string when it is all of it.
      const amount = take === before ? openBefore : fromMinor(take, exponent);
      const method = METHODS[ledger.methods.at(j)] as MatchMethod;
      const a: Allocation = ledger.writtenOff.has(j)
        ? { entryId, customerNo, invoiceNo, method, amount, openBefore, openAfter: zero, writtenOff: fromMinor(after, exponent) }
        : { entryId, customerNo, invoiceNo, method, amount, openBefore, openAfter: after === 0 ? zero : fromMinor(after, exponent) };
      pairs[2 * j] = a;
      pairs[2 * j + 1] = receivablesLine(a, receivables);
    }
  }
  return { balances, pairs };
}

function outcomeOf(
  paymentId: string,
  currency: string,
  exponent: number,
  amount: string,
  allocations: readonly Allocation[],
  left: Minor,
  flags: number,
  tolerance: Minor,
  voucherId: string,
): PaymentOutcome {
  const zero = zeroText(exponent);
  if (allocations.length === 0) {
    const reason = reasonOf(flags, (flags & FOUND) !== 0);
    return { paymentId, status: 'unmatched', fit: 'none', currency, amount, allocations, overpaymentWrittenOff: zero, unallocated: amount, reason, voucherId };
  }
  if (left !== 0 && left <= tolerance) {
    const overpaymentWrittenOff = fromMinor(left, exponent);
    return { paymentId, status: 'matched', fit: 'overpaid-within-tolerance', currency, amount, allocations, overpaymentWrittenOff, unallocated: zero, voucherId };
  }
  if (left !== 0) {
    const unallocated = fromMinor(left, exponent);
    return { paymentId, status: 'partly-matched', fit: 'overpaid', currency, amount, allocations, overpaymentWrittenOff: zero, unallocated, reason: 'matching/overpayment', voucherId };
  }
  // The last entry paid: closed within the tolerance, closed exactly, or left partly open.
  const fit: PaymentFit = (flags & WRITTEN_OFF) !== 0 ? 'underpaid-within-tolerance' : (flags & LAST_CLOSED) !== 0 ? 'exact' : 'underpaid';
  return { paymentId, status: 'matched', fit, currency, amount, allocations, overpaymentWrittenOff: zero, unallocated: zero, voucherId };
}

/** The allocations of ledger items `from` to `from + count - 1`, in an array of exactly that size. */
function allocationsAt(pairs: readonly (Allocation | VoucherLine)[], from: number, count: number): Allocation[] {
  const out = new Array<Allocation>(count);
  for (let k = 0; k < count; k++) out[k] = pairs[2 * (from + k)] as Allocation;
  return out;
}

/**
 * Pass 3b: each payment's outcome and voucher, written in the given order from what pass 3a
 * made, and put at the payment's place in processing order (`order`).
 */
function writtenInOrder(
  payments: readonly IncomingPayment[],
  order: Int32Array,
  cp: CheckedPayments,
  named: Named,
  ledger: Ledger,
  made: MadeByEntry,
  currencies: Currencies,
  checked: CheckedSetup,
  arena: Arena,
): { outcomes: PaymentOutcome[]; vouchers: Voucher[] } {
  const n = order.length;
  const place = arena.int32(n);
  for (let k = 0; k < n; k++) place[order[k] as number] = k;
  // Sized once: a million pushes would copy each list some twenty times.
  const outcomes = new Array<PaymentOutcome>(n);
  const vouchers = new Array<Voucher>(n);
  const lineScratch: VoucherLine[] = [];
  for (let i = 0; i < n; i++) {
    const p = payments[i] as IncomingPayment;
    const minor = cp.minor.get(i);
    const currency = cp.currency[i] as number;
    const exponent = currencies.exponents[currency] as number;
    const amountText = textOf(minor, exponent, p.amount);
    const flags = named.flags[i] as number;
    const from = ledger.at[i] as number;
    const count = ledger.count[i] as number;
    // Exact size: a list grown by push keeps room for 16 (this one is kept with the result).
    const allocations = count === 0 ? NO_ALLOCATIONS : count === 1 ? [made.pairs[2 * from] as Allocation] : allocationsAt(made.pairs, from, count);
    const tolerance = currencies.tolerances[currency] as Minor;
    // The voucher id as a join of two (the id is kept by the outcome anyway): no copy, and no
    // more room than a flat string.
    const outcome = outcomeOf(p.id, p.currency, exponent, amountText, allocations, ledger.left.get(i), flags, tolerance, 'IN-' + p.id);
    const at = place[i] as number;
    outcomes[at] = outcome;
    const writtenOff = (flags & WRITTEN_OFF) !== 0 ? count - 1 : -1;
    vouchers[at] = incomingVoucher(p, (cp.account[i] as AccountRuntime).bankGlAccount, outcome, checked, lineScratch, made.pairs, 2 * from + 1, writtenOff);
  }
  return { outcomes, vouchers };
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
  const currencies = new Currencies((c) => currencyExponent(c) as number, (c) => checked?.tolerance.get(c) ?? 0);
  // The typed arrays of the run, from one block (see Arena).
  const arena = new Arena(arenaBytes(payments.length, openEntries.length));
  const cp = checkedPayments(payments, checked, accounts, accountKey, currencies, arena, issues);
  const paymentIds = cp.ids;
  const paymentOrder = idOrder(paymentIds, arena);
  const repeatedPayments = repeatedIds(paymentIds, paymentOrder).map((r) => ({ index: r.index, issue: duplicateIdIssue('payment', r.id, r.first, ['payments', r.index]) }));
  let all = mergeByIndex(issues, repeatedPayments, 'payments');
  const t = checkedEntries(openEntries, currencies, checked?.matchByAmount === true, arena, all);
  const entryIds = t.ids;
  const entryOrder = idOrder(entryIds, arena);
  const repeatedEntries = repeatedIds(entryIds, entryOrder).map((r) => ({ index: r.index, issue: duplicateIdIssue('open entry', r.id, r.first, ['openEntries', r.index]) }));
  all = mergeByIndex(all, repeatedEntries, 'openEntries');
  if (all.length > 0 || checked === undefined) return fail(all);

  // From here on every input is good, and the orders hold every index.
  rankEntries(t, inDayOrder(entryOrder, t.day, arena));
  const named = namedByPayments(payments, cp, checked, t, arena);
  const order = inDayOrder(paymentOrder, cp.day, arena);
  const ledger = allocatedInOrder(order, cp, named, t, currencies, arena);
  const made = madeByEntry(t, ledger, currencies.exponents, checked.receivables, arena);
  const { outcomes, vouchers } = writtenInOrder(payments, order, cp, named, ledger, made, currencies, checked, arena);
  return ok({ outcomes, vouchers, entries: made.balances });
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
