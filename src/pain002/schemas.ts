import { z } from 'zod';
import type { XmlLimits } from '../internal/xml';

/** Options of {@link parsePain002}. */
export interface ParsePain002Options extends XmlLimits {
  /**
   * When true, any field that cannot be read (an amount, a date, a missing id) fails the
   * parse; by default it is a warning on the result and the item keeps its issues.
   */
  readonly strict?: boolean | undefined;
}

/** zod schema of {@link ParsePain002Options}. */
export const ParsePain002OptionsSchema: z.ZodType<ParsePain002Options> = z.object({
  maxBytes: z.number().int().positive().optional(),
  maxTextLength: z.number().int().positive().optional(),
  maxDepth: z.number().int().positive().max(10_000).optional(),
  strict: z.boolean().optional(),
});
