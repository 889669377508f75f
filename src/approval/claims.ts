import type { CreditorAccount, PaymentLine, Remittance } from '../validation/model';

/** What identifies the invoice being paid: a CID/KID/OCR reference or the invoice number. */
export type ApprovalReferenceType = 'cid' | 'invoice';

/**
 * One invoice approved for payment, before it is signed: what the approver saw and agreed to.
 * Every field is bound into the token.
 */
export interface ApprovalRequest {
  /** Unique id of this approval (the token's `jti`); a token pays once. */
  readonly approvalId: string;
  /** Organisation number of the paying company (normalised: no spaces or dashes). */
  readonly companyOrgNo: string;
  /** The creditor's account as {@link creditorAccountKey} writes it: `iban:NO93…`, `bban:…`, `bankgiro:…`. */
  readonly creditorAccount: string;
  /** ISO 4217 currency of the payment. */
  readonly currency: string;
  /** The most that may be paid, a decimal string (`1234.50`); a lower amount is fine. */
  readonly maxAmount: string;
  /** Whether `reference` is a CID (KID, OCR, RF, …) or an invoice number. */
  readonly referenceType: ApprovalReferenceType;
  /** The CID or invoice number, normalised (no spaces, capitals). */
  readonly reference: string;
  /** First allowed payment date, `YYYY-MM-DD`. */
  readonly dateFrom: string;
  /** Last allowed payment date, `YYYY-MM-DD`. */
  readonly dateTo: string;
  /** Who approved (user id in the approval service), for the audit trail. */
  readonly approver: string;
}

/** The claims of an approval token: the request plus its validity and status. */
export interface ApprovalClaims extends ApprovalRequest {
  /** Issued at, seconds since 1970-01-01T00:00:00Z (`iat`). */
  readonly issuedAt: number;
  /** Not valid before, seconds since the epoch (`nbf`). */
  readonly notBefore: number;
  /** Not valid from, seconds since the epoch (`exp`). */
  readonly expiresAt: number;
  /**
   * True when the payment was approved *and* signed with two-factor authentication ("Payment
   * approved: yes"); false when the invoice was approved only ("no").
   */
  readonly paid: boolean;
  /** The bundle the approval was signed in, if any. */
  readonly bundleId?: string | undefined;
}

/**
 * The JSON payload of a token: registered JWT claims (RFC 7519 §4.1) for id and times, short
 * private names for the rest (the token sits in an ERP column; short is kind).
 */
export interface ApprovalPayload {
  readonly jti: string;
  readonly iat: number;
  readonly nbf: number;
  readonly exp: number;
  readonly org: string;
  readonly acct: string;
  readonly cur: string;
  readonly max: string;
  readonly rty: ApprovalReferenceType;
  readonly ref: string;
  readonly dfr: string;
  readonly dto: string;
  readonly apr: string;
  readonly paid: boolean;
  readonly bnd?: string;
}

/** The payload written for a set of claims (key order fixed). */
export function claimsToPayload(c: ApprovalClaims): ApprovalPayload {
  const p: ApprovalPayload = {
    jti: c.approvalId,
    iat: c.issuedAt,
    nbf: c.notBefore,
    exp: c.expiresAt,
    org: c.companyOrgNo,
    acct: c.creditorAccount,
    cur: c.currency,
    max: c.maxAmount,
    rty: c.referenceType,
    ref: c.reference,
    dfr: c.dateFrom,
    dto: c.dateTo,
    apr: c.approver,
    paid: c.paid,
  };
  return c.bundleId === undefined ? p : { ...p, bnd: c.bundleId };
}

/** The payload name of each claim (`approvalId` → `jti`, `maxAmount` → `max`, …). */
export const CLAIM_TO_PAYLOAD: Readonly<Record<keyof ApprovalClaims, keyof ApprovalPayload>> = Object.freeze({
  approvalId: 'jti',
  issuedAt: 'iat',
  notBefore: 'nbf',
  expiresAt: 'exp',
  companyOrgNo: 'org',
  creditorAccount: 'acct',
  currency: 'cur',
  maxAmount: 'max',
  referenceType: 'rty',
  reference: 'ref',
  dateFrom: 'dfr',
  dateTo: 'dto',
  approver: 'apr',
  paid: 'paid',
  bundleId: 'bnd',
});

/** Reads the claims back from a payload object (shape not checked here: see the schema). */
export function payloadToClaims(p: Record<string, unknown>): Record<string, unknown> {
  const c: Record<string, unknown> = {
    approvalId: p['jti'],
    issuedAt: p['iat'],
    notBefore: p['nbf'],
    expiresAt: p['exp'],
    companyOrgNo: p['org'],
    creditorAccount: p['acct'],
    currency: p['cur'],
    maxAmount: p['max'],
    referenceType: p['rty'],
    reference: p['ref'],
    dateFrom: p['dfr'],
    dateTo: p['dto'],
    approver: p['apr'],
    paid: p['paid'],
  };
  if (p['bnd'] !== undefined) c['bundleId'] = p['bnd'];
  return c;
}

/** Organisation number without spaces, dots or dashes, in capitals: `NO 987 654 321` → `NO987654321`. */
export function normaliseOrgNo(orgNo: string): string {
  return orgNo.replace(/[\s.\-]/g, '').toUpperCase();
}

/** A CID or invoice number without spaces, in capitals (`RF18 5390…` → `RF185390…`). */
export function normaliseReference(reference: string): string {
  return reference.replace(/\s/g, '').toUpperCase();
}

/**
 * The creditor account as bound into a token: the kind of account and its number without
 * spaces, dots or dashes, in capitals. `{ iban: 'NO93 8601 1117 947' }` → `iban:NO9386011117947`;
 * `{ bban: '5050-1055', kind: 'bankgiro' }` → `bankgiro:50501055`. The kind is part of it, so a
 * bankgiro number never matches an account number with the same digits.
 */
export function creditorAccountKey(account: CreditorAccount): string {
  const clean = (s: string): string => s.replace(/[\s.\-]/g, '').toUpperCase();
  if ('iban' in account) return `iban:${clean(account.iban)}`;
  if ('bban' in account) return `${account.kind === 'bankgiro' ? 'bankgiro' : account.kind === 'plusgiro' ? 'plusgiro' : 'bban'}:${clean(account.bban)}`;
  return `account:${clean(account.accountNo)}`;
}

/**
 * The reference of a line's remittance as bound into a token, or `undefined` for free text
 * (a payment with only "Extra text" cannot be pre-approved: nothing identifies the invoice).
 */
export function remittanceReference(remittance: Remittance): { readonly referenceType: ApprovalReferenceType; readonly reference: string } | undefined {
  if (remittance.type === 'reference') return { referenceType: 'cid', reference: normaliseReference(remittance.reference) };
  if (remittance.type === 'invoice') return { referenceType: 'invoice', reference: normaliseReference(remittance.invoiceNo) };
  return undefined;
}

/** The date a line is to be paid: its requested execution date, else its due date. */
export function paymentDateOf(line: PaymentLine): string {
  return line.requestedExecutionDate ?? line.dueDate;
}

/** What {@link approvalRequestForLine} needs besides the line. */
export interface ApprovalRequestOptions {
  /** Organisation number of the paying company. */
  readonly companyOrgNo: string;
  /** The id of this approval (from the approval service; eftkit makes no ids). */
  readonly approvalId: string;
  /** Who approves. */
  readonly approver: string;
  /** First allowed payment date; default the line's payment date. */
  readonly dateFrom?: string | undefined;
  /** Last allowed payment date; default the line's payment date. */
  readonly dateTo?: string | undefined;
  /** The most that may be paid; default the line's amount. */
  readonly maxAmount?: string | undefined;
}

/**
 * The approval request for a payment line: its company, creditor account, currency, amount
 * (as the maximum), reference and payment date (as the window), ready to sign. Check it with
 * `ApprovalRequestSchema` (the bundle functions do).
 *
 * @throws {TypeError} never; a line with free-text remittance gets an empty reference, which the
 * schema rejects.
 */
export function approvalRequestForLine(line: PaymentLine, options: ApprovalRequestOptions): ApprovalRequest {
  const date = paymentDateOf(line);
  const ref = remittanceReference(line.remittance);
  return {
    approvalId: options.approvalId,
    companyOrgNo: normaliseOrgNo(options.companyOrgNo),
    creditorAccount: creditorAccountKey(line.creditor.account),
    currency: line.currency,
    maxAmount: options.maxAmount ?? line.amount,
    referenceType: ref?.referenceType ?? 'invoice',
    reference: ref?.reference ?? '',
    dateFrom: options.dateFrom ?? date,
    dateTo: options.dateTo ?? date,
    approver: options.approver,
  };
}
