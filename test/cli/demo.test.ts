import { describe, expect, it } from 'vitest';
import { voucherTotals } from '../../src/matching';
import { runDemo } from '../../scripts/demo';

describe('npm run demo', () => {
  it('runs the whole flow on its sample data with the expected figures', async () => {
    const out: string[] = [];
    const figures = await runDemo((line) => out.push(line));
    expect(figures.deficientBefore).toEqual(['L1']);
    expect(figures.movedDates).toEqual({ L1: '2026-12-23', L2: '2026-12-04', L3: '2026-12-08' });
    expect(figures.preApproved).toEqual(['L1']);
    expect(figures.regular).toEqual(['L2', 'L3']);
    expect(figures.files.map((f) => [f.messageId, f.lines, f.controlSum])).toEqual([
      ['MSG-P-2026-0042-PA', 1, '12500.00'],
      ['MSG-P-2026-0042', 2, '1250.50'],
    ]);
    for (const f of figures.files) expect(f.xsd).toMatch(/^(valid against|skipped)/);
    expect(figures.statuses).toEqual({ L1: 'settled', L2: 'settled', L3: 'rejected' });
    expect(figures.settlementVouchers.map((v) => v.id)).toEqual(['P-2026-0042/L1:create-settlement-voucher', 'P-2026-0042/L2:create-settlement-voucher']);
    // EUR 250.50 + 2.50 charges at 11.4825 = NOK 2905.08 credited to the bank.
    expect(figures.settlementVouchers[1]?.lines.find((l) => l.side === 'credit')?.ledgerAmount).toBe('2905.08');
    expect(figures.incomingOutcomes).toEqual([
      { paymentId: 'B-001', status: 'matched', entries: ['E-4567'], unallocated: '0.00' },
      { paymentId: 'B-002', status: 'matched', entries: ['E-4568', 'E-4569'], unallocated: '0.00' },
      { paymentId: 'B-003', status: 'unmatched', entries: [], unallocated: '500.00' },
    ]);
    for (const v of [...figures.settlementVouchers, ...figures.incomingVouchers]) {
      expect(voucherTotals(v).balanced, v.id).toBe(true);
    }
    expect(out.at(-1)).toMatch(/^\nDone: 3 lines sent in 2 files \(2 settled, 1 rejected/);
  });

  it('prints the same output on every run (no clock, no randomness)', async () => {
    const a: string[] = [];
    const b: string[] = [];
    await runDemo((l) => a.push(l));
    await runDemo((l) => b.push(l));
    expect(a).toEqual(b);
  });
});
