import type { z } from 'zod';
import {
  countryCodeIssues,
  ibanCountrySpec,
  safeValidateAbaRoutingNumber,
  safeValidateBankgiro,
  safeValidateBban,
  safeValidateBic,
  safeValidateIban,
  safeValidatePlusgiro,
  type IbanOptions,
  type ValidatedBic,
  type ValidatedIban,
} from '../accounts';
import { safeChargeBearerFor, type ChargeBearerDecision, type FeeCodeTable } from '../charges';
import {
  EftkitError,
  fail,
  formatPath,
  isErrorIssue,
  issue,
  prefixIssues,
  resultOf,
  unwrap,
  type EftkitIssue,
  type IssuePath,
  type Result,
} from '../errors';
import { currencyIssues, safeParseAmount, type Amount } from '../money';
import {
  detectReference,
  safeValidateReference,
  SCHEME_NAMES,
  type ReferenceSchemeInput,
  type ValidateReferenceOptions,
  type ValidReference,
} from '../references';
import {
  addressIssues,
  isExternalCode,
  isIsoDate,
  isSendableId,
  knownCountry,
  obj,
  outsideLatin,
  partyIssues,
  regulatoryIssues,
  str,
  type AddressRule,
  type Loose,
} from './checks';
import { classifyPayment, type PaymentClass } from './classify';
import { VALIDATION_MESSAGES as M } from './messages';
import type { Creditor, PayingCompany, PaymentLine, PaymentSuggestion, Remittance } from './model';
import { PayingCompanyShape, PaymentLineShape } from './shapes';

/** Thrown by {@link parsePaymentSuggestion}; `issues` holds every problem of every line. */
export class PaymentValidationError extends EftkitError {
  override readonly name: string = 'PaymentValidationError';
}

/**
 * The reference scheme eftkit expects for a creditor's country when the line does not name
 * one. Source: the schemes in use per country (DOMAIN.md section 5): Norway KID (MOD10 or
 * MOD11), Sweden OCR (Bankgirot), Finland the national reference, Denmark FIK. A reference
 * starting with `RF` is always read as ISO 11649.
 */
export const DEFAULT_REFERENCE_SCHEMES: Readonly<Record<string, ReferenceSchemeInput>> = Object.freeze({
  NO: 'kid',
  SE: 'ocr',
  FI: 'fi',
  DK: 'fik',
});

/** Options of {@link validatePaymentSuggestion}. */
export interface ValidatePaymentSuggestionOptions {
  /** Today, `YYYY-MM-DD`, for warnings about dates in the past. No clock is read when absent. */
  readonly today?: string;
  /** The fee-code table (see `eftkit/charges`); default `EFT_FEE_CODES`. */
  readonly feeCodeTable?: FeeCodeTable;
  /** Options for reference checks (Swedish OCR control, agreed KID lengths). */
  readonly referenceOptions?: ValidateReferenceOptions;
  /** Reference scheme per creditor country, over {@link DEFAULT_REFERENCE_SCHEMES}. */
  readonly referenceSchemes?: Readonly<Record<string, ReferenceSchemeInput>>;
  /** Require a BIC on SEPA lines too (some banks still do). Default false. */
  readonly requireBicForSepa?: boolean;
  /** `cbpr-2026` (default): unstructured addresses on cross-border payments are errors; `lenient`: warnings. */
  readonly addressRule?: AddressRule;
  /** IBAN layouts to add or override (see `eftkit/accounts`). */
  readonly iban?: IbanOptions;
}

/** What a checked line goes out as. */
export interface ValidatedPaymentLine {
  /** Index of the line in the suggestion. */
  readonly index: number;
  /** The line as given. */
  readonly line: PaymentLine;
  /** How it travels. */
  readonly classification: PaymentClass;
  /** Fee code, charge bearer and service level. */
  readonly charges: ChargeBearerDecision;
  /** The amount, exact, in the line's currency. */
  readonly amount: Amount;
  /** The creditor's account, normalised: IBAN in electronic format, BBAN as digits. */
  readonly creditorAccount:
    | { readonly iban: ValidatedIban }
    | { readonly bban: string; readonly kind: 'account' | 'bankgiro' | 'plusgiro' }
    | { readonly accountNo: string };
  /** The BIC, normalised, when given. */
  readonly bic?: ValidatedBic;
  /** The ABA routing number (9 digits) of a US payment, when given. */
  readonly routingNumber?: string;
  /** The structured reference, when the remittance is one. */
  readonly reference?: ValidReference;
  /** Warnings of the line. */
  readonly warnings: readonly EftkitIssue[];
}

/** A checked payment suggestion, ready for pain.001. */
export interface ValidatedPaymentSuggestion {
  /** The suggestion as given. */
  readonly suggestion: PaymentSuggestion;
  /** Every line, in order. */
  readonly lines: readonly ValidatedPaymentLine[];
  /** True when every line carries an approval token ("Approve and pay"). */
  readonly preApproved: boolean;
  /** Warnings of the suggestion and its lines. */
  readonly warnings: readonly EftkitIssue[];
}

/** The result for one line. */
export interface LineReport {
  /** Index of the line in the suggestion. */
  readonly index: number;
  /** The line's id, when it has one. */
  readonly lineId: string | undefined;
  /** How it travels; `undefined` when that cannot be decided (bad country, currency or company). */
  readonly classification: PaymentClass | undefined;
  /** The charges decision, when the line could be classified. */
  readonly charges: ChargeBearerDecision | undefined;
  /** Every issue of the line (errors and warnings), with paths from the suggestion's root. */
  readonly issues: readonly EftkitIssue[];
  /** True when the line has at least one error: it must be fixed before upload. */
  readonly deficient: boolean;
}

/** A line that must be fixed, with its errors. */
export interface DeficientLine {
  /** Index of the line in the suggestion. */
  readonly index: number;
  /** The line's id, when it has one. */
  readonly lineId: string | undefined;
  /** The errors of the line (never empty). */
  readonly issues: readonly EftkitIssue[];
}

/**
 * The verdict on a payment suggestion, as the hub applies it: one deficient line makes the
 * whole upload deficient, so every line that must be fixed is listed.
 */
export interface PaymentSuggestionReport {
  /** `accepted` when nothing is an error; `deficient` otherwise. */
  readonly verdict: 'accepted' | 'deficient';
  /** True when the verdict is `accepted`. */
  readonly ok: boolean;
  /** Every issue (suggestion-level first, then line by line), with paths from the root. */
  readonly issues: readonly EftkitIssue[];
  /** Issues of the suggestion itself: payment number, company, mixing pre-approved lines. */
  readonly suggestionIssues: readonly EftkitIssue[];
  /** One report per line, in order. */
  readonly lines: readonly LineReport[];
  /** The lines that must be fixed, in order, each with its errors. */
  readonly deficientLines: readonly DeficientLine[];
  /** A sentence for the user. */
  readonly summary: string;
}

// ---------------------------------------------------------------------------------------
// zod issues to eftkit issues

function describeExpected(i: z.core.$ZodIssue): string {
  return 'expected' in i && typeof i.expected === 'string' ? i.expected : 'another value';
}

/**
 * Converts zod issues (of the shape schemas, parsed with `reportInput: true` so that a missing
 * field can be told from a wrong one) to eftkit issues under `prefix`.
 */
export function zodIssuesToEftkit(zodIssues: readonly z.core.$ZodIssue[], prefix: IssuePath): EftkitIssue[] {
  return zodIssues.map((i) => {
    const path: IssuePath = [...prefix, ...(i.path as readonly (string | number)[]).map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = formatPath(path) || 'The payment suggestion';
    const params = (i as { params?: { eftkitCode?: unknown } }).params;
    if (i.code === 'custom' && typeof params?.eftkitCode === 'string') return issue(params.eftkitCode, i.message, path);
    if (i.code === 'invalid_type' && i.input === undefined) return issue('payment/missing-field', M.missingField(field), path);
    if (i.code === 'invalid_union' || i.code === 'invalid_value') {
      const listed = 'values' in i && Array.isArray(i.values) ? i.values : 'options' in i && Array.isArray(i.options) ? i.options : undefined;
      const choices = listed === undefined ? 'one of the allowed forms' : `one of ${listed.map((v) => JSON.stringify(v)).join(', ')}`;
      return issue('payment/invalid-choice', field.endsWith('account') ? M.invalidChoice(field, 'exactly one of { iban }, { bban } or { accountNo }') : M.invalidChoice(field, choices), path);
    }
    if (i.code === 'unrecognized_keys') return issue('payment/invalid-field', M.invalidField(field, 'no other fields'), path);
    return issue('payment/invalid-field', M.invalidField(field, describeExpected(i)), path);
  });
}

/**
 * The shape issues of `raw` under `prefix`. A value of the right shape is parsed once without
 * `reportInput`: kept inputs make zod's parse of a good value allocate more, and keep it
 * alive longer, which in a stream of a million lines is most of the collector's work; only a
 * refused value is parsed again to tell a missing field from a wrong one.
 */
function parseShape<T>(schema: z.ZodType<T>, raw: unknown, prefix: IssuePath): { readonly data: T | undefined; readonly issues: EftkitIssue[] } {
  const quick = schema.safeParse(raw);
  if (quick.success) return { data: quick.data, issues: [] };
  const shape = schema.safeParse(raw, { reportInput: true });
  return shape.success ? { data: shape.data, issues: [] } : { data: undefined, issues: zodIssuesToEftkit(shape.error.issues, prefix) };
}

/** Drops issues under a path that already has a shape issue (the shape issue says it first). */
function withoutShadowed(shapeIssues: readonly EftkitIssue[], ruleIssues: readonly EftkitIssue[]): EftkitIssue[] {
  const startsWith = (path: IssuePath, prefix: IssuePath): boolean => prefix.length <= path.length && prefix.every((p, k) => path[k] === p);
  return ruleIssues.filter((r) => !shapeIssues.some((s) => startsWith(r.path, s.path)));
}

// ---------------------------------------------------------------------------------------
// the company

interface CompanyContext {
  readonly country: string | undefined;
  readonly currency: string | undefined;
  readonly defaultFeeCode: unknown;
  readonly extraTextEnabled: boolean;
  readonly ok: boolean;
}

function checkCompany(raw: unknown, options: ValidatePaymentSuggestionOptions): { issues: EftkitIssue[]; context: CompanyContext } {
  const at: IssuePath = ['company'];
  const shapeIssues = parseShape(PayingCompanyShape, raw, at).issues;
  const company = obj<PayingCompany>(raw);
  const rules: EftkitIssue[] = [];
  if (company === undefined) return { issues: shapeIssues, context: { country: undefined, currency: undefined, defaultFeeCode: undefined, extraTextEnabled: true, ok: false } };
  const name = str(company.name);
  if (name !== undefined && (name.trim() === '' || name.length > 140)) rules.push(issue('company/invalid-name', M.companyName, [...at, 'name']));
  const orgNo = str(company.orgNo);
  if (orgNo !== undefined && (orgNo.trim() === '' || orgNo.length > 35)) rules.push(issue('company/invalid-org-no', M.companyOrgNo, [...at, 'orgNo']));
  const countryProblems = company.country === undefined ? [] : prefixIssues([...at, 'country'], countryCodeIssues(company.country));
  rules.push(...countryProblems);
  const country = countryProblems.length === 0 ? str(company.country) : undefined;
  const account = obj<PayingCompany['debtorAccount']>(company.debtorAccount);
  let currency: string | undefined;
  if (account !== undefined) {
    const accountAt: IssuePath = [...at, 'debtorAccount'];
    const iban = str(account.iban);
    const bban = str(account.bban);
    if (iban === undefined && bban === undefined) rules.push(issue('company/debtor-account-missing', M.debtorAccountMissing, accountAt));
    if (iban !== undefined) {
      const r = safeValidateIban(iban, options.iban);
      if (!r.ok) rules.push(...prefixIssues([...accountAt, 'iban'], r.issues));
    }
    if (bban !== undefined && country !== undefined) {
      const r = safeValidateBban(bban, country);
      if (!r.ok) rules.push(...prefixIssues([...accountAt, 'bban'], r.issues));
    }
    if (account.bic !== undefined && account.bic !== '') {
      const r = safeValidateBic(account.bic);
      rules.push(...prefixIssues([...accountAt, 'bic'], r.issues ?? []));
    }
    if (account.currency !== undefined) {
      const problems = currencyIssues(account.currency, [...accountAt, 'currency']);
      rules.push(...problems);
      if (problems.length === 0) currency = str(account.currency);
    }
  }
  rules.push(...addressIssues(company.address, [...at, 'address'], false, options.addressRule ?? 'cbpr-2026'));
  const partner = obj<PayingCompany['bankPartner']>(company.bankPartner);
  const issues = [...shapeIssues, ...withoutShadowed(shapeIssues, rules)];
  return {
    issues,
    context: {
      country,
      currency,
      defaultFeeCode: partner?.defaultFeeCode,
      extraTextEnabled: partner?.extraTextEnabled !== false,
      ok: !issues.some(isErrorIssue),
    },
  };
}

// ---------------------------------------------------------------------------------------
// one line

interface LineOutcome {
  readonly report: LineReport;
  readonly validated?: ValidatedPaymentLine;
}

type AccountOutcome =
  | { readonly iban: ValidatedIban }
  | { readonly bban: string; readonly kind: 'account' | 'bankgiro' | 'plusgiro' }
  | { readonly accountNo: string };

function referenceSchemeFor(remittance: Loose<{ reference: unknown; scheme: unknown }>, country: string | undefined, options: ValidatePaymentSuggestionOptions): ReferenceSchemeInput | undefined {
  const explicit = str(remittance.scheme) as ReferenceSchemeInput | undefined;
  if (explicit !== undefined) return explicit;
  const reference = (str(remittance.reference) ?? '').replace(/\s/g, '').toUpperCase();
  if (reference.startsWith('RF')) return 'rf';
  if (country === undefined) return undefined;
  return options.referenceSchemes?.[country] ?? DEFAULT_REFERENCE_SCHEMES[country];
}

function checkLine(raw: unknown, index: number, company: CompanyContext, options: ValidatePaymentSuggestionOptions): LineOutcome {
  const at: IssuePath = ['lines', index];
  const shape = parseShape(PaymentLineShape, raw, at);
  const shapeIssues = shape.issues;
  const line = obj<PaymentLine>(raw);
  const lineId = line === undefined ? undefined : str(line.lineId);
  if (line === undefined) {
    return { report: { index, lineId, classification: undefined, charges: undefined, issues: shapeIssues, deficient: shapeIssues.length > 0 } };
  }
  const rules: EftkitIssue[] = [];
  const add = (relative: IssuePath, list: readonly EftkitIssue[]): void => {
    rules.push(...prefixIssues([...at, ...relative], list));
  };
  const rule = options.addressRule ?? 'cbpr-2026';

  // Ids and dates.
  if (lineId !== undefined && !isSendableId(lineId)) rules.push(issue('line/invalid-id', M.invalidLineId(lineId), [...at, 'lineId']));
  const supplierNo = str(line.supplierNo);
  if (supplierNo !== undefined && supplierNo.trim() === '') rules.push(issue('line/invalid-supplier-no', M.invalidSupplierNo, [...at, 'supplierNo']));
  const dueDate = str(line.dueDate);
  const executionDate = str(line.requestedExecutionDate);
  for (const [field, value] of [['dueDate', dueDate], ['requestedExecutionDate', executionDate]] as const) {
    if (value === undefined) continue;
    if (!isIsoDate(value)) rules.push(issue('line/invalid-date', M.invalidDate(value), [...at, field]));
    else if (options.today !== undefined && value < options.today) rules.push(issue('line/date-in-past', M.dateInPast(value, options.today), [...at, field], 'warning'));
  }
  if (dueDate !== undefined && executionDate !== undefined && isIsoDate(dueDate) && isIsoDate(executionDate) && executionDate > dueDate) {
    rules.push(issue('line/execution-after-due-date', M.executionAfterDue(executionDate, dueDate), [...at, 'requestedExecutionDate'], 'warning'));
  }

  // Currency and amount.
  const currency = str(line.currency);
  let currencyOk = false;
  if (line.currency !== undefined) {
    const problems = currencyIssues(line.currency, ['currency']);
    add([], problems);
    currencyOk = problems.length === 0;
  }
  let amount: Amount | undefined;
  const amountText = str(line.amount);
  if (amountText !== undefined && currencyOk && currency !== undefined) {
    const parsed = safeParseAmount(amountText, currency);
    if (!parsed.ok) add([], parsed.issues);
    else if (!parsed.value.isPositive()) rules.push(issue('amount/not-positive', M.notPositive(amountText), [...at, 'amount']));
    else if (parsed.value.toString().replace(/[-.]/g, '').replace(/^0+/, '').length > 18) rules.push(issue('amount/too-many-digits', M.tooManyDigits(amountText), [...at, 'amount']));
    else amount = parsed.value;
  }

  // Creditor.
  const creditor = obj<Creditor>(line.creditor);
  const creditorAt: IssuePath = ['creditor'];
  let creditorCountry: string | undefined;
  let account: AccountOutcome | undefined;
  let accountCountry: string | undefined;
  let hasIban = false;
  let bic: ValidatedBic | undefined;
  let routingNumber: string | undefined;
  if (creditor !== undefined) {
    const name = str(creditor.name);
    if (name !== undefined && (name.trim() === '' || name.length > 140)) rules.push(issue('creditor/invalid-name', M.creditorName, [...at, 'creditor', 'name']));
    else if (name !== undefined && name.length > 70) rules.push(issue('creditor/long-name', M.creditorLongName(name.length), [...at, 'creditor', 'name'], 'warning'));
    if (creditor.country !== undefined) {
      const problems = countryCodeIssues(creditor.country);
      add([...creditorAt, 'country'], problems);
      if (problems.length === 0) creditorCountry = str(creditor.country);
    }
    const acct = obj<{ iban: unknown; bban: unknown; kind: unknown; accountNo: unknown }>(creditor.account);
    const accountAt: IssuePath = [...creditorAt, 'account'];
    if (acct !== undefined) {
      const iban = str(acct.iban);
      const bban = str(acct.bban);
      const accountNo = str(acct.accountNo);
      if (iban !== undefined) {
        hasIban = true;
        const r = safeValidateIban(iban, options.iban);
        if (r.ok) {
          account = { iban: r.value };
          accountCountry = r.value.country;
        } else {
          add([...accountAt, 'iban'], r.issues);
          const prefix = iban.replace(/\s/g, '').slice(0, 2).toUpperCase();
          if (knownCountry(prefix)) accountCountry = prefix;
        }
      } else if (bban !== undefined) {
        const kind = (str(acct.kind) ?? 'account') as 'account' | 'bankgiro' | 'plusgiro';
        accountCountry = creditorCountry;
        if (kind !== 'account' && creditorCountry !== undefined && creditorCountry !== 'SE') {
          rules.push(issue('creditor/giro-outside-sweden', M.giroOutsideSweden, [...at, ...accountAt, 'kind']));
        } else if (kind === 'bankgiro' || kind === 'plusgiro') {
          const r = kind === 'bankgiro' ? safeValidateBankgiro(bban) : safeValidatePlusgiro(bban);
          if (r.ok) account = { bban: r.value, kind };
          else add([...accountAt, 'bban'], r.issues);
        } else if (creditorCountry !== undefined) {
          const r = safeValidateBban(bban, creditorCountry);
          if (r.ok) account = { bban: r.value.bban, kind };
          else add([...accountAt, 'bban'], r.issues);
        }
      } else if (accountNo !== undefined) {
        accountCountry = creditorCountry;
        if (!/^[A-Za-z0-9][A-Za-z0-9 \-]{0,33}$/.test(accountNo) || accountNo.replace(/[\s-]/g, '').length > 34) {
          rules.push(issue('creditor/invalid-account-no', M.invalidAccountNo(accountNo), [...at, ...accountAt, 'accountNo']));
        } else {
          account = { accountNo: accountNo.replace(/[\s-]/g, '') };
        }
      }
    }
    if (creditor.bic !== undefined && creditor.bic !== '') {
      const r = safeValidateBic(creditor.bic);
      add([...creditorAt, 'bic'], r.issues ?? []);
      if (r.ok) bic = r.value;
    }
    for (const [field, max] of [['bankName', 140], ['bankAddress', 140], ['bankBranch', 35]] as const) {
      const v = str(creditor[field]);
      if (v !== undefined && v.length > max) rules.push(issue('creditor/field-too-long', M.fieldTooLong(field, max), [...at, 'creditor', field]));
    }
    if (creditorCountry === 'US' || accountCountry === 'US') {
      const branch = str(creditor.bankBranch);
      if (branch !== undefined && branch !== '') {
        const r = safeValidateAbaRoutingNumber(branch);
        if (r.ok) routingNumber = r.value;
        else add([...creditorAt, 'bankBranch'], r.issues);
      }
    }
    if (accountCountry !== undefined && creditorCountry !== undefined && accountCountry !== creditorCountry) {
      rules.push(issue('creditor/account-country-mismatch', M.accountCountryMismatch(accountCountry, creditorCountry), [...at, 'creditor', 'country'], 'warning'));
    }
    if (bic !== undefined && accountCountry !== undefined && bic.country !== accountCountry) {
      rules.push(issue('creditor/bic-country-mismatch', M.bicCountryMismatch(bic.country, accountCountry), [...at, 'creditor', 'bic'], 'warning'));
    }
  }

  // Remittance.
  const remittance = obj<{ type: unknown; reference: unknown; scheme: unknown; invoiceNo: unknown; text: unknown }>(line.remittance);
  let reference: ValidReference | undefined;
  const remittanceAt: IssuePath = [...at, 'remittance'];
  if (remittance !== undefined) {
    const type = str(remittance.type) as Remittance['type'] | undefined;
    if (type === 'reference') {
      const text = str(remittance.reference);
      if (text !== undefined) {
        const scheme = referenceSchemeFor(remittance, creditorCountry, options);
        if (scheme !== undefined) {
          const r = safeValidateReference(text, scheme, options.referenceOptions);
          rules.push(...prefixIssues([...remittanceAt, 'reference'], r.issues ?? []));
          if (r.ok) reference = r.value;
        } else if (text.trim() === '') {
          rules.push(issue('remittance/empty', M.remittanceEmpty, [...remittanceAt, 'reference']));
        } else if (text.length > 35) {
          rules.push(issue('remittance/reference-too-long', M.referenceTooLong(text.length), [...remittanceAt, 'reference']));
        } else if (creditorCountry !== undefined) {
          rules.push(issue('remittance/reference-unchecked', M.referenceUnchecked(creditorCountry), [...remittanceAt, 'reference'], 'warning'));
        }
      }
    } else if (type === 'invoice') {
      const invoiceNo = str(remittance.invoiceNo);
      if (invoiceNo !== undefined && invoiceNo.trim() === '') rules.push(issue('remittance/empty', M.remittanceEmpty, [...remittanceAt, 'invoiceNo']));
      else if (invoiceNo !== undefined && invoiceNo.length > 35) rules.push(issue('remittance/invoice-too-long', M.invoiceTooLong(invoiceNo.length), [...remittanceAt, 'invoiceNo']));
    } else if (type === 'text') {
      const text = str(remittance.text);
      if (text !== undefined) {
        if (text.trim() === '') rules.push(issue('remittance/empty', M.remittanceEmpty, [...remittanceAt, 'text']));
        else if (text.length > 140) rules.push(issue('remittance/text-too-long', M.textTooLong(text.length), [...remittanceAt, 'text']));
        if (!company.extraTextEnabled) rules.push(issue('remittance/extra-text-not-enabled', M.extraTextNotEnabled, [...remittanceAt, 'text']));
        const compact = text.replace(/[\s-]/g, '');
        if (/^\d{2,25}$/.test(compact) && creditorCountry !== undefined && DEFAULT_REFERENCE_SCHEMES[creditorCountry] !== undefined) {
          const found = detectReference(compact, { country: creditorCountry });
          const first = found[0];
          if (first !== undefined) rules.push(issue('remittance/text-looks-like-reference', M.textLooksLikeReference(SCHEME_NAMES[first] ?? first), [...remittanceAt, 'text'], 'warning'));
        }
      }
    }
  }

  // Other fields.
  for (const field of ['purpose', 'categoryPurpose'] as const) {
    const v = str(line[field]);
    if (v !== undefined && !isExternalCode(v)) rules.push(issue('line/invalid-purpose', M.invalidPurpose(v), [...at, field]));
  }
  rules.push(...regulatoryIssues(line.regulatoryReporting, [...at, 'regulatoryReporting']));

  // Classification and what it needs.
  let classification: PaymentClass | undefined;
  let charges: ChargeBearerDecision | undefined;
  if (company.country !== undefined && company.currency !== undefined && currencyOk && currency !== undefined && accountCountry !== undefined) {
    const serviceLevel = str(line.serviceLevel);
    const decided = classifyPayment({
      debtorCountry: company.country,
      debtorCurrency: company.currency,
      accountCountry,
      currency,
      hasIban,
      serviceLevel,
    });
    classification = decided.classification;
    const crossBorder = classification === 'international' || classification === 'us-wire';
    const creditorAccount = obj<{ iban: unknown; bban: unknown; accountNo: unknown }>(creditor?.account);
    const accountAt: IssuePath = [...at, 'creditor', 'account'];
    if (classification === 'sepa') {
      if (options.requireBicForSepa === true && bic === undefined && (creditor?.bic === undefined || creditor.bic === '')) {
        rules.push(issue('creditor/bic-required', M.bicRequired, [...at, 'creditor', 'bic']));
      }
    } else if (classification === 'domestic') {
      if (['NO', 'SE', 'DK', 'FI'].includes(company.country) && creditorAccount?.accountNo !== undefined) {
        rules.push(issue('creditor/domestic-account-required', M.domesticAccountRequired(company.country), accountAt));
      }
    } else if (classification === 'us-wire') {
      if (hasIban) rules.push(issue('creditor/iban-not-allowed', M.ibanNotAllowed('US'), [...accountAt, 'iban']));
      const branch = str(creditor?.bankBranch);
      const hasBranch = branch !== undefined && branch !== '';
      const hasBic = creditor?.bic !== undefined && creditor.bic !== '';
      if (!hasBranch && !hasBic) rules.push(issue('creditor/routing-missing', M.routingMissing, [...at, 'creditor', 'bankBranch']));
      if (hasBranch && (str(creditor?.bankName) ?? '').trim() === '') rules.push(issue('creditor/bank-name-missing', M.bankNameMissing, [...at, 'creditor', 'bankName']));
      if (hasBranch && (str(creditor?.bankAddress) ?? '').trim() === '') rules.push(issue('creditor/bank-address-missing', M.bankAddressMissing, [...at, 'creditor', 'bankAddress'], 'warning'));
    } else {
      const hasBic = creditor?.bic !== undefined && creditor.bic !== '';
      if (!hasBic) rules.push(issue('creditor/bic-required', M.bicRequired, [...at, 'creditor', 'bic']));
      if (!hasIban && ibanCountrySpec(accountCountry) !== undefined) {
        rules.push(issue('creditor/iban-required', M.ibanRequired(`${accountCountry} uses IBANs`), accountAt));
      }
    }
    if (crossBorder && creditor?.address === undefined) rules.push(issue('creditor/address-missing', M.addressMissing, [...at, 'creditor', 'address'], 'warning'));
    rules.push(...addressIssues(creditor?.address, [...at, 'creditor', 'address'], crossBorder, rule));
    rules.push(...partyIssues(line.ultimateDebtor, [...at, 'ultimateDebtor'], crossBorder, rule));
    rules.push(...partyIssues(line.ultimateCreditor, [...at, 'ultimateCreditor'], crossBorder, rule));
    if (classification === 'sepa' && remittance !== undefined && str(remittance.type) === 'text') {
      const outside = outsideLatin(str(remittance.text) ?? '');
      if (outside.length > 0) rules.push(issue('remittance/characters-outside-sepa', M.outsideSepaCharacters(outside.join(' ')), [...remittanceAt, 'text'], 'warning'));
    }
    const decision = safeChargeBearerFor(
      {
        feeCodes: { voucherLine: line.feeCode, supplier: line.supplierFeeCode, bankPartnerDefault: company.defaultFeeCode },
        scope: classification === 'domestic' ? 'domestic' : 'international',
        sepaEligible: decided.sepaEligible,
        serviceLevel,
        chargeBearer: str(line.chargeBearer),
        notEligibleBecause: decided.notSepaBecause,
      },
      options.feeCodeTable === undefined ? {} : { table: options.feeCodeTable },
    );
    const where: Readonly<Record<string, IssuePath>> = {
      voucherLine: ['feeCode'],
      supplier: ['supplierFeeCode'],
      bankPartnerDefault: ['company', 'bankPartner', 'defaultFeeCode'],
    };
    for (const i of decision.issues ?? []) {
      const head = i.path[0];
      const mapped = typeof head === 'string' && where[head] !== undefined ? (where[head] as IssuePath) : i.path;
      // A bad bank partner default is reported once, on the company, by the shape check.
      if (head === 'bankPartnerDefault') continue;
      rules.push({ ...i, path: [...at, ...mapped] });
    }
    if (decision.ok) charges = decision.value;
  } else {
    // Without a classification the class rules cannot run; still check the address fields.
    rules.push(...addressIssues(creditor?.address, [...at, 'creditor', 'address'], false, rule));
    rules.push(...partyIssues(line.ultimateDebtor, [...at, 'ultimateDebtor'], false, rule));
    rules.push(...partyIssues(line.ultimateCreditor, [...at, 'ultimateCreditor'], false, rule));
  }

  const issues = [...shapeIssues, ...withoutShadowed(shapeIssues, rules)];
  const errors = issues.filter(isErrorIssue);
  const report: LineReport = { index, lineId, classification, charges, issues, deficient: errors.length > 0 };
  if (errors.length > 0 || shape.data === undefined || classification === undefined || charges === undefined || amount === undefined || account === undefined) {
    return { report };
  }
  const validated: ValidatedPaymentLine = {
    index,
    line: shape.data,
    classification,
    charges,
    amount,
    creditorAccount: account,
    ...(bic === undefined ? {} : { bic }),
    ...(routingNumber === undefined ? {} : { routingNumber }),
    ...(reference === undefined ? {} : { reference }),
    warnings: issues,
  };
  return { report, validated };
}

// ---------------------------------------------------------------------------------------
// the suggestion

interface Outcome {
  readonly report: PaymentSuggestionReport;
  readonly lines: readonly (ValidatedPaymentLine | undefined)[];
}

function run(input: unknown, options: ValidatePaymentSuggestionOptions): Outcome {
  const suggestion = obj<PaymentSuggestion>(input);
  const suggestionIssues: EftkitIssue[] = [];
  if (suggestion === undefined) {
    suggestionIssues.push(issue('suggestion/not-an-object', M.notAnObject));
    return { report: buildReport(suggestionIssues, []), lines: [] };
  }
  if (suggestion.paymentNo === undefined) suggestionIssues.push(issue('payment/missing-field', M.missingField('paymentNo'), ['paymentNo']));
  else if (typeof suggestion.paymentNo !== 'string') suggestionIssues.push(issue('payment/invalid-field', M.invalidField('paymentNo', 'string'), ['paymentNo']));
  else if (!isSendableId(suggestion.paymentNo)) suggestionIssues.push(issue('suggestion/invalid-payment-no', M.invalidPaymentNo(suggestion.paymentNo), ['paymentNo']));

  let companyContext: CompanyContext = { country: undefined, currency: undefined, defaultFeeCode: undefined, extraTextEnabled: true, ok: false };
  if (suggestion.company === undefined) suggestionIssues.push(issue('payment/missing-field', M.missingField('company'), ['company']));
  else {
    const checked = checkCompany(suggestion.company, options);
    suggestionIssues.push(...checked.issues);
    companyContext = checked.context;
  }

  const rawLines = Array.isArray(suggestion.lines) ? (suggestion.lines as unknown[]) : undefined;
  if (rawLines === undefined) {
    suggestionIssues.push(issue(suggestion.lines === undefined ? 'payment/missing-field' : 'payment/invalid-field', suggestion.lines === undefined ? M.missingField('lines') : M.invalidField('lines', 'array'), ['lines']));
    return { report: buildReport(suggestionIssues, []), lines: [] };
  }
  if (rawLines.length === 0) suggestionIssues.push(issue('suggestion/no-lines', M.noLines, ['lines']));

  const outcomes = rawLines.map((raw, index) => checkLine(raw, index, companyContext, options));

  // Line ids must be unique: every repeat is an error on that line.
  const firstIndex = new Map<string, number>();
  const extra = new Map<number, EftkitIssue[]>();
  outcomes.forEach((o) => {
    const id = o.report.lineId;
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, o.report.index);
    else extra.set(o.report.index, [issue('line/duplicate-id', M.duplicateLineId(id, first), ['lines', o.report.index, 'lineId'])]);
  });

  // Pre-approved lines (with an approval token) travel alone.
  const tokens = rawLines.map((raw) => {
    const token = obj<PaymentLine>(raw)?.approvalToken;
    return typeof token === 'string' && token !== '';
  });
  const withToken = tokens.filter(Boolean).length;
  if (withToken > 0 && withToken < rawLines.length) {
    suggestionIssues.push(issue('suggestion/mixed-pre-approval', M.mixedPreApproval(withToken, rawLines.length - withToken), ['lines']));
  }

  const lineReports = outcomes.map((o) => {
    const more = extra.get(o.report.index);
    if (more === undefined) return o.report;
    const issues = [...o.report.issues, ...more];
    return { ...o.report, issues, deficient: true };
  });
  const validatedLines = outcomes.map((o) => (extra.has(o.report.index) ? undefined : o.validated));
  return { report: buildReport(suggestionIssues, lineReports), lines: validatedLines };
}

function buildReport(suggestionIssues: readonly EftkitIssue[], lines: readonly LineReport[]): PaymentSuggestionReport {
  const deficientLines: DeficientLine[] = lines
    .filter((l) => l.deficient)
    .map((l) => ({ index: l.index, lineId: l.lineId, issues: l.issues.filter(isErrorIssue) }));
  const issues = [...suggestionIssues, ...lines.flatMap((l) => l.issues)];
  const ok = !issues.some(isErrorIssue);
  const suggestionErrors = suggestionIssues.filter(isErrorIssue).length;
  let summary: string;
  if (ok) summary = `All ${lines.length} line(s) can be uploaded.`;
  else {
    const parts: string[] = [];
    if (deficientLines.length > 0) parts.push(`${deficientLines.length} of ${lines.length} line(s) must be fixed (${deficientLines.map((d) => d.lineId ?? `#${d.index + 1}`).join(', ')})`);
    if (suggestionErrors > 0) parts.push(`${suggestionErrors} problem(s) of the payment itself must be fixed`);
    summary = `The payment would be rejected as a whole: ${parts.join('; ')}.`;
  }
  return { verdict: ok ? 'accepted' : 'deficient', ok, issues, suggestionIssues, lines, deficientLines, summary };
}

/**
 * Checks a payment suggestion as the hub will: classifies each line (domestic, SEPA,
 * international, US wire) and checks what that class needs (country codes; IBAN, BBAN, BIC,
 * ABA; currency; amount > 0 with the currency's decimals; CID check digits; extra text ≤ 140;
 * structured or unstructured remittance; charge bearer), and that pre-approved lines are not
 * mixed with others. Returns every issue of every line with its path, and the batch verdict:
 * one deficient line makes the whole upload deficient, and `deficientLines` lists every line
 * to fix. Nothing is dropped. Accepts any input (it may come from JSON); never throws.
 */
export function validatePaymentSuggestion(suggestion: unknown, options: ValidatePaymentSuggestionOptions = {}): PaymentSuggestionReport {
  return run(suggestion, options).report;
}

/**
 * Checks a payment suggestion (see {@link validatePaymentSuggestion}) and returns it ready for
 * pain.001: each line with its class, charges, exact amount and normalised account. Never
 * throws; a deficient suggestion fails with every issue.
 */
export function safeParsePaymentSuggestion(suggestion: unknown, options: ValidatePaymentSuggestionOptions = {}): Result<ValidatedPaymentSuggestion> {
  const { report, lines } = run(suggestion, options);
  if (!report.ok) return fail(report.issues);
  const validated = lines.filter((l): l is ValidatedPaymentLine => l !== undefined);
  const value: ValidatedPaymentSuggestion = {
    suggestion: suggestion as PaymentSuggestion,
    lines: validated,
    preApproved: validated.length > 0 && validated.every((l) => l.line.approvalToken !== undefined && l.line.approvalToken !== ''),
    warnings: report.issues,
  };
  return resultOf(value, report.issues);
}

/**
 * Checks a payment suggestion and returns it ready for pain.001; see
 * {@link safeParsePaymentSuggestion}.
 *
 * @throws {PaymentValidationError} with every issue of every line when the suggestion is deficient.
 */
export function parsePaymentSuggestion(suggestion: unknown, options?: ValidatePaymentSuggestionOptions): ValidatedPaymentSuggestion {
  return unwrap(safeParsePaymentSuggestion(suggestion, options), PaymentValidationError);
}

const NO_COMPANY: CompanyContext = { country: undefined, currency: undefined, defaultFeeCode: undefined, extraTextEnabled: true, ok: false };

/**
 * The rule issues of one line on its own (no company, so no classification), with paths
 * relative to the line. Used by `PaymentLineSchema`. @internal
 */
export function lineRuleIssues(line: unknown, options: ValidatePaymentSuggestionOptions = {}): EftkitIssue[] {
  return checkLine(line, 0, NO_COMPANY, options).report.issues.map((i) => ({ ...i, path: i.path.slice(2) }));
}

/** The rule issues of a paying company, with paths relative to it. Used by `PayingCompanySchema`. @internal */
export function companyRuleIssues(company: unknown, options: ValidatePaymentSuggestionOptions = {}): EftkitIssue[] {
  return checkCompany(company, options).issues.map((i) => ({ ...i, path: i.path.slice(1) }));
}
