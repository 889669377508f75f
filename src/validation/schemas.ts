import type { z } from 'zod';
import { isErrorIssue, type EftkitIssue } from '../errors';
import type { PayingCompany, PaymentLine, PaymentSuggestion } from './model';
import { PayingCompanyShape, PaymentLineShape, PaymentSuggestionShape } from './shapes';
import { companyRuleIssues, lineRuleIssues, validatePaymentSuggestion } from './validate';

function addAll(ctx: z.RefinementCtx, issues: readonly EftkitIssue[]): void {
  for (const i of issues) {
    if (!isErrorIssue(i)) continue;
    ctx.addIssue({ code: 'custom', message: i.message, path: [...i.path], params: { eftkitCode: i.code } });
  }
}

/**
 * zod schema of a whole payment suggestion: the shape and every rule of
 * `validatePaymentSuggestion` (errors only; each zod issue keeps the eftkit code in
 * `params.eftkitCode`). Prefer `validatePaymentSuggestion` for the per-line verdict.
 */
export const PaymentSuggestionSchema: z.ZodType<PaymentSuggestion> = PaymentSuggestionShape.superRefine((value, ctx) => {
  addAll(ctx, validatePaymentSuggestion(value).issues);
});

/**
 * zod schema of one payment line on its own: the shape and the rules that need no company
 * (country codes, account numbers, BIC, ABA, currency and amount, dates, reference check
 * digits, text length). The class rules (SEPA, international, US) need the company: use
 * `validatePaymentSuggestion`.
 */
export const PaymentLineSchema: z.ZodType<PaymentLine> = PaymentLineShape.superRefine((value, ctx) => {
  addAll(ctx, lineRuleIssues(value));
});

/** zod schema of the paying company: the shape and its rules (country, debtor account, currency). */
export const PayingCompanySchema: z.ZodType<PayingCompany> = PayingCompanyShape.superRefine((value, ctx) => {
  addAll(ctx, companyRuleIssues(value));
});
