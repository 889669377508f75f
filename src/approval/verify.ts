import { issue, type EftkitIssue } from '../errors';
import type { PaymentLine } from '../validation/model';
import {
  CLAIM_TO_PAYLOAD,
  creditorAccountKey,
  normaliseOrgNo,
  paymentDateOf,
  payloadToClaims,
  remittanceReference,
  type ApprovalClaims,
} from './claims';
import { ApprovalError } from './errors';
import { APPROVAL_TOKEN_TYPE, parseCompactJws, parseJsonObject, verifySignature } from './jws';
import type { ApprovalAlgorithm, ApprovalKeyring } from './keys';
import { APPROVAL_MESSAGES as M, type ApprovalFailureCode } from './messages';
import type { ApprovalReplayStore } from './replay';
import { ApprovalClaimsSchema, isWellFormedClaims, minorUnits, zodToApprovalIssues } from './schemas';

/** The payment a token is checked against: the paying company and the payment line. */
export interface ApprovalSubject {
  /** Organisation number of the paying company (the suggestion's `company.orgNo`). */
  readonly companyOrgNo: string;
  /** The payment line (from `eftkit/validation`); its `approvalToken` is not read here. */
  readonly line: PaymentLine;
}

/** Options of {@link verifyApprovalToken}. */
export interface VerifyApprovalOptions {
  /** The time of the check (eftkit never reads the clock). */
  readonly now: Date;
  /** Seconds of clock difference tolerated for `nbf` and `exp`; default 60. */
  readonly clockSkew?: number | undefined;
  /**
   * Where used approvals are remembered. With a store a token pays once; without one nothing
   * stops a replay (the ERP's preview may do without; the hub must not).
   */
  readonly replayStore?: ApprovalReplayStore | undefined;
  /**
   * Whether a valid token is marked used in the store; default `true`. `false` checks only
   * (a token already used still fails).
   */
  readonly consume?: boolean | undefined;
  /** Whether an "approved only" token (not signed with two-factor) fails; default `true`. */
  readonly requirePaid?: boolean | undefined;
}

/** A token that pre-approves the line. */
export interface ValidApprovalVerdict {
  readonly valid: true;
  /** The signed claims. */
  readonly claims: ApprovalClaims;
  /** The key that signed. */
  readonly kid: string;
  /** The algorithm of that key. */
  readonly alg: ApprovalAlgorithm;
  /** Whether this check marked the approval used in the replay store. */
  readonly consumed: boolean;
  /** Empty. */
  readonly reasons: readonly [];
  /** Empty. */
  readonly issues: readonly [];
}

/** A token that does not pre-approve the line, with every reason. */
export interface InvalidApprovalVerdict {
  readonly valid: false;
  /**
   * The claims, only when the signature checked out (so they are what the approver signed);
   * `undefined` otherwise, even if the payload could be read.
   */
  readonly claims: ApprovalClaims | undefined;
  /** Every distinct reason, in the order checked. */
  readonly reasons: readonly ApprovalFailureCode[];
  /** One issue per finding, with message and path (`['token']`, `['line', 'amount']`, …). */
  readonly issues: readonly EftkitIssue[];
}

/** The verdict of {@link verifyApprovalToken}. */
export type ApprovalVerdict = ValidApprovalVerdict | InvalidApprovalVerdict;

const at = (seconds: number): string => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Checks an approval token against the payment it is to pre-approve, returning a verdict with
 * every reason it fails (never throwing for a bad token):
 *
 * - the token: `malformed`, `wrong-type` (not an eftkit approval token), `unknown-key` (no `kid`
 *   or one the keyring does not hold), `wrong-algorithm` (the header's `alg` is not the one the
 *   key is pinned to: `none`, or HS256 against an Ed25519 key, never reach a verifier),
 *   `bad-signature`;
 * - the time: `expired`, `not-yet-valid` (with `clockSkew`);
 * - the payment: `other-company`, `other-account`, `other-currency`, `amount-higher` (a lower
 *   amount is fine), `other-reference`, `outside-date-window`;
 * - `not-paid` for an "approved only" token when `requirePaid` (default);
 * - `already-used` from the replay store.
 *
 * The claims are checked even when the signature fails (to list every reason), but only a
 * token with a good signature and no other finding is marked used, and only then
 * (`markUsed` is atomic, so of two concurrent checks one wins).
 *
 * @throws {ApprovalError} `approval/invalid-options` when `now` or `clockSkew` is not valid;
 * whatever the replay store throws (the check fails closed).
 */
export async function verifyApprovalToken(
  token: string,
  subject: ApprovalSubject,
  keyring: ApprovalKeyring,
  options: VerifyApprovalOptions,
): Promise<ApprovalVerdict> {
  const nowMs = options.now instanceof Date ? options.now.getTime() : Number.NaN;
  const skew = options.clockSkew ?? 60;
  if (!Number.isFinite(nowMs)) throw new ApprovalError('approval/invalid-options', M.invalidOptions('now', 'a valid Date'), { path: ['now'] });
  if (!Number.isInteger(skew) || skew < 0 || skew > 3600) {
    throw new ApprovalError('approval/invalid-options', M.invalidOptions('clockSkew', 'whole seconds from 0 to 3600'), { path: ['clockSkew'] });
  }
  const issues: EftkitIssue[] = [];
  const add = (code: ApprovalFailureCode, message: string, path: readonly (string | number)[] = ['token']): void => {
    issues.push(issue(code, message, path));
  };

  if (typeof token !== 'string') {
    add('approval/malformed', M.malformed('it is not text'));
    return invalid(undefined, issues);
  }
  const parsed = parseCompactJws(token);
  if (typeof parsed === 'string') {
    add('approval/malformed', M.malformed(parsed));
    return invalid(undefined, issues);
  }
  const { header } = parsed;
  const alg = header['alg'];
  const kid = header['kid'];
  const typ = header['typ'];
  if (typeof alg !== 'string') add('approval/malformed', M.malformed('the header has no "alg"'), ['token', 'header', 'alg']);
  if (header['crit'] !== undefined || header['b64'] !== undefined) add('approval/malformed', M.malformed('the header asks for extensions ("crit", "b64") that approval tokens do not use'), ['token', 'header']);
  if (typ !== APPROVAL_TOKEN_TYPE) add('approval/wrong-type', M.wrongType(typeof typ === 'string' ? typ : '(none)'), ['token', 'header', 'typ']);

  // The signature, with the key's algorithm; the header's alg only has to agree. Started now,
  // awaited after the claims are read, so that Web Crypto works while the claims are checked.
  const key = typeof kid === 'string' ? keyring.keys.get(kid) : undefined;
  const signatureCheck = key !== undefined && alg === key.alg && parsed.signature !== undefined ? verifySignature(key, parsed.signingInput, parsed.signature) : undefined;

  // The claims (read even if the signature fails, so that every reason is listed).
  let claims: ApprovalClaims | undefined;
  const payloadObject = parseJsonObject(parsed.payload);
  if (payloadObject === undefined) {
    add('approval/malformed', M.malformed('the payload is not a JSON object'), ['token', 'payload']);
  } else {
    const mapped = payloadToClaims(payloadObject);
    const checked = isWellFormedClaims(mapped) ? { success: true as const, data: mapped as ApprovalClaims } : ApprovalClaimsSchema.safeParse(mapped);
    if (checked.success) claims = checked.data;
    else {
      for (const z of checked.error.issues) {
        const field: string = CLAIM_TO_PAYLOAD[z.path[0] as keyof ApprovalClaims] ?? String(z.path[0] ?? '');
        const [i] = zodToApprovalIssues([{ ...z, path: [] }], []);
        const expected = (i?.message ?? '').replace(/^The value is not valid: expected /, '').replace(/\.$/, '');
        const why = z.code === 'invalid_type' && z.input === undefined ? 'is missing' : `is not valid (expected ${expected})`;
        add('approval/malformed', M.malformed(`the claim "${field}" ${why}`), field === '' ? ['token', 'payload'] : ['token', 'payload', field]);
      }
    }
  }

  let signatureOk = false;
  if (typeof kid !== 'string') add('approval/unknown-key', M.missingKeyId, ['token', 'header', 'kid']);
  else if (key === undefined) add('approval/unknown-key', M.unknownKey(kid), ['token', 'header', 'kid']);
  else if (alg !== key.alg) add('approval/wrong-algorithm', M.wrongAlgorithm(String(alg), key.alg, key.kid), ['token', 'header', 'alg']);
  else if (parsed.signature === undefined) add('approval/malformed', M.malformed('the signature is not base64url'), ['token', 'signature']);
  else if (!(await (signatureCheck as Promise<boolean>))) add('approval/bad-signature', M.badSignature, ['token', 'signature']);
  else signatureOk = true;

  if (claims !== undefined) {
    checkTime(claims, Math.floor(nowMs / 1000), skew, add);
    checkPayment(claims, subject, add);
    if (options.requirePaid !== false && !claims.paid) add('approval/not-paid', M.notPaid, ['token', 'payload', 'paid']);
  }

  // Single use: mark only a token that passed everything else.
  const store = options.replayStore;
  let consumed = false;
  if (claims !== undefined && store !== undefined) {
    const everythingElseOk = signatureOk && issues.length === 0;
    if (everythingElseOk && options.consume !== false) {
      consumed = await store.markUsed(claims.approvalId, claims.expiresAt);
      if (!consumed) add('approval/already-used', M.alreadyUsed(claims.approvalId), ['token', 'payload', 'jti']);
    } else if (await store.isUsed(claims.approvalId)) {
      add('approval/already-used', M.alreadyUsed(claims.approvalId), ['token', 'payload', 'jti']);
    }
  }

  if (signatureOk && claims !== undefined && key !== undefined && issues.length === 0) {
    return { valid: true, claims, kid: key.kid, alg: key.alg, consumed, reasons: [], issues: [] };
  }
  return invalid(signatureOk ? claims : undefined, issues);
}

function invalid(claims: ApprovalClaims | undefined, issues: readonly EftkitIssue[]): InvalidApprovalVerdict {
  const reasons: ApprovalFailureCode[] = [];
  for (const i of issues) if (!reasons.includes(i.code as ApprovalFailureCode)) reasons.push(i.code as ApprovalFailureCode);
  return { valid: false, claims, reasons, issues };
}

type Add = (code: ApprovalFailureCode, message: string, path?: readonly (string | number)[]) => void;

function checkTime(claims: ApprovalClaims, now: number, skew: number, add: Add): void {
  // As RFC 7519 §4.1.4/§4.1.5: invalid "on or after" exp, "before" nbf; both with leeway.
  if (now - skew >= claims.expiresAt) add('approval/expired', M.expired(at(claims.expiresAt)), ['token', 'payload', 'exp']);
  if (claims.notBefore > now + skew) add('approval/not-yet-valid', M.notYetValid(at(claims.notBefore)), ['token', 'payload', 'nbf']);
  else if (claims.issuedAt > now + skew) add('approval/not-yet-valid', M.notYetValid(at(claims.issuedAt)), ['token', 'payload', 'iat']);
}

function checkPayment(claims: ApprovalClaims, subject: ApprovalSubject, add: Add): void {
  const line = subject.line;
  const company = normaliseOrgNo(String(subject.companyOrgNo));
  if (company !== normaliseOrgNo(claims.companyOrgNo)) add('approval/other-company', M.otherCompany(claims.companyOrgNo, company), ['companyOrgNo']);

  const account = line.creditor?.account === undefined ? '(none)' : creditorAccountKey(line.creditor.account);
  if (account !== claims.creditorAccount) add('approval/other-account', M.otherAccount(claims.creditorAccount, account), ['line', 'creditor', 'account']);

  if (line.currency !== claims.currency) {
    add('approval/other-currency', M.otherCurrency(claims.currency, String(line.currency)), ['line', 'currency']);
  } else {
    const amount = typeof line.amount === 'string' ? minorUnits(line.amount, line.currency) : undefined;
    const max = minorUnits(claims.maxAmount, claims.currency);
    if (amount === undefined || max === undefined) add('approval/amount-higher', M.lineAmountInvalid(String(line.amount)), ['line', 'amount']);
    else if (amount > max) add('approval/amount-higher', M.amountHigher(line.amount, claims.maxAmount, claims.currency), ['line', 'amount']);
  }

  const ref = line.remittance === undefined ? undefined : remittanceReference(line.remittance);
  if (ref === undefined || ref.referenceType !== claims.referenceType || ref.reference !== claims.reference) {
    const shown = ref === undefined ? 'a payment without CID or invoice number' : `${ref.referenceType === 'cid' ? 'CID' : 'invoice'} ${ref.reference}`;
    add('approval/other-reference', M.otherReference(`${claims.referenceType === 'cid' ? 'CID' : 'invoice'} ${claims.reference}`, shown), ['line', 'remittance']);
  }

  const date = paymentDateOf(line);
  if (!(date >= claims.dateFrom && date <= claims.dateTo)) {
    add('approval/outside-date-window', M.outsideDateWindow(String(date), claims.dateFrom, claims.dateTo), ['line', line.requestedExecutionDate === undefined ? 'dueDate' : 'requestedExecutionDate']);
  }
}
