import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { parseAmount, sumAmounts, type Amount } from '../money/amount';
import type { ApprovalClaims, ApprovalRequest } from './claims';
import { ApprovalError } from './errors';
import { safeIssueApprovalToken } from './issue';
import type { ApprovalKey } from './keys';
import { APPROVAL_MESSAGES as M } from './messages';
import { ApprovalRequestSchema, BundleTokenOptionsSchema, zodToApprovalIssues } from './schemas';

/**
 * Invoices approved with "Approve and pay", gathered before they are paid (signed). One bundle
 * may hold invoices of several companies. Immutable: every change returns a new bundle.
 */
export interface ApprovalBundle {
  /** Id of the bundle (from the approval service). */
  readonly bundleId: string;
  /** The approvals, in the order they were added. */
  readonly requests: readonly ApprovalRequest[];
}

function checkRequests(requests: readonly ApprovalRequest[], existing: readonly ApprovalRequest[], offset: number): EftkitIssue[] {
  const problems: EftkitIssue[] = [];
  const seen = new Set(existing.map((r) => r.approvalId));
  requests.forEach((request, k) => {
    const index = offset + k;
    const parsed = ApprovalRequestSchema.safeParse(request);
    if (!parsed.success) problems.push(...zodToApprovalIssues(parsed.error.issues, ['requests', index]));
    const id = (request as { approvalId?: unknown } | undefined)?.approvalId;
    if (typeof id === 'string') {
      if (seen.has(id)) problems.push(issue('approval/duplicate-approval', M.duplicateApproval(id), ['requests', index, 'approvalId']));
      seen.add(id);
    }
  });
  return problems;
}

/**
 * Starts a bundle, returning every problem instead of throwing: each request must satisfy
 * `ApprovalRequestSchema` and approval ids must be unique.
 */
export function safeCreateApprovalBundle(bundleId: string, requests: readonly ApprovalRequest[] = []): Result<ApprovalBundle> {
  const problems = checkRequests(requests, [], 0);
  if (typeof bundleId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:@\/\-]{0,63}$/.test(bundleId)) {
    problems.unshift(issue('approval/invalid-claims', M.invalidClaims('bundleId', '1–64 letters, digits or . _ : @ / -'), ['bundleId']));
  }
  return problems.length > 0 ? fail(problems) : ok({ bundleId, requests: [...requests] });
}

/**
 * Starts a bundle; see {@link safeCreateApprovalBundle}.
 *
 * @throws {ApprovalError} `approval/invalid-claims` or `approval/duplicate-approval`, every problem listed.
 */
export function createApprovalBundle(bundleId: string, requests: readonly ApprovalRequest[] = []): ApprovalBundle {
  return unwrap(safeCreateApprovalBundle(bundleId, requests), ApprovalError);
}

/** Adds approvals to a bundle ("Approve and pay" on more invoices), returning every problem instead of throwing. */
export function safeAddToBundle(bundle: ApprovalBundle, requests: readonly ApprovalRequest[]): Result<ApprovalBundle> {
  const problems = checkRequests(requests, bundle.requests, bundle.requests.length);
  return problems.length > 0 ? fail(problems) : ok({ bundleId: bundle.bundleId, requests: [...bundle.requests, ...requests] });
}

/**
 * Adds approvals to a bundle; see {@link safeAddToBundle}.
 *
 * @throws {ApprovalError} `approval/invalid-claims` or `approval/duplicate-approval`.
 */
export function addToBundle(bundle: ApprovalBundle, requests: readonly ApprovalRequest[]): ApprovalBundle {
  return unwrap(safeAddToBundle(bundle, requests), ApprovalError);
}

/**
 * Takes one approval out of a bundle ("Cancel approval": the invoice goes back to the task
 * list), returning the smaller bundle or the problem.
 */
export function safeCancelApproval(bundle: ApprovalBundle, approvalId: string): Result<ApprovalBundle> {
  const index = bundle.requests.findIndex((r) => r.approvalId === approvalId);
  if (index < 0) return fail([issue('approval/not-in-bundle', M.notInBundle(String(approvalId), bundle.bundleId), ['approvalId'])]);
  return ok({ bundleId: bundle.bundleId, requests: bundle.requests.filter((_, k) => k !== index) });
}

/**
 * Takes one approval out of a bundle; see {@link safeCancelApproval}. To stop an approval whose
 * token was already issued, revoke it in the replay store instead (`InMemoryReplayStore.revoke`).
 *
 * @throws {ApprovalError} `approval/not-in-bundle`.
 */
export function cancelApproval(bundle: ApprovalBundle, approvalId: string): ApprovalBundle {
  return unwrap(safeCancelApproval(bundle, approvalId), ApprovalError);
}

/** The sum of one company's approvals in one currency. */
export interface BundleTotal {
  /** Organisation number of the paying company. */
  readonly companyOrgNo: string;
  /** ISO 4217 currency. */
  readonly currency: string;
  /** How many approvals. */
  readonly count: number;
  /** The exact sum of their maximum amounts, with the currency's decimals (`"12500.00"`). */
  readonly total: string;
}

/** What a bundle holds: what the approver sees before "Pay". */
export interface BundleSummary {
  /** Id of the bundle. */
  readonly bundleId: string;
  /** How many approvals in all. */
  readonly count: number;
  /** How many companies. */
  readonly companies: number;
  /** Count and sum per company and currency, sorted by company, then currency. */
  readonly totals: readonly BundleTotal[];
}

/**
 * Counts and sums a bundle per company and currency, exactly (decimal, never floats).
 *
 * @throws {ApprovalError} never for a bundle built by {@link createApprovalBundle}; a request
 * with a malformed amount put in by hand throws the money module's `MoneyError`.
 */
export function summariseBundle(bundle: ApprovalBundle): BundleSummary {
  const groups = new Map<string, { companyOrgNo: string; currency: string; amounts: Amount[] }>();
  for (const r of bundle.requests) {
    const key = `${r.companyOrgNo}\u0000${r.currency}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { companyOrgNo: r.companyOrgNo, currency: r.currency, amounts: [] };
      groups.set(key, group);
    }
    group.amounts.push(parseAmount(r.maxAmount, r.currency));
  }
  const totals = [...groups.values()]
    .sort((a, b) => (a.companyOrgNo < b.companyOrgNo ? -1 : a.companyOrgNo > b.companyOrgNo ? 1 : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
    .map((g) => ({ companyOrgNo: g.companyOrgNo, currency: g.currency, count: g.amounts.length, total: sumAmounts(g.amounts, g.currency).toString() }));
  return { bundleId: bundle.bundleId, count: bundle.requests.length, companies: new Set(totals.map((t) => t.companyOrgNo)).size, totals };
}

/** Options of {@link issueBundleTokens}. */
export interface BundleTokenOptions {
  /** The time of signing: becomes `iat` (and `nbf` unless `notBefore` is given). */
  readonly now: Date;
  /** How long the tokens are valid, in seconds (1 s to a year). */
  readonly validForSeconds: number;
  /**
   * True when the approver signed the payment with two-factor authentication ("Pay"): the
   * tokens pre-approve. False for "approved only": the hub still asks for approval.
   * The caller (the approval service) is responsible for having done the 2FA.
   */
  readonly paid: boolean;
  /** First moment the tokens are valid; default `now`. */
  readonly notBefore?: Date | undefined;
}

/** One token of a signed bundle. */
export interface BundleToken {
  /** The approval it is for. */
  readonly approvalId: string;
  /** The company paying. */
  readonly companyOrgNo: string;
  /** The JWS compact token, for the ERP's approval token column. */
  readonly token: string;
  /** The claims signed. */
  readonly claims: ApprovalClaims;
}

/** A signed bundle: one token per approval. */
export interface BundleTokens {
  /** Id of the bundle. */
  readonly bundleId: string;
  /** One token per approval, in the bundle's order. */
  readonly tokens: readonly BundleToken[];
  /** The bundle's summary, as signed. */
  readonly summary: BundleSummary;
}

/**
 * Signs every approval of a bundle at once ("Pay", then the two-factor signature), returning
 * every problem instead of throwing. Each token carries the bundle id.
 */
export async function safeIssueBundleTokens(bundle: ApprovalBundle, key: ApprovalKey, options: BundleTokenOptions): Promise<Result<BundleTokens>> {
  const parsedOptions = BundleTokenOptionsSchema.safeParse(options);
  if (!parsedOptions.success) return fail(zodToApprovalIssues(parsedOptions.error.issues, ['options'], 'approval/invalid-options'));
  const problems = checkRequests(bundle.requests, [], 0);
  if (problems.length > 0) return fail(problems);
  const issuedAt = Math.floor(options.now.getTime() / 1000);
  const notBefore = options.notBefore === undefined ? issuedAt : Math.floor(options.notBefore.getTime() / 1000);
  const expiresAt = Math.max(issuedAt, notBefore) + options.validForSeconds;
  const tokens: BundleToken[] = [];
  for (const [index, request] of bundle.requests.entries()) {
    const claims: ApprovalClaims = { ...request, issuedAt, notBefore, expiresAt, paid: options.paid, bundleId: bundle.bundleId };
    const result = await safeIssueApprovalToken(claims, key);
    if (!result.ok) return fail(result.issues.map((i) => (i.path[0] === 'claims' ? { ...i, path: ['requests', index, ...i.path.slice(1)] } : i)));
    tokens.push({ approvalId: request.approvalId, companyOrgNo: request.companyOrgNo, token: result.value, claims });
  }
  return ok({ bundleId: bundle.bundleId, tokens, summary: summariseBundle(bundle) });
}

/**
 * Signs every approval of a bundle; see {@link safeIssueBundleTokens}.
 *
 * @throws {ApprovalError} `approval/invalid-options`, `approval/invalid-claims`,
 * `approval/key-cannot-sign` or `approval/invalid-key`.
 */
export async function issueBundleTokens(bundle: ApprovalBundle, key: ApprovalKey, options: BundleTokenOptions): Promise<BundleTokens> {
  return unwrap(await safeIssueBundleTokens(bundle, key, options), ApprovalError);
}
