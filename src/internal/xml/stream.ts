import { fail, issue, type EftkitError, type EftkitIssue } from '../../errors';
import { XML_MESSAGES as M } from './messages';
import type { XmlElement, XmlValue } from './node';
import { scanIssue, utf8LengthUpTo, type ExpectedMessage } from './read';
import { XmlScanner } from './scan';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_TEXT_LENGTH, XmlLimitsSchema, type XmlLimits } from './schemas';

/** One piece of a document read as a stream: text, or UTF-8 bytes (split anywhere). */
export type XmlChunk = string | Uint8Array | ArrayBuffer;

/** The message a stream turned out to be, known from its root element's start tag. */
export interface StreamedMessage {
  /** The full message name, e.g. `camt.054.001.08`. */
  readonly messageName: string;
  /** The version part, e.g. `001.08`. */
  readonly version: string;
  /** The namespace URI. */
  readonly namespace: string;
}

/** What a streaming reader does with the subtrees it takes (see {@link streamIsoMessage}). */
export interface StreamHandlers<T> {
  /** A detached element opens: `partial(level)` is an open ancestor's value so far. */
  readonly onDetachOpen?: ((partial: (level: number) => XmlElement, ordinal: number, message: StreamedMessage) => void) | undefined;
  /** A detached element closed: the value to yield. May throw to refuse the document. */
  readonly onDetached: (value: XmlElement, ordinal: number, message: StreamedMessage) => T;
  /** The document ended well-formed: the root's value (without the detached subtrees). May throw. */
  readonly onEnd?: ((root: XmlValue, message: StreamedMessage) => void) | undefined;
}

type Refusal = new (...args: never[]) => EftkitError;

const ISO_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:';

function refuse(ErrorClass: typeof EftkitError, issues: readonly EftkitIssue[]): never {
  const result = fail([...issues]);
  throw ErrorClass.fromIssues(result.ok ? [] : result.issues);
}

function localOf(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

/** The root checks of {@link safeReadIsoMessage}, made on the root's start tag alone. */
function checkRoot(qname: string, attributes: XmlElement, expected: ExpectedMessage): StreamedMessage | EftkitIssue {
  const local = localOf(qname);
  const colon = qname.indexOf(':');
  const value = attributes[colon === -1 ? '@_xmlns' : `@_xmlns:${qname.slice(0, colon)}`];
  const namespace = typeof value === 'string' ? value.trim() : '';
  if (local !== 'Document') return issue('xml/wrong-root', M.wrongRoot(local, 'Document'));
  const family = `${ISO_NAMESPACE}${expected.family}.`;
  if (!namespace.startsWith(family)) return issue('xml/wrong-namespace', M.wrongNamespace(namespace === '' ? '(none)' : namespace, expected.family));
  const version = namespace.slice(family.length);
  const messageName = `${expected.family}.${version}`;
  if (!expected.versions.includes(version)) {
    return issue('xml/unsupported-version', M.unsupportedVersion(messageName, expected.versions.map((v) => `${expected.family}.${v}`)));
  }
  return { messageName, version, namespace };
}

/**
 * Reads an ISO 20022 document from chunks with the same safety checks as
 * {@link safeReadIsoMessage} (size over the whole stream, UTF-8, no DOCTYPE or entities,
 * predefined references only, text length, depth, well-formedness) and yields one value per
 * detached subtree as soon as it closes; memory stays bounded by the largest subtree plus one
 * chunk. The root, namespace, version and message element are checked on their start tags,
 * before anything is yielded. A refused document throws `ErrorClass` with the `xml/…` issue
 * at the point the problem is found: values yielded before belong to a document that turned
 * out broken, so a consumer commits nothing until the iteration ends without an error.
 */
export async function* streamIsoMessage<T>(
  chunks: AsyncIterable<XmlChunk> | Iterable<XmlChunk>,
  expected: ExpectedMessage,
  limits: XmlLimits,
  ErrorClass: typeof EftkitError,
  detach: readonly string[],
  handlers: StreamHandlers<T>,
): AsyncGenerator<T, void, undefined> {
  const checked = XmlLimitsSchema.safeParse(limits);
  if (!checked.success) {
    refuse(ErrorClass, checked.error.issues.map((i) => issue('xml/invalid-options', M.invalidOptions(i.message), i.path.filter((p) => typeof p !== 'symbol'))));
  }
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxTextLength = limits.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const queue: T[] = [];
  let message: StreamedMessage | undefined;
  let refused: EftkitIssue | undefined;
  let messageElements = 0;
  const scanner: XmlScanner = new XmlScanner({
    maxTextLength,
    maxDepth,
    eagerDepth: true,
    detach,
    onRootOpen: (qname, attributes) => {
      const root = checkRoot(qname, attributes, expected);
      if ('code' in root) {
        refused = root;
        scanner.fail('malformed', root.message);
      } else message = root;
    },
    onMessageOpen: (local, ordinal) => {
      messageElements = ordinal + 1;
      if (ordinal > 0 || local !== expected.messageElement) {
        refused = issue('xml/wrong-root', M.wrongRoot(local, expected.messageElement));
        scanner.fail('malformed', refused.message);
      }
    },
    onDetachOpen: (partial, ordinal) => {
      if (message !== undefined) handlers.onDetachOpen?.(partial, ordinal, message);
    },
    onDetached: (value, ordinal) => {
      if (message !== undefined) queue.push(handlers.onDetached(value, ordinal, message));
    },
  });
  const check = (): void => {
    if (refused !== undefined) refuse(ErrorClass, [refused]);
    if (scanner.error !== undefined) refuse(ErrorClass, [scanIssue(scanner.error, maxTextLength, maxDepth)]);
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let started = false;
  let content = false;
  const decode = (chunk: Uint8Array | undefined): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      return refuse(ErrorClass, [issue('xml/invalid-encoding', M.invalidEncoding)]);
    }
  };
  const feed = (text: string): void => {
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!content && /\S/.test(text)) content = true;
    scanner.feed(text);
    check();
  };
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') {
      feed(decode(undefined));
      bytes += utf8LengthUpTo(chunk, maxBytes - bytes);
      text = chunk;
    } else if (chunk instanceof Uint8Array || chunk instanceof ArrayBuffer) {
      const view = chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
      bytes += view.byteLength;
      if (bytes > maxBytes) refuse(ErrorClass, [issue('xml/too-large', M.tooLarge(bytes, maxBytes))]);
      text = decode(view);
    } else {
      refuse(ErrorClass, [issue('xml/not-text', M.notText)]);
    }
    if (bytes > maxBytes) refuse(ErrorClass, [issue('xml/too-large', M.tooLarge(bytes, maxBytes))]);
    feed(text);
    if (queue.length > 0) yield* queue.splice(0);
  }
  feed(decode(undefined));
  if (!content) refuse(ErrorClass, [issue('xml/empty', M.empty)]);
  scanner.finish();
  check();
  if (queue.length > 0) yield* queue.splice(0);
  if (message === undefined || scanner.root === undefined) refuse(ErrorClass, [issue('xml/malformed', M.malformed('no root element was found.'))]);
  if (messageElements === 0) refuse(ErrorClass, [issue('xml/wrong-root', M.wrongRoot('(nothing)', expected.messageElement))]);
  handlers.onEnd?.(scanner.root.value, message);
}
