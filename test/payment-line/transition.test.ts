import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEftkitError } from '../../src/errors';
import {
  PAYMENT_HEADER_STATUSES,
  PAYMENT_LINE_EVENT_TYPES,
  PAYMENT_LINE_STATUSES,
  PAYMENT_LINE_STATUS_IDS,
  PAYMENT_LINE_TRANSITIONS,
  PaymentLineError,
  PaymentLineEventSchema,
  PaymentLineStateSchema,
  applyEvents,
  createPaymentLine,
  parsePaymentLineEvent,
  parsePaymentLineState,
  paymentHeaderStatus,
  safeCreatePaymentLine,
  safeParsePaymentLineEvent,
  safeParsePaymentLineState,
  safeTransition,
  transition,
  transitionDiagramMermaid,
  transitionRules,
  transitionTableMarkdown,
  type PaymentLineEvent,
  type PaymentLineEventType,
  type PaymentLineState,
  type PaymentLineStatusId,
} from '../../src/payment-line';
import { consistentHistoryArbitrary } from '../../src/testing';

const base = createPaymentLine({
  lineId: 'L1',
  paymentNo: 'P7',
  supplierNo: '20001',
  openEntryId: 'OE-9',
  amount: '1000',
  currency: 'NOK',
  paymentDate: '2026-12-01',
});

let n = 0;
const ev = (type: PaymentLineEventType, extra: Record<string, unknown> = {}, at = '2026-12-01T08:00:00Z'): PaymentLineEvent =>
  ({ id: `e${++n}`, at, lineId: 'L1', type, ...extra }) as PaymentLineEvent;
const settle = (amount: string, date = '2026-12-02', extra: Record<string, unknown> = {}) => ev('settled', { amount, currency: 'NOK', date, ...extra });
const reduce = (amount: string, at?: string) => ev('amount-reduced', { amount, currency: 'NOK' }, at);
const reject = () => ev('rejected', { reasonCode: 'AC01', reasonText: 'Incorrect account number' });

/** A line in each status, reached through events. */
function lineIn(status: PaymentLineStatusId): PaymentLineState {
  const paths: Record<PaymentLineStatusId, PaymentLineEvent[]> = {
    estimate: [],
    'transferred-to-eft': [ev('uploaded')],
    approved: [ev('uploaded'), ev('approved')],
    transferred: [ev('uploaded'), ev('sent-to-bank')],
    missing: [ev('uploaded'), ev('missing')],
    receipted: [ev('uploaded'), ev('accepted-by-bank')],
    'partly-settled': [ev('uploaded'), settle('600')],
    settled: [ev('uploaded'), settle('1000')],
    posted: [ev('uploaded'), settle('1000'), ev('posted')],
    rejected: [ev('uploaded'), reject()],
    cancelled: [ev('uploaded'), ev('cancelled')],
  };
  const line = applyEvents(base, paths[status]).line;
  expect(line.status).toBe(status);
  return line;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isEftkitError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe('statuses (ERP codes from DOMAIN.md section 2)', () => {
  it('carry the ERP codes and names a user sees', () => {
    const codes = Object.fromEntries(PAYMENT_LINE_STATUS_IDS.map((s) => [s, PAYMENT_LINE_STATUSES[s].erpCode]));
    expect(codes).toEqual({
      estimate: 1,
      'transferred-to-eft': 8,
      approved: 8,
      transferred: 2,
      missing: 9,
      receipted: 3,
      'partly-settled': 5,
      settled: 5,
      posted: 6,
      rejected: 10,
      cancelled: 10,
    });
    expect(PAYMENT_LINE_STATUSES.receipted.erpName).toBe('Receipted');
    expect(PAYMENT_LINE_STATUSES['transferred-to-eft'].erpName).toBe('Transferred to EFT system, not to bank');
    expect(PAYMENT_LINE_STATUS_IDS.filter((s) => PAYMENT_LINE_STATUSES[s].terminal)).toEqual(['posted', 'rejected', 'cancelled']);
    expect(Object.keys(PAYMENT_HEADER_STATUSES).map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 8, 9, 10]);
  });
});

describe('transition', () => {
  it('walks the happy path with effects that name line, supplier, open entry, amount, currency, date and charges', () => {
    const r = applyEvents(base, [ev('uploaded'), ev('approved'), ev('sent-to-bank'), ev('accepted-by-bank', { bankStatus: 'ACSP' }), settle('1000', '2026-12-02', { charges: { amount: '12.5', currency: 'NOK' } }), ev('posted', { voucherNo: 'V55' })]);
    expect(r.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'estimate>transferred-to-eft',
      'transferred-to-eft>approved',
      'approved>transferred',
      'transferred>receipted',
      'receipted>settled',
      'settled>posted',
    ]);
    expect(r.effects).toEqual([
      {
        id: 'P7/L1:create-settlement-voucher',
        kind: 'create-settlement-voucher',
        lineId: 'L1',
        paymentNo: 'P7',
        supplierNo: '20001',
        openEntryId: 'OE-9',
        amount: '1000.00',
        currency: 'NOK',
        date: '2026-12-02',
        charges: { amount: '12.50', currency: 'NOK' },
      },
    ]);
    expect(r.line).toMatchObject({ status: 'posted', paidAmount: '1000.00', openAmount: '0.00', voucherNo: 'V55', paymentDate: '2026-12-02' });
    expect(r.history[4]?.effectIds).toEqual(['P7/L1:create-settlement-voucher']);
  });

  it('partly settles: the line holds the paid amount, the remainder is reopened, paid + open = original', () => {
    const r = applyEvents(base, [ev('uploaded'), settle('999.99')]);
    expect(r.line).toMatchObject({ status: 'partly-settled', amount: '999.99', paidAmount: '999.99', openAmount: '0.01', originalAmount: '1000.00' });
    expect(r.effects.map((e) => [e.kind, e.amount])).toEqual([
      ['create-settlement-voucher', '999.99'],
      ['reopen-remainder', '0.01'],
    ]);
  });

  it('changes nothing on a duplicate id (the same object comes back)', () => {
    const e = ev('uploaded');
    const once = transition(base, e);
    const twice = transition(once.line, e);
    expect(twice.line).toBe(once.line);
    expect(twice.effects).toEqual([]);
    expect(twice.entry).toMatchObject({ outcome: 'duplicate', from: 'transferred-to-eft', to: 'transferred-to-eft' });
  });

  it('records and ignores a late event (sent to bank after settled)', () => {
    const settled = lineIn('settled');
    const r = transition(settled, ev('sent-to-bank'));
    expect(r.entry.outcome).toBe('late');
    expect(r.entry.note).toContain('recorded and ignored');
    expect(r.line.status).toBe('settled');
    expect(r.line.eventIds).toHaveLength(settled.eventIds.length + 1);
    expect(r.effects).toEqual([]);
  });

  it('settles out of order: settled before accepted-by-bank, which then arrives late', () => {
    const r = applyEvents(base, [settle('1000'), ev('accepted-by-bank'), ev('uploaded')]);
    expect(r.line.status).toBe('settled');
    expect(r.history.map((h) => h.outcome)).toEqual(['applied', 'late', 'late']);
  });

  it('rejects and cancels with the effect "make payable again" for the whole original amount', () => {
    const reduced = applyEvents(base, [reduce('700')]).line;
    const r = transition(reduced, reject());
    expect(r.line).toMatchObject({ status: 'rejected', rejection: { reasonCode: 'AC01', reasonText: 'Incorrect account number' } });
    expect(r.effects).toMatchObject([{ kind: 'make-payable-again', amount: '1000.00', reason: 'rejected', id: 'P7/L1:make-payable-again' }]);
    const c = transition(lineIn('approved'), ev('batch-cancelled', { reasonText: 'Line 3 has no account' }));
    expect(c.line.status).toBe('cancelled');
    expect(c.effects).toMatchObject([{ kind: 'make-payable-again', reason: 'cancelled' }]);
  });

  it('merges reductions (lowest wins, older ones are late) and date changes (latest wins)', () => {
    const r = applyEvents(base, [
      reduce('800', '2026-12-01T10:00:00Z'),
      reduce('900', '2026-12-01T09:00:00+00:00'),
      ev('date-changed', { date: '2026-12-05' }, '2026-12-01T11:00:00+01:00'),
      ev('date-changed', { date: '2026-12-04' }, '2026-12-01T09:30:00Z'),
    ]);
    // 11:00+01:00 is 10:00Z, later than 09:30Z: the date of 5 December stands.
    expect(r.line).toMatchObject({ status: 'transferred-to-eft', amount: '800.00', paymentDate: '2026-12-05' });
    expect(r.history.map((h) => h.outcome)).toEqual(['applied', 'late', 'applied', 'late']);
  });

  it('refuses impossible events with a code, leaving the line unchanged', () => {
    const cases: [PaymentLineState, PaymentLineEvent, string][] = [
      [base, settle('1000.01'), 'payment-line/settled-exceeds-amount'],
      [applyEvents(base, [reduce('500')]).line, settle('600'), 'payment-line/settled-exceeds-amount'],
      [base, reduce('1000.01'), 'payment-line/amount-increased'],
      [applyEvents(base, [reduce('500', '2026-12-01T08:00:00Z')]).line, reduce('600', '2026-12-01T09:00:00Z'), 'payment-line/amount-increased'],
      [applyEvents(base, [reduce('500', '2026-12-01T08:00:00Z')]).line, reduce('400', '2026-12-01T07:00:00Z'), 'payment-line/amount-increased'],
      [lineIn('partly-settled'), reduce('500'), 'payment-line/reduced-below-settled'],
      [lineIn('settled'), settle('999'), 'payment-line/settlement-conflict'],
      [lineIn('settled'), reject(), 'payment-line/conflicting-outcome'],
      [lineIn('rejected'), settle('1000'), 'payment-line/conflicting-outcome'],
      [lineIn('receipted'), ev('posted'), 'payment-line/not-settled'],
      [lineIn('posted'), reject(), 'payment-line/already-posted'],
      [lineIn('posted'), ev('cancelled'), 'payment-line/already-posted'],
      [lineIn('posted'), settle('900'), 'payment-line/already-posted'],
      [base, ev('settled', { amount: '10', currency: 'SEK', date: '2026-12-02' }), 'payment-line/currency-mismatch'],
      [base, { ...ev('uploaded'), lineId: 'L2' }, 'payment-line/wrong-line'],
      [base, { ...ev('uploaded'), type: 'exploded' } as unknown as PaymentLineEvent, 'payment-line/unknown-event-type'],
      [base, { ...ev('uploaded'), at: '2026-12-01 08:00' }, 'payment-line/invalid-event'],
      [base, settle('0'), 'payment-line/invalid-event'],
      [base, settle('10.001'), 'payment-line/invalid-event'],
      [base, settle('10', '2026-02-30'), 'payment-line/invalid-event'],
      [base, ev('rejected', { reasonCode: '', reasonText: 'x' }), 'payment-line/invalid-event'],
    ];
    for (const [line, event, code] of cases) {
      const snapshot = JSON.stringify(line);
      const r = safeTransition(line, event);
      expect(r.ok ? 'ok' : r.issues[0]?.code, `${event.type} on ${line.status}`).toBe(code);
      expect(codeOf(() => transition(line, event))).toBe(code);
      expect(JSON.stringify(line)).toBe(snapshot);
    }
    try {
      transition(lineIn('posted'), reject());
    } catch (e) {
      expect(e).toBeInstanceOf(PaymentLineError);
      expect((e as PaymentLineError).path).toEqual(['event', 'type']);
      expect((e as PaymentLineError).message).toMatch(/posted, which is final/);
    }
  });

  it('returns an issue (never throws) for a stored line that is not usable, and keeps the source in the history', () => {
    const broken = { ...base, status: 'lost' } as unknown as PaymentLineState;
    const r = safeTransition(broken, ev('uploaded'));
    expect(r.ok ? 'ok' : r.issues[0]?.code).toBe('payment-line/invalid-line');
    const garbled = { ...base, amount: 'lots' };
    const s = safeTransition(garbled, settle('10'));
    expect(s.ok ? 'ok' : s.issues[0]?.code).toBe('payment-line/invalid-line');
    const t = transition(base, ev('accepted-by-bank', { bankStatus: 'ACSP', source: 'pain.002' }));
    expect(t.entry).toMatchObject({ source: 'pain.002', outcome: 'applied', to: 'receipted' });
  });

  it('applyEvents throws at the impossible event with its index, or records it and goes on', () => {
    const events = [ev('uploaded'), settle('2000'), settle('1000')];
    let caught: unknown;
    try {
      applyEvents(base, events);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PaymentLineError);
    expect((caught as PaymentLineError).path).toEqual(['events', 1, 'amount']);
    const r = applyEvents(base, events, { impossible: 'record' });
    expect(r.history.map((h) => [h.outcome, h.code])).toEqual([
      ['applied', undefined],
      ['impossible', 'payment-line/settled-exceeds-amount'],
      ['applied', undefined],
    ]);
    expect(r.line.status).toBe('settled');
  });

  it('follows the table in every cell (status × event type)', () => {
    const events: Record<PaymentLineEventType, () => PaymentLineEvent> = {
      uploaded: () => ev('uploaded'),
      'batch-cancelled': () => ev('batch-cancelled'),
      'pre-approved': () => ev('pre-approved'),
      approved: () => ev('approved'),
      'sent-to-bank': () => ev('sent-to-bank'),
      missing: () => ev('missing'),
      'accepted-by-bank': () => ev('accepted-by-bank'),
      'amount-reduced': () => reduce('1000', '2026-12-02T08:00:00Z'),
      'date-changed': () => ev('date-changed', { date: '2026-12-03' }, '2026-12-02T08:00:00Z'),
      settled: () => settle('1000'),
      rejected: () => reject(),
      cancelled: () => ev('cancelled'),
      posted: () => ev('posted'),
    };
    for (const from of PAYMENT_LINE_STATUS_IDS) {
      const line = lineIn(from);
      for (const type of PAYMENT_LINE_EVENT_TYPES) {
        const rule = PAYMENT_LINE_TRANSITIONS[from][type];
        const r = safeTransition(line, events[type]());
        const where = `${type} on ${from}`;
        if (rule.action === 'impossible') {
          expect(r.ok, where).toBe(false);
          if (!r.ok) expect(rule.codes, where).toContain(r.issues[0]?.code);
          continue;
        }
        if (!r.ok) {
          // Data-dependent impossibility (a different settlement, a reduction below the paid amount).
          expect(rule.codes, where).toContain(r.issues[0]?.code);
          continue;
        }
        expect(rule.to, where).toContain(r.value.line.status);
        if (rule.action === 'late') expect(r.value.entry.outcome, where).toBe('late');
        if (rule.action === 'advance' || rule.action === 'return' || rule.action === 'post' || rule.action === 'settle') expect(r.value.entry.outcome, where).toBe('applied');
        for (const e of r.value.effects) expect(rule.effects, where).toContain(e.kind);
        if (PAYMENT_LINE_STATUSES[from].terminal) expect(r.value.line.status, where).toBe(from);
      }
    }
    expect(transitionRules()).toHaveLength(PAYMENT_LINE_STATUS_IDS.length * PAYMENT_LINE_EVENT_TYPES.length);
  });
});

describe('the example at the top of docs/payment-line.md', () => {
  it('gives what the page says', () => {
    const line = createPaymentLine({ lineId: 'L1', paymentNo: 'P7', supplierNo: '20001', openEntryId: 'OE-9', amount: '1000.00', currency: 'NOK', paymentDate: '2026-12-01' });
    const { line: next, effects, entry } = transition(line, {
      id: 'camt-4711', at: '2026-12-02T06:00:00Z', lineId: 'L1', source: 'camt.054',
      type: 'settled', amount: '800.00', currency: 'NOK', date: '2026-12-02',
      charges: { amount: '12.50', currency: 'NOK' },
    });
    expect(next).toMatchObject({ status: 'partly-settled', amount: '800.00', openAmount: '200.00' });
    expect(effects.map((e) => [e.kind, e.amount, 'charges' in e ? e.charges : undefined])).toEqual([
      ['create-settlement-voucher', '800.00', { amount: '12.50', currency: 'NOK' }],
      ['reopen-remainder', '200.00', undefined],
    ]);
    expect(entry.outcome).toBe('applied');
  });
});

describe('header status (PmtSt) derived from the lines', () => {
  it('gives 1, 8, 2, 3, 9 and 10 as documented', () => {
    const code = (...s: PaymentLineStatusId[]) => paymentHeaderStatus(s).code;
    expect(code('estimate', 'estimate')).toBe(1);
    expect(code('transferred-to-eft', 'approved')).toBe(8);
    expect(code('transferred', 'receipted', 'settled', 'posted', 'partly-settled')).toBe(2);
    expect(code('transferred', 'rejected')).toBe(3);
    expect(code('settled', 'cancelled')).toBe(3);
    expect(code('approved', 'rejected')).toBe(8);
    expect(code('missing', 'settled', 'rejected')).toBe(9);
    expect(code('rejected', 'cancelled')).toBe(10);
    const h = paymentHeaderStatus([lineIn('settled'), lineIn('rejected'), lineIn('rejected')]);
    expect(h).toMatchObject({ code: 3, name: 'Transferred with rejections', counts: { settled: 1, rejected: 2 } });
    expect(codeOf(() => paymentHeaderStatus([]))).toBe('payment-line/no-lines');
  });

  it('is 10 exactly when every line is returned, and 3 only when some (not all) are', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PAYMENT_LINE_STATUS_IDS), { minLength: 1, maxLength: 20 }), (statuses) => {
        const c = paymentHeaderStatus(statuses).code;
        const returned = statuses.filter((s) => PAYMENT_LINE_STATUSES[s].class === 'returned').length;
        expect(c === 10).toBe(returned === statuses.length);
        if (c === 3) expect(returned > 0 && returned < statuses.length).toBe(true);
        if (c === 2) expect(returned).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('making, storing and reading lines and events (zod schemas)', () => {
  it('makes a line with the currency decimals, or returns every issue', () => {
    expect(createPaymentLine({ lineId: 'A', supplierNo: '1', amount: '5', currency: 'JPY', paymentDate: '2026-01-05' })).toMatchObject({ amount: '5', paidAmount: '0', openAmount: '5' });
    const r = safeCreatePaymentLine({ lineId: '', supplierNo: '1', amount: '1.234', currency: 'NOK', paymentDate: '2026-02-30' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path[0]).sort()).toEqual(['amount', 'lineId', 'paymentDate']);
    expect(codeOf(() => createPaymentLine({ lineId: 'A', supplierNo: '1', amount: '0', currency: 'NOK', paymentDate: '2026-01-05' }))).toBe('payment-line/invalid-line');
  });

  it('round-trips every state of a history through JSON and the state schema', () => {
    fc.assert(
      fc.property(consistentHistoryArbitrary(fc), (h) => {
        let line = h.line;
        for (const e of h.events) {
          line = transition(line, e).line;
          expect(parsePaymentLineState(JSON.parse(JSON.stringify(line)))).toEqual(line);
          expect(parsePaymentLineEvent(JSON.parse(JSON.stringify(e)))).toEqual(e);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a stored line whose paid + open is not the original amount', () => {
    const bad = { ...lineIn('partly-settled'), openAmount: '400.01' };
    const r = safeParsePaymentLineState(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'payment-line/invalid-line', path: ['openAmount'] });
    expect(PaymentLineStateSchema.safeParse(lineIn('posted')).success).toBe(true);
  });

  it('refuses malformed events with every issue', () => {
    const r = safeParsePaymentLineEvent({ id: '', at: 'yesterday', lineId: 'L1', type: 'settled', amount: '1,5', currency: 'NOK', date: '2026-12-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path[0]).sort()).toEqual(['amount', 'at', 'id']);
    expect(PaymentLineEventSchema.safeParse({ id: 'x', at: '2026-12-01T00:00:00Z', lineId: 'L1', type: 'teleported' }).success).toBe(false);
  });
});

describe('docs/payment-line.md', () => {
  it('shows the transition table and diagram exactly as the data renders them', () => {
    const doc = readFileSync(new URL('../../docs/payment-line.md', import.meta.url), 'utf8');
    expect(doc).toContain(transitionTableMarkdown());
    expect(doc).toContain(transitionDiagramMermaid());
  });
});
