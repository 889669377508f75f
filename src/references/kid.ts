import { issue, type EftkitIssue } from '../errors';
import { isLuhnValid, luhnCheckDigit, mod11CheckDigit } from './checksums';
import { digitStringIssues, type SchemeCheck } from './common';
import { REFERENCE_MESSAGES, SCHEME_NAMES } from './messages';
import { REFERENCE_LENGTHS } from './tables';
import type { ValidReference } from './types';

/** Norwegian KID check-digit method. */
export type KidMethod = 'mod10' | 'mod11';

function kidReference(value: string, method: KidMethod): ValidReference {
  return {
    scheme: method === 'mod10' ? 'kid-mod10' : 'kid-mod11',
    value,
    base: value.slice(0, -1),
    checkDigits: value.slice(-1),
    display: value,
  };
}

/**
 * Checks a normalised KID: 2–25 characters, digits (MOD11 may end in `-`), the agreed
 * lengths, and the check digit.
 */
export function checkKid(
  value: string,
  shown: string,
  method: KidMethod,
  lengths?: readonly number[],
  name: string = SCHEME_NAMES[method === 'mod10' ? 'kid-mod10' : 'kid-mod11'],
): SchemeCheck {
  const issues = digitStringIssues(name, shown, value, REFERENCE_LENGTHS.kid, method === 'mod11');
  if (lengths !== undefined && lengths.length > 0 && value.length > 0 && !lengths.includes(value.length)) {
    issues.push(issue('reference/wrong-length', REFERENCE_MESSAGES.wrongLength(name, shown, lengths)));
  }
  if (issues.length > 0) return { issues };
  if (method === 'mod10') {
    if (isLuhnValid(value)) return { issues, reference: kidReference(value, method) };
    const expected = luhnCheckDigit(value.slice(0, -1));
    return { issues: [issue('reference/bad-check-digit', REFERENCE_MESSAGES.badCheckDigit(name, shown, expected))] };
  }
  const expected = mod11CheckDigit(value.slice(0, -1));
  if (value.charAt(value.length - 1) === expected) return { issues, reference: kidReference(value, method) };
  return { issues: [issue('reference/bad-check-digit', REFERENCE_MESSAGES.badCheckDigit(name, shown, expected))] };
}

/** Checks a KID that may use either method; MOD10 is tried first. */
export function checkKidEither(value: string, shown: string, lengths?: readonly number[]): SchemeCheck {
  const mod10 = checkKid(value, shown, 'mod10', lengths, SCHEME_NAMES.kid);
  if (mod10.reference !== undefined) return mod10;
  const mod11 = checkKid(value, shown, 'mod11', lengths, SCHEME_NAMES.kid);
  if (mod11.reference !== undefined) return mod11;
  const onlyCheckDigit = (issues: readonly EftkitIssue[]): boolean =>
    issues.length === 1 && issues[0]?.code === 'reference/bad-check-digit';
  if (onlyCheckDigit(mod10.issues) && onlyCheckDigit(mod11.issues)) {
    return { issues: [issue('reference/bad-check-digit', REFERENCE_MESSAGES.badCheckDigitEither(shown))] };
  }
  // Structural problems are the same for both methods, except a final "-" (MOD11 only).
  return value.endsWith('-') ? mod11 : mod10;
}
