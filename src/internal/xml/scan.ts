/**
 * One linear, resumable scan of XML text that checks every raw-text safety rule and
 * well-formedness while it builds the same tree fast-xml-parser builds with the options the
 * readers used (`ignoreAttributes: false`, `@_` attributes, `#text`, `#cdata`, values as raw
 * trimmed strings, no entity processing, namespace prefixes stripped from element names).
 *
 * Chosen subtrees (an element path such as Document/…/Ntfctn/Ntry) can be handed to a callback
 * as soon as they close instead of being attached to their parent, so a reader never holds
 * the whole tree; text can be fed in chunks, so a stream never needs the whole document.
 */
import type { XmlElement, XmlValue } from './node';

/** Why a scan stopped. `declaration` covers DOCTYPE, ENTITY and other `<!…>` declarations. */
export type ScanErrorKind = 'declaration' | 'reference' | 'text-too-long' | 'malformed' | 'too-deep' | 'truncated';

/** The first problem the scan found, at an absolute character offset of the text. */
export interface ScanError {
  readonly kind: ScanErrorKind;
  readonly detail: string;
  readonly position: number;
  /** 1-based line of `position`. */
  readonly line: number;
  /** For `reference`: the entity name when it looks like one (`nbsp`), else undefined (bare `&`). */
  readonly entity?: string | undefined;
  /** For `text-too-long`: the stretch's length. */
  readonly length?: number | undefined;
  /** For `declaration`: the text from the declaration on (at most 1 MB of it). */
  readonly excerpt?: string | undefined;
  /** For `truncated`: the root element's qualified name. */
  readonly root?: string | undefined;
}

/** Options of {@link XmlScanner}. */
export interface ScanOptions {
  readonly maxTextLength: number;
  readonly maxDepth: number;
  /** Local names from the root down to the element to hand over (e.g. Document, Msg, Ntfctn, Ntry). */
  readonly detach?: readonly string[] | undefined;
  /**
   * Called when a detached element opens: `partial(level)` gives the value an open ancestor
   * has so far (0 the root, `detach.length - 2` the parent), without its detached children.
   */
  readonly onDetachOpen?: ((partial: (level: number) => XmlElement, parentOrdinal: number) => void) | undefined;
  /** Called when a detached element closes, with its value and its absolute [start, end) in the text. */
  readonly onDetached?: ((value: XmlElement, parentOrdinal: number, start: number, end: number) => void) | undefined;
  /** Stop at once when too deep (streams); else keep scanning so a malformed file is reported as such. */
  readonly eagerDepth?: boolean | undefined;
  /** Called when the root element opens, with its qualified name and attributes (`@_name`). */
  readonly onRootOpen?: ((qname: string, attributes: XmlElement) => void) | undefined;
  /** Called when an element directly under the root opens, with its local name. */
  readonly onMessageOpen?: ((local: string, ordinal: number) => void) | undefined;
}

interface Name {
  readonly qname: string;
  readonly local: string;
}

interface Frame {
  readonly qname: string;
  readonly local: string;
  readonly attrs: Record<string, string> | undefined;
  kids: Record<string, unknown> | undefined;
  text: string;
  pending: string;
  /** Index into `detach` this element matched, or -1. */
  readonly level: number;
  readonly start: number;
  /** Ordinal of this element among the elements matching its level (for detach parents). */
  readonly ordinal: number;
}

const RESERVED = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
const REFERENCE_NAME = /^&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/;
const ENTITY_LIKE = /^&([A-Za-z_:][\w.:-]{0,40});/;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Ends a name: whitespace, `/`, `>`, `=`, quotes, `<`, `&`. */
function endsName(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 47 || c === 62 || c === 61 || c === 34 || c === 39 || c === 60 || c === 38;
}

function badNameStart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 58;
}

/**
 * An XML name: a letter, `_` or a non-ASCII character first, then also digits, `-`, `.`, `:`.
 * Keeps names like `#text` or `@_Ccy` (which would pose as text or attributes) out of the tree.
 */
function validName(name: string): boolean {
  if (name.length === 0 || badNameStart(name.charCodeAt(0))) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 58 || c >= 0x80;
    if (!ok) return false;
  }
  return !name.endsWith(':');
}

function trimmed(raw: string): string {
  const n = raw.length;
  if (n === 0) return raw;
  return isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(n - 1)) ? raw.trim() : raw;
}

/** XML line-end normalisation (as fast-xml-parser does for the whole text): CR LF and CR become LF. */
function lines(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

function asElement(value: XmlValue): XmlElement {
  return typeof value === 'string' ? (value === '' ? {} : { '#text': value }) : (value as XmlElement);
}

class Stop {
  constructor(readonly error: ScanError) {}
}

/** Signals that the buffer ends inside a token: wait for more text. */
const MORE = -1;

/** A resumable XML scanner; feed text, then call {@link XmlScanner.finish}. */
export class XmlScanner {
  private buf = '';
  private pos = 0;
  /** Absolute offset of buf[0]. */
  private base = 0;
  /** Newlines before buf[0]. */
  private linesBefore = 0;
  /** Absolute offset of the last '<' seen (for the longest-stretch rule). */
  private lastLt = 0;
  /** Buffer index of the next '&' at or after the last place looked from (MAX_SAFE_INTEGER: none). */
  private amp = -1;
  private readonly stack: Frame[] = [];
  private readonly names = new Map<number, Name>();
  private readonly ordinals: number[] = [];
  private rootSeen = false;
  private rootDone = false;
  private messageOrdinal = 0;
  private tooDeepAt: number | undefined;
  /** The first error; the scan stops there. */
  error: ScanError | undefined;
  /** The root element's qualified name and value, once closed. */
  root: { readonly qname: string; readonly value: XmlValue } | undefined;

  constructor(private readonly options: ScanOptions) {}

  /** Characters fed so far (absolute offset of the end of the buffer). */
  get offset(): number {
    return this.base + this.buf.length;
  }

  /** Stops the scan with an error of the caller's (kept as the scan's error). */
  fail(kind: ScanErrorKind, detail: string): void {
    this.error ??= { kind, detail, position: this.base + this.pos, line: this.lineOf(this.base + this.pos) };
  }

  /** Feeds more text; returns the first error, if any. */
  feed(text: string): ScanError | undefined {
    if (this.error !== undefined) return this.error;
    if (this.pos > 0) {
      const dropped = this.buf.slice(0, this.pos);
      for (let i = dropped.indexOf('\n'); i !== -1; i = dropped.indexOf('\n', i + 1)) this.linesBefore++;
      this.base += this.pos;
      this.buf = this.buf.slice(this.pos) + text;
      this.pos = 0;
      this.amp = -1;
    } else {
      this.buf = this.buf.length === 0 ? text : this.buf + text;
      if (this.amp === Number.MAX_SAFE_INTEGER) this.amp = -1;
    }
    this.run(false);
    return this.error;
  }

  /** Ends the text; returns the first error (a root that is not closed is `truncated`). */
  finish(): ScanError | undefined {
    if (this.error !== undefined) return this.error;
    this.run(true);
    if (this.error !== undefined) return this.error;
    try {
      const end = this.base + this.buf.length;
      if (end - this.lastLt > this.options.maxTextLength && this.lastLt >= 0) this.stop('text-too-long', '', end, { length: end - this.lastLt });
      else if (this.stack.length > 0) this.stop('truncated', 'the root element is not closed.', end, { root: this.stack[0]?.qname ?? '' });
      else if (!this.rootSeen) this.stop('malformed', 'no root element was found.', end);
      else if (this.tooDeepAt !== undefined) this.stop('too-deep', '', this.tooDeepAt);
    } catch (e) {
      if (e instanceof Stop) this.error = e.error;
      else throw e;
    }
    return this.error;
  }

  private lineOf(position: number): number {
    let line = this.linesBefore + 1;
    const upTo = position - this.base;
    for (let i = this.buf.indexOf('\n'); i !== -1 && i < upTo; i = this.buf.indexOf('\n', i + 1)) line++;
    return line;
  }

  private stop(kind: ScanErrorKind, detail: string, position: number, extra: { entity?: string; length?: number; excerpt?: string; root?: string } = {}): never {
    throw new Stop({ kind, detail, position, line: this.lineOf(position), ...extra });
  }

  private run(final: boolean): void {
    try {
      this.loop(final);
    } catch (e) {
      if (e instanceof Stop) this.error = e.error;
      else throw e;
    }
  }

  /** Marks a '<' at buffer index i (the longest-stretch rule counts every '<'). */
  private lt(i: number): void {
    const at = this.base + i;
    if (at - this.lastLt > this.options.maxTextLength) this.stop('text-too-long', '', at, { length: at - this.lastLt });
    this.lastLt = at;
  }

  /** Every '<' inside [from, to) of a comment, CDATA or PI body; and no `<!` declaration inside. */
  private body(from: number, to: number): void {
    const buf = this.buf;
    for (let i = buf.indexOf('<', from); i !== -1 && i < to; i = buf.indexOf('<', i + 1)) {
      this.lt(i);
      if (buf.charCodeAt(i + 1) === 33 && !buf.startsWith('<!--', i) && !buf.startsWith('<![CDATA[', i)) this.stop('declaration', '', this.base + i, { excerpt: buf.slice(i, i + 1024 * 1024) });
    }
  }

  /** Every '&' in [from, to) must start a reference XML defines without a DTD. */
  private refs(from: number, to: number): void {
    const buf = this.buf;
    // The next '&' is searched once and remembered: positions only grow, so this stays linear.
    if (this.amp < from) {
      const found = buf.indexOf('&', from);
      this.amp = found === -1 ? Number.MAX_SAFE_INTEGER : found;
    }
    let i = this.amp;
    while (i < to) {
      if (!REFERENCE_NAME.test(buf.slice(i, i + 12))) {
        const entity = ENTITY_LIKE.exec(buf.slice(i, i + 44));
        if (entity !== null) this.stop('reference', '', this.base + i, { entity: entity[1] ?? '' });
        this.stop('reference', 'a bare "&" must be written "&amp;".', this.base + i);
      }
      const found = buf.indexOf('&', i + 1);
      i = found === -1 ? Number.MAX_SAFE_INTEGER : found;
    }
    this.amp = i;
  }

  private loop(final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = this.pos;
    while (pos < n) {
      const lt = buf.indexOf('<', pos);
      const textEnd = lt === -1 ? n : lt;
      if (textEnd > pos) {
        if (lt === -1 && !final) {
          // Wait for the rest of the text, but never hold a stretch longer than allowed.
          if (this.base + n - this.lastLt > this.options.maxTextLength) this.stop('text-too-long', '', this.base + n, { length: this.base + n - this.lastLt });
          break;
        }
        this.text(pos, textEnd);
        pos = textEnd;
        if (lt === -1) break;
      }
      const next = this.markup(lt, final);
      if (next === MORE) {
        // Wait for the rest of the markup, but never hold a stretch longer than allowed.
        if (this.base + n - this.lastLt > this.options.maxTextLength) this.stop('text-too-long', '', this.base + n, { length: this.base + n - this.lastLt });
        break;
      }
      pos = next;
    }
    this.pos = pos;
  }

  private text(from: number, to: number): void {
    const frame = this.stack[this.stack.length - 1];
    this.refs(from, to);
    if (frame === undefined) {
      for (let i = from; i < to; i++) {
        if (!isSpace(this.buf.charCodeAt(i))) {
          this.stop('malformed', this.rootDone ? 'there is text after the root element.' : 'there is text before the root element.', this.base + i);
        }
      }
      return;
    }
    const raw = this.buf.slice(from, to);
    frame.pending = frame.pending.length === 0 ? raw : frame.pending + raw;
  }

  private flush(frame: Frame): void {
    if (frame.pending.length === 0) return;
    const t = trimmed(lines(frame.pending));
    frame.pending = '';
    if (t.length > 0) frame.text = frame.text.length === 0 ? t : frame.text + t;
  }

  /** Reads the markup at buffer index lt; returns the index after it, or MORE. */
  private markup(lt: number, final: boolean): number {
    const buf = this.buf;
    const c1 = buf.charCodeAt(lt + 1);
    if (Number.isNaN(c1)) return this.more(final, lt);
    this.lt(lt);
    if (c1 === 47) return this.closeTag(lt, final);
    if (c1 === 33) return this.bang(lt, final);
    if (c1 === 63) return this.pi(lt, final);
    return this.openTag(lt, final);
  }

  private more(final: boolean, at: number): number {
    if (final) this.stop('truncated', 'the text ends inside markup.', this.base + at, { root: this.stack[0]?.qname ?? '' });
    return MORE;
  }

  private bang(lt: number, final: boolean): number {
    const buf = this.buf;
    if (buf.startsWith('<!--', lt)) {
      const end = buf.indexOf('-->', lt + 4);
      if (end === -1) return this.more(final, lt);
      this.body(lt + 4, end);
      this.refs(lt + 4, end);
      return end + 3;
    }
    if (buf.length - lt < 9 && !final && '<![CDATA['.startsWith(buf.slice(lt))) return MORE;
    if (buf.startsWith('<![CDATA[', lt)) {
      const end = buf.indexOf(']]>', lt + 9);
      if (end === -1) return this.more(final, lt);
      this.body(lt + 9, end);
      const frame = this.stack[this.stack.length - 1];
      if (frame === undefined) this.stop('malformed', 'there is CDATA outside the root element.', this.base + lt);
      this.flush(frame);
      this.addKid(frame, '#cdata', lines(buf.slice(lt + 9, end)));
      return end + 3;
    }
    if (buf.length - lt < 4 && !final && '<!--'.startsWith(buf.slice(lt))) return MORE;
    this.stop('declaration', '', this.base + lt, { excerpt: buf.slice(lt, lt + 1024 * 1024) });
  }

  private pi(lt: number, final: boolean): number {
    const buf = this.buf;
    const end = buf.indexOf('?>', lt + 2);
    if (end === -1) return this.more(final, lt);
    let i = lt + 2;
    while (i < end && !endsName(buf.charCodeAt(i))) i++;
    const target = buf.slice(lt + 2, i);
    if (target === '') this.stop('malformed', 'a processing instruction has no name.', this.base + lt);
    if (target.toLowerCase() === 'xml' && (this.base + lt !== 0 || target !== 'xml')) {
      this.stop('malformed', 'the XML declaration is allowed only at the start of the file.', this.base + lt);
    }
    this.body(lt + 2, end);
    this.refs(lt + 2, end);
    return end + 2;
  }

  private closeTag(lt: number, final: boolean): number {
    const buf = this.buf;
    const n = buf.length;
    const frame = this.stack[this.stack.length - 1];
    let i = lt + 2;
    // The usual case: the open element's name, compared in place (no new string).
    if (frame !== undefined && buf.startsWith(frame.qname, i) && (i + frame.qname.length >= n || endsName(buf.charCodeAt(i + frame.qname.length)))) {
      i += frame.qname.length;
    } else {
      while (i < n && !endsName(buf.charCodeAt(i))) i++;
      if (i >= n) return this.more(final, lt);
      const qname = buf.slice(lt + 2, i);
      if (frame === undefined) this.stop('malformed', `the closing tag </${qname}> has no opening tag.`, this.base + lt);
      this.stop('malformed', `the element <${frame.qname}> is closed by </${qname}>.`, this.base + lt);
    }
    while (i < n && isSpace(buf.charCodeAt(i))) i++;
    if (i >= n) return this.more(final, lt);
    if (buf.charCodeAt(i) !== 62) this.stop('malformed', `the closing tag </${frame.qname}> is not closed by ">".`, this.base + lt);
    this.stack.pop();
    this.flush(frame);
    this.close(frame, this.base + i + 1);
    return i + 1;
  }

  /** The name at [from, to), reusing the string of an earlier identical name (names repeat). */
  private name(from: number, to: number): Name {
    const buf = this.buf;
    const key = (to - from) * 65536 + buf.charCodeAt(from) * 256 + (buf.charCodeAt(to - 1) & 255);
    const cached = this.names.get(key);
    if (cached !== undefined && buf.startsWith(cached.qname, from)) return cached;
    const qname = buf.slice(from, to);
    if (!validName(qname)) this.stop('malformed', `"<${qname}" is not a valid element name.`, this.base + from - 1);
    const name: Name = { qname, local: localName(qname) };
    // A message has a few hundred names; a hostile stream must not grow the cache without end.
    if (this.names.size >= 4096) this.names.clear();
    this.names.set(key, name);
    return name;
  }

  private openTag(lt: number, final: boolean): number {
    const buf = this.buf;
    const n = buf.length;
    let i = lt + 1;
    while (i < n && !endsName(buf.charCodeAt(i))) i++;
    if (i >= n) return this.more(final, lt);
    if (i === lt + 1) this.stop('malformed', '"<" does not start a valid tag.', this.base + lt);
    // A new name is checked once (validName); a repeated one comes from the cache.
    const { qname, local } = this.name(lt + 1, i);
    let attrs: Record<string, string> | undefined;
    let selfClosing = false;
    for (;;) {
      const spaceStart = i;
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return this.more(final, lt);
      const c = buf.charCodeAt(i);
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (i + 1 >= n) return this.more(final, lt);
        if (buf.charCodeAt(i + 1) !== 62) this.stop('malformed', `the tag <${qname}> has a "/" that does not close it.`, this.base + i);
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === spaceStart) this.stop('malformed', `the tag <${qname}> needs a space before its attribute.`, this.base + i);
      const nameStart = i;
      while (i < n && !endsName(buf.charCodeAt(i))) i++;
      if (i >= n) return this.more(final, lt);
      const name = buf.slice(nameStart, i);
      if (!validName(name)) this.stop('malformed', `the tag <${qname}> has an invalid attribute.`, this.base + nameStart);
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return this.more(final, lt);
      if (buf.charCodeAt(i) !== 61) this.stop('malformed', `the attribute ${name} of <${qname}> has no value.`, this.base + nameStart);
      i++;
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return this.more(final, lt);
      const quote = buf.charCodeAt(i);
      if (quote !== 34 && quote !== 39) this.stop('malformed', `the value of the attribute ${name} of <${qname}> is not quoted.`, this.base + i);
      const close = buf.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close === -1) return this.more(final, lt);
      this.body(i + 1, close);
      this.refs(i + 1, close);
      const key = `@_${name}`;
      attrs ??= {};
      if (attrs[key] !== undefined || RESERVED.has(name)) this.stop('malformed', `the attribute ${name} of <${qname}> is repeated or not allowed.`, this.base + nameStart);
      attrs[key] = trimmed(lines(buf.slice(i + 1, close)));
      i = close + 1;
    }
    if (RESERVED.has(local)) this.stop('malformed', `the element name <${qname}> is not allowed.`, this.base + lt);
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      if (this.rootSeen) this.stop('malformed', 'a document must have exactly one root element.', this.base + lt);
      this.rootSeen = true;
      this.options.onRootOpen?.(qname, attrs ?? {});
    } else {
      this.flush(parent);
      if (this.stack.length === 1) this.options.onMessageOpen?.(local, this.messageOrdinal++);
    }
    if (this.error !== undefined) throw new Stop(this.error);
    const depth = this.stack.length;
    if (!selfClosing && depth > this.options.maxDepth) {
      if (this.options.eagerDepth === true) this.stop('too-deep', '', this.base + lt);
      this.tooDeepAt ??= this.base + lt;
    }
    const detach = this.options.detach;
    let level = -1;
    let ordinal = 0;
    if (detach !== undefined && depth < detach.length && (parent === undefined ? depth === 0 : parent.level === depth - 1) && detach[depth] === local) {
      level = depth;
      ordinal = this.ordinals[depth] ?? 0;
      this.ordinals[depth] = ordinal + 1;
      if (level === detach.length - 1 && parent !== undefined) {
        this.options.onDetachOpen?.((at) => {
          const frame = this.stack[at];
          return frame === undefined ? {} : asElement(this.value(frame, false));
        }, parent.ordinal);
        if (this.error !== undefined) throw new Stop(this.error);
      }
    }
    const frame: Frame = { qname, local, attrs, kids: undefined, text: '', pending: '', level, start: this.base + lt, ordinal };
    if (selfClosing) this.close(frame, this.base + i);
    else this.stack.push(frame);
    return i;
  }

  private addKid(frame: Frame, name: string, value: unknown): void {
    const kids = (frame.kids ??= {});
    const existing = kids[name];
    if (existing === undefined) kids[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else kids[name] = [existing, value];
  }

  /** The element's value in fast-xml-parser's shape. `done`: the element is closed. */
  private value(frame: Frame, done: boolean): XmlValue {
    const kids = done ? frame.kids : frame.kids === undefined ? undefined : { ...frame.kids };
    if (frame.attrs !== undefined) {
      const out: Record<string, unknown> = kids ?? {};
      if (frame.text.length > 0) out['#text'] = frame.text;
      for (const key in frame.attrs) out[key] = frame.attrs[key];
      return out as XmlElement;
    }
    if (kids !== undefined) {
      if (frame.text.length > 0) kids['#text'] = frame.text;
      return kids as XmlElement;
    }
    return frame.text;
  }

  private close(frame: Frame, end: number): void {
    const value = this.value(frame, true);
    const parent = this.stack[this.stack.length - 1];
    const detach = this.options.detach;
    if (detach !== undefined && frame.level === detach.length - 1 && parent !== undefined) {
      this.options.onDetached?.(asElement(value), parent.ordinal, frame.start, end);
      if (this.error !== undefined) throw new Stop(this.error);
      return;
    }
    if (parent === undefined) {
      this.root = { qname: frame.qname, value };
      this.rootDone = true;
      return;
    }
    this.addKid(parent, frame.local, value);
  }
}
