import { fail, issue, ok, prefixIssues, unwrap, type EftkitIssue, type Result } from '../errors';
import { currencyExponent, parseAmount } from '../money';
import { MatchingError } from './errors';
import { MATCHING_MESSAGES as M } from './messages';
import { fromMinor, toMinor } from './minor';
import { SettlementSetupSchema, SettlementToPostSchema, zodToIssues } from './schemas';
import type { Allocation, IncomingPayment, PaymentOutcome, SettlementSetup, SettlementToPost, Voucher, VoucherLine } from './types';
import { positiveMinor } from './validate';

/** The GL accounts an incoming voucher needs. @internal */
export interface IncomingAccounts {
  readonly receivables: string;
  readonly suspense: string;
  readonly writeOff: string | undefined;
}

/**
 * Joins texts into one flat string (a template literal would keep a tree of its parts alive in
 * every voucher line). @internal
 */
export function flat(...parts: string[]): string {
  return parts.join('');
}

/**
 * The receivables line that pays an invoice: a credit of the allocation's amount, naming the
 * entry. @internal
 */
export function receivablesLine(a: Allocation, receivables: string): VoucherLine {
  const text = flat('Invoice ', a.invoiceNo, ', customer ', a.customerNo);
  return { account: receivables, side: 'credit', amount: a.amount, text, entryId: a.entryId, customerNo: a.customerNo, invoiceNo: a.invoiceNo };
}

/**
 * The lines of a voucher as an exact-size list. Two and three lines (nearly every payment) are
 * array literals: V8 can learn that what such a site makes lives long and allocate it with the
 * long-lived objects at once, where a copied list is always made young and copied again later.
 */
function exactLines(scratch: readonly VoucherLine[]): VoucherLine[] {
  if (scratch.length === 2) return [scratch[0] as VoucherLine, scratch[1] as VoucherLine];
  if (scratch.length === 3) return [scratch[0] as VoucherLine, scratch[1] as VoucherLine, scratch[2] as VoucherLine];
  return scratch.slice();
}

/**
 * The voucher of one payment: debit the bank GL account with the payment; credit the customer
 * (receivables) for each entry paid, naming it; a write-off line pair for an underpayment within
 * the tolerance, a write-off credit for an overpayment within it; the rest to suspense with the
 * reason. `scratch` is reused between payments; the voucher gets an exact-size copy.
 * The receivables line of allocation k, made already, is at `pairs[first + 2k]`; `writtenOff` is
 * the allocation written off (if any, else -1), so that the allocations are not read again.
 * @internal
 */
export function incomingVoucher(
  payment: IncomingPayment,
  bankGlAccount: string,
  outcome: PaymentOutcome,
  accounts: IncomingAccounts,
  scratch: VoucherLine[],
  pairs: readonly (Allocation | VoucherLine)[],
  first: number,
  writtenOff: number,
): Voucher {
  scratch.length = 0;
  // Two parts, one of them the payment's id, which the result keeps anyway: joined, they take
  // no more room than a flat copy would, and nothing is copied.
  const text = payment.debtorName === undefined ? 'Payment ' + payment.id : flat('Payment ', payment.id, ' from ', payment.debtorName);
  scratch.push({ account: bankGlAccount, side: 'debit', amount: outcome.amount, text });
  const allocations = outcome.allocations;
  for (let k = 0; k < allocations.length; k++) {
    scratch.push(pairs[first + 2 * k] as VoucherLine);
    if (k !== writtenOff) continue;
    const a = allocations[k] as Allocation;
    if (a.writtenOff !== undefined) {
      const writeOffText = flat('Underpayment within tolerance, invoice ', a.invoiceNo);
      const names = { entryId: a.entryId, customerNo: a.customerNo, invoiceNo: a.invoiceNo };
      scratch.push({ account: accounts.writeOff as string, side: 'debit', amount: a.writtenOff, text: writeOffText, ...names });
      scratch.push({ account: accounts.receivables, side: 'credit', amount: a.writtenOff, text: writeOffText, ...names });
    }
  }
  if (outcome.fit === 'overpaid-within-tolerance') {
    scratch.push({ account: accounts.writeOff as string, side: 'credit', amount: outcome.overpaymentWrittenOff, text: flat('Overpayment within tolerance, payment ', payment.id) });
  }
  if (outcome.reason !== undefined) {
    scratch.push({ account: accounts.suspense, side: 'credit', amount: outcome.unallocated, text: M.reasons[outcome.reason], reason: outcome.reason });
  }
  return { id: outcome.voucherId, kind: 'incoming-payment', sourceId: payment.id, date: payment.bookingDate, currency: payment.currency, lines: exactLines(scratch) };
}

interface CheckedSettlement {
  readonly s: SettlementToPost;
  readonly exponent: number;
  readonly amount: bigint;
  readonly charges: bigint;
  readonly ledger?: { readonly currency: string; readonly exponent: number; readonly settled: bigint; readonly charges: bigint; readonly entry: bigint };
}

function nonNegativeMinor(text: string | undefined, currency: string, at: readonly (string | number)[], field: string, issues: EftkitIssue[]): bigint {
  if (text === undefined) return 0n;
  const exponent = currencyExponent(currency) ?? 0;
  const minor = toMinor(text, exponent);
  if (minor === undefined) {
    issues.push(issue('matching/invalid-amount', M.invalidAmount(`"${text}" is below zero or has more than ${exponent} decimals for ${currency}`), [...at, field]));
    return 0n;
  }
  return minor;
}

function checkSettlement(s: SettlementToPost, index: number, issues: EftkitIssue[]): CheckedSettlement | undefined {
  const at = ['settlements', index];
  const parsed = SettlementToPostSchema.safeParse(s);
  if (!parsed.success) {
    issues.push(...zodToIssues(parsed.error, at));
    return undefined;
  }
  const before = issues.length;
  const exponent = currencyExponent(s.currency) as number;
  const amount = positiveMinor(s.amount, s.currency, at, 'settled amount', issues);
  const charges = nonNegativeMinor(s.charges, s.currency, at, 'charges', issues);
  let ledger: CheckedSettlement['ledger'];
  if (s.ledger !== undefined && amount !== undefined) {
    const l = s.ledger;
    const lat = [...at, 'ledger'];
    if (l.currency === s.currency) issues.push(issue('matching/ledger-currency-same', M.ledgerCurrencySame(l.currency), [...lat, 'currency']));
    if (!/[1-9]/.test(l.rate)) issues.push(issue('matching/invalid-rate', M.invalidRate(l.rate), [...lat, 'rate']));
    if (issues.length === before) {
      const lexp = currencyExponent(l.currency) as number;
      const convert = (minor: bigint): bigint => parseAmount(fromMinor(minor, exponent), s.currency).convert(l.rate, l.currency).toMinorUnits();
      const settled = l.amount === undefined ? convert(amount) : positiveMinor(l.amount, l.currency, lat, 'ledger amount', issues);
      const entry = l.entryAmount === undefined ? settled : positiveMinor(l.entryAmount, l.currency, lat, 'ledger amount of the entry', issues, 'entryAmount');
      if (settled !== undefined && entry !== undefined) ledger = { currency: l.currency, exponent: lexp, settled, charges: convert(charges), entry };
    }
  }
  if (issues.length > before || amount === undefined) return undefined;
  return { s, exponent, amount, charges, ...(ledger === undefined ? {} : { ledger }) };
}

function settlementVoucher(c: CheckedSettlement, payables: string, chargesAccount: string | undefined, difference: string | undefined): Voucher {
  const { s, exponent: e, ledger } = c;
  const names = { entryId: s.openEntryId, supplierNo: s.supplierNo };
  const lf = (minor: bigint): { ledgerAmount?: string } => (ledger === undefined ? {} : { ledgerAmount: fromMinor(minor, ledger.exponent) });
  const lines: VoucherLine[] = [
    { account: payables, side: 'debit', amount: fromMinor(c.amount, e), ...lf(ledger?.entry ?? 0n), text: `Settlement ${s.lineId}, supplier ${s.supplierNo}`, ...names },
  ];
  if (c.charges > 0n) {
    lines.push({ account: chargesAccount as string, side: 'debit', amount: fromMinor(c.charges, e), ...lf(ledger?.charges ?? 0n), text: `Bank charges, settlement ${s.lineId}`, ...names });
  }
  lines.push({
    account: s.bankGlAccount,
    side: 'credit',
    amount: fromMinor(c.amount + c.charges, e),
    ...lf((ledger?.settled ?? 0n) + (ledger?.charges ?? 0n)),
    text: `Settlement ${s.lineId}, supplier ${s.supplierNo}`,
    ...names,
  });
  if (ledger !== undefined && ledger.settled !== ledger.entry) {
    const diff = ledger.settled - ledger.entry;
    lines.push({
      account: difference as string,
      side: diff > 0n ? 'debit' : 'credit',
      amount: fromMinor(0n, e),
      ledgerAmount: fromMinor(diff > 0n ? diff : -diff, ledger.exponent),
      text: `Exchange-rate ${diff > 0n ? 'loss' : 'gain'}, settlement ${s.lineId}`,
      ...names,
    });
  }
  return {
    id: s.voucherId ?? `ST-${s.lineId}`,
    kind: 'settlement',
    sourceId: s.lineId,
    date: s.date,
    currency: s.currency,
    ...(ledger === undefined ? {} : { ledgerCurrency: ledger.currency }),
    lines,
  };
}

/**
 * Makes the voucher of each settled supplier payment, returning every input problem instead of
 * throwing: debit accounts payable (naming the supplier and the open entry) with the settled
 * amount, debit the charges account with the bank charges, credit the bank partner's bank GL
 * account with both. For a foreign-currency settlement each line also carries its ledger-currency
 * amount (the amount × rate, rounded half-even, unless the bank's figure is given), and a line on
 * the exchange-rate difference account takes the difference between the settled amount and the
 * entry's booked ledger amount. Every voucher balances in both currencies.
 *
 * Input problems: missing fields, amounts that are not positive or have too many decimals, a
 * ledger currency equal to the settlement's, a zero rate, duplicate voucher ids (`voucherId`, by
 * default `ST-<lineId>`), a missing payables
 * (charges, exchange-difference) GL account.
 */
export function safePostSettlements(settlements: readonly SettlementToPost[], setup: SettlementSetup): Result<Voucher[]> {
  const issues: EftkitIssue[] = [];
  const parsedSetup = SettlementSetupSchema.safeParse(setup);
  if (!parsedSetup.success) issues.push(...zodToIssues(parsedSetup.error, ['setup']));
  const gl = parsedSetup.success ? parsedSetup.data.glAccounts : {};
  const checked: CheckedSettlement[] = [];
  const ids = new Map<string, number>();
  settlements.forEach((s, i) => {
    const c = checkSettlement(s, i, issues);
    // Voucher ids must be unique: by default `ST-<lineId>`, so one settlement per line.
    const id = typeof s?.voucherId === 'string' ? s.voucherId : typeof s?.lineId === 'string' ? `ST-${s.lineId}` : undefined;
    if (id !== undefined) {
      const first = ids.get(id);
      const byVoucher = typeof s.voucherId === 'string';
      if (first !== undefined) {
        issues.push(issue('matching/duplicate-id', M.duplicateId(byVoucher ? 'voucher' : 'payment line', byVoucher ? id : s.lineId, first), ['settlements', i, byVoucher ? 'voucherId' : 'lineId']));
      } else ids.set(id, i);
    }
    if (c !== undefined) checked.push(c);
  });
  if (parsedSetup.success) {
    const need: EftkitIssue[] = [];
    if (gl.payables === undefined && settlements.length > 0) {
      need.push(issue('matching/missing-gl-account', M.missingGlAccount('payables (supplier)', 'to post settlements'), ['glAccounts', 'payables']));
    }
    if (gl.charges === undefined && checked.some((c) => c.charges > 0n)) {
      need.push(issue('matching/missing-gl-account', M.missingGlAccount('bank charges', 'for settlements with charges'), ['glAccounts', 'charges']));
    }
    if (gl.currencyDifference === undefined && checked.some((c) => c.ledger !== undefined && c.ledger.settled !== c.ledger.entry)) {
      need.push(issue('matching/missing-gl-account', M.missingGlAccount('exchange-rate difference', 'when ledger amounts differ'), ['glAccounts', 'currencyDifference']));
    }
    issues.push(...prefixIssues(['setup'], need));
  }
  if (issues.length > 0) return fail(issues);
  return ok(checked.map((c) => settlementVoucher(c, gl.payables as string, gl.charges, gl.currencyDifference)));
}

/**
 * Makes the voucher of each settled supplier payment; see {@link safePostSettlements}.
 *
 * @throws {MatchingError} with every issue when an input is not usable.
 */
export function postSettlements(settlements: readonly SettlementToPost[], setup: SettlementSetup): Voucher[] {
  return unwrap(safePostSettlements(settlements, setup), MatchingError);
}
