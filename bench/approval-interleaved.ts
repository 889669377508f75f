/**
 * Approval tokens, eftkit against jose, interleaved: the same 100 tokens per algorithm,
 * eftkit and jose alternating batch by batch (order swapped each round), so that load from
 * other processes on a shared machine hits both alike. Prints the median batch time of each and
 * the ratio. Run with `npx tsx bench/approval-interleaved.ts` (complements
 * `bench/approval.bench.ts`, whose separate runs swing with the load).
 */
import { jwtVerify } from 'jose';
import { APPROVAL_TOKEN_TYPE, verifyApprovalToken } from '../src/approval';
import { COMPANY, NOW, ed, hs, keyring, line, tokensFor } from './approval-setup';

const ROUNDS = Number(process.env['ROUNDS'] ?? 60);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

for (const key of [hs, ed]) {
  const tokens = await tokensFor(key);
  const ours = async (): Promise<void> => {
    for (const t of tokens) {
      const v = await verifyApprovalToken(t, { companyOrgNo: COMPANY, line }, keyring, { now: NOW });
      if (!v.valid) throw new Error(v.reasons.join(', '));
    }
  };
  const theirs = async (): Promise<void> => {
    for (const t of tokens) await jwtVerify(t, key.verificationKey, { algorithms: [key.alg], typ: APPROVAL_TOKEN_TYPE, currentDate: NOW });
  };
  const timed = async (f: () => Promise<void>): Promise<number> => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  for (let i = 0; i < 5; i++) {
    await ours();
    await theirs();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) {
      a.push(await timed(ours));
      b.push(await timed(theirs));
    } else {
      b.push(await timed(theirs));
      a.push(await timed(ours));
    }
  }
  const ma = median(a);
  const mb = median(b);
  console.log(
    `${key.alg}: eftkit ${Math.round(100_000 / ma)} verifications/s (median ${ma.toFixed(2)} ms per 100), ` +
      `jose ${Math.round(100_000 / mb)} verifications/s (median ${mb.toFixed(2)} ms per 100), eftkit/jose ${(mb / ma).toFixed(2)}×`,
  );
}
