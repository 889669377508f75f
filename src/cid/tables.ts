/**
 * Limits of a factoring definition. Source: DOMAIN.md §4 (from the integration guide's
 * "Factoring company" table: customer no. up to 10 digits, invoice no. up to 9) and §5 (a KID
 * has at most 25 characters, check digit included).
 */
export const CID_LIMITS: Readonly<{ customerDigits: number; invoiceDigits: number; maxLength: number }> = Object.freeze({
  customerDigits: 10,
  invoiceDigits: 9,
  maxLength: 25,
});
