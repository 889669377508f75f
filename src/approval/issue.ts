import { fail, issue, ok, unwrap, type Result } from '../errors';
import { claimsToPayload, type ApprovalClaims } from './claims';
import { ApprovalError } from './errors';
import { APPROVAL_TOKEN_TYPE, signCompactJws } from './jws';
import { cryptoKeyIssues, type ApprovalKey } from './keys';
import { APPROVAL_MESSAGES as M } from './messages';
import { ApprovalClaimsSchema, zodToApprovalIssues } from './schemas';

const encoder = new TextEncoder();

/**
 * Signs approval claims as a JWS compact token (`header.payload.signature`, RFC 7515) with the
 * key's pinned algorithm, returning every problem instead of throwing. The header is
 * `{ "alg", "typ": "eftkit-approval+jwt", "kid" }`; the payload is described in docs/approval.md.
 */
export async function safeIssueApprovalToken(claims: ApprovalClaims, key: ApprovalKey): Promise<Result<string>> {
  const parsed = ApprovalClaimsSchema.safeParse(claims);
  const problems = parsed.success ? [] : zodToApprovalIssues(parsed.error.issues, ['claims']);
  const signingKey = key.signingKey;
  if (signingKey === undefined) problems.push(issue('approval/key-cannot-sign', M.keyCannotSign(key.kid), ['key']));
  else problems.push(...cryptoKeyIssues(key.kid, key.alg, signingKey, 'sign'));
  if (problems.length > 0 || !parsed.success || signingKey === undefined) return fail(problems);
  const payload = encoder.encode(JSON.stringify(claimsToPayload(parsed.data)));
  return ok(await signCompactJws({ alg: key.alg, typ: APPROVAL_TOKEN_TYPE, kid: key.kid }, payload, { ...key, signingKey }));
}

/**
 * Signs approval claims as a JWS compact token; see {@link safeIssueApprovalToken}.
 *
 * @throws {ApprovalError} `approval/invalid-claims` (every bad claim listed),
 * `approval/key-cannot-sign` for a public key, `approval/invalid-key` for a key that does not
 * fit its algorithm.
 */
export async function issueApprovalToken(claims: ApprovalClaims, key: ApprovalKey): Promise<string> {
  return unwrap(await safeIssueApprovalToken(claims, key), ApprovalError);
}
