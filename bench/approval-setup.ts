/**
 * What both approval benchmarks verify: one payment line, an HS256 and an EdDSA key in one
 * keyring, and 100 distinct tokens per key for that line (imported by approval.bench.ts and
 * approval-interleaved.ts, so both measure the same work). The line, the time and the company
 * are the approval tests' own (test/approval/fixtures.ts).
 */
import { createApprovalKeyring, importApprovalKey, issueApprovalToken, type ApprovalClaims, type ApprovalKey, type ApprovalKeyring } from '../src/approval';
import { COMPANY, line, NOW, NOW_S } from '../test/approval/fixtures';

export { COMPANY, line, NOW };

const base: Omit<ApprovalClaims, 'approvalId'> = {
  companyOrgNo: COMPANY,
  creditorAccount: 'bban:86011117947',
  currency: 'NOK',
  maxAmount: '12500.00',
  referenceType: 'cid',
  reference: '000000100230',
  dateFrom: '2026-12-01',
  dateTo: '2026-12-10',
  approver: 'kari.nordmann',
  issuedAt: NOW_S - 60,
  notBefore: NOW_S - 60,
  expiresAt: NOW_S + 86_400,
  paid: true,
  bundleId: 'B-1',
};

export const hs: ApprovalKey = await importApprovalKey({ kid: 'hs-1', alg: 'HS256', secret: new Uint8Array(32).map((_, i) => i * 7) });
const edPair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
export const ed: ApprovalKey = await importApprovalKey({ kid: 'ed-1', alg: 'EdDSA', cryptoKey: edPair.privateKey, publicKey: edPair.publicKey });
export const keyring: ApprovalKeyring = createApprovalKeyring([hs, ed]);

export async function tokensFor(key: ApprovalKey): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < 100; i++) out.push(await issueApprovalToken({ ...base, approvalId: `APR-${i}` }, key));
  return out;
}
