/**
 * What both approval benchmarks verify: one payment line, an HS256 and an EdDSA key in one
 * keyring, and 100 distinct tokens per key for that line (imported by approval.bench.ts and
 * approval-interleaved.ts, so both measure the same work). The line, the time, the company and
 * the claims are the approval tests' own (test/approval/fixtures.ts).
 */
import { createApprovalKeyring, importApprovalKey, issueApprovalToken, type ApprovalKey, type ApprovalKeyring } from '../src/approval';
import { claimsOf, COMPANY, line, NOW, request } from '../test/approval/fixtures';

export { COMPANY, line, NOW };

export const hs: ApprovalKey = await importApprovalKey({ kid: 'hs-1', alg: 'HS256', secret: new Uint8Array(32).map((_, i) => i * 7) });
const edPair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
export const ed: ApprovalKey = await importApprovalKey({ kid: 'ed-1', alg: 'EdDSA', cryptoKey: edPair.privateKey, publicKey: edPair.publicKey });
export const keyring: ApprovalKeyring = createApprovalKeyring([hs, ed]);

export async function tokensFor(key: ApprovalKey): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < 100; i++) out.push(await issueApprovalToken(claimsOf(request, { approvalId: `APR-${i}`, bundleId: 'B-1' }), key));
  return out;
}
