import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../../errors';
import { XmlError } from './errors';
import { XML_MESSAGES as M } from './messages';
import type { XmlElement } from './node';
import { XmlScanner, type ScanError, type ScanOptions } from './scan';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_TEXT_LENGTH,
  XmlLimitsSchema,
  type XmlLimits,
} from './schemas';

/** What the reader accepts: text, or UTF-8 bytes (a `Uint8Array`, `Buffer` or `ArrayBuffer`). */
export type XmlInput = string | Uint8Array | ArrayBuffer;

/** Which ISO 20022 message a caller expects. */
export interface ExpectedMessage {
  /** The message family, e.g. `pain.002` or `camt.054`. */
  readonly family: string;
  /** The element inside `<Document>`, e.g. `CstmrPmtStsRpt`. */
  readonly messageElement: string;
  /** The versions read, e.g. `['001.03', '001.10']`. */
  readonly versions: readonly string[];
}

/** A document that passed every safety check and names the expected message. */
export interface ReadMessage {
  /** The full message name from the namespace, e.g. `pain.002.001.10`. */
  readonly messageName: string;
  /** The version part, e.g. `001.10`. */
  readonly version: string;
  /** The namespace URI. */
  readonly namespace: string;
  /** The message element's content (the child of `<Document>`). */
  readonly message: XmlElement;
}

const ISO_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:';

function fails(code: string, message: string): Result<never> {
  return fail([issue(code, message)]);
}

/** UTF-8 length of a string, counted only until it passes `limit` (internal). */
export function utf8LengthUpTo(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function toText(input: unknown, maxBytes: number): Result<string> {
  if (typeof input === 'string') {
    // Every UTF-16 unit is at least one byte: cheap checks first, the exact count only when close.
    if (input.length > maxBytes) return fails('xml/too-large', M.tooLarge(input.length, maxBytes));
    if (input.length * 3 > maxBytes) {
      const bytes = utf8LengthUpTo(input, maxBytes);
      if (bytes > maxBytes) return fails('xml/too-large', M.tooLarge(bytes, maxBytes));
    }
    return ok(input);
  }
  let bytes: Uint8Array;
  if (input instanceof Uint8Array) bytes = input;
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  else return fails('xml/not-text', M.notText);
  if (bytes.byteLength > maxBytes) return fails('xml/too-large', M.tooLarge(bytes.byteLength, maxBytes));
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fails('xml/invalid-encoding', M.invalidEncoding);
  }
}

/** Markup declarations other than comments and CDATA: `<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT`, … */
const DECLARATION = /<!(?!--|\[CDATA\[)/;
const EXTERNAL_ENTITY = /<!ENTITY[^>]*?\s(?:SYSTEM|PUBLIC)\s/i;
const ANY_ENTITY = /<!ENTITY/i;
/** An `&` that does not start one of the references XML defines without a DTD. */
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)([A-Za-z_:][\w.:-]{0,40};)?/g;

function insideCdata(xml: string, position: number): boolean {
  const open = xml.lastIndexOf('<![CDATA[', position);
  return open !== -1 && xml.lastIndexOf(']]>', position) < open;
}

/** Checks the raw text, before any parser sees it. */
function rawIssues(xml: string, maxTextLength: number): EftkitIssue[] {
  if (DECLARATION.test(xml)) {
    if (EXTERNAL_ENTITY.test(xml)) return [issue('xml/external-entity-forbidden', M.externalEntity)];
    if (ANY_ENTITY.test(xml)) return [issue('xml/entity-forbidden', M.entity)];
    if (/<!DOCTYPE/i.test(xml)) return [issue('xml/doctype-forbidden', M.doctype)];
    return [issue('xml/malformed', M.malformed('it holds a markup declaration (<!…>) that is not a comment or CDATA.'))];
  }
  const hasCdata = xml.includes('<![CDATA[');
  BAD_REFERENCE.lastIndex = 0;
  for (let match = BAD_REFERENCE.exec(xml); match !== null; match = BAD_REFERENCE.exec(xml)) {
    if (hasCdata && insideCdata(xml, match.index)) continue;
    const name = match[1];
    if (name !== undefined) return [issue('xml/unknown-entity', M.unknownEntity(name.slice(0, -1)))];
    return [issue('xml/malformed', M.malformed('a bare "&" must be written "&amp;".', lineAt(xml, match.index)))];
  }
  // The longest stretch between two '<': a text, or a tag with its attributes.
  let previous = 0;
  for (let next = xml.indexOf('<'); ; next = xml.indexOf('<', previous + 1)) {
    const end = next === -1 ? xml.length : next;
    if (end - previous > maxTextLength) return [issue('xml/text-too-long', M.textTooLong(end - previous, maxTextLength))];
    if (next === -1) break;
    previous = next;
  }
  return [];
}

function lineAt(xml: string, position: number): number {
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < position; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

function localOf(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;

/** The qualified name of the root element, skipping the prolog (declaration, PIs, comments). */
function rootName(xml: string): { name: string; selfClosing: boolean } | undefined {
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i] ?? '')) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end === -1) return undefined;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end === -1) return undefined;
      i = end + 3;
    } else break;
  }
  if (xml[i] !== '<') return undefined;
  NAME.lastIndex = i + 1;
  const match = NAME.exec(xml);
  if (match === null) return undefined;
  const close = xml.indexOf('>', NAME.lastIndex);
  return { name: match[0], selfClosing: close > 0 && xml[close - 1] === '/' };
}

/** True when the text, without trailing whitespace and comments, ends by closing `root`. */
function closesRoot(xml: string, root: string): boolean {
  let end = xml.length;
  for (;;) {
    while (end > 0 && /\s/.test(xml[end - 1] ?? '')) end--;
    if (end >= 3 && xml.startsWith('-->', end - 3)) {
      const open = xml.lastIndexOf('<!--', end - 3);
      if (open === -1) return false;
      end = open;
    } else break;
  }
  const tail = xml.slice(Math.max(0, end - root.length - 20), end);
  return new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>$`).test(tail);
}

/** The issue for a scan error, as a reader that only saw the text up to it can tell. */
export function scanIssue(error: ScanError, maxTextLength: number, maxDepth: number): EftkitIssue {
  switch (error.kind) {
    case 'declaration': {
      const rest = error.excerpt ?? '';
      if (EXTERNAL_ENTITY.test(rest)) return issue('xml/external-entity-forbidden', M.externalEntity);
      if (ANY_ENTITY.test(rest)) return issue('xml/entity-forbidden', M.entity);
      if (/<!DOCTYPE/i.test(rest)) return issue('xml/doctype-forbidden', M.doctype);
      return issue('xml/malformed', M.malformed('it holds a markup declaration (<!…>) that is not a comment or CDATA.'));
    }
    case 'reference':
      return error.entity !== undefined
        ? issue('xml/unknown-entity', M.unknownEntity(error.entity))
        : issue('xml/malformed', M.malformed(error.detail, error.line));
    case 'text-too-long':
      return issue('xml/text-too-long', M.textTooLong(error.length ?? 0, maxTextLength));
    case 'too-deep':
      return issue('xml/too-deep', M.tooDeep(maxDepth));
    case 'truncated':
      return error.root === undefined || error.root === ''
        ? issue('xml/malformed', M.malformed('no root element was found.'))
        : issue('xml/truncated', M.truncated(error.root));
    default:
      return issue('xml/malformed', M.malformed(error.detail, error.line));
  }
}

/**
 * Which code a refused whole document gets: the raw-text checks in their historical order
 * (declarations, references, text length), then a root that is not closed, then the scan's
 * own finding. Runs only on the failure path.
 */
function explain(xml: string, error: ScanError, maxTextLength: number, maxDepth: number): EftkitIssue {
  const raw = rawIssues(xml, maxTextLength);
  if (raw[0] !== undefined) return raw[0];
  const root = rootName(xml);
  if (root === undefined) return issue('xml/malformed', M.malformed('no root element was found.'));
  if (!root.selfClosing && !closesRoot(xml, root.name)) return issue('xml/truncated', M.truncated(root.name));
  return scanIssue(error, maxTextLength, maxDepth);
}

/** Subtrees a reader takes as they close (see {@link ScanOptions}). */
export type DetachHooks = Pick<ScanOptions, 'detach' | 'onDetachOpen' | 'onDetached'>;

/**
 * Reads an ISO 20022 document safely and checks that it is the expected message. In order:
 * the size limit (`xml/too-large`), UTF-8 (`xml/invalid-encoding`), no DOCTYPE or entity
 * declarations, looked for in the raw text before any parser runs
 * (`xml/doctype-forbidden`, `xml/entity-forbidden`, `xml/external-entity-forbidden`), only
 * the predefined entity references (`xml/unknown-entity`), no text longer than
 * `maxTextLength` (`xml/text-too-long`), a root that is closed (`xml/truncated`),
 * well-formedness (`xml/malformed`), nesting (`xml/too-deep`), then `<Document>` in an
 * ISO 20022 namespace of the family (`xml/wrong-root`, `xml/wrong-namespace`) and a version
 * read (`xml/unsupported-version`). Values are strings; nothing is converted to numbers.
 * Never throws.
 */
export function safeReadIsoMessage(input: XmlInput, expected: ExpectedMessage, limits: XmlLimits = {}, hooks: DetachHooks = {}): Result<ReadMessage> {
  const checked = XmlLimitsSchema.safeParse(limits);
  if (!checked.success) {
    return fail(checked.error.issues.map((i) => issue('xml/invalid-options', M.invalidOptions(i.message), i.path.filter((p) => typeof p !== 'symbol'))));
  }
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxTextLength = limits.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;

  const decoded = toText(input, maxBytes);
  if (!decoded.ok) return decoded;
  let xml = decoded.value;
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  if (xml.trim() === '') return fails('xml/empty', M.empty);

  const scanner = new XmlScanner({ maxTextLength, maxDepth, ...hooks });
  const error = scanner.feed(xml) ?? scanner.finish();
  if (error !== undefined || scanner.root === undefined) {
    return fail([explain(xml, error ?? { kind: 'malformed', detail: 'no root element was found.', position: 0, line: 1 }, maxTextLength, maxDepth)]);
  }
  const root = { name: scanner.root.qname };
  const tree: Record<string, unknown> = { [localOf(root.name)]: scanner.root.value };
  const [prefix, local] = root.name.includes(':') ? root.name.split(':') as [string, string] : [undefined, root.name];
  const document = tree[local];
  const documentElement: XmlElement = typeof document === 'object' && document !== null && !Array.isArray(document) ? (document as XmlElement) : {};

  const expectedFamily = `${ISO_NAMESPACE}${expected.family}.`;
  const namespaceAttribute = prefix === undefined ? '@_xmlns' : `@_xmlns:${prefix}`;
  const namespaceValue = documentElement[namespaceAttribute];
  const namespace = typeof namespaceValue === 'string' ? namespaceValue.trim() : '';
  if (local !== 'Document') {
    return fails('xml/wrong-root', M.wrongRoot(local, 'Document'));
  }
  if (!namespace.startsWith(expectedFamily)) {
    return fails('xml/wrong-namespace', M.wrongNamespace(namespace === '' ? '(none)' : namespace, expected.family));
  }
  const version = namespace.slice(expectedFamily.length);
  const messageName = `${expected.family}.${version}`;
  if (!expected.versions.includes(version)) {
    return fails('xml/unsupported-version', M.unsupportedVersion(messageName, expected.versions.map((v) => `${expected.family}.${v}`)));
  }
  const elements = Object.keys(documentElement).filter((k) => !k.startsWith('@_') && !k.startsWith('#'));
  const message = documentElement[expected.messageElement];
  if (elements.length !== 1 || message === undefined || Array.isArray(message)) {
    return fails('xml/wrong-root', M.wrongRoot(elements[0] ?? '(nothing)', expected.messageElement));
  }
  const messageElement: XmlElement = typeof message === 'object' ? (message as XmlElement) : {};
  return ok({ messageName, version, namespace, message: messageElement });
}

/**
 * Reads an ISO 20022 document safely; see {@link safeReadIsoMessage}.
 *
 * @throws {XmlError} with the reason the document was refused.
 */
export function readIsoMessage(input: XmlInput, expected: ExpectedMessage, limits?: XmlLimits): ReadMessage {
  return unwrap(safeReadIsoMessage(input, expected, limits), XmlError);
}
