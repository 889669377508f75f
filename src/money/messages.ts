/** Issue codes of the money module. Stable: switch on them, never on messages. */
export type MoneyIssueCode =
  | 'amount/empty'
  | 'amount/invalid-format'
  | 'amount/too-many-decimals'
  | 'amount/imprecise-number'
  | 'amount/not-finite'
  | 'amount/currency-mismatch'
  | 'currency/invalid-format'
  | 'currency/unknown';

/** Messages a bookkeeper understands, one per code. */
export const MONEY_MESSAGES = {
  empty: 'The amount is empty.',
  invalidFormat: (input: string, example: string): string =>
    `"${input}" is not an amount. Write it like ${example}.`,
  tooManyDecimals: (input: string, currency: string, decimals: number): string =>
    decimals === 0
      ? `${currency} has no decimals, but the amount "${input}" has some.`
      : `${currency} has ${decimals} decimal${decimals === 1 ? '' : 's'}, but the amount "${input}" has more.`,
  impreciseNumber: (input: number): string =>
    `The number ${input} is too large to be exact as a JavaScript number. Pass the amount as a string.`,
  notFinite: (input: number): string => `${input} is not an amount.`,
  currencyMismatch: (a: string, b: string): string =>
    `Cannot combine an amount in ${a} with one in ${b}.`,
  currencyFormat: (input: string): string =>
    `"${input}" is not a currency code. Use the three capital letters of ISO 4217, like NOK or EUR.`,
  currencyUnknown: (input: string): string => `"${input}" is not an ISO 4217 currency.`,
} as const;
