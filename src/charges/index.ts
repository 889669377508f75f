/**
 * `eftkit/charges`: the ERP's EFT bank fee codes 0–4, their precedence (voucher line →
 * supplier → bank partner), and the charge bearer they give: SWIFT OUR/BEN/SHA and ISO 20022
 * `ChrgBr` DEBT/CRED/SHAR, with SLEV forced for SEPA. The table is data you can override.
 *
 * @packageDocumentation
 */
export { ChargesError } from './errors';
export { CHARGES_MESSAGES } from './messages';
export type { ChargesIssueCode } from './messages';
export { FEE_CODES, EFT_FEE_CODES, SWIFT_TO_CHARGE_BEARER, CHARGE_BEARER_TO_SWIFT } from './fee-codes';
export type { FeeCode, SwiftCharges, ChargeBearer, PaymentScope, FeeCodeRow, FeeCodeTable } from './fee-codes';
export {
  isFeeCode,
  isChargeBearer,
  safeResolveFeeCode,
  resolveFeeCode,
  feeCodeTable,
  safeChargeBearerFor,
  chargeBearerFor,
  chargeBearerIssues,
} from './charges';
export type {
  FeeCodeSource,
  ResolvedFeeCode,
  FeeCodeLevels,
  FeeCodeTableOverrides,
  ChargeBearerInput,
  ChargeBearerOptions,
  ChargeBearerDecision,
} from './charges';
export { FeeCodeSchema, SwiftChargesSchema, ChargeBearerSchema, FeeCodeTableSchema } from './schemas';
