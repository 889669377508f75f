import { fail, issue, unwrap, type EftkitIssue, type IssuePath } from '../errors';
import { child, readDateTime, streamIsoMessage, text, type IssueSink, type XmlChunk, type XmlElement, type XmlValue } from '../internal/xml';
import { Camt054Error } from './errors';
import { CAMT054_MESSAGES as M } from './messages';
import { CAMT054, ENTRY_PATH, readEntry, readNotifiedAccount, referenceCountry } from './parse';
import { ParseCamt054OptionsSchema, type ParseCamt054Options } from './schemas';
import type { Camt054Version, CamtEntry, NotifiedAccount } from './types';

/** The group header of a streamed camt.054 (`GrpHdr`), shared by all its entries. */
export interface Camt054StreamGroup {
  /** Which version the document is. */
  readonly messageName: Camt054Version;
  /** The message id (`GrpHdr/MsgId`). */
  readonly messageId: string;
  /** When the bank created it, as written. */
  readonly creationDateTime?: string;
  /** Warnings of the group header (with their paths, as in `parseCamt054`). */
  readonly issues: readonly EftkitIssue[];
}

/** A notification's header (`Ntfctn` without its entries), shared by its entries. */
export interface CamtNotificationHeader {
  /** Position in the message, from 0. */
  readonly index: number;
  /** Its id (`Id`). */
  readonly id?: string;
  /** When it was created, as written. */
  readonly creationDateTime?: string;
  /** The account. */
  readonly account?: NotifiedAccount;
  /** Warnings of the header (with their paths, as in `parseCamt054`). */
  readonly issues: readonly EftkitIssue[];
}

/** One entry of a streamed camt.054, with the headers it belongs to. */
export interface Camt054StreamEntry {
  /** The group header (the same object for every entry of the document). */
  readonly group: Camt054StreamGroup;
  /** The notification header (the same object for every entry of the notification). */
  readonly notification: CamtNotificationHeader;
  /** The entry, exactly as `parseCamt054` reads it (index and issue paths included). */
  readonly entry: CamtEntry;
}

function refuse(issues: EftkitIssue[]): never {
  return unwrap(fail(issues), Camt054Error);
}

function readGroup(message: XmlElement, messageName: Camt054Version): Camt054StreamGroup {
  const sink: IssueSink = { module: 'camt054', issues: [] };
  const messageId = text(message, 'GrpHdr', 'MsgId');
  if (messageId === undefined) refuse([issue('camt054/missing-field', M.missingField('MsgId', 'GrpHdr'), ['messageId'])]);
  const creationDateTime = readDateTime(child(message, 'GrpHdr'), 'CreDtTm', ['creationDateTime'], sink);
  return { messageName, messageId, ...(creationDateTime !== undefined ? { creationDateTime } : {}), issues: sink.issues };
}

function readHeader(node: XmlElement, index: number): CamtNotificationHeader {
  const sink: IssueSink = { module: 'camt054', issues: [] };
  const id = text(node, 'Id');
  const creationDateTime = readDateTime(node, 'CreDtTm', ['notifications', index, 'creationDateTime'], sink);
  const account = readNotifiedAccount(child(node, 'Acct'));
  return {
    index,
    ...(id !== undefined ? { id } : {}),
    ...(creationDateTime !== undefined ? { creationDateTime } : {}),
    ...(account !== undefined ? { account } : {}),
    issues: sink.issues,
  };
}

/**
 * Reads a camt.054 (camt.054.001.02 or .08) as a stream of chunks (text or UTF-8 bytes, split
 * anywhere: a Node `ReadStream`, a `fetch` body's reader, an array of strings) and yields each
 * entry as soon as it closes, with its group and notification headers. Memory stays bounded by
 * the largest entry and one chunk, whatever the number of entries. Every entry is the one
 * {@link parseCamt054} gives for the same document (same `index`, fields and issue paths).
 *
 * The safety checks are those of `parseCamt054`; `maxBytes` limits the whole stream (raise it
 * for large files: memory no longer depends on it). The root, namespace and version are
 * checked before anything is yielded. A notification's account is read from the elements
 * before its first entry (their order in every version's XSD). Notifications without entries
 * yield nothing.
 *
 * @throws {Camt054Error} when the document is refused (`xml/…`, at the point the problem is
 * found: entries yielded before it belong to a broken file, so commit nothing until the
 * iteration ends), when the group header has no message id (`camt054/missing-field`), or under
 * `strict` at the first warning.
 */
export async function* streamCamt054Entries(
  chunks: AsyncIterable<XmlChunk> | Iterable<XmlChunk>,
  options: ParseCamt054Options = {},
): AsyncGenerator<Camt054StreamEntry, void, undefined> {
  const checked = ParseCamt054OptionsSchema.safeParse(options);
  if (!checked.success) {
    refuse(checked.error.issues.map((i) => issue('xml/invalid-options', M.invalidOptions(i.message), i.path.filter((p) => typeof p !== 'symbol'))));
  }
  const strict = options.strict === true;
  const strictly = (issues: readonly EftkitIssue[]): void => {
    if (strict && issues.length > 0) refuse(issues.map((i) => ({ code: i.code, message: i.message, path: i.path })));
  };
  let group: Camt054StreamGroup | undefined;
  let current: { ordinal: number; header: CamtNotificationHeader; country: string | undefined; count: number } | undefined;
  const limits = { maxBytes: options.maxBytes, maxTextLength: options.maxTextLength, maxDepth: options.maxDepth };
  yield* streamIsoMessage<Camt054StreamEntry>(chunks, CAMT054, limits, Camt054Error, ENTRY_PATH, {
    onDetachOpen: (partial, ordinal, message) => {
      if (group === undefined) {
        group = readGroup(partial(1), message.messageName as Camt054Version);
        strictly(group.issues);
      }
      if (current?.ordinal !== ordinal) {
        const node = partial(2);
        const header = readHeader(node, ordinal);
        strictly(header.issues);
        current = { ordinal, header, country: referenceCountry(node, options), count: 0 };
      }
    },
    onDetached: (value, ordinal) => {
      if (group === undefined || current?.ordinal !== ordinal) throw new Error('eftkit: an entry closed before it opened');
      const sink: IssueSink = { module: 'camt054', issues: [] };
      const index = current.count++;
      const path: IssuePath = ['notifications', ordinal, 'entries', index];
      const entry = readEntry(value, index, path, current.country, sink);
      strictly(entry.issues);
      return { group, notification: current.header, entry };
    },
    onEnd: (root: XmlValue, message) => {
      // A document without entries still needs its message id.
      if (group === undefined && typeof root === 'object' && !Array.isArray(root)) {
        const element = child(root as XmlElement, CAMT054.messageElement);
        strictly(readGroup(element ?? {}, message.messageName as Camt054Version).issues);
      }
    },
  });
}
