import { z } from 'zod';
import type { XmlLimits } from '../internal/xml';

/** Options of {@link parseCamt054}. */
export interface ParseCamt054Options extends XmlLimits {
  /**
   * When true, any field that cannot be read (an amount, a date, a batch that does not add up)
   * fails the parse; by default it is a warning and the entry or transaction keeps its issues.
   */
  readonly strict?: boolean | undefined;
  /**
   * The country whose reference schemes are tried on structured creditor references (`NO`:
   * KID, `SE`: OCR, `FI`: Finnish, `DK`: FIK; RF everywhere). Default: the country of the
   * notified account's IBAN, else every scheme.
   */
  readonly referenceCountry?: string | undefined;
}

/** zod schema of {@link ParseCamt054Options}. */
export const ParseCamt054OptionsSchema: z.ZodType<ParseCamt054Options> = z.object({
  maxBytes: z.number().int().positive().optional(),
  maxTextLength: z.number().int().positive().optional(),
  maxDepth: z.number().int().positive().max(10_000).optional(),
  strict: z.boolean().optional(),
  referenceCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
});
