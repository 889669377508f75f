import { issue, type EftkitIssue, type IssuePath } from '../errors';
import type { PaymentLine } from '../validation/model';
import type { ApprovalClaims } from './claims';
import type { ApprovalKeyring } from './keys';
import { APPROVAL_MESSAGES as M } from './messages';
import type { ApprovalFailureCode } from './messages';
import { verifyApprovalToken, type VerifyApprovalOptions } from './verify';

/** Options of {@link partitionByApproval}: the verification options plus company and keys. */
export interface PartitionByApprovalOptions extends VerifyApprovalOptions {
  /** Organisation number of the paying company of these lines. */
  readonly companyOrgNo: string;
  /** The keys that may have signed the tokens. */
  readonly keyring: ApprovalKeyring;
}

/** A line with its index in the input. */
export interface IndexedPaymentLine {
  /** Position in the input list. */
  readonly index: number;
  /** The line. */
  readonly line: PaymentLine;
}

/** A line whose token pre-approves it. */
export interface PreApprovedPaymentLine extends IndexedPaymentLine {
  /** The signed claims. */
  readonly claims: ApprovalClaims;
}

/** A line that carries a token that does not pre-approve it. */
export interface RejectedPaymentLine extends IndexedPaymentLine {
  /** Every reason. */
  readonly reasons: readonly ApprovalFailureCode[];
  /** The issues, with paths from the input (`['lines', 3, 'approvalToken']`). */
  readonly issues: readonly EftkitIssue[];
}

/**
 * The lines of a suggestion split by pre-approval. Every input line is in exactly one list.
 * Export `preApproved` as a payment of its own and `regular` as another; never both together.
 */
export interface PartitionedPaymentLines {
  /** Lines with a valid token: the hub sends them without further approval. */
  readonly preApproved: readonly PreApprovedPaymentLine[];
  /** Lines without a token: the usual approval in the hub. */
  readonly regular: readonly IndexedPaymentLine[];
  /**
   * Lines with a token that fails, with the reasons: neither pre-approved nor silently
   * regular. Remove the token (usual approval) or get a new approval.
   */
  readonly rejected: readonly RejectedPaymentLine[];
}

function relocate(path: IssuePath, index: number): IssuePath {
  if (path[0] === 'token') return ['lines', index, 'approvalToken', ...path.slice(1)];
  if (path[0] === 'line') return ['lines', index, ...path.slice(1)];
  return path;
}

/**
 * Splits payment lines into pre-approved (a token that verifies against the line), regular (no
 * token: `approvalToken` absent or empty) and rejected (a token that fails, with every reason),
 * so that pre-approved lines are never exported together with the others and no line is
 * dropped. Lines are checked in order; a second line with the same approval id is rejected as
 * `already-used` even without a replay store. With a replay store and `consume` (the default),
 * valid tokens are marked used; pass `consume: false` for a preview in the ERP.
 *
 * @throws {ApprovalError} `approval/invalid-options` for a bad `now` or `clockSkew`; whatever
 * the replay store throws.
 */
export async function partitionByApproval(lines: readonly PaymentLine[], options: PartitionByApprovalOptions): Promise<PartitionedPaymentLines> {
  const preApproved: PreApprovedPaymentLine[] = [];
  const regular: IndexedPaymentLine[] = [];
  const rejected: RejectedPaymentLine[] = [];
  const seen = new Set<string>();
  for (const [index, line] of lines.entries()) {
    const token = line.approvalToken;
    if (token === undefined || token === '') {
      regular.push({ index, line });
      continue;
    }
    const verdict = await verifyApprovalToken(token, { companyOrgNo: options.companyOrgNo, line }, options.keyring, options);
    if (verdict.valid && !seen.has(verdict.claims.approvalId)) {
      seen.add(verdict.claims.approvalId);
      preApproved.push({ index, line, claims: verdict.claims });
    } else if (verdict.valid) {
      const again = issue('approval/already-used', M.alreadyUsed(verdict.claims.approvalId), ['lines', index, 'approvalToken']);
      rejected.push({ index, line, reasons: ['approval/already-used'], issues: [again] });
    } else {
      rejected.push({ index, line, reasons: verdict.reasons, issues: verdict.issues.map((i) => ({ ...i, path: relocate(i.path, index) })) });
    }
  }
  return { preApproved, regular, rejected };
}
