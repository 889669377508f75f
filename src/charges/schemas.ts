import { z } from 'zod';
import type { ChargeBearer, FeeCode, FeeCodeRow, FeeCodeTable, SwiftCharges } from './fee-codes';
import { CHARGES_MESSAGES as M } from './messages';

/** zod schema of an EFT bank fee code, 0–4 (a number). */
export const FeeCodeSchema: z.ZodType<FeeCode> = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: (i) => M.unknownFeeCode(String(i.input)),
});

/** zod schema of SWIFT charges: `OUR`, `BEN` or `SHA`. */
export const SwiftChargesSchema: z.ZodType<SwiftCharges> = z.enum(['OUR', 'BEN', 'SHA']);

/** zod schema of an ISO 20022 `ChrgBr`: `DEBT`, `CRED`, `SHAR` or `SLEV`. */
export const ChargeBearerSchema: z.ZodType<ChargeBearer> = z.enum(['DEBT', 'CRED', 'SHAR', 'SLEV'], {
  error: (i) => M.unknownChargeBearer(String(i.input)),
});

const RowSchema = (code: FeeCode): z.ZodType<FeeCodeRow> =>
  z.object({ code: z.literal(code), name: z.string().min(1), domestic: SwiftChargesSchema, international: SwiftChargesSchema });

/** zod schema of a whole fee-code table (one row per code 0–4, each naming its own code). */
export const FeeCodeTableSchema: z.ZodType<FeeCodeTable> = z.object({
  0: RowSchema(0),
  1: RowSchema(1),
  2: RowSchema(2),
  3: RowSchema(3),
  4: RowSchema(4),
});
