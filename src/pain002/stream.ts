import { fail, isErrorIssue, issue, unwrap, type EftkitIssue } from '../errors';
import {
  child,
  streamIsoMessage,
  type IssueSink,
  type XmlChunk,
  type XmlElement,
} from '../internal/xml';
import { Pain002Error } from './errors';
import { PAIN002_MESSAGES as M } from './messages';
import { PAIN002, readBlockHead, readPerStatus, readReportHeader, readTransaction } from './parse';
import { ParsePain002OptionsSchema, type ParsePain002Options } from './schemas';
import type { GroupStatus, Pain002Version, PaymentInformationStatus, TransactionStatus } from './types';

/** The header of a streamed pain.002 (`GrpHdr` and `OrgnlGrpInfAndSts`), shared by all its statuses. */
export interface Pain002StreamHeader {
  /** Which version the document is. */
  readonly messageName: Pain002Version;
  /** The report's own message id (`GrpHdr/MsgId`). */
  readonly messageId: string;
  /** When the bank created it, as written. */
  readonly creationDateTime?: string;
  /** Who sent it (`GrpHdr/InitgPty`), when given. */
  readonly initiatingPartyName?: string;
  /** The status of our message as a whole. */
  readonly group: GroupStatus;
  /** Warnings of the header (paths as in `parsePain002`). */
  readonly issues: readonly EftkitIssue[];
}

/** A payment information status without its transactions, shared by them. */
export type Pain002PaymentInformationHeader = Omit<PaymentInformationStatus, 'transactions'> & {
  /** Warnings of this block (paths as in `parsePain002`). */
  readonly issues: readonly EftkitIssue[];
};

/** One transaction status of a streamed pain.002, with the headers it belongs to. */
export interface Pain002StreamStatus {
  /** The report header (the same object for every status). */
  readonly report: Pain002StreamHeader;
  /** Its payment information block (the same object for every status of the block). */
  readonly paymentInformation: Pain002PaymentInformationHeader;
  /** The transaction status, exactly as `parsePain002` reads it. */
  readonly transaction: TransactionStatus;
}

function refuse(issues: readonly EftkitIssue[]): never {
  return unwrap(fail([...issues]), Pain002Error);
}

function readHeader(message: XmlElement, messageName: Pain002Version): Pain002StreamHeader {
  const sink: IssueSink = { module: 'pain002', issues: [] };
  const { messageId, creationDateTime, initiatingPartyName, group } = readReportHeader(message, sink);
  return {
    messageName,
    messageId: messageId ?? '',
    ...(creationDateTime !== undefined ? { creationDateTime } : {}),
    ...(initiatingPartyName !== undefined ? { initiatingPartyName } : {}),
    group,
    issues: sink.issues,
  };
}

function readBlock(node: XmlElement, index: number, group: GroupStatus): Pain002PaymentInformationHeader {
  const sink: IssueSink = { module: 'pain002', issues: [] };
  const { path, head } = readBlockHead(node, index, group, sink);
  return { ...head, transactionsPerStatus: readPerStatus(node, path, sink), issues: sink.issues };
}

/**
 * Reads a pain.002 (pain.002.001.03 or .10) as a stream of chunks (text or UTF-8 bytes, split
 * anywhere) and yields each transaction status as soon as it closes, with its report header
 * and payment information block; memory stays bounded by the largest transaction status.
 * Each status is the one {@link parsePain002} gives for the same document. The safety checks
 * are those of `parsePain002`; `maxBytes` limits the whole stream. The group and each block are
 * read from the elements before their first transaction (their order in the XSD).
 *
 * @throws {Pain002Error} when the document is refused (`xml/…`, where the problem is found:
 * commit nothing until the iteration ends), when the report lacks its message id or original
 * message id (`pain002/missing-field`), or under `strict` at the first warning.
 */
export async function* streamPain002Statuses(
  chunks: AsyncIterable<XmlChunk> | Iterable<XmlChunk>,
  options: ParsePain002Options = {},
): AsyncGenerator<Pain002StreamStatus, void, undefined> {
  const checked = ParsePain002OptionsSchema.safeParse(options);
  if (!checked.success) {
    refuse(checked.error.issues.map((i) => issue('xml/invalid-options', M.invalidOptions(i.message), i.path.filter((p) => typeof p !== 'symbol'))));
  }
  const strict = options.strict === true;
  const judge = (issues: readonly EftkitIssue[]): void => {
    if (issues.some(isErrorIssue)) refuse([...issues.filter(isErrorIssue), ...issues.filter((i) => !isErrorIssue(i))]);
    if (strict && issues.length > 0) refuse(issues.map((i) => ({ code: i.code, message: i.message, path: i.path })));
  };
  let header: Pain002StreamHeader | undefined;
  let block: { ordinal: number; value: Pain002PaymentInformationHeader; count: number } | undefined;
  const limits = { maxBytes: options.maxBytes, maxTextLength: options.maxTextLength, maxDepth: options.maxDepth };
  const path = ['Document', PAIN002.messageElement, 'OrgnlPmtInfAndSts', 'TxInfAndSts'];
  yield* streamIsoMessage<Pain002StreamStatus>(chunks, PAIN002, limits, Pain002Error, path, {
    onDetachOpen: (partial, ordinal, message) => {
      if (header === undefined) {
        header = readHeader(partial(1), message.messageName as Pain002Version);
        judge(header.issues);
      }
      if (block?.ordinal !== ordinal) {
        block = { ordinal, value: readBlock(partial(2), ordinal, header.group), count: 0 };
        judge(block.value.issues);
      }
    },
    onDetached: (value, ordinal) => {
      if (header === undefined || block?.ordinal !== ordinal) throw new Error('eftkit: a status closed before it opened');
      const index = block.count++;
      const ids = { messageId: header.group.originalMessageId, paymentInformationId: block.value.originalPaymentInformationId };
      const sink: IssueSink = { module: 'pain002', issues: [] };
      const transaction = readTransaction(value, index, ['paymentInformations', ordinal, 'transactions', index], ids, block.value.effectiveStatus, sink);
      judge(transaction.issues);
      return { report: header, paymentInformation: block.value, transaction };
    },
    onEnd: (root, message) => {
      if (header === undefined && typeof root === 'object' && !Array.isArray(root)) {
        judge(readHeader(child(root as XmlElement, PAIN002.messageElement) ?? {}, message.messageName as Pain002Version).issues);
      }
    },
  });
}
