import { isDigitCode } from '../references/common';

/** A letter (either case) or digit. */
const isAlphanumeric = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `.` or `,`, a decimal point in a message. @internal */
export const isPoint = (c: number): boolean => c === 46 || c === 44;

/*
 * The words of a message that may be invoice numbers: what /[0-9A-Za-z]+(?:[-/][0-9A-Za-z]+)*\/g
 * matches, found by reading character codes (matchAll would make a regex, an iterator and a
 * match array per word, for every payment with a message).
 */

/** Where the next word starts at or after `from` (the length when there is none). @internal */
export function nextToken(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isAlphanumeric(text.charCodeAt(i))) i++;
  return i;
}

/** Where the word starting at `start` ends: letters and digits, joined by single `-` or `/`. @internal */
export function tokenEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length && isAlphanumeric(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 47) && isAlphanumeric(text.charCodeAt(i + 1))) i++;
    else return i;
  }
}

/** True when `text` has a digit between `start` and `end`. @internal */
export function hasDigitIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}
