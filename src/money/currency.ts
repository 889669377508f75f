import { issue, type EftkitIssue, type IssuePath } from '../errors';
import { CURRENCY_MINOR_UNITS } from './currencies';
import { MONEY_MESSAGES } from './messages';

/** An ISO 4217 alphabetic currency code, such as `NOK`. */
export type CurrencyCode = string;

/**
 * The table as a Map: a lookup hashes the code once (cached in the string), where the frozen
 * object of some 180 keys is a dictionary that `hasOwnProperty` searches on every call, and a
 * Map has no inherited keys (`constructor`, `__proto__`) to guard against.
 */
const EXPONENTS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(Object.entries(CURRENCY_MINOR_UNITS));

/** True when `code` is an ISO 4217 code of a currency with minor units (`NOK`, `JPY`). */
export function isCurrencyCode(code: string): boolean {
  return EXPONENTS.has(code);
}

/**
 * The number of decimals of a currency: 2 for NOK, 0 for JPY and ISK, 3 for KWD.
 *
 * @returns `undefined` for a code that is not in ISO 4217.
 */
export function currencyExponent(code: string): number | undefined {
  return EXPONENTS.get(code);
}

/** Checks a currency code and returns every issue (empty when it is fine). */
export function currencyIssues(code: unknown, path: IssuePath = []): EftkitIssue[] {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) {
    return [issue('currency/invalid-format', MONEY_MESSAGES.currencyFormat(String(code)), path)];
  }
  if (!isCurrencyCode(code)) return [issue('currency/unknown', MONEY_MESSAGES.currencyUnknown(code), path)];
  return [];
}
