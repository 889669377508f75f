import { issue, type EftkitIssue } from '../errors';
import { isRfValid } from './checksums';
import { isAlphanumericCode, isDigitCode, type SchemeCheck } from './common';
import { REFERENCE_MESSAGES, SCHEME_NAMES } from './messages';
import { badCharacters, groupFromLeft, quoteCharacters } from './normalise';
import { REFERENCE_LENGTHS } from './tables';

const NAME = SCHEME_NAMES.rf;
const EXAMPLE = 'RF18 5390 0754 7034';

/** How an RF reference is shown: groups of four from the left (`RF18 5390 0754 7034`). */
export function displayRf(value: string): string {
  return groupFromLeft(value, 4);
}

/**
 * Checks a normalised RF creditor reference (ISO 11649): `RF`, two check digits, 1–21 letters
 * or digits, 5–25 characters in all, mod 97 = 1. Check digits 00, 01 and 99 are never issued
 * (they are 98 − r for r in 0…96) and are refused.
 */
export function checkRf(value: string, shown: string): SchemeCheck {
  if (value.length === 0) return { issues: [issue('reference/empty', REFERENCE_MESSAGES.empty(NAME))] };
  if (!value.startsWith('RF')) {
    return { issues: [issue('reference/invalid-format', REFERENCE_MESSAGES.invalidFormat(NAME, shown, EXAMPLE))] };
  }
  const issues: EftkitIssue[] = [];
  const allowed = (c: number, i: number): boolean => (i < 4 ? isDigitCode(c) || i < 2 : isAlphanumericCode(c));
  const bad = badCharacters(value, allowed);
  if (bad.length > 0) {
    issues.push(
      issue(
        'reference/invalid-character',
        REFERENCE_MESSAGES.invalidCharacter(NAME, shown, quoteCharacters(bad), 'RF, two check digits, then letters A–Z and digits'),
      ),
    );
  }
  if (value.length < REFERENCE_LENGTHS.rf.min) {
    issues.push(issue('reference/too-short', REFERENCE_MESSAGES.tooShort(NAME, shown, REFERENCE_LENGTHS.rf.min)));
  } else if (value.length > REFERENCE_LENGTHS.rf.max) {
    issues.push(issue('reference/too-long', REFERENCE_MESSAGES.tooLong(NAME, shown, REFERENCE_LENGTHS.rf.max)));
  }
  if (issues.length > 0) return { issues };
  const check = value.slice(2, 4);
  if (check === '00' || check === '01' || check === '99' || !isRfValid(value)) {
    return { issues: [issue('reference/bad-check-digit', REFERENCE_MESSAGES.badCheckDigitsRf(shown))] };
  }
  return { issues, reference: { scheme: 'rf', value, base: value.slice(4), checkDigits: check, display: displayRf(value) } };
}
