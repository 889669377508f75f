/**
 * Matching: eftkit's indexed matcher against a naive matcher (every payment's CID read with
 * `interpretCidForAccount`, then the open entries scanned with `Array.find`), the way a first
 * integration often looks. No npm package matches Nordic CIDs against open entries, so the naive
 * matcher is the peer. Run with `npx vitest bench --run bench/matching.bench.ts`.
 *
 * The 1,000,000 and 2,000,000 runs with peak memory are `node bench/matching-scale.mjs`
 * (child processes under /usr/bin/time -v); see docs/benchmarks.md.
 */
import { bench, describe } from 'vitest';
import { createCidRegistry, generateCid, interpretCidForAccount } from '../src/cid';
import { matchIncomingPayments, type IncomingPayment, type MatchingSetup, type OpenCustomerEntry } from '../src/matching';

const FACTORING = { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 };
const ACCOUNT = '15031234567';
const setup: MatchingSetup = {
  accounts: [{ account: ACCOUNT, bankGlAccount: '1920', definitions: [FACTORING] }],
  glAccounts: { receivables: '1500', suspense: '2990' },
};

function inputs(n: number): { payments: IncomingPayment[]; entries: OpenCustomerEntry[] } {
  let state = 7;
  const next = (m: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % m;
  };
  const entries: OpenCustomerEntry[] = [];
  const payments: IncomingPayment[] = [];
  for (let i = 0; i < n; i++) {
    const customerNo = String(10000 + (i % 997));
    const invoiceNo = String(100000 + i);
    const amount = `${100 + next(9000)}.00`;
    entries.push({ id: `E${i}`, customerNo, invoiceNo, amount, currency: 'NOK' });
    const p: IncomingPayment = { id: `P${i}`, receivingAccount: ACCOUNT, amount, currency: 'NOK', bookingDate: '2026-12-01' };
    payments.push(next(10) < 9 ? { ...p, reference: generateCid({ customerNo, invoiceNo }, FACTORING) } : { ...p, message: `Faktura ${invoiceNo}` });
  }
  return { payments, entries };
}

/** The naive peer: reads each CID with eftkit/cid and scans the entries for it. */
function naive(payments: readonly IncomingPayment[], entries: readonly OpenCustomerEntry[]): number {
  const registry = createCidRegistry([{ account: ACCOUNT, definitions: [FACTORING] }]);
  let matched = 0;
  for (const p of payments) {
    if (p.reference === undefined) continue;
    const m = interpretCidForAccount(p.reference, p.receivingAccount, registry).interpretation;
    if (entries.find((e) => e.customerNo === m.customerNo && e.invoiceNo === m.invoiceNo) !== undefined) matched++;
  }
  return matched;
}

const small = inputs(2_000);
const large = inputs(20_000);

describe('2,000 payments against 2,000 open entries', () => {
  bench('eftkit matchIncomingPayments (indexes, messages, vouchers)', () => {
    matchIncomingPayments(small.payments, small.entries, setup);
  });
  bench('naive: interpretCidForAccount + Array.find (CIDs only, no vouchers)', () => {
    naive(small.payments, small.entries);
  });
});

describe('20,000 payments against 20,000 open entries', () => {
  bench('eftkit matchIncomingPayments', () => {
    matchIncomingPayments(large.payments, large.entries, setup);
  });
});
