/**
 * `eftkit/approval`: pre-approval tokens ("Approve and pay"). Signed JWS compact tokens
 * (HS256 or EdDSA/Ed25519 through Web Crypto) bound to the payment they approve: company,
 * creditor account, currency, maximum amount, invoice reference, date window; single use
 * through a replay store; bundles across companies; and the export rule that keeps
 * pre-approved lines apart from the others.
 *
 * @packageDocumentation
 */
export { ApprovalError } from './errors';
export { APPROVAL_MESSAGES } from './messages';
export type { ApprovalFailureCode, ApprovalIssueCode } from './messages';
export { encodeBase64url, decodeBase64url } from './base64url';
export {
  APPROVAL_ALGORITHMS,
  importApprovalKey,
  safeImportApprovalKey,
  verificationOnly,
  exportPublicJwk,
  createApprovalKeyring,
  safeCreateApprovalKeyring,
} from './keys';
export type { ApprovalAlgorithm, ApprovalKey, ApprovalKeyInput, ApprovalKeyring } from './keys';
export {
  creditorAccountKey,
  normaliseOrgNo,
  normaliseReference,
  remittanceReference,
  paymentDateOf,
  approvalRequestForLine,
  claimsToPayload,
} from './claims';
export type { ApprovalReferenceType, ApprovalRequest, ApprovalClaims, ApprovalPayload, ApprovalRequestOptions } from './claims';
export { APPROVAL_TOKEN_TYPE, parseCompactJws } from './jws';
export type { ApprovalTokenHeader, ParsedCompactJws } from './jws';
export { ApprovalRequestSchema, ApprovalClaimsSchema, ApprovalSubjectSchema, BundleTokenOptionsSchema, VerifyApprovalOptionsSchema } from './schemas';
export { issueApprovalToken, safeIssueApprovalToken } from './issue';
export { verifyApprovalToken } from './verify';
export type {
  ApprovalSubject,
  VerifyApprovalOptions,
  ApprovalVerdict,
  ValidApprovalVerdict,
  InvalidApprovalVerdict,
} from './verify';
export { InMemoryReplayStore } from './replay';
export type { ApprovalReplayStore } from './replay';
export {
  createApprovalBundle,
  safeCreateApprovalBundle,
  addToBundle,
  safeAddToBundle,
  cancelApproval,
  safeCancelApproval,
  summariseBundle,
  issueBundleTokens,
  safeIssueBundleTokens,
} from './bundle';
export type { ApprovalBundle, BundleTotal, BundleSummary, BundleTokenOptions, BundleToken, BundleTokens } from './bundle';
export { partitionByApproval } from './partition';
export type {
  PartitionByApprovalOptions,
  IndexedPaymentLine,
  PreApprovedPaymentLine,
  RejectedPaymentLine,
  PartitionedPaymentLines,
} from './partition';
