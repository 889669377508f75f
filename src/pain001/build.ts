import { fail, isErrorIssue, issue, ok, prefixIssues, unwrap, type EftkitIssue, type IssuePath, type Result } from '../errors';
import { safeParsePaymentSuggestion, zodIssuesToEftkit, type ValidatedPaymentLine, type ValidatedPaymentSuggestion } from '../validation';
import { isSendableId } from '../validation/checks';
import { VALIDATION_MESSAGES } from '../validation/messages';
import type { PayingCompany, PaymentLine, PaymentSuggestion } from '../validation/model';
import { DOCUMENT_CLOSE, documentOpen, groupHeader, Indenter, PAYMENT_INFORMATION_CLOSE, paymentInformationOpen, type HeaderFields } from './document';
import { Pain001Error } from './errors';
import { isV3 } from './fragments';
import { ExactIdSet, hash32, HashList } from './ids';
import { PAIN001_MESSAGES as M } from './messages';
import { DebtorCache, ExactSum, formatScaled, isIsoDateTime, paymentInformationId, prepareLine, scaledAmount, type BlockFields, type PreparedTx, type WriterSettings } from './prepare';
import { Pain001OptionsSchema, Pain001TotalsSchema } from './schemas';
import type {
  Pain001Document,
  Pain001Input,
  Pain001LineSource,
  Pain001Options,
  Pain001PaymentInformation,
  Pain001Totals,
  Pain001Transaction,
  Pain001Version,
} from './types';

const DEFAULT_CHUNK = 65_536;
const BATCH = 200;

// ---------------------------------------------------------------------------------------
// options

function resolveSettings(options: unknown): { settings?: WriterSettings; issues: EftkitIssue[] } {
  const parsed = Pain001OptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success) return { issues: zodIssuesToEftkit(parsed.error.issues, ['options']).map((i) => ({ ...i, code: i.code === 'payment/missing-field' ? i.code : 'pain001/invalid-options' })) };
  const o = options as Pain001Options;
  const version: Pain001Version = o.version ?? 'pain.001.001.09';
  const issues: EftkitIssue[] = [];
  if (!isSendableId(o.messageId)) issues.push(issue('pain001/invalid-message-id', M.invalidMessageId(o.messageId), ['options', 'messageId']));
  if (!isIsoDateTime(o.creationDateTime)) issues.push(issue('pain001/invalid-creation-time', M.invalidCreationTime(o.creationDateTime), ['options', 'creationDateTime']));
  if (version === 'pain.001.001.03' && o.uetr !== undefined) issues.push(issue('pain001/uetr-not-in-version', M.uetrNotInVersion, ['options', 'uetr']));
  return { settings: { version, v3: isV3(version), options: o }, issues };
}

function headerFields(settings: WriterSettings, company: PayingCompany | undefined, count: number, controlSum: string): HeaderFields {
  const party = settings.options.initiatingParty;
  return {
    messageId: settings.options.messageId,
    creationDateTime: settings.options.creationDateTime,
    numberOfTransactions: count,
    controlSum,
    initiatingPartyName: party?.name ?? company?.name,
    initiatingPartyId: party?.id ?? (party?.name === undefined ? company?.orgNo : undefined),
    initiatingPartyScheme: party?.scheme,
  };
}

// ---------------------------------------------------------------------------------------
// chunks

class Chunker {
  #buffer = '';
  readonly #indenter: Indenter | undefined;
  constructor(
    readonly size: number,
    pretty: boolean,
  ) {
    this.#indenter = pretty ? new Indenter() : undefined;
  }

  /** Adds text; returns a chunk when the buffer is full. */
  push(text: string): string | undefined {
    this.#buffer += this.#indenter === undefined ? text : this.#indenter.push(text);
    if (this.#buffer.length < this.size) return undefined;
    const out = this.#buffer;
    this.#buffer = '';
    return out;
  }

  /** What is left. */
  end(): string {
    const out = this.#buffer + (this.#indenter === undefined ? '' : this.#indenter.end());
    this.#buffer = '';
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// in memory: one or more suggestions, or validated suggestions

/**
 * Characters of transaction XML joined into one string at a time: the lines' own strings (and
 * the ropes they were built from) then die young, and what lives on until the file is written
 * is one object per ~40 lines instead of two per line, which the young-generation collector
 * copies and the old generation marks far faster.
 */
const JOIN_AT = 16_000;

interface Block {
  readonly fields: BlockFields;
  /** The transactions' XML, in order, joined in pieces of about {@link JOIN_AT} characters. */
  readonly xml: string[];
  /** The XML of the latest transactions, not joined yet, and its length. */
  pending: string[];
  pendingLength: number;
  /** What the summary tells of each transaction. */
  readonly txs: Pain001Transaction[];
  id: string;
  readonly acc: ExactSum;
  sum: bigint;
  exponent: number;
}

interface Prepared {
  readonly settings: WriterSettings;
  readonly company: PayingCompany | undefined;
  readonly blocks: readonly Block[];
  readonly count: number;
  readonly controlSum: string;
  readonly warnings: readonly EftkitIssue[];
}

function controlSumIssue(sum: bigint, exponent: number, path: IssuePath): EftkitIssue | undefined {
  const digits = formatScaled(sum, exponent).replace('.', '').replace(/^0+(?=\d)/, '').length;
  return digits > 18 ? issue('pain001/control-sum-too-large', M.controlSumTooLarge, path) : undefined;
}

function prepareAll(
  settings: WriterSettings,
  parts: readonly { readonly suggestion: PaymentSuggestion; readonly lines: readonly ValidatedPaymentLine[]; readonly prefix: IssuePath }[],
  earlier: readonly EftkitIssue[],
  joinAt: number = JOIN_AT,
): Result<Prepared> {
  const issues: EftkitIssue[] = [...earlier];
  const debtors = new DebtorCache(settings);
  const blocks = new Map<string, Block>();
  const endToEnd = new Set<string>();
  let last: Block | undefined;
  parts.forEach((part, s) => {
    // One path array per suggestion, its last segment set to each line's index: the writer
    // copies it into an issue and never keeps it.
    const at: (string | number)[] = [...part.prefix, 'lines', 0];
    const indexAt = at.length - 1;
    for (const v of part.lines) {
      at[indexAt] = v.index;
      const prepared = prepareLine(settings, debtors, v, part.suggestion.company, part.suggestion.paymentNo, s, at);
      if (prepared.issues.length > 0) issues.push(...prepared.issues);
      const ids = endToEnd.size;
      const lineId = v.line.lineId;
      if (endToEnd.add(lineId).size === ids) issues.push(issue('pain001/duplicate-end-to-end-id', M.duplicateEndToEndId(lineId), [...at, 'lineId']));
      const tx = prepared.tx;
      if (tx === undefined) continue;
      let block = last !== undefined && last.fields === tx.block ? last : blocks.get(tx.key);
      if (block === undefined) {
        block = { fields: tx.block, xml: [], pending: [], pendingLength: 0, txs: [], id: '', acc: new ExactSum(), sum: 0n, exponent: 0 };
        blocks.set(tx.key, block);
      }
      last = block;
      block.pending.push(tx.xml);
      block.pendingLength += tx.xml.length;
      if (block.pendingLength >= joinAt) {
        block.xml.push(block.pending.join(''));
        block.pending = [];
        block.pendingLength = 0;
      }
      if (tx.info !== undefined) block.txs.push(tx.info);
      block.acc.add(tx.scaled);
      if (tx.exponent > block.exponent) block.exponent = tx.exponent;
    }
  });
  for (const block of blocks.values()) {
    if (block.pending.length > 0) block.xml.push(block.pending.join(''));
    block.pending = [];
    block.sum = block.acc.value;
  }
  // Ids: <paymentNo>-<n>, n counting the blocks of each suggestion.
  const perSuggestion = new Map<number, number>();
  const ids = new Set<string>();
  let total = 0n;
  let exponent = 0;
  let count = 0;
  for (const block of blocks.values()) {
    const n = (perSuggestion.get(block.fields.suggestion) ?? 0) + 1;
    perSuggestion.set(block.fields.suggestion, n);
    block.id = paymentInformationId(block.fields.paymentNo, n);
    if (ids.has(block.id)) issues.push(issue('pain001/duplicate-payment-information-id', M.duplicatePaymentInformationId(block.id), [...(parts[block.fields.suggestion]?.prefix ?? []), 'paymentNo']));
    ids.add(block.id);
    const tooLarge = controlSumIssue(block.sum, block.exponent, [...(parts[block.fields.suggestion]?.prefix ?? []), 'lines']);
    if (tooLarge !== undefined) issues.push(tooLarge);
    total += block.sum;
    if (block.exponent > exponent) exponent = block.exponent;
    count += block.txs.length;
  }
  const tooLarge = controlSumIssue(total, exponent, []);
  if (tooLarge !== undefined && parts.length > 1) issues.push(tooLarge);
  if (issues.some(isErrorIssue)) return fail(issues);
  return ok(
    { settings, company: parts[0]?.suggestion.company, blocks: [...blocks.values()], count, controlSum: formatScaled(total, exponent), warnings: issues },
    issues,
  );
}

/** Writes a prepared file into `chunker`, handing each full chunk to `out`. */
function writePrepared(p: Prepared, out: (chunk: string) => void): void {
  const { settings } = p;
  const options = settings.options;
  const chunker = new Chunker(options.chunkSize ?? DEFAULT_CHUNK, options.pretty === true);
  const emit = (text: string): void => {
    const chunk = chunker.push(text);
    if (chunk !== undefined) out(chunk);
  };
  emit(documentOpen(settings.version) + groupHeader(settings.v3, headerFields(settings, p.company, p.count, p.controlSum)));
  for (const block of p.blocks) {
    emit(paymentInformationOpen(settings.v3, block.id, block.fields, { count: block.txs.length, sum: formatScaled(block.sum, block.exponent) }));
    for (const xml of block.xml) emit(xml);
    emit(PAYMENT_INFORMATION_CLOSE);
  }
  emit(DOCUMENT_CLOSE);
  const rest = chunker.end();
  if (rest !== '') out(rest);
}

function documentOf(p: Prepared): Pain001Document {
  // A rope of the chunks, not one joined copy: a copy of a file of megabytes costs as much
  // again in fresh memory.
  let xml = '';
  writePrepared(p, (chunk) => {
    xml += chunk;
  });
  const paymentInformation: Pain001PaymentInformation[] = p.blocks.map((b) => ({
    id: b.id,
    paymentNo: b.fields.paymentNo,
    requestedExecutionDate: b.fields.date,
    ...(b.fields.serviceLevel === undefined ? {} : { serviceLevel: b.fields.serviceLevel }),
    ...(b.fields.categoryPurpose === undefined ? {} : { categoryPurpose: b.fields.categoryPurpose }),
    ...(b.fields.instructionPriority === undefined ? {} : { instructionPriority: b.fields.instructionPriority }),
    chargeBearer: b.fields.chargeBearer,
    ...(b.fields.batchBooking === undefined ? {} : { batchBooking: b.fields.batchBooking }),
    numberOfTransactions: b.txs.length,
    controlSum: formatScaled(b.sum, b.exponent),
    transactions: b.txs,
  }));
  return {
    xml,
    version: p.settings.version,
    messageId: p.settings.options.messageId,
    numberOfTransactions: p.count,
    controlSum: p.controlSum,
    paymentInformation,
    warnings: p.warnings,
  };
}

function validateInput(input: unknown, validation: Pain001Options['validation']): { parts: { suggestion: PaymentSuggestion; lines: readonly ValidatedPaymentLine[]; prefix: IssuePath }[]; issues: EftkitIssue[] } {
  const list = Array.isArray(input) ? (input as unknown[]) : [input];
  const several = Array.isArray(input);
  const parts: { suggestion: PaymentSuggestion; lines: readonly ValidatedPaymentLine[]; prefix: IssuePath }[] = [];
  const issues: EftkitIssue[] = [];
  if (several && list.length === 0) issues.push(issue('suggestion/no-lines', VALIDATION_MESSAGES.noLines, []));
  list.forEach((s, k) => {
    const prefix: IssuePath = several ? [k] : [];
    const r = safeParsePaymentSuggestion(s, validation);
    issues.push(...prefixIssues(prefix, r.issues ?? []));
    if (r.ok) parts.push({ suggestion: r.value.suggestion, lines: r.value.lines, prefix });
  });
  return { parts, issues };
}

function preparedFromInput(input: unknown, options: unknown, joinAt?: number): Result<Prepared> {
  const { settings, issues: optionIssues } = resolveSettings(options);
  const { parts, issues } = validateInput(input, settings?.options.validation ?? (options as Pain001Options | undefined)?.validation);
  const all = [...optionIssues, ...issues];
  if (settings === undefined || all.some(isErrorIssue)) return fail(all);
  return prepareAll(settings, parts, all, joinAt);
}

/**
 * Builds an ISO 20022 pain.001 credit-transfer initiation (version `options.version`: .03,
 * .09 (default) or .11) from one payment suggestion, or from several in one file. The
 * suggestion is validated first (`validatePaymentSuggestion`); lines are grouped into payment
 * information blocks by suggestion (debtor account), requested execution date, service level,
 * category purpose, instruction priority, charge bearer and batch booking, each block with
 * its exact `NbOfTxs` and `CtrlSum`. Every line becomes exactly one transaction, its
 * `EndToEndId` the line id. Never throws; a refused suggestion fails with every issue of
 * every line and of the options. Warnings (of validation, and every text changed to the
 * SEPA character set) ride along.
 */
export function safeBuildPain001(input: Pain001Input, options: Pain001Options): Result<Pain001Document> {
  const prepared = preparedFromInput(input, options);
  if (!prepared.ok) return prepared;
  return ok(documentOf(prepared.value), prepared.value.warnings);
}

/**
 * Builds a pain.001 file; see {@link safeBuildPain001}.
 *
 * @throws {Pain001Error} with every issue when the suggestion or the options are refused.
 */
export function buildPain001(input: Pain001Input, options: Pain001Options): Pain001Document {
  return unwrap(safeBuildPain001(input, options), Pain001Error);
}

/**
 * Writes a pain.001 file from suggestions already checked by `parsePaymentSuggestion` (skips
 * validating them again); otherwise as {@link buildPain001}.
 *
 * @throws {Pain001Error} with every issue when the options are refused or a line cannot be
 * written (a control character, an address pain.001.001.03 cannot hold, a bad UETR).
 */
export function writePain001(validated: ValidatedPaymentSuggestion | readonly ValidatedPaymentSuggestion[], options: Pain001Options): Pain001Document {
  const { settings, issues } = resolveSettings(options);
  if (settings === undefined || issues.some(isErrorIssue)) throw Pain001Error.fromIssues(issues);
  const list = Array.isArray(validated) ? (validated as readonly ValidatedPaymentSuggestion[]) : [validated as ValidatedPaymentSuggestion];
  const several = Array.isArray(validated);
  const parts = list.map((v, k) => ({ suggestion: v.suggestion, lines: v.lines, prefix: several ? [k] : [] }));
  const prepared = unwrap(prepareAll(settings, parts, issues), Pain001Error);
  return documentOf(prepared);
}

// ---------------------------------------------------------------------------------------
// streaming

function isLineSource(input: unknown): input is Pain001LineSource {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const lines = (input as { lines?: unknown }).lines;
  return typeof lines === 'function' || (typeof lines === 'object' && lines !== null && !Array.isArray(lines) && (Symbol.asyncIterator in lines || Symbol.iterator in lines));
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * The lines in batches of {@link BATCH}. A synchronous iterable is read without a promise per
 * line (a value that is a promise is still awaited, as `for await` would).
 */
async function* inBatches(lines: Iterable<PaymentLine> | AsyncIterable<PaymentLine>): AsyncGenerator<PaymentLine[], void, undefined> {
  let batch: PaymentLine[] = [];
  if (Symbol.asyncIterator in lines || !(Symbol.iterator in lines)) {
    for await (const line of lines) {
      batch.push(line);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  } else {
    for (const line of lines) {
      batch.push(isThenable(line) ? ((await line) as PaymentLine) : line);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** Validates and writes the lines of a source batch by batch. */
class SourceReader {
  readonly issues: EftkitIssue[] = [];
  readonly debtors: DebtorCache;
  count = 0;
  withToken = 0;
  /** The path of the line being written (its index set line by line; issues copy it). */
  readonly #at: [string, number] = ['lines', 0];
  constructor(
    readonly settings: WriterSettings,
    readonly source: Pain001LineSource,
  ) {
    this.debtors = new DebtorCache(settings);
  }

  /**
   * Reads the lines once, yielding, batch by batch, the lines that can be written (no summary
   * of a line is made: a stream keeps none); issues are collected.
   */
  async *read(lines: Iterable<PaymentLine> | AsyncIterable<PaymentLine>, collect: boolean): AsyncGenerator<PreparedTx[], void, undefined> {
    let offset = 0;
    const at = this.#at;
    for await (const batch of inBatches(lines)) {
      const r = safeParsePaymentSuggestion({ paymentNo: this.source.paymentNo, company: this.source.company, lines: batch }, this.settings.options.validation);
      if (collect) {
        for (const i of r.issues ?? []) {
          if (i.code === 'suggestion/mixed-pre-approval' || i.code === 'suggestion/no-lines') continue;
          const [head, index] = i.path;
          if (head === 'lines' && typeof index === 'number') this.issues.push({ ...i, path: ['lines', index + offset, ...i.path.slice(2)] });
          else if (offset === 0) this.issues.push(i);
        }
        for (const line of batch) if (typeof line.approvalToken === 'string' && line.approvalToken !== '') this.withToken++;
      }
      // A batch with a deficient line gives no validated lines: check the other lines alone, so
      // that they are still written (one-pass) and their ids still counted.
      let validated: readonly ValidatedPaymentLine[] = [];
      if (r.ok) validated = r.value.lines;
      else {
        const deficient = new Set(r.issues.filter(isErrorIssue).map((i) => (i.path[0] === 'lines' ? i.path[1] : undefined)));
        const alone: ValidatedPaymentLine[] = [];
        batch.forEach((line, k) => {
          if (deficient.has(k)) return;
          const one = safeParsePaymentSuggestion({ paymentNo: this.source.paymentNo, company: this.source.company, lines: [line] }, this.settings.options.validation);
          const v = one.ok ? one.value.lines[0] : undefined;
          if (v !== undefined) alone.push({ ...v, index: k });
        });
        validated = alone;
      }
      const out: PreparedTx[] = [];
      for (const v of validated) {
        const index = v.index + offset;
        at[1] = index;
        const prepared = prepareLine(this.settings, this.debtors, v, this.source.company, this.source.paymentNo, 0, at, index, false);
        if (collect && prepared.issues.length > 0) for (const i of prepared.issues) if (isErrorIssue(i)) this.issues.push(i);
        if (prepared.tx !== undefined) out.push(prepared.tx);
      }
      if (out.length > 0) yield out;
      offset += batch.length;
    }
    if (collect) {
      this.count = offset;
      if (offset === 0) this.issues.push(issue('suggestion/no-lines', VALIDATION_MESSAGES.noLines, ['lines']));
      if (this.withToken > 0 && this.withToken < offset) this.issues.push(issue('suggestion/mixed-pre-approval', VALIDATION_MESSAGES.mixedPreApproval(this.withToken, offset - this.withToken), ['lines']));
    }
  }
}

interface BlockTotals {
  readonly fields: BlockFields;
  readonly id: string;
  count: number;
  readonly acc: ExactSum;
  sum: bigint;
  exponent: number;
}

async function* streamTwoPass(settings: WriterSettings, source: Pain001LineSource, open: () => Iterable<PaymentLine> | AsyncIterable<PaymentLine>): AsyncGenerator<string, void, undefined> {
  // Pass 1: check every line, count and add per block.
  const reader = new SourceReader(settings, source);
  const blocks = new Map<string, BlockTotals>();
  const endToEnd = new HashList();
  let previous: BlockTotals | undefined;
  let contiguous = true;
  for await (const batch of reader.read(open(), true)) {
    for (const tx of batch) {
      endToEnd.add(tx.endToEndId);
      let block = previous !== undefined && previous.fields === tx.block ? previous : blocks.get(tx.key);
      if (block === undefined) {
        block = { fields: tx.block, id: paymentInformationId(source.paymentNo, blocks.size + 1), count: 0, acc: new ExactSum(), sum: 0n, exponent: 0 };
        blocks.set(tx.key, block);
      } else if (previous !== block) contiguous = false;
      previous = block;
      block.count++;
      block.acc.add(tx.scaled);
      if (tx.exponent > block.exponent) block.exponent = tx.exponent;
    }
  }
  const suspects = endToEnd.repeated();
  if (suspects.size > 0) {
    // Ids that share a hash: read the ids once more and compare those ids themselves.
    const seen = new Map<string, number>();
    let index = 0;
    for await (const line of open()) {
      const id = (line as { lineId?: unknown }).lineId;
      if (typeof id === 'string' && suspects.has(hash32(id))) {
        if (seen.has(id)) reader.issues.push(issue('pain001/duplicate-end-to-end-id', M.duplicateEndToEndId(id), ['lines', index, 'lineId']));
        else seen.set(id, index);
      }
      index++;
    }
  }
  let total = 0n;
  let exponent = 0;
  let count = 0;
  for (const b of blocks.values()) {
    b.sum = b.acc.value;
    total += b.sum;
    count += b.count;
    if (b.exponent > exponent) exponent = b.exponent;
  }
  const tooLarge = controlSumIssue(total, exponent, ['lines']);
  if (tooLarge !== undefined) reader.issues.push(tooLarge);
  if (reader.issues.some(isErrorIssue)) throw Pain001Error.fromIssues(reader.issues.filter(isErrorIssue));

  // Pass 2 (or one pass per block when the lines of a block are not together): write.
  const options = settings.options;
  const chunker = new Chunker(options.chunkSize ?? DEFAULT_CHUNK, options.pretty === true);
  const head = chunker.push(documentOpen(settings.version) + groupHeader(settings.v3, headerFields(settings, source.company, count, formatScaled(total, exponent))));
  if (head !== undefined) yield head;
  const order = [...blocks.entries()];
  const writer = new SourceReader(settings, source);
  const check = (key: string, seenCount: number, seenSum: ExactSum): void => {
    const expected = blocks.get(key);
    if (expected === undefined || expected.count !== seenCount || expected.sum !== seenSum.value) {
      throw Pain001Error.fromIssues([issue('pain001/source-changed', M.sourceChanged(`payment block ${expected?.id ?? key}`), ['lines'])]);
    }
  };
  const runs = contiguous ? [undefined] : order.map(([key]) => key);
  let position = 0;
  for (const only of runs) {
    let current: string | undefined;
    let seenCount = 0;
    let seenSum = new ExactSum();
    for await (const batch of writer.read(open(), false)) {
      for (const tx of batch) {
        if (only !== undefined && tx.key !== only) continue;
        if (tx.key !== current) {
          if (current !== undefined) {
            check(current, seenCount, seenSum);
            const c = chunker.push(PAYMENT_INFORMATION_CLOSE);
            if (c !== undefined) yield c;
          }
          const expected = order[position++];
          if (expected === undefined || expected[0] !== tx.key) throw Pain001Error.fromIssues([issue('pain001/source-changed', M.sourceChanged('the order of the payment blocks'), ['lines'])]);
          const b = expected[1];
          current = tx.key;
          seenCount = 0;
          seenSum = new ExactSum();
          const c = chunker.push(paymentInformationOpen(settings.v3, b.id, b.fields, { count: b.count, sum: formatScaled(b.sum, b.exponent) }));
          if (c !== undefined) yield c;
        }
        seenCount++;
        seenSum.add(tx.scaled);
        const c = chunker.push(tx.xml);
        if (c !== undefined) yield c;
      }
    }
    if (current !== undefined) {
      check(current, seenCount, seenSum);
      const c = chunker.push(PAYMENT_INFORMATION_CLOSE);
      if (c !== undefined) yield c;
    }
  }
  if (position !== order.length) throw Pain001Error.fromIssues([issue('pain001/source-changed', M.sourceChanged('fewer payment blocks'), ['lines'])]);
  const tail = chunker.push(DOCUMENT_CLOSE);
  if (tail !== undefined) yield tail;
  const rest = chunker.end();
  if (rest !== '') yield rest;
}

async function* streamOnePass(settings: WriterSettings, source: Pain001LineSource, lines: Iterable<PaymentLine> | AsyncIterable<PaymentLine>, totals: Pain001Totals): AsyncGenerator<string, void, undefined> {
  const options = settings.options;
  const chunker = new Chunker(options.chunkSize ?? DEFAULT_CHUNK, options.pretty === true);
  const head = chunker.push(documentOpen(settings.version) + groupHeader(settings.v3, headerFields(settings, source.company, totals.numberOfTransactions, totals.controlSum)));
  if (head !== undefined) yield head;
  const reader = new SourceReader(settings, source);
  // One reading only: the ids are kept (compactly) so that a repeat is known for certain.
  const endToEnd = new ExactIdSet();
  let current: string | undefined;
  let blocks = 0;
  let count = 0;
  const sum = new ExactSum();
  for await (const batch of reader.read(lines, true)) {
    for (const tx of batch) {
      if (!endToEnd.add(tx.endToEndId)) reader.issues.push(issue('pain001/duplicate-end-to-end-id', M.duplicateEndToEndId(tx.endToEndId), ['lines']));
      if (tx.key !== current) {
        if (current !== undefined) {
          const c = chunker.push(PAYMENT_INFORMATION_CLOSE);
          if (c !== undefined) yield c;
        }
        current = tx.key;
        const c = chunker.push(paymentInformationOpen(settings.v3, paymentInformationId(source.paymentNo, ++blocks), tx.block, undefined));
        if (c !== undefined) yield c;
      }
      count++;
      sum.add(tx.scaled);
      const c = chunker.push(tx.xml);
      if (c !== undefined) yield c;
    }
  }
  const errors = reader.issues.filter(isErrorIssue);
  if (errors.length === 0) {
    if (count !== totals.numberOfTransactions) errors.push(issue('pain001/totals-mismatch', M.totalsMismatch('number of transactions', String(totals.numberOfTransactions), String(count)), ['totals', 'numberOfTransactions']));
    const [whole = '0', fraction = ''] = totals.controlSum.split('.');
    const given = fraction.length > 4 ? undefined : scaledAmount(`${whole}.${fraction.padEnd(4, '0')}`, 4);
    const total = sum.value;
    if (given !== total) errors.push(issue('pain001/totals-mismatch', M.totalsMismatch('control sum', totals.controlSum, formatScaled(total, 4).replace(/\.?0+$/, '')), ['totals', 'controlSum']));
  }
  if (errors.length > 0) throw Pain001Error.fromIssues(errors);
  if (current !== undefined) {
    const c = chunker.push(PAYMENT_INFORMATION_CLOSE);
    if (c !== undefined) yield c;
  }
  const tail = chunker.push(DOCUMENT_CLOSE);
  if (tail !== undefined) yield tail;
  const rest = chunker.end();
  if (rest !== '') yield rest;
}

/**
 * Writes a pain.001 file as a stream of text chunks (about `options.chunkSize` characters
 * each), in memory that does not grow with the number of lines when the lines come from a
 * {@link Pain001LineSource}:
 * - lines as a function that returns them anew: read once to check every line and count the
 *   totals of the header and of every block, then again to write (once per block when the
 *   lines of a block are not next to each other: sort them by date for one writing pass).
 *   Every issue of every line is thrown before the first chunk.
 * - lines read once, with `totals`: the header carries the totals given, the blocks none; a
 *   line that cannot be written, or totals that differ from the lines, throw at the end,
 *   before the closing tags (discard what was written).
 * A suggestion (or several) is written as {@link buildPain001} writes it, from the same writer.
 *
 * @throws {Pain001Error} (from the iteration) with every issue when the input or the options
 * are refused, when the source changes between readings, or when given totals are wrong.
 */
export async function* streamPain001(input: Pain001Input | Pain001LineSource, options: Pain001Options): AsyncGenerator<string, void, undefined> {
  if (!isLineSource(input)) {
    // Pieces of about a chunk, so that the chunks stay about `chunkSize` long.
    const prepared = preparedFromInput(input, options, (options as Pain001Options | undefined)?.chunkSize ?? DEFAULT_CHUNK);
    if (!prepared.ok) throw Pain001Error.fromIssues(prepared.issues.filter(isErrorIssue));
    const chunks: string[] = [];
    writePrepared(prepared.value, (chunk) => chunks.push(chunk));
    yield* chunks;
    return;
  }
  const { settings, issues } = resolveSettings(options);
  if (settings === undefined || issues.some(isErrorIssue)) throw Pain001Error.fromIssues(issues);
  const lines = input.lines;
  if (typeof lines === 'function') {
    yield* streamTwoPass(settings, input, lines as () => Iterable<PaymentLine> | AsyncIterable<PaymentLine>);
    return;
  }
  if (input.totals === undefined) throw Pain001Error.fromIssues([issue('pain001/not-re-iterable', M.notReIterable, ['lines'])]);
  const totals = Pain001TotalsSchema.safeParse(input.totals, { reportInput: true });
  if (!totals.success) throw Pain001Error.fromIssues(zodIssuesToEftkit(totals.error.issues, ['totals']));
  yield* streamOnePass(settings, input, lines as Iterable<PaymentLine> | AsyncIterable<PaymentLine>, totals.data);
}

