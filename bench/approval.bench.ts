/**
 * Approval tokens: verifications per second, eftkit `verifyApprovalToken` against jose
 * `jwtVerify` on the same tokens with the same Web Crypto keys, in one run. Run with
 * `npx vitest bench --run bench/approval.bench.ts`.
 *
 * 100 distinct tokens per algorithm per op. eftkit does more per token than jose here: it also
 * checks every claim's shape and binds the token to the payment line (company, account,
 * currency, amount, reference, date window). jose checks the signature, `typ`, `exp`/`nbf`.
 * No replay store (it would make the second round fail by design).
 */
import { jwtVerify } from 'jose';
import { bench, describe } from 'vitest';
import {
  APPROVAL_TOKEN_TYPE,
  createApprovalKeyring,
  importApprovalKey,
  issueApprovalToken,
  verifyApprovalToken,
  type ApprovalClaims,
  type ApprovalKey,
} from '../src/approval';
import type { PaymentLine } from '../src/validation';

const NOW = new Date('2026-11-30T10:00:00Z');
const NOW_S = Math.floor(NOW.getTime() / 1000);
const COMPANY = '987654321';
const line: PaymentLine = {
  lineId: 'L1',
  supplierNo: '10023',
  amount: '12500.00',
  currency: 'NOK',
  dueDate: '2026-12-04',
  creditor: { name: 'Fjordkraft AS', country: 'NO', account: { bban: '86011117947' } },
  remittance: { type: 'reference', reference: '000000100230' },
};
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

const hs = await importApprovalKey({ kid: 'hs-1', alg: 'HS256', secret: new Uint8Array(32).map((_, i) => i * 7) });
const edPair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
const ed = await importApprovalKey({ kid: 'ed-1', alg: 'EdDSA', cryptoKey: edPair.privateKey, publicKey: edPair.publicKey });
const keyring = createApprovalKeyring([hs, ed]);

async function tokensFor(key: ApprovalKey): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < 100; i++) out.push(await issueApprovalToken({ ...base, approvalId: `APR-${i}` }, key));
  return out;
}
const TOKENS = { HS256: await tokensFor(hs), EdDSA: await tokensFor(ed) };

// Sanity: both accept every token before timing.
for (const alg of ['HS256', 'EdDSA'] as const) {
  const key = alg === 'HS256' ? hs : ed;
  for (const t of TOKENS[alg]) {
    const v = await verifyApprovalToken(t, { companyOrgNo: COMPANY, line }, keyring, { now: NOW });
    if (!v.valid) throw new Error(`eftkit rejected a bench token: ${v.reasons.join(', ')}`);
    await jwtVerify(t, key.verificationKey, { algorithms: [alg], typ: APPROVAL_TOKEN_TYPE, currentDate: NOW });
  }
}

let sink = 0;
// Long runs: the machine is shared, so short runs swing with the other engineers' load.
const OPTIONS = { time: 3000, warmupTime: 500 };
for (const alg of ['HS256', 'EdDSA'] as const) {
  const key = alg === 'HS256' ? hs : ed;
  describe(`verify 100 ${alg} approval tokens`, () => {
    bench(`eftkit verifyApprovalToken (${alg})`, async () => {
      for (const t of TOKENS[alg]) {
        const v = await verifyApprovalToken(t, { companyOrgNo: COMPANY, line }, keyring, { now: NOW });
        if (v.valid) sink++;
      }
    }, OPTIONS);
    bench(`jose jwtVerify (${alg})`, async () => {
      for (const t of TOKENS[alg]) {
        const { payload } = await jwtVerify(t, key.verificationKey, { algorithms: [alg], typ: APPROVAL_TOKEN_TYPE, currentDate: NOW });
        if (payload.jti !== undefined) sink++;
      }
    }, OPTIONS);
  });
}

export { sink };
