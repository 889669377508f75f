import { z } from 'zod';

/** Default size limit of a document: 50 MB. */
export const DEFAULT_MAX_BYTES: number = 50 * 1024 * 1024;
/** Default limit of one text (or comment) between tags: 100,000 characters. */
export const DEFAULT_MAX_TEXT_LENGTH = 100_000;
/** Default limit of element nesting. ISO 20022 messages stay well below 40 levels. */
export const DEFAULT_MAX_DEPTH = 100;

/** The safety limits of the XML reader. */
export interface XmlLimits {
  /** Largest document accepted, in bytes of UTF-8; default 50 MB. */
  readonly maxBytes?: number | undefined;
  /** Longest text between two tags, in characters; default 100,000. */
  readonly maxTextLength?: number | undefined;
  /** Deepest element nesting; default 100. */
  readonly maxDepth?: number | undefined;
}

/** zod schema of {@link XmlLimits}: positive whole numbers. */
export const XmlLimitsSchema: z.ZodType<XmlLimits> = z.object({
  maxBytes: z.number().int().positive().optional(),
  maxTextLength: z.number().int().positive().optional(),
  maxDepth: z.number().int().positive().max(10_000).optional(),
});
