import { issue } from '../errors';
import { finnishCheckDigit } from './checksums';
import { digitStringIssues, type SchemeCheck } from './common';
import { REFERENCE_MESSAGES, SCHEME_NAMES } from './messages';
import { groupFromRight } from './normalise';
import { REFERENCE_LENGTHS } from './tables';

const NAME = SCHEME_NAMES.fi;

/**
 * How a Finnish reference is shown: leading zeros dropped, groups of five from the right
 * (`1030 10006 71758 00018`). Source: finnish-bank-utils `formatFinnishRefNumber` vectors.
 */
export function displayFinnish(value: string): string {
  const stripped = value.replace(/^0+(?=\d)/, '');
  return groupFromRight(stripped, 5);
}

/** Checks a normalised Finnish national reference: 4–20 digits, weights 7-3-1. */
export function checkFinnish(value: string, shown: string): SchemeCheck {
  const issues = digitStringIssues(NAME, shown, value, REFERENCE_LENGTHS.fi);
  if (issues.length > 0) return { issues };
  const expected = finnishCheckDigit(value.slice(0, -1));
  if (value.charAt(value.length - 1) !== expected) {
    return { issues: [issue('reference/bad-check-digit', REFERENCE_MESSAGES.badCheckDigit(NAME, shown, expected))] };
  }
  return {
    issues,
    reference: { scheme: 'fi', value, base: value.slice(0, -1), checkDigits: expected, display: displayFinnish(value) },
  };
}
