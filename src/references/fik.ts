import { issue, type EftkitIssue } from '../errors';
import { isLuhnValid, luhnCheckDigit } from './checksums';
import { digitStringIssues, type SchemeCheck } from './common';
import { REFERENCE_MESSAGES, SCHEME_NAMES } from './messages';
import { FIK_CARD_TYPES, FIK_CREDITOR_LENGTH, REFERENCE_LENGTHS, type FikCardType } from './tables';
import type { FikPaymentLine, ValidReference } from './types';

const NAME = SCHEME_NAMES.fik;
const EXAMPLE = '+71<000000000000018+81234567<';

/**
 * A payment line after whitespace is removed: `+71<id+creditor<`. The `<` after the card type
 * and the final `<` may be missing (as when a payer types it into a bank's form).
 */
const LINE = /^\+(\d{2})<?(\d*)\+(\d*)<?$/;

/** True when the normalised text looks like a FIK payment line rather than a bare payment id. */
export function looksLikeFikLine(value: string): boolean {
  return value.startsWith('+');
}

/** Writes a payment line the way it is printed: `+71<000000000000018+81234567<`. */
export function formatFikLine(line: FikPaymentLine): string {
  return `+${line.cardType}<${line.paymentId}+${line.creditor ?? ''}<`;
}

function isFikCardType(value: string): value is FikCardType {
  return Object.prototype.hasOwnProperty.call(FIK_CARD_TYPES, value);
}

function paymentIdIssues(id: string, shown: string, cardType: FikCardType | undefined): EftkitIssue[] {
  if (cardType === '73') {
    return id.length === 0
      ? []
      : [issue('reference/wrong-length', `Card type +73 has no payment id, but the payment line "${shown}" has one.`)];
  }
  const limits =
    cardType === undefined
      ? REFERENCE_LENGTHS.fik
      : { min: FIK_CARD_TYPES[cardType].paymentIdLength, max: FIK_CARD_TYPES[cardType].paymentIdLength };
  const issues = digitStringIssues(NAME, id, id, limits);
  if (cardType !== undefined) {
    // On a card type the length is exact: report it as the agreed length.
    for (let i = 0; i < issues.length; i++) {
      const found = issues[i];
      if (found?.code === 'reference/too-short' || found?.code === 'reference/too-long') {
        issues[i] = issue('reference/wrong-length', REFERENCE_MESSAGES.wrongLength(`FIK +${cardType} payment id`, id, [limits.min]));
      }
    }
  }
  if (issues.length > 0) return issues;
  if (!isLuhnValid(id)) {
    return [issue('reference/bad-check-digit', REFERENCE_MESSAGES.badCheckDigit(NAME, id, luhnCheckDigit(id.slice(0, -1))))];
  }
  return [];
}

/**
 * Checks a normalised FIK payment line (`+71<id+creditor<`, `+73<+creditor<`, `+75<…`) or a bare
 * payment id of 15 (+71) or 16 (+75) digits ending in a Luhn digit.
 */
export function checkFik(value: string, shown: string): SchemeCheck {
  if (value.length === 0) return { issues: [issue('reference/empty', REFERENCE_MESSAGES.empty(NAME))] };
  if (!looksLikeFikLine(value)) {
    const issues = paymentIdIssues(value, shown, undefined);
    if (issues.length > 0) return { issues };
    const cardType: FikCardType = value.length === 15 ? '71' : '75';
    return { issues, reference: fikReference({ cardType, paymentId: value }) };
  }
  const match = LINE.exec(value);
  if (match === null) {
    return { issues: [issue('reference/invalid-format', REFERENCE_MESSAGES.invalidFormat('FIK payment line', shown, EXAMPLE))] };
  }
  const [, card = '', id = '', creditor = ''] = match;
  if (!isFikCardType(card)) {
    return { issues: [issue('reference/unsupported-card-type', REFERENCE_MESSAGES.unsupportedCardType(card))] };
  }
  const issues = paymentIdIssues(id, shown, card);
  if (creditor.length !== FIK_CREDITOR_LENGTH) {
    issues.push(issue('reference/bad-creditor-number', REFERENCE_MESSAGES.badCreditorNumber(creditor)));
  }
  if (issues.length > 0) return { issues };
  return { issues, reference: fikReference({ cardType: card, paymentId: id, creditor }) };
}

function fikReference(line: FikPaymentLine): ValidReference {
  return {
    scheme: 'fik',
    value: line.paymentId,
    base: line.paymentId.slice(0, -1),
    checkDigits: line.paymentId.slice(-1),
    display: line.creditor === undefined ? line.paymentId : formatFikLine(line),
    fik: line,
  };
}
