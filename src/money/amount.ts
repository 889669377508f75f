import { EftkitError, fail, issue, ok, unwrap, type Result } from '../errors';
import { currencyExponent, currencyIssues, type CurrencyCode } from './currency';
import { MoneyDecimal, type Decimal, type DecimalRounding } from './decimal';
import { MONEY_MESSAGES } from './messages';

/** Thrown by the money functions; `code` is one of {@link MoneyIssueCode}. */
export class MoneyError extends EftkitError {
  override readonly name: string = 'MoneyError';
}

/** How a rounding step rounds: used only where a caller asks for a rounded result. */
export type RoundingMode = 'half-even' | 'half-up' | 'down' | 'up';

const ROUNDING: Record<RoundingMode, DecimalRounding> = {
  'half-even': MoneyDecimal.ROUND_HALF_EVEN,
  'half-up': MoneyDecimal.ROUND_HALF_UP,
  down: MoneyDecimal.ROUND_DOWN,
  up: MoneyDecimal.ROUND_UP,
};

/**
 * An exact amount of money in one currency. Immutable. Arithmetic is decimal, never binary
 * floating point, and only combines amounts of the same currency.
 *
 * Build one with {@link parseAmount} (or `Amount.of`); read it with `toString()` (exactly the
 * currency's decimals, as ISO 20022 XML wants it) or {@link formatAmount}.
 */
export class Amount {
  /** ISO 4217 code of the currency. */
  readonly currency: CurrencyCode;
  /** Number of decimals of the currency. */
  readonly exponent: number;
  readonly #value: Decimal;

  private constructor(value: Decimal, currency: CurrencyCode, exponent: number) {
    this.#value = value;
    this.currency = currency;
    this.exponent = exponent;
  }

  /**
   * Parses an amount; see {@link parseAmount}.
   *
   * @throws {MoneyError} when the input is not an amount in that currency.
   */
  static of(input: AmountInput, currency: CurrencyCode, options?: ParseAmountOptions): Amount {
    return parseAmount(input, currency, options);
  }

  /** Zero in a currency. @throws {MoneyError} for an unknown currency. */
  static zero(currency: CurrencyCode): Amount {
    return parseAmount('0', currency);
  }

  /** @internal Builds an amount from a value already checked against the currency. */
  static fromChecked(value: Decimal, currency: CurrencyCode, exponent: number): Amount {
    return new Amount(value, currency, exponent);
  }

  /** The exact value as a decimal of eftkit's private Decimal constructor. */
  toDecimal(): Decimal {
    return this.#value;
  }

  /** `this + other`. @throws {MoneyError} `amount/currency-mismatch`. */
  plus(other: Amount): Amount {
    this.#sameCurrency(other);
    return new Amount(this.#value.plus(other.#value), this.currency, this.exponent);
  }

  /** `this − other`. @throws {MoneyError} `amount/currency-mismatch`. */
  minus(other: Amount): Amount {
    this.#sameCurrency(other);
    return new Amount(this.#value.minus(other.#value), this.currency, this.exponent);
  }

  /**
   * `this × factor`, rounded to the currency's decimals. The factor is a decimal string (or a
   * Decimal), never a float.
   */
  times(factor: string | Decimal, rounding: RoundingMode = 'half-even'): Amount {
    const product = this.#value.times(new MoneyDecimal(factor));
    return new Amount(product.toDecimalPlaces(this.exponent, ROUNDING[rounding]), this.currency, this.exponent);
  }

  /**
   * Converts to another currency at `rate` (units of `currency` per unit of this one), rounded
   * to the target currency's decimals.
   *
   * @throws {MoneyError} for an unknown target currency.
   */
  convert(rate: string | Decimal, currency: CurrencyCode, rounding: RoundingMode = 'half-even'): Amount {
    const target = Amount.zero(currency);
    const value = this.#value.times(new MoneyDecimal(rate)).toDecimalPlaces(target.exponent, ROUNDING[rounding]);
    return new Amount(value, currency, target.exponent);
  }

  /** The amount with the opposite sign. */
  negated(): Amount {
    return new Amount(this.#value.negated(), this.currency, this.exponent);
  }

  /** The amount without its sign. */
  abs(): Amount {
    return new Amount(this.#value.abs(), this.currency, this.exponent);
  }

  /** −1, 0 or 1 as this is below, equal to or above `other`. @throws {MoneyError} on mixed currencies. */
  compare(other: Amount): -1 | 0 | 1 {
    this.#sameCurrency(other);
    return this.#value.comparedTo(other.#value) as -1 | 0 | 1;
  }

  /** Same currency and same value (`1.5` equals `1.50`). */
  equals(other: Amount): boolean {
    return this.currency === other.currency && this.#value.equals(other.#value);
  }

  /** True for zero. */
  isZero(): boolean {
    return this.#value.isZero();
  }

  /** True above zero. */
  isPositive(): boolean {
    return this.#value.greaterThan(0);
  }

  /** True below zero. */
  isNegative(): boolean {
    return this.#value.lessThan(0);
  }

  /** The amount in minor units (øre, cents) as an exact integer. */
  toMinorUnits(): bigint {
    return BigInt(this.#value.times(new MoneyDecimal(10).pow(this.exponent)).toFixed(0));
  }

  /**
   * The amount with exactly the currency's decimals and a `.` separator, no grouping:
   * `1234.50` for NOK, `1234` for JPY. This is the ISO 20022 XML form.
   */
  toString(): string {
    return this.#value.toFixed(this.exponent);
  }

  /** JSON form: `{ "amount": "1234.50", "currency": "NOK" }`. */
  toJSON(): { amount: string; currency: CurrencyCode } {
    return { amount: this.toString(), currency: this.currency };
  }

  #sameCurrency(other: Amount): void {
    if (other.currency !== this.currency) {
      throw new MoneyError('amount/currency-mismatch', MONEY_MESSAGES.currencyMismatch(this.currency, other.currency));
    }
  }
}

/**
 * What {@link parseAmount} accepts: a decimal string (the safe choice), a Decimal, or a JS
 * number that is exact as written (`12.5`, not `2 ** 60`).
 */
export type AmountInput = string | number | Decimal;

/**
 * How an amount string is written. `iso` (the default) is the XML form `1234.50`: a `.` and no
 * grouping. The others accept the grouping a person types in that locale: `1 234,50` (nb-NO,
 * sv-SE, fi-FI), `1.234,50` (da-DK, de-DE), `1,234.50` (en-US, en-GB).
 */
export type AmountLocale = 'iso' | 'nb-NO' | 'sv-SE' | 'fi-FI' | 'da-DK' | 'de-DE' | 'en-US' | 'en-GB';

/** Separators of a way of writing amounts. */
export interface AmountNotation {
  /** The character between whole units and decimals. */
  readonly decimalSeparator: string;
  /** Characters allowed between groups of three digits; empty for no grouping. */
  readonly groupSeparators: readonly string[];
}

const SPACES = [' ', '\u00a0', '\u202f'];

/** Separators per locale. Source: CLDR number symbols for each locale (Unicode CLDR 46). */
export const AMOUNT_NOTATIONS: Readonly<Record<AmountLocale, AmountNotation>> = Object.freeze({
  iso: { decimalSeparator: '.', groupSeparators: [] },
  'nb-NO': { decimalSeparator: ',', groupSeparators: SPACES },
  'sv-SE': { decimalSeparator: ',', groupSeparators: SPACES },
  'fi-FI': { decimalSeparator: ',', groupSeparators: SPACES },
  'da-DK': { decimalSeparator: ',', groupSeparators: ['.'] },
  'de-DE': { decimalSeparator: ',', groupSeparators: ['.'] },
  'en-US': { decimalSeparator: '.', groupSeparators: [','] },
  'en-GB': { decimalSeparator: '.', groupSeparators: [','] },
});

/** Options of {@link parseAmount}. */
export interface ParseAmountOptions {
  /** How the string is written; default `iso` (`1234.50`). */
  readonly locale?: AmountLocale | AmountNotation;
}

/** An amount as the XML writes it: `1234.50`, `-3`, `0.5`. @internal */
export const ISO_AMOUNT: RegExp = /^-?\d+(\.\d+)?$/;

function normalise(text: string, notation: AmountNotation): string | undefined {
  if (notation.decimalSeparator === '.' && notation.groupSeparators.length === 0) {
    return ISO_AMOUNT.test(text) ? text : undefined;
  }
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const parts = body.split(notation.decimalSeparator);
  if (parts.length > 2) return undefined;
  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  let digits = whole;
  if (!/^\d+$/.test(whole)) {
    // Grouped: 1-3 digits, then groups of exactly three, one separator used throughout.
    const separator = notation.groupSeparators.find((s) => whole.includes(s));
    if (separator === undefined) return undefined;
    const groups = whole.split(separator);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return undefined;
    digits = groups.join('');
  }
  return `${negative ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Parses an amount in a currency, returning every issue instead of throwing.
 * Rejects more decimals than the currency has (trailing zeros are fine: `"10.50"` and
 * `"10.5000"` are the same NOK amount), unknown currencies, and JS numbers that are not exact.
 */
export function safeParseAmount(
  input: AmountInput,
  currency: CurrencyCode,
  options: ParseAmountOptions = {},
): Result<Amount> {
  const currencyProblems = currencyIssues(currency, ['currency']);
  if (currencyProblems.length > 0) return fail(currencyProblems);
  const exponent = currencyExponent(currency) as number;
  const path = ['amount'];

  let value: Decimal;
  let shown: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail([issue('amount/not-finite', MONEY_MESSAGES.notFinite(input), path)]);
    if (Math.abs(input) > Number.MAX_SAFE_INTEGER) {
      return fail([issue('amount/imprecise-number', MONEY_MESSAGES.impreciseNumber(input), path)]);
    }
    // The shortest string that reads back as the same double is what the caller wrote.
    shown = String(input);
    value = new MoneyDecimal(shown);
  } else if (typeof input === 'string') {
    shown = input;
    const trimmed = input.trim();
    if (trimmed === '') return fail([issue('amount/empty', MONEY_MESSAGES.empty, path)]);
    const locale = options.locale ?? 'iso';
    const notation = typeof locale === 'string' ? AMOUNT_NOTATIONS[locale] : locale;
    const normalised = normalise(trimmed, notation);
    if (normalised === undefined) {
      const example = notation.decimalSeparator === '.' && notation.groupSeparators.length === 0 ? '1234.50' : `1${notation.groupSeparators[0] ?? ''}234${notation.decimalSeparator}50`;
      return fail([issue('amount/invalid-format', MONEY_MESSAGES.invalidFormat(input, example), path)]);
    }
    value = new MoneyDecimal(normalised);
  } else if (MoneyDecimal.isDecimal(input)) {
    if (!input.isFinite()) return fail([issue('amount/not-finite', MONEY_MESSAGES.notFinite(Number.NaN), path)]);
    value = new MoneyDecimal(input);
    shown = value.toString();
  } else {
    return fail([issue('amount/invalid-format', MONEY_MESSAGES.invalidFormat(String(input), '1234.50'), path)]);
  }
  if (value.decimalPlaces() > exponent) {
    return fail([issue('amount/too-many-decimals', MONEY_MESSAGES.tooManyDecimals(shown, currency, exponent), path)]);
  }
  // Normalise -0 to 0 so that equal amounts print equally.
  if (value.isZero()) value = new MoneyDecimal(0);
  return ok(Amount.fromChecked(value, currency, exponent));
}

/**
 * Parses an amount in a currency: `parseAmount('1234.50', 'NOK')`,
 * `parseAmount('1 234,50', 'NOK', { locale: 'nb-NO' })`.
 *
 * @throws {MoneyError} with every issue when the input is not an amount in that currency.
 */
export function parseAmount(input: AmountInput, currency: CurrencyCode, options?: ParseAmountOptions): Amount {
  return unwrap(safeParseAmount(input, currency, options), MoneyError);
}

/**
 * The exact sum of amounts of one currency. An empty list sums to zero of `currency`, which
 * must then be given.
 *
 * @throws {MoneyError} when currencies differ or the list is empty without a currency.
 */
export function sumAmounts(amounts: Iterable<Amount>, currency?: CurrencyCode): Amount {
  let total: Decimal | undefined;
  let first: Amount | undefined;
  for (const a of amounts) {
    if (first === undefined) {
      first = a;
      if (currency !== undefined && a.currency !== currency) {
        throw new MoneyError('amount/currency-mismatch', MONEY_MESSAGES.currencyMismatch(currency, a.currency));
      }
      total = a.toDecimal();
    } else {
      if (a.currency !== first.currency) {
        throw new MoneyError('amount/currency-mismatch', MONEY_MESSAGES.currencyMismatch(first.currency, a.currency));
      }
      total = (total as Decimal).plus(a.toDecimal());
    }
  }
  if (first === undefined || total === undefined) {
    if (currency === undefined) {
      throw new MoneyError('currency/invalid-format', MONEY_MESSAGES.currencyFormat('(none)'));
    }
    return Amount.zero(currency);
  }
  return Amount.fromChecked(total, first.currency, first.exponent);
}

/** Options of {@link formatAmount}. */
export interface FormatAmountOptions {
  /** How to write it; default `iso` (`1234.50`). */
  readonly locale?: AmountLocale | AmountNotation;
  /** Append the currency code (`1 234,50 NOK`). Default false. */
  readonly withCurrency?: boolean;
}

/**
 * Writes an amount with exactly its currency's decimals, grouped as in `locale`:
 * `formatAmount(a, { locale: 'nb-NO' })` → `1 234,50`. {@link parseAmount} with the same
 * locale reads it back.
 */
export function formatAmount(amount: Amount, options: FormatAmountOptions = {}): string {
  const locale = options.locale ?? 'iso';
  const notation = typeof locale === 'string' ? AMOUNT_NOTATIONS[locale] : locale;
  const fixed = amount.toString();
  const negative = fixed.startsWith('-');
  const [whole = '', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const group = notation.groupSeparators[0];
  const grouped = group === undefined ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const text = `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : notation.decimalSeparator + fraction}`;
  return options.withCurrency === true ? `${text} ${amount.currency}` : text;
}
