/** An "EFT bank fee code" of the ERP (field EFT2 on supplier, voucher line and bank partner): 0–4. */
export type FeeCode = 0 | 1 | 2 | 3 | 4;

/** The fee codes, as a list. */
export const FEE_CODES: readonly FeeCode[] = Object.freeze([0, 1, 2, 3, 4]);

/** Who pays the fees, in SWIFT MT terms (field 71A): the payer, the beneficiary, or shared. */
export type SwiftCharges = 'OUR' | 'BEN' | 'SHA';

/**
 * ISO 20022 `ChrgBr` (ChargeBearerType1Code): `DEBT` (payer), `CRED` (beneficiary), `SHAR`
 * (shared), `SLEV` (following the service level; what SEPA credit transfers must use).
 */
export type ChargeBearer = 'DEBT' | 'CRED' | 'SHAR' | 'SLEV';

/** Whether a payment stays in the payer's country and currency, or crosses a border or currency. */
export type PaymentScope = 'domestic' | 'international';

/** One row of the fee-code table. */
export interface FeeCodeRow {
  /** The code. */
  readonly code: FeeCode;
  /** Its name in the ERP. */
  readonly name: string;
  /** Who pays on a domestic payment. */
  readonly domestic: SwiftCharges;
  /** Who pays on an international payment. */
  readonly international: SwiftCharges;
}

/** The fee-code table: one row per code. */
export type FeeCodeTable = Readonly<Record<FeeCode, FeeCodeRow>>;

/**
 * The ERP's EFT bank fee codes and the charges they give. Source: the ERP help file table
 * reproduced in the integration guide (`seeds/003`, "Handling of bank fee/charges") as read in
 * DOMAIN.md section 3. The public table is garbled for codes 2 and 3; the rows below are
 * eftkit's reading (a payer that pays "its own side" shares: SHA), documented in
 * docs/charges.md. Override any row with `feeCodeTable(overrides)`.
 */
export const EFT_FEE_CODES: FeeCodeTable = Object.freeze({
  0: Object.freeze({ code: 0, name: 'Standard', domestic: 'OUR', international: 'BEN' }),
  1: Object.freeze({ code: 1, name: 'Payer pays all fees', domestic: 'OUR', international: 'OUR' }),
  2: Object.freeze({ code: 2, name: 'Domestic fee (payer pays domestic fees)', domestic: 'OUR', international: 'SHA' }),
  3: Object.freeze({ code: 3, name: 'Foreign fee', domestic: 'SHA', international: 'OUR' }),
  4: Object.freeze({ code: 4, name: 'No fee (beneficiary pays)', domestic: 'BEN', international: 'BEN' }),
});

/** SWIFT charges to ISO 20022 `ChrgBr`. Source: CGI-MP / ISO 20022 ChargeBearerType1Code definitions. */
export const SWIFT_TO_CHARGE_BEARER: Readonly<Record<SwiftCharges, ChargeBearer>> = Object.freeze({
  OUR: 'DEBT',
  BEN: 'CRED',
  SHA: 'SHAR',
});

/** ISO 20022 `ChrgBr` to SWIFT charges; `SLEV` follows the scheme, which for SEPA is shared. */
export const CHARGE_BEARER_TO_SWIFT: Readonly<Record<ChargeBearer, SwiftCharges>> = Object.freeze({
  DEBT: 'OUR',
  CRED: 'BEN',
  SHAR: 'SHA',
  SLEV: 'SHA',
});
