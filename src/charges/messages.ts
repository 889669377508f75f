/** Issue codes of the charges module. Stable: switch on them, never on messages. */
export type ChargesIssueCode =
  | 'charges/unknown-fee-code'
  | 'charges/unknown-charge-bearer'
  | 'charges/sepa-needs-slev'
  | 'charges/slev-outside-sepa'
  | 'charges/sepa-not-eligible'
  | 'charges/fee-code-ignored-for-sepa';

/** Messages a bookkeeper understands, one per code. */
export const CHARGES_MESSAGES = {
  unknownFeeCode: (value: string): string => `"${value}" is not an EFT bank fee code. Use 0, 1, 2, 3 or 4.`,
  unknownChargeBearer: (value: string): string =>
    `"${value}" is not a charge bearer. Use DEBT (payer), CRED (beneficiary), SHAR (shared) or SLEV (SEPA).`,
  sepaNeedsSlev: (chargeBearer: string): string =>
    `A SEPA payment must have the charges SLEV (following the SEPA rules), not ${chargeBearer}; banks reject it otherwise.`,
  slevOutsideSepa: 'Charges SLEV are only for SEPA payments (EUR, IBAN, both countries in SEPA). Choose who pays the fees instead.',
  sepaNotEligible: (why: string): string => `This payment cannot be sent as SEPA: ${why}.`,
  feeCodeIgnored: (code: number, name: string): string =>
    `Fee code ${code} (${name}) does not apply to SEPA payments: SEPA always shares the fees (SLEV).`,
} as const;
