/**
 * XML escaping and the SEPA (EPC) Latin character set.
 *
 * The EPC Implementation Guidelines allow, unless banks agree otherwise, only
 * `a–z A–Z 0–9 / - ? : ( ) . , ' +` and space. The "SEPA Requirements for an Extended
 * Character Set (UNICODE Subset) – Best Practices" (EPC217-08) recommend converting other
 * characters to their base Latin letter (Ä → A, ß → s) and anything without a meaningful
 * replacement to a full stop. eftkit converts one character to one character, so a field never
 * grows past its length limit.
 */

/** Which characters SEPA text may hold. */
export type SepaCharacterSet = 'epc-latin' | 'epc-latin-nordic';

const LATIN = /^[A-Za-z0-9/\-?:().,'+ ]*$/;
const NORDIC = 'ÅÄÖÆØåäöæø';
const LATIN_NORDIC = /^[A-Za-z0-9/\-?:().,'+ ÅÄÖÆØåäöæø]*$/;

/**
 * The transliteration table eftkit applies to SEPA text: each character on the left is written
 * as the character on the right. Characters in neither the Latin set nor this table become `.`.
 * Letters with diacritics lose them (EPC217-08 best practice); `&` becomes `+`; quotes become
 * an apostrophe; brackets become parentheses; `_`, dashes and `~` become `-`; `;` becomes `:`;
 * `@`, `!`, `*`, `#`, `$`, `%`, `=`, `^` become `.`, like every character without a replacement.
 */
export const SEPA_TRANSLITERATION: Readonly<Record<string, string>> = Object.freeze(
  buildTable({
    A: 'ÀÁÂÃÄÅĀĂĄǍǺÆ',
    a: 'àáâãäåāăąǎǻæª',
    C: 'ÇĆĈĊČ',
    c: 'çćĉċč',
    D: 'ĎĐÐ',
    d: 'ďđð',
    E: 'ÈÉÊËĒĔĖĘĚ',
    e: 'èéêëēĕėęě',
    G: 'ĜĞĠĢ',
    g: 'ĝğġģ',
    H: 'ĤĦ',
    h: 'ĥħ',
    I: 'ÌÍÎÏĨĪĬĮİ',
    i: 'ìíîïĩīĭįı',
    J: 'Ĵ',
    j: 'ĵ',
    K: 'Ķ',
    k: 'ķĸ',
    L: 'ĹĻĽĿŁ',
    l: 'ĺļľŀł',
    N: 'ÑŃŅŇŊ',
    n: 'ñńņňŉŋ',
    O: 'ÒÓÔÕÖØŌŎŐǾŒ',
    o: 'òóôõöøōŏőǿœº',
    R: 'ŔŖŘ',
    r: 'ŕŗř',
    S: 'ŚŜŞŠȘ',
    s: 'śŝşšșß',
    T: 'ŢŤŦȚÞ',
    t: 'ţťŧțþ',
    U: 'ÙÚÛÜŨŪŬŮŰŲ',
    u: 'ùúûüũūŭůűų',
    W: 'Ŵ',
    w: 'ŵ',
    Y: 'ÝŶŸ',
    y: 'ýÿŷ',
    Z: 'ŹŻŽ',
    z: 'źżž',
    '+': '&',
    "'": '"`´‘’‚‛“”„‟«»',
    '(': '[{<',
    ')': ']}>',
    '-': '_–—―~',
    '/': '\\|',
    ' ': '\t\n\r\u00a0',
    ':': ';',
    '.': '!*#$%=@^',
  }),
);

function buildTable(groups: Readonly<Record<string, string>>): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [to, from] of Object.entries(groups)) for (const c of from) table[c] = to;
  return table;
}

/** The result of {@link toSepaText}: the text to write and whether it changed. */
export interface SepaText {
  /** The text in the chosen character set. */
  readonly text: string;
  /** True when at least one character was replaced. */
  readonly changed: boolean;
}

/**
 * Converts text to the SEPA character set: characters of the set stay; others are replaced
 * by {@link SEPA_TRANSLITERATION}, and a character not in the table by `.`. With
 * `epc-latin-nordic` the Nordic letters Å Ä Ö Æ Ø (and small) stay as they are (for banks
 * that accept them by agreement). One character becomes one character.
 */
export function toSepaText(text: string, characterSet: SepaCharacterSet = 'epc-latin'): SepaText {
  const allowed = characterSet === 'epc-latin-nordic' ? LATIN_NORDIC : LATIN;
  if (allowed.test(text)) return { text, changed: false };
  let out = '';
  for (const c of text) {
    if (allowed.test(c)) out += c;
    else if (characterSet === 'epc-latin-nordic' && NORDIC.includes(c)) out += c;
    else out += SEPA_TRANSLITERATION[c] ?? '.';
  }
  return { text: out, changed: true };
}

const NEEDS_ESCAPE = /[&<>"]/;

/** Escapes text for an XML element or attribute value: `&`, `<`, `>` and `"`. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Characters XML 1.0 cannot carry: C0 controls except tab, newline, carriage return; U+FFFE,
// U+FFFF; lone surrogates.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when an XML 1.0 document can carry `text`. */
export function isXmlText(text: string): boolean {
  return !NOT_XML.test(text);
}
