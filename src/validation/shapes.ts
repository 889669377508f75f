import { z } from 'zod';
import { ChargeBearerSchema, FeeCodeSchema } from '../charges';
import type {
  BankPartner,
  Creditor,
  CreditorAccount,
  DebtorAccount,
  PartyIdentification,
  PayingCompany,
  PaymentLine,
  PaymentSuggestion,
  PostalAddress,
  RegulatoryReporting,
  Remittance,
  VoucherType,
} from './model';

// Shape schemas: the types of every field and which ones are required. Formats and domain
// rules (IBAN check digits, amount decimals, country codes, …) are checked by
// validatePaymentSuggestion, which gives each problem its own code; the full schemas in
// schemas.ts add those rules to these shapes.

const text = z.string();
const optionalText = z.string().optional();

/** zod shape of {@link PostalAddress} (field types only). */
export const PostalAddressShape: z.ZodType<PostalAddress> = z.object({
  department: optionalText,
  subDepartment: optionalText,
  street: optionalText,
  buildingNo: optionalText,
  buildingName: optionalText,
  floor: optionalText,
  postBox: optionalText,
  room: optionalText,
  postCode: optionalText,
  town: optionalText,
  townLocation: optionalText,
  district: optionalText,
  countrySubDivision: optionalText,
  country: optionalText,
  addressLines: z.array(text).optional(),
});

/** zod shape of {@link PartyIdentification}. */
export const PartyIdentificationShape: z.ZodType<PartyIdentification> = z.object({
  name: optionalText,
  orgNo: optionalText,
  lei: optionalText,
  address: PostalAddressShape.optional(),
});

/** zod shape of {@link DebtorAccount}. */
export const DebtorAccountShape: z.ZodType<DebtorAccount> = z.object({
  iban: optionalText,
  bban: optionalText,
  bic: optionalText,
  currency: text,
});

/** zod shape of {@link BankPartner}. */
export const BankPartnerShape: z.ZodType<BankPartner> = z.object({
  id: text,
  glAccount: text,
  defaultFeeCode: FeeCodeSchema.optional(),
  name: optionalText,
  extraTextEnabled: z.boolean().optional(),
});

/** zod shape of {@link PayingCompany}. */
export const PayingCompanyShape: z.ZodType<PayingCompany> = z.object({
  name: text,
  orgNo: text,
  country: text,
  debtorAccount: DebtorAccountShape,
  bankPartner: BankPartnerShape,
  address: PostalAddressShape.optional(),
});

/** zod shape of {@link CreditorAccount}: exactly one of `iban`, `bban` (with `kind`) or `accountNo`. */
export const CreditorAccountShape: z.ZodType<CreditorAccount> = z.union([
  z.strictObject({ iban: text }),
  z.strictObject({ bban: text, kind: z.enum(['account', 'bankgiro', 'plusgiro']).optional() }),
  z.strictObject({ accountNo: text }),
]);

/** zod shape of {@link Creditor}. */
export const CreditorShape: z.ZodType<Creditor> = z.object({
  name: text,
  country: text,
  address: PostalAddressShape.optional(),
  account: CreditorAccountShape,
  bic: optionalText,
  bankBranch: optionalText,
  bankName: optionalText,
  bankAddress: optionalText,
});

/** zod shape of {@link Remittance}: `reference`, `invoice` or `text`. */
export const RemittanceShape: z.ZodType<Remittance> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('reference'),
    reference: text,
    scheme: z.enum(['kid', 'kid-mod10', 'kid-mod11', 'ocr', 'fi', 'rf', 'fik']).optional(),
  }),
  z.object({ type: z.literal('invoice'), invoiceNo: text }),
  z.object({ type: z.literal('text'), text }),
]);

/** zod shape of {@link VoucherType}. */
export const VoucherTypeShape: z.ZodType<VoucherType> = z.object({ id: text, moveToWorkday: z.boolean() });

/** zod shape of {@link RegulatoryReporting}. */
export const RegulatoryReportingShape: z.ZodType<RegulatoryReporting> = z.object({
  code: text,
  information: z.array(text).optional(),
  authorityCountry: optionalText,
});

/** zod shape of {@link PaymentLine}. */
export const PaymentLineShape: z.ZodType<PaymentLine> = z.object({
  lineId: text,
  supplierNo: text,
  amount: text,
  currency: text,
  dueDate: text,
  requestedExecutionDate: optionalText,
  creditor: CreditorShape,
  remittance: RemittanceShape,
  feeCode: FeeCodeSchema.optional(),
  supplierFeeCode: FeeCodeSchema.optional(),
  voucherType: VoucherTypeShape.optional(),
  approvalToken: optionalText,
  ultimateDebtor: PartyIdentificationShape.optional(),
  ultimateCreditor: PartyIdentificationShape.optional(),
  purpose: optionalText,
  categoryPurpose: optionalText,
  instructionPriority: z.enum(['NORM', 'HIGH']).optional(),
  regulatoryReporting: RegulatoryReportingShape.optional(),
  serviceLevel: optionalText,
  chargeBearer: ChargeBearerSchema.optional(),
});

/** zod shape of {@link PaymentSuggestion}. */
export const PaymentSuggestionShape: z.ZodType<PaymentSuggestion> = z.object({
  paymentNo: text,
  company: PayingCompanyShape,
  lines: z.array(PaymentLineShape),
});
