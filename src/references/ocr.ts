import { issue } from '../errors';
import { isLuhnValid, luhnCheckDigit } from './checksums';
import { digitStringIssues, type SchemeCheck } from './common';
import { REFERENCE_MESSAGES, SCHEME_NAMES } from './messages';
import { REFERENCE_LENGTHS } from './tables';
import type { OcrControl } from './types';

const NAME = SCHEME_NAMES.ocr;

/** The length digit of an OCR reference of `length` digits in all: the length mod 10. */
export function ocrLengthDigit(length: number): string {
  return String(length % 10);
}

/**
 * Checks a normalised Swedish OCR reference under the payee's control mode: 2–25 digits,
 * Luhn last (a warning only under `soft`), the length digit under `variable-length`, one of
 * the agreed lengths under `fixed-length`.
 */
export function checkOcr(value: string, shown: string, control: OcrControl = { mode: 'hard' }): SchemeCheck {
  const issues = digitStringIssues(NAME, shown, value, REFERENCE_LENGTHS.ocr);
  if (control.mode === 'fixed-length' && value.length > 0 && !control.lengths.includes(value.length)) {
    issues.push(issue('reference/wrong-length', REFERENCE_MESSAGES.wrongLength(NAME, shown, control.lengths)));
  }
  if (issues.length > 0) return { issues };
  const withLengthDigit = control.mode === 'variable-length';
  if (withLengthDigit) {
    const expected = ocrLengthDigit(value.length);
    if (value.charAt(value.length - 2) !== expected) {
      issues.push(issue('reference/bad-length-digit', REFERENCE_MESSAGES.badLengthDigit(shown, expected)));
    }
  }
  if (!isLuhnValid(value)) {
    const message = REFERENCE_MESSAGES.badCheckDigit(NAME, shown, luhnCheckDigit(value.slice(0, -1)));
    issues.push(issue('reference/bad-check-digit', message, [], control.mode === 'soft' ? 'warning' : undefined));
  }
  return {
    issues,
    reference: {
      scheme: 'ocr',
      value,
      base: value.slice(0, withLengthDigit ? -2 : -1),
      checkDigits: value.slice(-1),
      display: value,
    },
  };
}
