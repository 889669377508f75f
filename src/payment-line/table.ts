import { PAYMENT_LINE_EVENT_TYPES, type PaymentLineEventType } from './events';
import type { PaymentLineEffectKind } from './effects';
import type { PaymentLineIssueCode } from './messages';
import { PAYMENT_LINE_STATUSES, PAYMENT_LINE_STATUS_IDS, type PaymentLineStatusId } from './statuses';

/**
 * What a transition does:
 * - `advance`: the line moves to `to`.
 * - `late`: the line has moved past (or is at) the stage the event reports: recorded, ignored.
 * - `merge`: an amount reduction or date change is merged (the lowest amount, the latest date);
 *   from `estimate` the line also moves to `transferred-to-eft` (the hub only changes uploaded lines).
 *   An older change than the one applied is late; an increase is impossible.
 * - `merge-paid`: a reduction or date change on a settled or posted line: late, unless a
 *   reduction goes below the settled amount (impossible).
 * - `settle`: the line is settled (in full, or partly when the amount is below the original):
 *   effects `create-settlement-voucher`, and `reopen-remainder` for a partial settlement.
 * - `confirm-settlement`: the same settlement reported again is late; a different one is impossible.
 * - `return`: rejected or cancelled: effect `make-payable-again`.
 * - `post`: the settlement voucher is posted.
 * - `impossible`: an `EftkitError` with `code`; the line is unchanged.
 */
export type TransitionAction =
  | 'advance'
  | 'late'
  | 'merge'
  | 'merge-paid'
  | 'settle'
  | 'confirm-settlement'
  | 'return'
  | 'post'
  | 'impossible';

/** One cell of the transition table: what `event` does to a line in status `from`. */
export interface TransitionRule {
  /** The status the line is in. */
  readonly from: PaymentLineStatusId;
  /** The event that arrives. */
  readonly event: PaymentLineEventType;
  /** What happens. */
  readonly action: TransitionAction;
  /** The statuses the line can end up in (`from` itself when the status stays). */
  readonly to: readonly PaymentLineStatusId[];
  /** The effects this can produce. */
  readonly effects: readonly PaymentLineEffectKind[];
  /** For `impossible` (and the impossible cases of `merge`, `merge-paid`, `confirm-settlement`): the error code. */
  readonly codes: readonly PaymentLineIssueCode[];
}

/** The status each progress event reports (a stage of the way to the bank). */
const PROGRESS: Partial<Record<PaymentLineEventType, PaymentLineStatusId>> = {
  uploaded: 'transferred-to-eft',
  approved: 'approved',
  'pre-approved': 'transferred',
  'sent-to-bank': 'transferred',
  missing: 'missing',
  'accepted-by-bank': 'receipted',
};

function rule(from: PaymentLineStatusId, event: PaymentLineEventType): TransitionRule {
  const status = PAYMENT_LINE_STATUSES[from];
  const cls = status.class;
  const make = (
    action: TransitionAction,
    to: readonly PaymentLineStatusId[] = [from],
    effects: readonly PaymentLineEffectKind[] = [],
    codes: readonly PaymentLineIssueCode[] = [],
  ): TransitionRule =>
    Object.freeze({ from, event, action, to: Object.freeze([...to]), effects: Object.freeze([...effects]), codes: Object.freeze([...codes]) });

  const progress = PROGRESS[event];
  if (progress !== undefined) {
    const target = PAYMENT_LINE_STATUSES[progress].rank as number;
    return cls === 'open' && (status.rank as number) < target ? make('advance', [progress]) : make('late');
  }
  switch (event) {
    case 'amount-reduced':
    case 'date-changed': {
      const codes: PaymentLineIssueCode[] = event === 'amount-reduced' ? ['payment-line/amount-increased'] : [];
      if (cls === 'paid' || cls === 'posted') {
        return make('merge-paid', [from], [], event === 'amount-reduced' ? ['payment-line/amount-increased', 'payment-line/reduced-below-settled'] : []);
      }
      return make('merge', [from === 'estimate' ? 'transferred-to-eft' : from], [], codes);
    }
    case 'settled':
      if (cls === 'open') return make('settle', ['settled', 'partly-settled'], ['create-settlement-voucher', 'reopen-remainder'], ['payment-line/settled-exceeds-amount']);
      if (cls === 'paid') return make('confirm-settlement', [from], [], ['payment-line/settlement-conflict']);
      if (cls === 'posted') return make('confirm-settlement', [from], [], ['payment-line/already-posted']);
      return make('impossible', [from], [], ['payment-line/conflicting-outcome']);
    case 'rejected':
    case 'cancelled':
    case 'batch-cancelled':
      if (cls === 'open') return make('return', [event === 'rejected' ? 'rejected' : 'cancelled'], ['make-payable-again']);
      if (cls === 'returned') return make('late');
      if (cls === 'posted') return make('impossible', [from], [], ['payment-line/already-posted']);
      return make('impossible', [from], [], ['payment-line/conflicting-outcome']);
    case 'posted':
      if (cls === 'paid') return make('post', ['posted']);
      if (cls === 'posted') return make('late');
      return make('impossible', [from], [], ['payment-line/not-settled']);
    default:
      return make('impossible', [from], [], ['payment-line/unknown-event-type']);
  }
}

/** The transition table: one row per status, one rule per event type. */
export type TransitionTable = Readonly<Record<PaymentLineStatusId, Readonly<Record<PaymentLineEventType, TransitionRule>>>>;

function buildTable(): TransitionTable {
  const table = {} as Record<PaymentLineStatusId, Record<PaymentLineEventType, TransitionRule>>;
  for (const from of PAYMENT_LINE_STATUS_IDS) {
    const row = {} as Record<PaymentLineEventType, TransitionRule>;
    for (const event of PAYMENT_LINE_EVENT_TYPES) row[event] = rule(from, event);
    table[from] = Object.freeze(row);
  }
  return Object.freeze(table);
}

/**
 * The payment-line transition table as data: `PAYMENT_LINE_TRANSITIONS[status][eventType]`.
 * `transition` follows it cell by cell; docs/payment-line.md renders it (see
 * {@link transitionTableMarkdown} and {@link transitionDiagramMermaid}).
 */
export const PAYMENT_LINE_TRANSITIONS: TransitionTable = buildTable();

/** Every rule of the table as a flat list (status by status, event by event). */
export function transitionRules(table: TransitionTable = PAYMENT_LINE_TRANSITIONS): TransitionRule[] {
  return PAYMENT_LINE_STATUS_IDS.flatMap((from) => PAYMENT_LINE_EVENT_TYPES.map((event) => table[from][event]));
}

const label = (id: PaymentLineStatusId): string => `${PAYMENT_LINE_STATUSES[id].erpCode} ${PAYMENT_LINE_STATUSES[id].name}`;

function cell(r: TransitionRule): string {
  const short = (code: string): string => code.replace('payment-line/', '');
  switch (r.action) {
    case 'advance':
    case 'post':
      return `→ ${label(r.to[0] as PaymentLineStatusId)}`;
    case 'late':
      return 'late';
    case 'merge':
      return r.to[0] === r.from ? 'merge' : `merge, → ${label(r.to[0] as PaymentLineStatusId)}`;
    case 'merge-paid':
      return r.codes.length > 0 ? 'late, or ✗ ' + r.codes.map(short).join(' / ') : 'late';
    case 'settle':
      return '→ 5 Settled / Partly settled ⚑';
    case 'confirm-settlement':
      return `late if the same, else ✗ ${r.codes.map(short).join(' / ')}`;
    case 'return':
      return `→ ${label(r.to[0] as PaymentLineStatusId)} ⚑`;
    case 'impossible':
      return `✗ ${r.codes.map(short).join(' / ')}`;
  }
}

/**
 * The transition table as a Markdown table (a row per status, a column per event), as printed
 * in docs/payment-line.md. `late` = recorded and ignored; `✗ code` = impossible, an error with
 * that code; `⚑` = produces effects.
 */
export function transitionTableMarkdown(table: TransitionTable = PAYMENT_LINE_TRANSITIONS): string {
  const head = `| status (ERP code) | ${PAYMENT_LINE_EVENT_TYPES.join(' | ')} |`;
  const rule = `|---|${PAYMENT_LINE_EVENT_TYPES.map(() => '---').join('|')}|`;
  const rows = PAYMENT_LINE_STATUS_IDS.map(
    (from) => `| **${label(from)}** | ${PAYMENT_LINE_EVENT_TYPES.map((event) => cell(table[from][event])).join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}

/**
 * The status changes of the table as a Mermaid state diagram (late, merge-only and impossible
 * cells are left out), as printed in docs/payment-line.md.
 */
export function transitionDiagramMermaid(table: TransitionTable = PAYMENT_LINE_TRANSITIONS): string {
  const edges = new Map<string, string[]>();
  for (const r of transitionRules(table)) {
    for (const to of r.to) {
      if (to === r.from) continue;
      const key = `${r.from}|${to}`;
      const list = edges.get(key) ?? [];
      if (!list.includes(r.event)) list.push(r.event);
      edges.set(key, list);
    }
  }
  const node = (id: PaymentLineStatusId): string => id.replace(/-/g, '_');
  const lines = ['stateDiagram-v2'];
  for (const id of PAYMENT_LINE_STATUS_IDS) lines.push(`  ${node(id)} : ${label(id)}`);
  lines.push(`  [*] --> ${node('estimate')}`);
  for (const [key, events] of edges) {
    const [from, to] = key.split('|') as [PaymentLineStatusId, PaymentLineStatusId];
    lines.push(`  ${node(from)} --> ${node(to)} : ${events.join(', ')}`);
  }
  for (const id of PAYMENT_LINE_STATUS_IDS) if (PAYMENT_LINE_STATUSES[id].terminal) lines.push(`  ${node(id)} --> [*]`);
  return lines.join('\n');
}
