import { z } from 'zod';
import { formatPath, issue, type EftkitIssue, type IssuePath } from '../errors';
import { safeParseAmount } from '../money/amount';
import { currencyExponent } from '../money/currency';
import { isIsoDate } from '../validation/checks';
import type { ApprovalClaims, ApprovalRequest } from './claims';
import { PaymentLineShape } from '../validation/shapes';
import type { PaymentLine } from '../validation/model';
import { APPROVAL_MESSAGES as M } from './messages';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:@\/\-]{0,63}$/;
const ORG_NO = /^[A-Z0-9]{1,35}$/;
const ACCOUNT = /^(iban|bban|bankgiro|plusgiro|account):[A-Z0-9]{1,34}$/;
const REFERENCE = /^[A-Z0-9\/\-+.:]{1,35}$/;
/** Seconds since the epoch, within what a Date can hold. */
const NUMERIC_DATE = z.number().int().min(0).max(8_640_000_000_000);

const text = (re: RegExp, expected: string): z.ZodString => z.string().regex(re, { error: expected });

function addAmountAndWindow(value: { currency: string; maxAmount: string; dateFrom: string; dateTo: string }, ctx: z.RefinementCtx): void {
  const amount = safeParseAmount(value.maxAmount, value.currency);
  if (!amount.ok) {
    for (const i of amount.issues) ctx.addIssue({ code: 'custom', path: i.path[0] === 'currency' ? ['currency'] : ['maxAmount'], message: i.message });
  } else if (!amount.value.isPositive()) {
    ctx.addIssue({ code: 'custom', path: ['maxAmount'], message: 'an amount above zero' });
  }
  if (isIsoDate(value.dateFrom) && isIsoDate(value.dateTo) && value.dateFrom > value.dateTo) {
    ctx.addIssue({ code: 'custom', path: ['dateTo'], message: `a date on or after dateFrom (${value.dateFrom})` });
  }
}

const requestShape = {
  approvalId: text(ID, '1–64 letters, digits or . _ : @ / -'),
  companyOrgNo: text(ORG_NO, 'an organisation number of letters and digits, without spaces or dashes'),
  creditorAccount: text(ACCOUNT, 'an account key such as "iban:NO9386011117947" (see creditorAccountKey)'),
  currency: text(/^[A-Z]{3}$/, 'an ISO 4217 currency code'),
  maxAmount: text(/^\d+(\.\d+)?$/, 'a decimal amount such as "1234.50"'),
  referenceType: z.enum(['cid', 'invoice'], { error: '"cid" or "invoice"' }),
  reference: text(REFERENCE, 'a CID or invoice number (1–35 characters, no spaces, capitals)'),
  dateFrom: z.string().refine(isIsoDate, { error: 'a date YYYY-MM-DD' }),
  dateTo: z.string().refine(isIsoDate, { error: 'a date YYYY-MM-DD' }),
  approver: z.string().min(1, { error: 'the approver' }).max(128, { error: 'at most 128 characters' }),
};

/**
 * zod schema of an {@link ApprovalRequest}: ids, normalised organisation number, account key
 * and reference, a positive amount with the currency's decimals, a date window in order.
 */
export const ApprovalRequestSchema: z.ZodType<ApprovalRequest> = z.strictObject(requestShape).superRefine(addAmountAndWindow);

/**
 * zod schema of {@link ApprovalClaims}: the request, integer times in seconds with
 * `notBefore < expiresAt` and `issuedAt < expiresAt`, the paid flag and an optional bundle id.
 */
export const ApprovalClaimsSchema: z.ZodType<ApprovalClaims> = z
  .strictObject({
    ...requestShape,
    issuedAt: NUMERIC_DATE,
    notBefore: NUMERIC_DATE,
    expiresAt: NUMERIC_DATE,
    paid: z.boolean({ error: 'true or false' }),
    bundleId: text(ID, '1–64 letters, digits or . _ : @ / -').optional(),
  })
  .superRefine((value, ctx) => {
    addAmountAndWindow(value, ctx);
    if (value.expiresAt <= value.notBefore) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'a time after notBefore' });
    if (value.expiresAt <= value.issuedAt) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'a time after issuedAt' });
  });

/**
 * zod schema of what a token is checked against (`ApprovalSubject`): the paying company's
 * organisation number and a payment line of the `eftkit/validation` model (its shape).
 */
export const ApprovalSubjectSchema: z.ZodType<{ companyOrgNo: string; line: PaymentLine }> = z.object({
  companyOrgNo: z.string().min(1, { error: 'the organisation number of the paying company' }).max(40),
  line: PaymentLineShape,
});

/** The options of a bundle signing (see `issueBundleTokens`). */
export const BundleTokenOptionsSchema: z.ZodType<{ now: Date; validForSeconds: number; paid: boolean; notBefore?: Date | undefined }> = z.strictObject({
  now: z.date({ error: 'a Date' }),
  validForSeconds: z.number().int().min(1, { error: 'at least 1 second' }).max(366 * 86_400, { error: 'at most a year' }),
  paid: z.boolean({ error: 'true or false' }),
  notBefore: z.date({ error: 'a Date' }).optional(),
});

/** zod schema of the options of `verifyApprovalToken` (the replay store is checked by shape). */
export const VerifyApprovalOptionsSchema: z.ZodType<{ now: Date; clockSkew?: number | undefined; requirePaid?: boolean | undefined; consume?: boolean | undefined }> = z.object({
  now: z.date({ error: 'a Date' }),
  clockSkew: z.number().int().min(0).max(3600, { error: 'at most 3600 seconds' }).optional(),
  requirePaid: z.boolean().optional(),
  consume: z.boolean().optional(),
  replayStore: z
    .custom<unknown>((v) => typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['isUsed'] === 'function' && typeof (v as Record<string, unknown>)['markUsed'] === 'function', {
      error: 'an object with isUsed and markUsed',
    })
    .optional(),
});

/**
 * The amount in minor units (øre, cents) as an exact integer, or `undefined` when the string is
 * not a plain decimal with at most the currency's decimals (trailing zeros allowed).
 */
export function minorUnits(amount: string, currency: string): bigint | undefined {
  const exponent = currencyExponent(currency);
  if (exponent === undefined || !/^\d+(\.\d+)?$/.test(amount)) return undefined;
  const dot = amount.indexOf('.');
  const whole = dot < 0 ? amount : amount.slice(0, dot);
  const fraction = dot < 0 ? '' : amount.slice(dot + 1).replace(/0+$/, '');
  if (fraction.length > exponent) return undefined;
  return BigInt(whole + fraction.padEnd(exponent, '0'));
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8_640_000_000_000;

/**
 * A quick check that says yes only when {@link ApprovalClaimsSchema} says yes: the verifier's
 * fast path. When it says no, the schema runs to tell why (so the messages come from one place).
 */
export function isWellFormedClaims(c: Record<string, unknown>): c is Record<string, unknown> & ApprovalClaims {
  const { approvalId, companyOrgNo, creditorAccount, currency, maxAmount, referenceType, reference, dateFrom, dateTo, approver, issuedAt, notBefore, expiresAt, paid, bundleId } = c;
  return (
    isString(approvalId) && ID.test(approvalId) &&
    isString(companyOrgNo) && ORG_NO.test(companyOrgNo) &&
    isString(creditorAccount) && ACCOUNT.test(creditorAccount) &&
    isString(currency) && /^[A-Z]{3}$/.test(currency) &&
    isString(maxAmount) && (minorUnits(maxAmount, currency) ?? 0n) > 0n &&
    (referenceType === 'cid' || referenceType === 'invoice') &&
    isString(reference) && REFERENCE.test(reference) &&
    isString(dateFrom) && isIsoDate(dateFrom) && isString(dateTo) && isIsoDate(dateTo) && dateFrom <= dateTo &&
    isString(approver) && approver.length >= 1 && approver.length <= 128 &&
    isTime(issuedAt) && isTime(notBefore) && isTime(expiresAt) && expiresAt > notBefore && expiresAt > issuedAt &&
    typeof paid === 'boolean' &&
    (bundleId === undefined || (isString(bundleId) && ID.test(bundleId)))
  );
}

/** zod issues as eftkit issues with `code` (default `approval/invalid-claims`) and `path`. */
export function zodToApprovalIssues(issues: readonly z.core.$ZodIssue[], prefix: IssuePath = [], code: string = 'approval/invalid-claims'): EftkitIssue[] {
  return issues.map((i) => {
    const path: IssuePath = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = formatPath(path) || 'The value';
    const expected = i.code === 'invalid_type' && i.input === undefined ? 'a value (it is missing)' : i.code === 'unrecognized_keys' ? `no other fields (${i.keys.join(', ')})` : i.message;
    return issue(code, code === 'approval/invalid-options' ? M.invalidOptions(field, expected) : M.invalidClaims(field, expected), path);
  });
}
