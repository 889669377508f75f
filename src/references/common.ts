import { issue, type EftkitIssue } from '../errors';
import { REFERENCE_MESSAGES } from './messages';
import { badCharacters, quoteCharacters } from './normalise';
import type { LengthLimits } from './tables';
import type { ValidReference } from './types';

/** What a scheme check returns: every issue found, and the reference when there is no error. */
export interface SchemeCheck {
  readonly issues: EftkitIssue[];
  readonly reference?: ValidReference;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAlphanumericCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/**
 * The structural issues of a reference made of digits (plus, when `dashLast`, a final `-`):
 * empty, bad characters, and length out of `limits`. Every one is reported.
 */
export function digitStringIssues(
  name: string,
  shown: string,
  value: string,
  limits: LengthLimits,
  dashLast = false,
): EftkitIssue[] {
  if (value.length === 0) return [issue('reference/empty', REFERENCE_MESSAGES.empty(name))];
  const issues: EftkitIssue[] = [];
  const last = value.length - 1;
  let clean = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!(isDigitCode(c) || (dashLast && c === 45 && i === last && i > 0))) {
      clean = false;
      break;
    }
  }
  if (!clean) {
    const bad = badCharacters(value, (c, i) => isDigitCode(c) || (dashLast && c === 45 && i === last && i > 0));
    const allowed = dashLast ? 'digits (and "-" as the MOD11 check digit)' : 'digits';
    issues.push(
      issue('reference/invalid-character', REFERENCE_MESSAGES.invalidCharacter(name, shown, quoteCharacters(bad), allowed)),
    );
  }
  if (value.length < limits.min) {
    issues.push(issue('reference/too-short', REFERENCE_MESSAGES.tooShort(name, shown, limits.min)));
  } else if (value.length > limits.max) {
    issues.push(issue('reference/too-long', REFERENCE_MESSAGES.tooLong(name, shown, limits.max)));
  }
  return issues;
}

/** The text shown in messages: what the user wrote, trimmed. */
export function shownText(text: string): string {
  return text.trim();
}
