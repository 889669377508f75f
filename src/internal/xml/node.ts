/**
 * Reading the tree fast-xml-parser builds: elements are objects, repeated elements arrays,
 * leaves strings, attributes `@_name`, text `#text`, CDATA `#cdata`. Entity references are
 * decoded here, lazily, only for the values a reader asks for.
 */

/** A value in the parsed tree. */
export type XmlValue = string | XmlElement | readonly XmlValue[];

/** An element: its children by local name, its attributes as `@_name`. */
export interface XmlElement {
  readonly [name: string]: XmlValue | undefined;
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** Decodes the five predefined entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

function isElement(value: XmlValue | undefined): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: XmlValue | undefined): readonly XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly XmlValue[]) : [value as XmlValue];
}

/** The text of a leaf value (entities decoded, CDATA as is), or undefined for a non-leaf. */
export function textOf(value: XmlValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return decodeEntities(value);
  if (Array.isArray(value)) return textOf(value[0] as XmlValue | undefined);
  const element = value as XmlElement;
  const text = element['#text'];
  const cdata = element['#cdata'];
  if (text === undefined && cdata === undefined) {
    // An element with only attributes (or nothing) has empty text; one with children has none.
    return Object.keys(element).every((k) => k.startsWith('@_')) ? '' : undefined;
  }
  const plain = typeof text === 'string' ? decodeEntities(text) : '';
  const raw = asList(cdata).filter((c): c is string => typeof c === 'string').join('');
  return plain + raw;
}

/** Every child element named `name` (empty elements as `{}`); text-only children too. */
export function children(node: XmlElement | undefined, name: string): XmlElement[] {
  if (node === undefined) return [];
  const out: XmlElement[] = [];
  for (const value of asList(node[name])) {
    if (isElement(value)) out.push(value);
    else if (typeof value === 'string') out.push(value === '' ? {} : { '#text': value });
  }
  return out;
}

/** The first child element named `name`. */
export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  if (node === undefined) return undefined;
  const value = node[name];
  if (value === undefined) return undefined;
  const first = Array.isArray(value) ? (value[0] as XmlValue | undefined) : (value as XmlValue);
  if (first === undefined) return undefined;
  if (isElement(first)) return first;
  return typeof first === 'string' ? (first === '' ? {} : { '#text': first }) : undefined;
}

/** Follows a path of child names (`'Refs', 'EndToEndId'`), taking the first of each. */
export function at(node: XmlElement | undefined, ...names: readonly string[]): XmlElement | undefined {
  let current = node;
  for (const name of names) {
    current = child(current, name);
    if (current === undefined) return undefined;
  }
  return current;
}

/** The trimmed text of the element at a path, or undefined when absent or empty. */
export function text(node: XmlElement | undefined, ...names: readonly string[]): string | undefined {
  const target = names.length === 0 ? node : at(node, ...names);
  if (target === undefined) return undefined;
  const value = textOf(target);
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Every text of the repeated leaf `name` (empty ones left out). */
export function texts(node: XmlElement | undefined, name: string): string[] {
  return children(node, name)
    .map((c) => textOf(c)?.trim())
    .filter((t): t is string => t !== undefined && t !== '');
}

/** An attribute's value (entities decoded). */
export function attribute(node: XmlElement | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}
