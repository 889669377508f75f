import { XMLParser } from 'fast-xml-parser';
import { create } from 'xmlbuilder2';
import { z } from 'zod';
import { parseAmount } from '../money/amount';
import type { PaymentLineStatusId } from '../payment-line/statuses';

/** What the simulated bank does with one line of our pain.001. */
export type SimulatedLineOutcome =
  /** Accepted, not (yet) settled: a pain.002 with `status` (default `ACCP`), nothing in the camt.054. */
  | { readonly kind: 'accepted'; readonly status?: 'ACTC' | 'ACCP' | 'ACSP' | 'ACWC' | 'PDNG' | undefined }
  /** Rejected: a pain.002 `RJCT` with the reason code (and text), nothing in the camt.054. */
  | { readonly kind: 'rejected'; readonly reasonCode: string; readonly text?: string | undefined }
  /** Settled in full: pain.002 `ACSC`, a camt.054 debit of the instructed amount (and charges). */
  | { readonly kind: 'settled'; readonly charges?: string | undefined }
  /** Settled for less (`amount`, > 0 and below the instructed amount): pain.002 `ACSC`, a camt.054 debit of `amount`. */
  | { readonly kind: 'partly-settled'; readonly amount: string; readonly charges?: string | undefined }
  /** Sent, then returned by the creditor's bank: pain.002 `ACSC`, a camt.054 return (reversed debit) with the reason. */
  | { readonly kind: 'returned'; readonly reasonCode: string; readonly text?: string | undefined };

/** Options of {@link simulateBankAnswers}. */
export interface BankSimulatorOptions {
  /** The outcome per line, by end-to-end id; a line not named is `accepted`. */
  readonly outcomes?: Readonly<Record<string, SimulatedLineOutcome>> | undefined;
  /** Reject the whole file at group level (pain.002 `GrpSts` `RJCT`, no transaction statuses); outcomes are then ignored. */
  readonly groupRejection?: { readonly reasonCode: string; readonly text?: string | undefined } | undefined;
  /** The pain.002: version (default `pain.002.001.10`, `.03` for a pain.001.001.03), message id and creation time. */
  readonly pain002: { readonly version?: 'pain.002.001.03' | 'pain.002.001.10' | undefined; readonly messageId: string; readonly creationDateTime: string };
  /**
   * The camt.054: version (default `camt.054.001.08`, `.02` for a pain.001.001.03), message id,
   * creation time and the booking date of every entry. Entry references are
   * `<messageId, cut to 28>-<n>`.
   */
  readonly camt054: {
    readonly version?: 'camt.054.001.02' | 'camt.054.001.08' | undefined;
    readonly messageId: string;
    readonly creationDateTime: string;
    readonly bookingDate: string;
  };
}

const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/);
const id35 = z.string().min(1).max(35);
const reason = z.string().regex(/^[A-Z0-9]{4}$/, { error: 'A reason code has four capitals or digits (AC01, AM04).' });
const text = z.string().min(1).max(105).optional();

/** zod schema of {@link BankSimulatorOptions}. */
export const BankSimulatorOptionsSchema: z.ZodType<BankSimulatorOptions> = z.object({
  outcomes: z
    .record(
      z.string(),
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('accepted'), status: z.enum(['ACTC', 'ACCP', 'ACSP', 'ACWC', 'PDNG']).optional() }),
        z.object({ kind: z.literal('rejected'), reasonCode: reason, text }),
        z.object({ kind: z.literal('settled'), charges: z.string().regex(/^\d+(\.\d+)?$/).optional() }),
        z.object({ kind: z.literal('partly-settled'), amount: z.string().regex(/^\d+(\.\d+)?$/), charges: z.string().regex(/^\d+(\.\d+)?$/).optional() }),
        z.object({ kind: z.literal('returned'), reasonCode: reason, text }),
      ]),
    )
    .optional(),
  groupRejection: z.object({ reasonCode: reason, text }).optional(),
  pain002: z.object({ version: z.enum(['pain.002.001.03', 'pain.002.001.10']).optional(), messageId: id35, creationDateTime: dateTime }),
  camt054: z.object({
    version: z.enum(['camt.054.001.02', 'camt.054.001.08']).optional(),
    messageId: id35,
    creationDateTime: dateTime,
    bookingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
}) as unknown as z.ZodType<BankSimulatorOptions>;

/** One line of the pain.001, with what the simulated bank did and what the line should become. */
export interface SimulatedLine {
  /** `PmtInfId` of its block. */
  readonly paymentInformationId: string;
  /** `EndToEndId` (eftkit's line id). */
  readonly endToEndId: string;
  /** `InstrId`, when written. */
  readonly instructionId?: string;
  /** `InstdAmt`, as written. */
  readonly amount: string;
  /** `InstdAmt/@Ccy`. */
  readonly currency: string;
  /** The outcome applied (`rejected` with the group's reason under a group rejection). */
  readonly outcome: SimulatedLineOutcome;
  /** The payment-line status the answers should lead to. */
  readonly expectedStatus: PaymentLineStatusId;
  /** The amount the line should end up paid (`0` unless settled). */
  readonly expectedPaidAmount: string;
}

/** What {@link simulateBankAnswers} returns. */
export interface SimulatedBankAnswers {
  /** The pain.002 status report, XML. */
  readonly pain002: string;
  /** The camt.054 debit notification, XML (no entries when nothing was booked). */
  readonly camt054: string;
  /** Every line of the pain.001, in file order. */
  readonly lines: readonly SimulatedLine[];
}

type Node = Record<string, unknown>;

const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const child = (n: unknown, ...names: string[]): unknown => names.reduce<unknown>((cur, name) => (cur !== null && typeof cur === 'object' ? (cur as Node)[name] : undefined), n);

interface ReadPayment {
  readonly messageId: string;
  readonly version: string;
  readonly creationDateTime: string;
  readonly numberOfTransactions: string;
  readonly controlSum?: string;
  readonly blocks: readonly {
    readonly id: string;
    readonly account: { readonly iban?: string; readonly other?: string };
    readonly transactions: readonly { readonly instructionId?: string; readonly endToEndId: string; readonly uetr?: string; readonly amount: string; readonly currency: string; readonly creditorName?: string }[];
  }[];
}

/** Reads the ids and amounts of a pain.001 (.03, .09, .11); our own output, so trusted. */
function readPain001(xml: string): ReadPayment {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    removeNSPrefix: true,
    processEntities: true,
    isArray: (name) => name === 'PmtInf' || name === 'CdtTrfTxInf',
  });
  const doc = parser.parse(xml) as Node;
  const root = doc['Document'] as Node | undefined;
  const version = /xmlns="urn:iso:std:iso:20022:tech:xsd:(pain\.001\.001\.\d{2})"/.exec(xml)?.[1];
  if (root === undefined || version === undefined) throw new Error('simulateBankAnswers: not a pain.001 Document.');
  const init = root['CstmrCdtTrfInitn'] as Node;
  const header = init['GrpHdr'] as Node;
  const blocks = asArray(init['PmtInf']).map((b) => {
    const accountId = child(b, 'DbtrAcct', 'Id');
    const iban = str(child(accountId, 'IBAN'));
    const other = str(child(accountId, 'Othr', 'Id'));
    return {
      id: str(child(b, 'PmtInfId')) ?? '',
      account: iban !== undefined ? { iban } : other !== undefined ? { other } : {},
      transactions: asArray(child(b, 'CdtTrfTxInf')).map((t) => {
        const amount = child(t, 'Amt', 'InstdAmt') as Node | string;
        const instructionId = str(child(t, 'PmtId', 'InstrId'));
        const uetr = str(child(t, 'PmtId', 'UETR'));
        const creditorName = str(child(t, 'Cdtr', 'Nm'));
        return {
          endToEndId: str(child(t, 'PmtId', 'EndToEndId')) ?? '',
          ...(instructionId === undefined ? {} : { instructionId }),
          ...(uetr === undefined ? {} : { uetr }),
          amount: str(typeof amount === 'object' ? amount['#text'] : amount) ?? '',
          currency: str(typeof amount === 'object' ? amount['@Ccy'] : undefined) ?? '',
          ...(creditorName === undefined ? {} : { creditorName }),
        };
      }),
    };
  });
  const controlSum = str(header['CtrlSum']);
  return {
    messageId: str(header['MsgId']) ?? '',
    version,
    creationDateTime: str(header['CreDtTm']) ?? '',
    numberOfTransactions: str(header['NbOfTxs']) ?? '0',
    ...(controlSum === undefined ? {} : { controlSum }),
    blocks,
  };
}

const ACCEPTED: SimulatedLineOutcome = Object.freeze({ kind: 'accepted' });

function expected(outcome: SimulatedLineOutcome, amount: string, currency: string): { expectedStatus: PaymentLineStatusId; expectedPaidAmount: string } {
  const zero = parseAmount('0', currency).toString();
  switch (outcome.kind) {
    case 'accepted':
      return { expectedStatus: 'receipted', expectedPaidAmount: zero };
    case 'rejected':
    case 'returned':
      return { expectedStatus: 'rejected', expectedPaidAmount: zero };
    case 'settled':
      return { expectedStatus: 'settled', expectedPaidAmount: parseAmount(amount, currency).toString() };
    case 'partly-settled':
      return { expectedStatus: 'partly-settled', expectedPaidAmount: parseAmount(outcome.amount, currency).toString() };
  }
}

function statusOf(outcome: SimulatedLineOutcome): string {
  switch (outcome.kind) {
    case 'accepted':
      return outcome.status ?? 'ACCP';
    case 'rejected':
      return 'RJCT';
    default:
      return 'ACSC';
  }
}

/** Drops undefined values and empty objects, so xmlbuilder2 writes only what is there. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
  if (value !== null && typeof value === 'object') {
    const out: Node = {};
    for (const [k, v] of Object.entries(value as Node)) {
      const c = clean(v);
      if (c !== undefined && !(Array.isArray(c) && c.length === 0)) out[k] = c;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

function write(namespace: string, rootName: string, body: Node): string {
  const tree = { Document: { '@xmlns': `urn:iso:std:iso:20022:tech:xsd:${namespace}`, [rootName]: clean(body) } };
  return create({ version: '1.0', encoding: 'UTF-8' }, tree as never).end({ prettyPrint: false });
}

const reasonNode = (code: string, text: string | undefined): Node => ({ Rsn: { Cd: code }, AddtlInf: text });

/**
 * The bank's answers to a pain.001 we wrote (eftkit's `buildPain001` output, versions .03,
 * .09 and .11), for consumers' tests: a pain.002 status report (.03 or .10) and a camt.054
 * debit notification (.02 or .08) for the outcome chosen per line, built with xmlbuilder2.
 * Every document validates against its ISO 20022 XSD. Message ids, creation times and the
 * booking date are injected: no clock, no randomness.
 *
 * - accepted → pain.002 transaction status (`ACCP` by default);
 * - rejected → `RJCT` with the reason code and text;
 * - settled / partly-settled → `ACSC`, and a booked camt.054 debit (one entry per line) of the
 *   instructed amount / the given amount, in the line's currency, with the charges as a
 *   `COMM` charge when given;
 * - returned → `ACSC`, and a camt.054 return (a reversed debit, `CRDT` with `RvslInd`) with
 *   the reason (a return after a debit booked earlier; the debit itself is not repeated);
 * - `groupRejection` → `GrpSts` `RJCT` with the reason and no transaction statuses; the
 *   camt.054 has no entries.
 *
 * The group status is `RJCT` when every line is rejected, `PART` when some are, else `ACCP`;
 * each block's likewise.
 *
 * @throws {Error} when the options are not valid or the XML is not a pain.001.
 */
export function simulateBankAnswers(pain001Xml: string, options: BankSimulatorOptions): SimulatedBankAnswers {
  const checked = BankSimulatorOptionsSchema.safeParse(options);
  if (!checked.success) throw new Error(`simulateBankAnswers: invalid options: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const source = readPain001(pain001Xml);
  const old = source.version === 'pain.001.001.03';
  const p2version = options.pain002.version ?? (old ? 'pain.002.001.03' : 'pain.002.001.10');
  const c54version = options.camt054.version ?? (old ? 'camt.054.001.02' : 'camt.054.001.08');
  const v10 = p2version === 'pain.002.001.10';
  const v08 = c54version === 'camt.054.001.08';
  const group = options.groupRejection;

  const lines: SimulatedLine[] = [];
  const blocks = source.blocks.map((b) => ({
    block: b,
    items: b.transactions.map((t) => {
      const outcome: SimulatedLineOutcome = group !== undefined ? { kind: 'rejected', reasonCode: group.reasonCode, ...(group.text === undefined ? {} : { text: group.text }) } : (options.outcomes?.[t.endToEndId] ?? ACCEPTED);
      if (outcome.kind === 'partly-settled') {
        const part = parseAmount(outcome.amount, t.currency);
        if (!part.isPositive() || part.compare(parseAmount(t.amount, t.currency)) >= 0) {
          throw new Error(`simulateBankAnswers: the partly settled amount ${outcome.amount} of "${t.endToEndId}" must be above zero and below ${t.amount}.`);
        }
      }
      const line: SimulatedLine = {
        paymentInformationId: b.id,
        endToEndId: t.endToEndId,
        ...(t.instructionId === undefined ? {} : { instructionId: t.instructionId }),
        amount: t.amount,
        currency: t.currency,
        outcome,
        ...expected(outcome, t.amount, t.currency),
      };
      lines.push(line);
      return { t, outcome, status: statusOf(outcome) };
    }),
  }));

  const summary = (statuses: readonly string[]): string =>
    statuses.length > 0 && statuses.every((s) => s === 'RJCT') ? 'RJCT' : statuses.some((s) => s === 'RJCT') ? 'PART' : 'ACCP';

  // pain.002
  const pain002Body: Node = {
    GrpHdr: { MsgId: options.pain002.messageId, CreDtTm: options.pain002.creationDateTime },
    OrgnlGrpInfAndSts: {
      OrgnlMsgId: source.messageId,
      OrgnlMsgNmId: source.version,
      OrgnlCreDtTm: source.creationDateTime,
      OrgnlNbOfTxs: source.numberOfTransactions,
      OrgnlCtrlSum: source.controlSum,
      GrpSts: group !== undefined ? 'RJCT' : summary(blocks.flatMap((b) => b.items.map((i) => i.status))),
      StsRsnInf: group === undefined ? undefined : reasonNode(group.reasonCode, group.text),
    },
    OrgnlPmtInfAndSts:
      group !== undefined
        ? undefined
        : blocks.map(({ block, items }) => ({
            OrgnlPmtInfId: block.id,
            OrgnlNbOfTxs: String(items.length),
            PmtInfSts: summary(items.map((i) => i.status)),
            TxInfAndSts: items.map(({ t, outcome, status }, k) => ({
              StsId: `${block.id.slice(0, 30)}-${k + 1}`,
              OrgnlInstrId: t.instructionId,
              OrgnlEndToEndId: t.endToEndId,
              OrgnlUETR: v10 ? t.uetr : undefined,
              TxSts: status,
              StsRsnInf: outcome.kind === 'rejected' ? reasonNode(outcome.reasonCode, outcome.text) : undefined,
              OrgnlTxRef: { Amt: { InstdAmt: { '@Ccy': t.currency, '#': t.amount } } },
            })),
          })),
  };
  const pain002 = write(p2version, 'CstmrPmtStsRpt', pain002Body);

  // camt.054: one notification per debtor account, one entry per booked line.
  const prefix = options.camt054.messageId.slice(0, 28);
  let n = 0;
  const byAccount = new Map<string, { account: { iban?: string; other?: string }; entries: Node[] }>();
  const date = options.camt054.bookingDate;
  for (const { block, items } of blocks) {
    for (const { t, outcome } of items) {
      if (outcome.kind !== 'settled' && outcome.kind !== 'partly-settled' && outcome.kind !== 'returned') continue;
      const ref = `${prefix}-${++n}`;
      const amount = outcome.kind === 'partly-settled' ? parseAmount(outcome.amount, t.currency).toString() : t.amount;
      const returned = outcome.kind === 'returned';
      const charges = outcome.kind === 'returned' || outcome.charges === undefined ? undefined : parseAmount(outcome.charges, t.currency).toString();
      const chargeRecord = charges === undefined ? undefined : { Amt: { '@Ccy': t.currency, '#': charges }, CdtDbtInd: 'DBIT', Tp: { Cd: 'COMM' } };
      const direction = returned ? 'CRDT' : 'DBIT';
      const tx: Node = {
        Refs: {
          MsgId: source.messageId,
          AcctSvcrRef: ref,
          PmtInfId: block.id,
          InstrId: t.instructionId,
          EndToEndId: t.endToEndId,
          UETR: v08 ? t.uetr : undefined,
        },
        ...(v08 ? { Amt: { '@Ccy': t.currency, '#': amount }, CdtDbtInd: direction } : {}),
        AmtDtls: { InstdAmt: { Amt: { '@Ccy': t.currency, '#': t.amount } }, TxAmt: { Amt: { '@Ccy': t.currency, '#': amount } } },
        BkTxCd: { Domn: { Cd: 'PMNT', Fmly: { Cd: returned ? 'RCDT' : 'ICDT', SubFmlyCd: returned ? 'RRTN' : 'DMCT' } } },
        Chrgs: chargeRecord === undefined ? undefined : v08 ? { Rcrd: chargeRecord } : chargeRecord,
        RltdPties: t.creditorName === undefined ? undefined : { Cdtr: v08 ? { Pty: { Nm: t.creditorName } } : { Nm: t.creditorName } },
        RtrInf: returned ? reasonNode(outcome.reasonCode, outcome.text) : undefined,
      };
      const entry: Node = {
        NtryRef: ref,
        Amt: { '@Ccy': t.currency, '#': amount },
        CdtDbtInd: direction,
        RvslInd: returned ? 'true' : undefined,
        Sts: v08 ? { Cd: 'BOOK' } : 'BOOK',
        BookgDt: { Dt: date },
        ValDt: { Dt: date },
        AcctSvcrRef: ref,
        BkTxCd: { Domn: { Cd: 'PMNT', Fmly: { Cd: returned ? 'RCDT' : 'ICDT', SubFmlyCd: returned ? 'RRTN' : 'DMCT' } } },
        NtryDtls: { TxDtls: tx },
      };
      const key = block.account.iban ?? block.account.other ?? '';
      const slot = byAccount.get(key) ?? { account: block.account, entries: [] as Node[] };
      slot.entries.push(entry);
      byAccount.set(key, slot);
    }
  }
  const accountNode = (a: { iban?: string; other?: string }): Node => ({ Id: a.iban !== undefined ? { IBAN: a.iban } : { Othr: { Id: a.other ?? 'UNKNOWN' } } });
  const firstAccount = source.blocks[0]?.account ?? {};
  const notifications = byAccount.size === 0 ? [{ account: firstAccount, entries: [] as Node[] }] : [...byAccount.values()];
  const camt054Body: Node = {
    GrpHdr: { MsgId: options.camt054.messageId, CreDtTm: options.camt054.creationDateTime },
    Ntfctn: notifications.map((slot, k) => ({
      Id: `${prefix}-N${k + 1}`,
      CreDtTm: options.camt054.creationDateTime,
      Acct: accountNode(slot.account),
      Ntry: slot.entries,
    })),
  };
  const camt054 = write(c54version, 'BkToCstmrDbtCdtNtfctn', camt054Body);
  return { pain002, camt054, lines };
}
