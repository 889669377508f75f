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
import { APPROVAL_TOKEN_TYPE, verifyApprovalToken } from '../src/approval';
import { COMPANY, NOW, ed, hs, keyring, line, tokensFor } from './approval-setup';

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
