import { z } from 'zod';
import { isErrorIssue, type EftkitIssue, type Result } from '../errors';
import { safeValidateAbaRoutingNumber } from './aba';
import { safeValidateBic } from './bic';
import { countryCodeIssues } from './countries';
import { safeValidateIban } from './iban';

/** Adds eftkit issues (errors only) to a zod refinement context, keeping the code in `params.eftkitCode`. */
function refineWith(check: (value: string) => readonly EftkitIssue[]) {
  return (value: string, ctx: z.RefinementCtx): void => {
    for (const i of check(value)) {
      if (!isErrorIssue(i)) continue;
      ctx.addIssue({ code: 'custom', message: i.message, path: [...i.path], params: { eftkitCode: i.code } });
    }
  };
}

const issuesOf = (r: Result<unknown>): readonly EftkitIssue[] => (r.ok ? [] : r.issues);

/**
 * zod schema of an ISO 3166-1 alpha-2 country code (`NO`). A three-letter code fails with a
 * message naming the two-letter one.
 */
export const CountryCodeSchema: z.ZodType<string> = z.string().superRefine(refineWith(countryCodeIssues));

/**
 * zod schema of an IBAN (print or electronic format): structure, ISO 13616 check digits and
 * national check digits. The value is kept as given; `normaliseIban` gives the electronic form.
 */
export const IbanSchema: z.ZodType<string> = z.string().superRefine(refineWith((v) => issuesOf(safeValidateIban(v))));

/** zod schema of a BIC (ISO 9362, 8 or 11 characters, known country). */
export const BicSchema: z.ZodType<string> = z.string().superRefine(refineWith((v) => issuesOf(safeValidateBic(v))));

/** zod schema of a US ABA routing number (9 digits, 3-7-1 check digit). */
export const AbaRoutingNumberSchema: z.ZodType<string> = z
  .string()
  .superRefine(refineWith((v) => issuesOf(safeValidateAbaRoutingNumber(v))));
