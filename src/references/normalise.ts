/**
 * Normalising what a person typed: whitespace and the common separators (`-`, `.`) between
 * characters go; letters go to upper case. A final `-` stays, because it is the MOD11 KID
 * check character.
 */

/** Characters removed between the characters of a reference. */
function isSeparator(c: number): boolean {
  return (
    c === 32 || // space
    c === 9 || // tab
    c === 10 ||
    c === 13 ||
    c === 0xa0 || // no-break space
    c === 0x202f || // narrow no-break space
    c === 0x2009 || // thin space
    c === 45 || // -
    c === 46 // .
  );
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** True when every character is an ASCII digit or upper-case letter (the common case, no copy). */
function isClean(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/**
 * The reference with separators removed and letters upper-cased. A trailing `-` (after
 * trailing whitespace is dropped) is kept as the MOD11 check character.
 */
export function normaliseReference(text: string): string {
  if (isClean(text)) return text;
  let end = text.length;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--;
  const keepLastDash = end > 1 && text.charCodeAt(end - 1) === 45;
  let out = '';
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSeparator(c) && !(keepLastDash && i === end - 1)) continue;
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : text.charAt(i);
  }
  return out;
}

/** The distinct characters of `value` that `allowed` rejects, quoted for a message. */
export function badCharacters(value: string, allowed: (c: number, i: number) => boolean): string[] {
  const seen: string[] = [];
  for (let i = 0; i < value.length; i++) {
    if (allowed(value.charCodeAt(i), i)) continue;
    const ch = value.charAt(i);
    if (!seen.includes(ch)) seen.push(ch);
  }
  return seen;
}

/** Quotes characters for a message: `"a", "b" and "c"`. */
export function quoteCharacters(chars: readonly string[]): string {
  const quoted = chars.map((c) => `"${c}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}

/** Groups a string in blocks of `size` from the left (`RF18 5390 0754 7034`). */
export function groupFromLeft(value: string, size: number): string {
  const groups: string[] = [];
  for (let i = 0; i < value.length; i += size) groups.push(value.slice(i, i + size));
  return groups.join(' ');
}

/** Groups a string in blocks of `size` from the right (`12 34561`). */
export function groupFromRight(value: string, size: number): string {
  const groups: string[] = [];
  for (let end = value.length; end > 0; end -= size) groups.unshift(value.slice(Math.max(0, end - size), end));
  return groups.join(' ');
}
