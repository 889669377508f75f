import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ApprovalError,
  InMemoryReplayStore,
  addToBundle,
  approvalRequestForLine,
  cancelApproval,
  createApprovalBundle,
  issueApprovalToken,
  issueBundleTokens,
  partitionByApproval,
  safeAddToBundle,
  safeCancelApproval,
  safeIssueBundleTokens,
  summariseBundle,
  verificationOnly,
  verifyApprovalToken,
  type ApprovalRequest,
} from '../../src/approval';
import { sumAmounts, parseAmount } from '../../src/money';
import { approvalCaseArbitrary } from '../../src/testing';
import type { PaymentLine } from '../../src/validation';
import { COMPANY, NOW, claims, edKey, hsKey, keyring, line, request } from './fixtures';

const OTHER_COMPANY = '912345678';
const eurLine: PaymentLine = {
  lineId: 'L2',
  supplierNo: '20001',
  amount: '1000.10',
  currency: 'EUR',
  dueDate: '2026-12-07',
  creditor: { name: 'Müller GmbH', country: 'DE', account: { iban: 'DE89370400440532013000' } },
  remittance: { type: 'reference', reference: 'RF18539007547034' },
};
const requests: ApprovalRequest[] = [
  request,
  { ...request, approvalId: 'APR-1002', maxAmount: '0.10', reference: '000000100248' },
  approvalRequestForLine(eurLine, { companyOrgNo: COMPANY, approvalId: 'APR-1003', approver: 'kari.nordmann' }),
  approvalRequestForLine(eurLine, { companyOrgNo: OTHER_COMPANY, approvalId: 'APR-2001', approver: 'ola', maxAmount: '0.20' }),
  approvalRequestForLine(eurLine, { companyOrgNo: OTHER_COMPANY, approvalId: 'APR-2002', approver: 'ola', maxAmount: '0.10' }),
];

describe('bundles', () => {
  it('"Approve and pay" on invoices of two companies; the summary sums exactly per company and currency', () => {
    const bundle = addToBundle(createApprovalBundle('B-1', requests.slice(0, 2)), requests.slice(2));
    expect(summariseBundle(bundle)).toEqual({
      bundleId: 'B-1',
      count: 5,
      companies: 2,
      totals: [
        { companyOrgNo: OTHER_COMPANY, currency: 'EUR', count: 2, total: '0.30' },
        { companyOrgNo: COMPANY, currency: 'EUR', count: 1, total: '1000.10' },
        { companyOrgNo: COMPANY, currency: 'NOK', count: 2, total: '12500.10' },
      ],
    });
  });

  it('"Cancel approval" takes one invoice out; the others stay in order', () => {
    const bundle = createApprovalBundle('B-1', requests);
    const smaller = cancelApproval(bundle, 'APR-1002');
    expect(smaller.requests.map((r) => r.approvalId)).toEqual(['APR-1001', 'APR-1003', 'APR-2001', 'APR-2002']);
    expect(bundle.requests).toHaveLength(5); // immutable
    expect(summariseBundle(smaller).totals.find((t) => t.currency === 'NOK')).toEqual({ companyOrgNo: COMPANY, currency: 'NOK', count: 1, total: '12500.00' });
    expect(safeCancelApproval(smaller, 'APR-1002')).toMatchObject({ ok: false, issues: [{ code: 'approval/not-in-bundle' }] });
  });

  it('refuses duplicate approvals and bad requests, listing all', () => {
    const result = safeAddToBundle(createApprovalBundle('B-1', [request]), [request, { ...request, approvalId: 'APR-9', creditorAccount: 'NO93' }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['approval/duplicate-approval', ['requests', 1, 'approvalId']],
      ['approval/invalid-claims', ['requests', 2, 'creditorAccount']],
    ]);
    expect(() => createApprovalBundle('B 1')).toThrow(ApprovalError);
  });

  it('"Pay" signs every approval with 2FA status; each token verifies for its own company', async () => {
    const bundle = createApprovalBundle('B-1', requests);
    const signed = await issueBundleTokens(bundle, edKey, { now: NOW, validForSeconds: 7 * 86_400, paid: true });
    expect(signed.tokens.map((t) => t.approvalId)).toEqual(requests.map((r) => r.approvalId));
    expect(signed.summary.count).toBe(5);
    const eurVerdict = await verifyApprovalToken(signed.tokens[3]!.token, { companyOrgNo: OTHER_COMPANY, line: { ...eurLine, amount: '0.20' } }, keyring, { now: NOW });
    expect(eurVerdict).toMatchObject({ valid: true, claims: { bundleId: 'B-1', paid: true, approvalId: 'APR-2001' } });
    const wrongCompany = await verifyApprovalToken(signed.tokens[3]!.token, { companyOrgNo: COMPANY, line: { ...eurLine, amount: '0.20' } }, keyring, { now: NOW });
    expect(wrongCompany.reasons).toEqual(['approval/other-company']);
  });

  it('approved only (no 2FA): tokens say so and do not pre-approve', async () => {
    const signed = await issueBundleTokens(createApprovalBundle('B-2', [request]), hsKey, { now: NOW, validForSeconds: 3600, paid: false });
    const verdict = await verifyApprovalToken(signed.tokens[0]!.token, { companyOrgNo: COMPANY, line }, keyring, { now: NOW });
    expect(verdict.reasons).toEqual(['approval/not-paid']);
  });

  it('signing problems come back as issues', async () => {
    const bundle = createApprovalBundle('B-3', [request]);
    expect(await safeIssueBundleTokens(bundle, hsKey, { now: NOW, validForSeconds: 0, paid: true })).toMatchObject({ ok: false, issues: [{ code: 'approval/invalid-options' }] });
    expect(await safeIssueBundleTokens(bundle, verificationOnly(edKey), { now: NOW, validForSeconds: 60, paid: true })).toMatchObject({ ok: false, issues: [{ code: 'approval/key-cannot-sign' }] });
  });

  it('property: the summary accounts for every approval and sums exactly', () => {
    fc.assert(
      fc.property(fc.array(approvalCaseArbitrary(fc), { minLength: 1, maxLength: 12 }), (cases) => {
        const reqs = cases.map((c, i) => ({ ...c.request, approvalId: `A-${i}` }));
        const summary = summariseBundle(createApprovalBundle('B', reqs));
        expect(summary.totals.reduce((n, t) => n + t.count, 0)).toBe(reqs.length);
        for (const t of summary.totals) {
          const mine = reqs.filter((r) => r.companyOrgNo === t.companyOrgNo && r.currency === t.currency);
          expect(t.total).toBe(sumAmounts(mine.map((r) => parseAmount(r.maxAmount, r.currency)), t.currency).toString());
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('partitionByApproval', () => {
  it('splits pre-approved from regular lines; a failing token is reported with its reasons, never dropped', async () => {
    const good = await issueApprovalToken(claims, edKey);
    const lines: PaymentLine[] = [
      { ...line, lineId: 'L1', approvalToken: good },
      { ...eurLine, lineId: 'L2' },
      { ...line, lineId: 'L3', amount: '20000.00', approvalToken: await issueApprovalToken({ ...claims, approvalId: 'APR-7' }, hsKey) },
      { ...line, lineId: 'L4', approvalToken: 'garbage' },
      { ...line, lineId: 'L5', approvalToken: '' },
      { ...line, lineId: 'L6', approvalToken: good },
    ];
    const store = new InMemoryReplayStore();
    const parts = await partitionByApproval(lines, { companyOrgNo: COMPANY, keyring, now: NOW, replayStore: store, consume: false });
    expect(parts.preApproved.map((l) => l.line.lineId)).toEqual(['L1']);
    expect(parts.regular.map((l) => l.line.lineId)).toEqual(['L2', 'L5']);
    expect(parts.rejected.map((l) => [l.line.lineId, l.reasons])).toEqual([
      ['L3', ['approval/amount-higher']],
      ['L4', ['approval/malformed']],
      ['L6', ['approval/already-used']],
    ]);
    expect(parts.rejected[0]!.issues[0]!.path).toEqual(['lines', 2, 'amount']);
    expect(parts.rejected[1]!.issues[0]!.path).toEqual(['lines', 3, 'approvalToken']);
    expect(store.size).toBe(0); // a preview does not consume
  });

  it('property: every line lands in exactly one group; tokened lines are never regular', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(approvalCaseArbitrary(fc), fc.constantFrom('none', 'valid', 'higher', 'garbage')), { minLength: 0, maxLength: 8 }),
        async (rows) => {
          const lines: PaymentLine[] = [];
          for (const [i, [c, kind]] of rows.entries()) {
            const req = { ...c.request, companyOrgNo: COMPANY, approvalId: `A-${i}` };
            const token = kind === 'none' ? undefined : kind === 'garbage' ? 'x.y.z' : await issueApprovalToken({ ...claims, ...req }, hsKey);
            const amount = kind === 'higher' ? `${c.line.amount.split('.')[0]}9${c.line.amount.slice(c.line.amount.split('.')[0]!.length)}` : c.line.amount;
            lines.push({ ...c.line, amount, lineId: `L${i}`, ...(token === undefined ? {} : { approvalToken: token }) });
          }
          const parts = await partitionByApproval(lines, { companyOrgNo: COMPANY, keyring, now: NOW });
          const all = [...parts.preApproved, ...parts.regular, ...parts.rejected].map((p) => p.index).sort((a, b) => a - b);
          expect(all).toEqual(lines.map((_, i) => i));
          expect(parts.regular.every((p) => p.line.approvalToken === undefined)).toBe(true);
          expect(parts.preApproved.map((p) => p.index)).toEqual(rows.flatMap(([, kind], i) => (kind === 'valid' ? [i] : [])));
          expect(parts.rejected.every((p) => p.reasons.length > 0)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
