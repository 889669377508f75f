import { issue, resultOf, unwrap, type EftkitIssue, type Result } from '../errors';
import { ChargesError } from './errors';
import {
  EFT_FEE_CODES,
  FEE_CODES,
  SWIFT_TO_CHARGE_BEARER,
  type ChargeBearer,
  type FeeCode,
  type FeeCodeRow,
  type FeeCodeTable,
  type PaymentScope,
  type SwiftCharges,
} from './fee-codes';
import { CHARGES_MESSAGES as M } from './messages';

/** True when `value` is one of the fee codes 0–4 (as a number). */
export function isFeeCode(value: unknown): value is FeeCode {
  return typeof value === 'number' && (FEE_CODES as readonly number[]).includes(value);
}

function asFeeCode(value: unknown): FeeCode | undefined {
  if (isFeeCode(value)) return value;
  if (typeof value === 'string' && /^[0-4]$/.test(value.trim())) return Number(value.trim()) as FeeCode;
  return undefined;
}

const CHARGE_BEARERS: readonly ChargeBearer[] = ['DEBT', 'CRED', 'SHAR', 'SLEV'];

/** True when `value` is an ISO 20022 `ChrgBr` code. */
export function isChargeBearer(value: unknown): value is ChargeBearer {
  return typeof value === 'string' && (CHARGE_BEARERS as readonly string[]).includes(value);
}

/** Where the fee code of a payment line came from. */
export type FeeCodeSource = 'voucher-line' | 'supplier' | 'bank-partner' | 'standard';

/** The fee code that applies to a payment line, and where it came from. */
export interface ResolvedFeeCode {
  /** The code that applies. */
  readonly code: FeeCode;
  /** Which level set it. */
  readonly source: FeeCodeSource;
}

/** The fee codes set at each level; any may be missing. */
export interface FeeCodeLevels {
  /** The voucher line's (= payment line's) EFT bank fee code. */
  readonly voucherLine?: unknown;
  /** The supplier's EFT bank fee code. */
  readonly supplier?: unknown;
  /** The bank partner's default EFT bank fee code. */
  readonly bankPartnerDefault?: unknown;
}

/**
 * Picks the fee code with the ERP's precedence: voucher line, else supplier, else the bank
 * partner's default, else 0 (Standard). A 0 counts as "not chosen" at every level ("if the line
 * has 0 and the bank partner's default is 1–4, the bank partner's value applies"), so a 0 on the
 * line lets the supplier's or bank partner's code through. Never throws; returns
 * `charges/unknown-fee-code` for a value that is not 0–4.
 */
export function safeResolveFeeCode(levels: FeeCodeLevels): Result<ResolvedFeeCode> {
  const issues: EftkitIssue[] = [];
  const order: ReadonlyArray<readonly [keyof FeeCodeLevels, FeeCodeSource]> = [
    ['voucherLine', 'voucher-line'],
    ['supplier', 'supplier'],
    ['bankPartnerDefault', 'bank-partner'],
  ];
  let chosen: ResolvedFeeCode | undefined;
  for (const [key, source] of order) {
    const raw = levels[key];
    if (raw === undefined || raw === null || raw === '') continue;
    const code = asFeeCode(raw);
    if (code === undefined) {
      issues.push(issue('charges/unknown-fee-code', M.unknownFeeCode(String(raw)), [key]));
      continue;
    }
    if (chosen === undefined && code !== 0) chosen = { code, source };
  }
  return resultOf(chosen ?? { code: 0, source: 'standard' }, issues);
}

/**
 * The fee code that applies; see {@link safeResolveFeeCode}.
 *
 * @throws {ChargesError} `charges/unknown-fee-code` when a level holds something other than 0–4.
 */
export function resolveFeeCode(levels: FeeCodeLevels): ResolvedFeeCode {
  return unwrap(safeResolveFeeCode(levels), ChargesError);
}

/** Changes to rows of the fee-code table, by code. */
export type FeeCodeTableOverrides = Partial<Record<FeeCode, Partial<Omit<FeeCodeRow, 'code'>>>>;

/**
 * The fee-code table with the caller's changes: `feeCodeTable({ 3: { domestic: 'OUR' } })`
 * reads code 3 differently from eftkit's default. The default table is not changed.
 */
export function feeCodeTable(overrides: FeeCodeTableOverrides = {}, base: FeeCodeTable = EFT_FEE_CODES): FeeCodeTable {
  const rows = {} as Record<FeeCode, FeeCodeRow>;
  for (const code of FEE_CODES) rows[code] = Object.freeze({ ...base[code], ...overrides[code], code });
  return Object.freeze(rows);
}

/** What {@link safeChargeBearerFor} decides from. */
export interface ChargeBearerInput {
  /** The fee codes at each level (voucher line, supplier, bank partner). */
  readonly feeCodes: FeeCodeLevels;
  /** Domestic or international (see the validation module's classification). */
  readonly scope: PaymentScope;
  /** True when the payment can go as a SEPA credit transfer (EUR, IBAN, both countries in SEPA). */
  readonly sepaEligible: boolean;
  /** A service level the line asks for explicitly (ISO `SvcLvl/Cd`: `SEPA`, `URGP`, `NURG`, …). */
  readonly serviceLevel?: string | undefined;
  /** A `ChrgBr` the line asks for explicitly, overriding the fee-code table. */
  readonly chargeBearer?: string | undefined;
  /** Why the payment is not SEPA-eligible, for the message when `SEPA` is asked for anyway. */
  readonly notEligibleBecause?: string | undefined;
}

/** Options of {@link safeChargeBearerFor}. */
export interface ChargeBearerOptions {
  /** The fee-code table; default {@link EFT_FEE_CODES}. */
  readonly table?: FeeCodeTable;
}

/** The charges of a payment line. */
export interface ChargeBearerDecision {
  /** The fee code that applies and where it came from. */
  readonly feeCode: ResolvedFeeCode;
  /** Domestic or international. */
  readonly scope: PaymentScope;
  /** True when the line goes as a SEPA credit transfer (service level `SEPA`). */
  readonly sepa: boolean;
  /** The ISO 20022 `ChrgBr` to write. */
  readonly chargeBearer: ChargeBearer;
  /** The same in SWIFT terms (`SLEV` counts as `SHA`). */
  readonly swift: SwiftCharges;
  /** `SEPA` when the line goes as a SEPA credit transfer; otherwise the service level asked for, if any. */
  readonly serviceLevel?: string;
}

/**
 * Decides the charge bearer of a payment line: the fee code (voucher line → supplier → bank
 * partner) read through the fee-code table for a domestic or an international payment, OUR →
 * `DEBT`, BEN → `CRED`, SHA → `SHAR`; a SEPA credit transfer always gets `SLEV`. Combinations
 * a bank would reject are issues: service level `SEPA` with anything but `SLEV`
 * (`charges/sepa-needs-slev`), `SLEV` outside SEPA (`charges/slev-outside-sepa`), `SEPA` for a
 * payment that cannot be SEPA (`charges/sepa-not-eligible`). A fee code 1–4 that SEPA
 * overrides is a warning. Never throws.
 */
export function safeChargeBearerFor(input: ChargeBearerInput, options: ChargeBearerOptions = {}): Result<ChargeBearerDecision> {
  const table = options.table ?? EFT_FEE_CODES;
  const resolved = safeResolveFeeCode(input.feeCodes);
  const issues: EftkitIssue[] = [...(resolved.issues ?? [])];
  const feeCode: ResolvedFeeCode = resolved.ok ? resolved.value : { code: 0, source: 'standard' };
  const askedSepa = input.serviceLevel === 'SEPA';
  if (askedSepa && !input.sepaEligible) {
    issues.push(issue('charges/sepa-not-eligible', M.sepaNotEligible(input.notEligibleBecause ?? 'it is not a euro payment between SEPA countries to an IBAN'), ['serviceLevel']));
  }
  const sepa = input.sepaEligible && (input.serviceLevel === undefined || askedSepa);
  const row = table[feeCode.code];
  const swiftFromCode: SwiftCharges = input.scope === 'domestic' ? row.domestic : row.international;
  let chargeBearer: ChargeBearer = sepa ? 'SLEV' : SWIFT_TO_CHARGE_BEARER[swiftFromCode];
  if (input.chargeBearer !== undefined) {
    if (!isChargeBearer(input.chargeBearer)) {
      issues.push(issue('charges/unknown-charge-bearer', M.unknownChargeBearer(String(input.chargeBearer)), ['chargeBearer']));
    } else {
      if (sepa && input.chargeBearer !== 'SLEV') issues.push(issue('charges/sepa-needs-slev', M.sepaNeedsSlev(input.chargeBearer), ['chargeBearer']));
      if (!sepa && input.chargeBearer === 'SLEV') issues.push(issue('charges/slev-outside-sepa', M.slevOutsideSepa, ['chargeBearer']));
      chargeBearer = input.chargeBearer;
    }
  } else if (sepa && feeCode.source !== 'standard' && swiftFromCode !== 'SHA') {
    issues.push(issue('charges/fee-code-ignored-for-sepa', M.feeCodeIgnored(feeCode.code, row.name), ['feeCode'], 'warning'));
  }
  const swift: SwiftCharges = chargeBearer === 'SLEV' ? 'SHA' : chargeBearer === 'DEBT' ? 'OUR' : chargeBearer === 'CRED' ? 'BEN' : 'SHA';
  const serviceLevel = sepa ? 'SEPA' : input.serviceLevel;
  const decision: ChargeBearerDecision = serviceLevel === undefined
    ? { feeCode, scope: input.scope, sepa, chargeBearer, swift }
    : { feeCode, scope: input.scope, sepa, chargeBearer, swift, serviceLevel };
  return resultOf(decision, issues);
}

/**
 * Decides the charge bearer of a payment line; see {@link safeChargeBearerFor}.
 *
 * @throws {ChargesError} with every issue when the combination would be rejected.
 */
export function chargeBearerFor(input: ChargeBearerInput, options?: ChargeBearerOptions): ChargeBearerDecision {
  return unwrap(safeChargeBearerFor(input, options), ChargesError);
}

/**
 * The issues of a service level and charge bearer pair alone: `SEPA` needs `SLEV`, and `SLEV`
 * needs a SEPA payment. For checking a pain.001 that was built elsewhere.
 */
export function chargeBearerIssues(serviceLevel: string | undefined, chargeBearer: string, sepaEligible: boolean): EftkitIssue[] {
  if (!isChargeBearer(chargeBearer)) return [issue('charges/unknown-charge-bearer', M.unknownChargeBearer(chargeBearer))];
  const issues: EftkitIssue[] = [];
  if (serviceLevel === 'SEPA' && !sepaEligible) issues.push(issue('charges/sepa-not-eligible', M.sepaNotEligible('it is not a euro payment between SEPA countries to an IBAN')));
  if (serviceLevel === 'SEPA' && chargeBearer !== 'SLEV') issues.push(issue('charges/sepa-needs-slev', M.sepaNeedsSlev(chargeBearer)));
  if (chargeBearer === 'SLEV' && (serviceLevel !== 'SEPA' && !(serviceLevel === undefined && sepaEligible))) {
    issues.push(issue('charges/slev-outside-sepa', M.slevOutsideSepa));
  }
  return issues;
}

