import { isIsoDate } from '../calendar';
import { normaliseAccount, safeCreateCidRegistry, type FactoringDefinition } from '../cid';
import { issue, prefixIssues, type EftkitIssue } from '../errors';
import { Amount, currencyExponent, isCurrencyCode, safeParseAmount } from '../money';
import { ISO_AMOUNT } from '../money/amount';
import { MATCHING_MESSAGES as M } from './messages';
import { compactMinor, minorOfPlain, toMinor, type Minor } from './minor';
import { IncomingPaymentSchema, MatchingSetupSchema, OpenCustomerEntrySchema, zodToIssues } from './schemas';
import type { GlAccounts, IncomingPayment, MatchingSetup, OpenCustomerEntry } from './types';

/** A receiving account ready for matching. @internal */
export interface CheckedAccount {
  readonly bankGlAccount: string;
  readonly definitions: readonly FactoringDefinition[];
}

/** The setup checked. @internal */
export interface CheckedSetup {
  readonly accounts: ReadonlyMap<string, CheckedAccount>;
  readonly receivables: string;
  readonly suspense: string;
  readonly writeOff: string | undefined;
  /** Tolerance in minor units per currency. */
  readonly tolerance: ReadonlyMap<string, Minor>;
  readonly matchByAmount: boolean;
  readonly useMessage: boolean;
}

/**
 * The amount of `value` in minor units of `currency` when it is a positive amount with at most
 * the currency's decimals; otherwise the issues (path `[...at, 'amount']`). @internal
 */
export function positiveMinor(
  value: unknown,
  currency: string,
  at: readonly (string | number)[],
  what: string,
  issues: EftkitIssue[],
  field = 'amount',
): bigint | undefined {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) return undefined; // the currency issue is already reported
  let minor: bigint | undefined;
  if (value instanceof Amount) {
    if (value.currency !== currency) {
      issues.push(issue('matching/invalid-amount', M.invalidAmount(`it is in ${value.currency}, the payment in ${currency}`), [...at, field]));
      return undefined;
    }
    minor = value.toMinorUnits();
  } else if (typeof value === 'string') {
    minor = toMinor(value, exponent);
    if (minor === undefined) {
      const parsed = safeParseAmount(value, currency);
      if (!parsed.ok) {
        issues.push(...prefixIssues(at, parsed.issues.map((i) => (field === 'amount' ? i : { ...i, path: [field] }))));
        return undefined;
      }
      minor = parsed.value.toMinorUnits(); // negative: reported below
    }
  } else {
    return undefined;
  }
  if (minor <= 0n) {
    issues.push(issue('matching/amount-not-positive', M.amountNotPositive(what, String(value)), [...at, field]));
    return undefined;
  }
  return minor;
}

/** Checks the setup; issues under `['setup', …]`. @internal */
export function checkSetup(setup: MatchingSetup, issues: EftkitIssue[]): CheckedSetup | undefined {
  const before = issues.length;
  const parsed = MatchingSetupSchema.safeParse(setup);
  if (!parsed.success) issues.push(...zodToIssues(parsed.error, ['setup']));
  // The rules between fields run on what is there, so that every problem is reported at once.
  const raw = (typeof setup === 'object' && setup !== null ? setup : {}) as Partial<MatchingSetup>;
  const gl: GlAccounts = typeof raw.glAccounts === 'object' && raw.glAccounts !== null ? raw.glAccounts : {};
  if (gl.receivables === undefined) {
    issues.push(issue('matching/missing-gl-account', M.missingGlAccount('receivables (customer)', 'to credit matched entries'), ['setup', 'glAccounts', 'receivables']));
  }
  if (gl.suspense === undefined) {
    issues.push(issue('matching/missing-gl-account', M.missingGlAccount('suspense', 'for what cannot be matched'), ['setup', 'glAccounts', 'suspense']));
  }
  const tolerance = new Map<string, Minor>();
  const rawTolerance = typeof raw.tolerance === 'object' && raw.tolerance !== null ? raw.tolerance : {};
  for (const [currency, text] of Object.entries(rawTolerance)) {
    if (typeof text !== 'string') continue;
    const minor = toMinor(text, currencyExponent(currency) ?? 0);
    if (minor === undefined) {
      issues.push(issue('matching/invalid-tolerance', M.invalidTolerance(currency, `"${text}" has more decimals than ${currency} or is below zero`), ['setup', 'tolerance', currency]));
    } else if (minor > 0n) {
      tolerance.set(currency, compactMinor(minor));
    }
  }
  if (tolerance.size > 0 && gl.writeOff === undefined) {
    issues.push(issue('matching/missing-gl-account', M.missingGlAccount('write-off', 'when a tolerance is set'), ['setup', 'glAccounts', 'writeOff']));
  }
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const registry = safeCreateCidRegistry(s.accounts);
  if (!registry.ok) {
    issues.push(...prefixIssues(['setup', 'accounts'], registry.issues));
    return undefined;
  }
  const accounts = new Map<string, CheckedAccount>();
  s.accounts.forEach((a, i) => {
    const key = normaliseAccount(a.account);
    if (accounts.has(key)) {
      issues.push(issue('matching/duplicate-receiving-account', M.duplicateReceivingAccount(a.account), ['setup', 'accounts', i, 'account']));
      return;
    }
    accounts.set(key, { bankGlAccount: a.bankGlAccount, definitions: registry.value.get(key) ?? [] });
  });
  if (issues.length > before) return undefined;
  return {
    accounts,
    receivables: gl.receivables as string,
    suspense: gl.suspense as string,
    writeOff: gl.writeOff,
    tolerance,
    matchByAmount: s.matchByAmount === true,
    useMessage: s.useMessage !== false,
  };
}

/** A non-empty string. */
const isText = (v: unknown): boolean => typeof v === 'string' && v.length > 0;

// Every code in the ISO 4217 table is three capitals, so the schema's format check holds too.
const isCurrency = (v: unknown): boolean => typeof v === 'string' && isCurrencyCode(v);

/**
 * True only when zod would accept the payment as {@link IncomingPaymentSchema} does: the
 * common case is checked without zod's copy and result objects (a million payments are a
 * million of each); anything else is left to the schema, which names the problem. @internal
 */
export function plainlyValidPayment(p: IncomingPayment): boolean {
  // An `exactOptional` field is absent, or present with a value the schema accepts (never
  // `undefined`). Each is written out with its own key: one shared helper taking the key would
  // make its `in` check see every key, and V8 then looks each one up the slow, generic way.
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  const amount = p.amount;
  return (
    isText(p.id) &&
    isText(p.receivingAccount) &&
    (typeof amount === 'string' ? ISO_AMOUNT.test(amount) : amount instanceof Amount) &&
    isCurrency(p.currency) &&
    isIsoDate(p.bookingDate) &&
    (p.valueDate === undefined ? !('valueDate' in p) : isIsoDate(p.valueDate)) &&
    (p.reference === undefined ? !('reference' in p) : typeof p.reference === 'string') &&
    (p.message === undefined ? !('message' in p) : typeof p.message === 'string') &&
    (p.debtorName === undefined ? !('debtorName' in p) : typeof p.debtorName === 'string') &&
    (p.debtorAccount === undefined ? !('debtorAccount' in p) : typeof p.debtorAccount === 'string') &&
    (p.bankReference === undefined ? !('bankReference' in p) : typeof p.bankReference === 'string')
  );
}

/** As {@link plainlyValidPayment}, for {@link OpenCustomerEntrySchema}. @internal */
export function plainlyValidEntry(e: OpenCustomerEntry): boolean {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false;
  return (
    isText(e.id) &&
    isText(e.customerNo) &&
    isText(e.invoiceNo) &&
    (e.cid === undefined ? !('cid' in e) : typeof e.cid === 'string') &&
    typeof e.amount === 'string' &&
    ISO_AMOUNT.test(e.amount) &&
    isCurrency(e.currency) &&
    (e.dueDate === undefined ? !('dueDate' in e) : isIsoDate(e.dueDate))
  );
}

/**
 * Checks one payment; returns its amount in minor units, or undefined (issues pushed). A plain
 * valid payment (a decimal string within its currency's decimals) takes a path without zod and
 * without a path array. @internal
 */
export function checkPayment(
  p: IncomingPayment,
  index: number,
  setup: CheckedSetup | undefined,
  accountKey: (account: string) => string,
  issues: EftkitIssue[],
): Minor | undefined {
  if (plainlyValidPayment(p)) {
    const exponent = typeof p.amount === 'string' ? currencyExponent(p.currency) : undefined;
    const fast = exponent === undefined ? undefined : minorOfPlain(p.amount as string, exponent);
    if (fast !== undefined && fast > 0) {
      if (setup === undefined || setup.accounts.has(accountKey(p.receivingAccount))) return fast;
    }
  }
  const at = ['payments', index];
  const parsed = IncomingPaymentSchema.safeParse(p);
  if (!parsed.success) {
    issues.push(...zodToIssues(parsed.error, at));
    return undefined;
  }
  const minor = positiveMinor(p.amount, p.currency, at, 'payment amount', issues);
  if (setup !== undefined && !setup.accounts.has(accountKey(p.receivingAccount))) {
    issues.push(issue('matching/unknown-receiving-account', M.unknownReceivingAccount(p.receivingAccount), [...at, 'receivingAccount']));
    return undefined;
  }
  return minor === undefined ? undefined : compactMinor(minor);
}

/** Checks one open entry; returns its amount in minor units, or undefined (issues pushed). @internal */
export function checkEntry(e: OpenCustomerEntry, index: number, issues: EftkitIssue[]): Minor | undefined {
  if (plainlyValidEntry(e)) {
    const exponent = currencyExponent(e.currency);
    const fast = exponent === undefined ? undefined : minorOfPlain(e.amount, exponent);
    if (fast !== undefined && fast > 0) return fast;
  }
  const at = ['openEntries', index];
  const parsed = OpenCustomerEntrySchema.safeParse(e);
  if (!parsed.success) {
    issues.push(...zodToIssues(parsed.error, at));
    return undefined;
  }
  const minor = positiveMinor(e.amount, e.currency, at, 'open amount', issues);
  return minor === undefined ? undefined : compactMinor(minor);
}

/** Reports ids used twice. @internal */
export function duplicateIdIssue(what: string, id: string, first: number, at: readonly (string | number)[]): EftkitIssue {
  return issue('matching/duplicate-id', M.duplicateId(what, id, first), [...at, 'id']);
}
