import type * as FastCheck from 'fast-check';
import { approvalRequestForLine, type ApprovalRequest } from '../approval/claims';
import type { ApprovalFailureCode } from '../approval/messages';
import { CURRENCY_MINOR_UNITS } from '../money/currencies';
import type { PaymentClass } from '../validation/classify';
import type { PaymentLine } from '../validation/model';
import type { FastCheckApi } from './money';
import { paymentLineArbitrary } from './validation';

/** A payment line, its company and the approval request that matches it exactly. */
export interface ApprovalCase {
  /** Organisation number of the paying company (9 digits). */
  readonly companyOrgNo: string;
  /** A valid payment line with a CID or invoice number (never free text). */
  readonly line: PaymentLine;
  /** The request {@link approvalRequestForLine} makes for it (maximum = the line's amount). */
  readonly request: ApprovalRequest;
}

/** Options of {@link approvalCaseArbitrary}. */
export interface ApprovalCaseArbitraryOptions {
  /** Payment classes of the line; default all four. */
  readonly classes?: readonly PaymentClass[];
  /** The approval id; default `A-` and a number. */
  readonly approvalId?: string;
}

/**
 * Payment lines (from {@link paymentLineArbitrary}, free text replaced by an invoice number, an
 * amount of at least two whole units) with a 9-digit company and the approval request that
 * matches them: every claim agrees with the line, so a token of it verifies.
 */
export function approvalCaseArbitrary(fc: FastCheckApi, options: ApprovalCaseArbitraryOptions = {}): FastCheck.Arbitrary<ApprovalCase> {
  const lineOptions = options.classes === undefined ? {} : { classes: options.classes };
  return fc
    .tuple(
      paymentLineArbitrary(fc, lineOptions),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
      fc.integer({ min: 1, max: 999_999 }),
      fc.constantFrom('kari.nordmann', 'ola@example.no', 'approver-7'),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 8 }),
    )
    .map(([line, companyOrgNo, n, approver, invoiceNo]) => {
      const remittance = line.remittance.type === 'text' ? { type: 'invoice' as const, invoiceNo } : line.remittance;
      const whole = line.amount.split('.')[0] ?? '0';
      const amount = `${(BigInt(whole) + 2n).toString()}${line.amount.slice(whole.length)}`;
      const fixed: PaymentLine = { ...line, amount, remittance };
      const approvalId = options.approvalId ?? `A-${n}`;
      return { companyOrgNo, line: fixed, request: approvalRequestForLine(fixed, { companyOrgNo, approvalId, approver }) };
    });
}

/** A change to one claim of a matching request, with the reason verification must give. */
export interface ApprovalClaimChange {
  /** What is changed. */
  readonly name: string;
  /** The reason `verifyApprovalToken` gives against the original line. */
  readonly reason: ApprovalFailureCode;
  /** Applies the change to a request that matches its line. */
  readonly apply: (request: ApprovalRequest) => ApprovalRequest;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function otherChar(text: string): string {
  const last = text.slice(-1);
  return text.slice(0, -1) + (last === '1' ? '2' : '1');
}

function lessByOneMinorUnit(amount: string, currency: string): string {
  const exponent = CURRENCY_MINOR_UNITS[currency] ?? 2;
  const [whole = '0', fraction = ''] = amount.split('.');
  const minor = BigInt(whole + fraction.padEnd(exponent, '0').slice(0, exponent)) - 1n;
  const digits = minor.toString().padStart(exponent + 1, '0');
  return exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const CHANGES: readonly ApprovalClaimChange[] = [
  { name: 'company', reason: 'approval/other-company', apply: (r) => ({ ...r, companyOrgNo: otherChar(r.companyOrgNo) }) },
  { name: 'creditor account', reason: 'approval/other-account', apply: (r) => ({ ...r, creditorAccount: otherChar(r.creditorAccount) }) },
  {
    name: 'currency',
    reason: 'approval/other-currency',
    apply: (r) => ({ ...r, currency: r.currency === 'SEK' ? 'DKK' : 'SEK' }),
  },
  { name: 'maximum amount (lower than the line)', reason: 'approval/amount-higher', apply: (r) => ({ ...r, maxAmount: lessByOneMinorUnit(r.maxAmount, r.currency) }) },
  { name: 'reference', reason: 'approval/other-reference', apply: (r) => ({ ...r, reference: otherChar(r.reference) }) },
  { name: 'reference type', reason: 'approval/other-reference', apply: (r) => ({ ...r, referenceType: r.referenceType === 'cid' ? 'invoice' : 'cid' }) },
  { name: 'date window', reason: 'approval/outside-date-window', apply: (r) => ({ ...r, dateFrom: nextDay(r.dateTo), dateTo: nextDay(r.dateTo) }) },
];

/**
 * One change to a claim that binds the payment (company, account, currency, amount, reference,
 * reference type, date window), with the reason verification must report.
 */
export function approvalClaimChangeArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<ApprovalClaimChange> {
  return fc.constantFrom(...CHANGES);
}
