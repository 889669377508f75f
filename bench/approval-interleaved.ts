/**
 * Approval tokens, eftkit against jose, interleaved: the same 100 tokens per algorithm,
 * eftkit and jose alternating batch by batch (order swapped each round), so that load from
 * other processes on a shared machine hits both alike. Prints the median batch time of each and
 * the ratio. Run with `npx tsx bench/approval-interleaved.ts` (complements
 * `bench/approval.bench.ts`, whose separate runs swing with the load).
 */
import { jwtVerify } from 'jose';
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
const ROUNDS = Number(process.env['ROUNDS'] ?? 60);

async function tokensFor(key: ApprovalKey): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < 100; i++) out.push(await issueApprovalToken({ ...base, approvalId: `APR-${i}` }, key));
  return out;
}

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
