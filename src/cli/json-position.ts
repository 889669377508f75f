/**
 * Where JSON text first breaks, found by a small recursive-descent scan of the grammar
 * (RFC 8259). Node's `JSON.parse` names the position for some errors only ("Unexpected token
 * '}', … is not valid JSON" has none), and a bookkeeper needs a line and a column.
 */

const WS = new Set([' ', '\t', '\n', '\r']);

/** The offset of the first character that breaks the grammar, or `text.length` when the text ends early; -1 when the text is valid JSON. */
export function firstJsonErrorOffset(text: string): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    // Point at the first character that differs.
    let k = 0;
    while (k < word.length && text[i + k] === word[k]) k++;
    i += k;
    return false;
  };
  const string = (): boolean => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return (i += 2), false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return (i += 1), false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null) return false;
    i += match[0].length;
    return true;
  };
  const value = (depth: number): boolean => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth > 1000) return false;
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return (i++, true);
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"' || !string()) return false;
          space();
          if (text[i] !== ':') return false;
          i++;
        }
        if (!value(depth + 1)) return false;
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) return (i++, true);
        return false;
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  if (!value(0)) return Math.min(i, text.length);
  space();
  return i === text.length ? -1 : i;
}
