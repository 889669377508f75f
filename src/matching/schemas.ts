import { z } from 'zod';
import { IsoDateSchema } from '../calendar';
import { FactoringDefinitionSchema, type FactoringDefinition, type FactoringDefinitionInput } from '../cid';
import { formatPath, issue, type EftkitIssue, type IssuePath } from '../errors';
import { Amount, AmountStringSchema, CurrencyCodeSchema } from '../money';
import { MATCHING_MESSAGES as M } from './messages';
import type {
  GlAccounts,
  IncomingPayment,
  MatchingSetup,
  OpenCustomerEntry,
  ReceivingAccountSetup,
  SettlementLedger,
  SettlementSetup,
  SettlementToPost,
} from './types';

const Text = z.string().min(1);

/** zod schema of an amount given as a decimal string or an eftkit `Amount`. */
export const AmountOrStringSchema: z.ZodType<string | Amount> = z.union([
  AmountStringSchema,
  z.custom<Amount>((v) => v instanceof Amount, { error: 'expected a decimal string or an Amount' }),
]);

/** zod schema of an {@link IncomingPayment}. Amount decimals and sign are checked by the matcher. */
export const IncomingPaymentSchema: z.ZodType<IncomingPayment> = z.object({
  id: Text,
  receivingAccount: Text,
  amount: AmountOrStringSchema,
  currency: CurrencyCodeSchema,
  bookingDate: IsoDateSchema,
  valueDate: IsoDateSchema.exactOptional(),
  reference: z.string().exactOptional(),
  message: z.string().exactOptional(),
  debtorName: z.string().exactOptional(),
  debtorAccount: z.string().exactOptional(),
  bankReference: z.string().exactOptional(),
});

/** zod schema of an {@link OpenCustomerEntry}. */
export const OpenCustomerEntrySchema: z.ZodType<OpenCustomerEntry> = z.object({
  id: Text,
  customerNo: Text,
  invoiceNo: Text,
  cid: z.string().exactOptional(),
  amount: AmountStringSchema,
  currency: CurrencyCodeSchema,
  dueDate: IsoDateSchema.exactOptional(),
});

/** zod schema of {@link GlAccounts}. */
export const GlAccountsSchema: z.ZodType<GlAccounts> = z.object({
  receivables: Text.exactOptional(),
  suspense: Text.exactOptional(),
  writeOff: Text.exactOptional(),
  payables: Text.exactOptional(),
  charges: Text.exactOptional(),
  currencyDifference: Text.exactOptional(),
});

/** zod schema of a {@link ReceivingAccountSetup}; definitions are checked by `eftkit/cid`. */
export const ReceivingAccountSetupSchema: z.ZodType<ReceivingAccountSetup> = z.object({
  account: Text,
  bankGlAccount: Text,
  definitions: z.array(FactoringDefinitionSchema as z.ZodType<FactoringDefinition, FactoringDefinitionInput>),
});

/** zod schema of a {@link MatchingSetup}. */
export const MatchingSetupSchema: z.ZodType<MatchingSetup> = z.object({
  accounts: z.array(ReceivingAccountSetupSchema),
  glAccounts: GlAccountsSchema,
  tolerance: z.record(CurrencyCodeSchema, AmountStringSchema).exactOptional(),
  matchByAmount: z.boolean().exactOptional(),
  useMessage: z.boolean().exactOptional(),
});

/** zod schema of a {@link SettlementLedger}. */
export const SettlementLedgerSchema: z.ZodType<SettlementLedger> = z.object({
  currency: CurrencyCodeSchema,
  rate: z.string().regex(/^\d+(\.\d+)?$/, { error: (i) => M.invalidRate(String(i.input)) }),
  amount: AmountStringSchema.exactOptional(),
  entryAmount: AmountStringSchema.exactOptional(),
});

/** zod schema of a {@link SettlementToPost}. */
export const SettlementToPostSchema: z.ZodType<SettlementToPost> = z.object({
  voucherId: Text.exactOptional(),
  lineId: Text,
  supplierNo: Text,
  openEntryId: Text,
  amount: AmountStringSchema,
  currency: CurrencyCodeSchema,
  date: IsoDateSchema,
  charges: AmountStringSchema.exactOptional(),
  bankGlAccount: Text,
  ledger: SettlementLedgerSchema.exactOptional(),
});

/** zod schema of a {@link SettlementSetup}. */
export const SettlementSetupSchema: z.ZodType<SettlementSetup> = z.object({ glAccounts: GlAccountsSchema });

/** zod issues as eftkit issues under `prefix`: the code a refinement set, else `matching/invalid-input`. @internal */
export function zodToIssues(error: z.ZodError, prefix: IssuePath): EftkitIssue[] {
  return error.issues.map((i) => {
    const path: IssuePath = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const params = (i as { params?: { eftkitCode?: unknown } }).params;
    if (typeof params?.eftkitCode === 'string') return issue(params.eftkitCode, i.message, path);
    const field = formatPath(path) || 'input';
    return issue('matching/invalid-input', M.invalidInput(`${field}: ${i.message}`), path);
  });
}
