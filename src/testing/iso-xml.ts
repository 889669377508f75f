import type * as FastCheck from 'fast-check';
import { CURRENCY_MINOR_UNITS } from '../money/currencies';
import type { FastCheckApi } from './money';

/** Escapes text for an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** `<name>text</name>`, or nothing when the text is undefined. */
export function leaf(name: string, value: string | undefined, attributes: Record<string, string> = {}): string {
  if (value === undefined) return '';
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  return `<${name}${attrs}>${escapeXml(value)}</${name}>`;
}

/** `<name>children</name>`, or nothing when every child is empty. */
export function node(name: string, ...content: readonly string[]): string {
  const inner = content.join('');
  return inner === '' ? '' : `<${name}>${inner}</${name}>`;
}

/** Max35Text ids as banks write them: letters, digits, `/`, `-`, `.`. */
export function isoIdArbitrary(fc: FastCheckApi, maxLength = 35): FastCheck.Arbitrary<string> {
  const unit = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-.');
  return fc.string({ unit, minLength: 1, maxLength });
}

/** Names and texts with the characters that need escaping and Nordic letters; never blank at the ends. */
export function isoTextArbitrary(fc: FastCheckApi, maxLength = 70): FastCheck.Arbitrary<string> {
  const unit = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 &<>"\'æøåÆØÅäöÄÖ/-.,');
  return fc
    .string({ unit, minLength: 1, maxLength })
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s !== '');
}

/** The currencies the ISO generators use: Nordic, EUR, USD, and JPY for a currency without decimals. */
export const GENERATED_CURRENCIES: readonly string[] = ['NOK', 'SEK', 'DKK', 'EUR', 'USD', 'JPY'];

/** Writes minor units as an amount string with the currency's decimals (`12345` NOK → `123.45`). */
export function minorToAmount(minor: bigint, currency: string): string {
  const exponent = CURRENCY_MINOR_UNITS[currency] ?? 2;
  if (exponent === 0) return minor.toString();
  const digits = minor.toString().padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
