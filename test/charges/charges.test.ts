import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHARGE_BEARER_TO_SWIFT,
  ChargeBearerSchema,
  ChargesError,
  EFT_FEE_CODES,
  FEE_CODES,
  FeeCodeSchema,
  FeeCodeTableSchema,
  SWIFT_TO_CHARGE_BEARER,
  chargeBearerFor,
  chargeBearerIssues,
  feeCodeTable,
  resolveFeeCode,
  safeChargeBearerFor,
  safeResolveFeeCode,
  type FeeCode,
  type PaymentScope,
} from '../../src/charges';

describe('the fee-code table (DOMAIN.md section 3, from the ERP help file in the integration guide)', () => {
  it('maps each code for domestic and international payments', () => {
    const table = Object.fromEntries(FEE_CODES.map((c) => [c, [EFT_FEE_CODES[c].domestic, EFT_FEE_CODES[c].international]]));
    expect(table).toEqual({
      0: ['OUR', 'BEN'],
      1: ['OUR', 'OUR'],
      2: ['OUR', 'SHA'],
      3: ['SHA', 'OUR'],
      4: ['BEN', 'BEN'],
    });
    expect(EFT_FEE_CODES[4].name).toBe('No fee (beneficiary pays)');
    expect(FeeCodeTableSchema.safeParse(EFT_FEE_CODES).success).toBe(true);
  });

  it('maps SWIFT to ISO ChrgBr and back', () => {
    expect(SWIFT_TO_CHARGE_BEARER).toEqual({ OUR: 'DEBT', BEN: 'CRED', SHA: 'SHAR' });
    expect(CHARGE_BEARER_TO_SWIFT.SLEV).toBe('SHA');
  });

  it('can be overridden by the caller without changing the default', () => {
    const table = feeCodeTable({ 3: { domestic: 'OUR' }, 2: { name: 'Domestic fee', international: 'OUR' } });
    expect(table[3]).toEqual({ code: 3, name: 'Foreign fee', domestic: 'OUR', international: 'OUR' });
    expect(table[2].international).toBe('OUR');
    expect(EFT_FEE_CODES[3].domestic).toBe('SHA');
    const decision = chargeBearerFor({ feeCodes: { voucherLine: 3 }, scope: 'domestic', sepaEligible: false }, { table });
    expect(decision.chargeBearer).toBe('DEBT');
    expect(FeeCodeTableSchema.safeParse({ ...EFT_FEE_CODES, 3: { ...EFT_FEE_CODES[3], domestic: 'ALL' } }).success).toBe(false);
  });
});

describe('fee-code precedence: voucher line → supplier → bank partner', () => {
  it('takes the first code that is set and not 0', () => {
    expect(resolveFeeCode({ voucherLine: 2, supplier: 4, bankPartnerDefault: 1 })).toEqual({ code: 2, source: 'voucher-line' });
    expect(resolveFeeCode({ supplier: 4, bankPartnerDefault: 1 })).toEqual({ code: 4, source: 'supplier' });
    expect(resolveFeeCode({ bankPartnerDefault: 1 })).toEqual({ code: 1, source: 'bank-partner' });
    expect(resolveFeeCode({})).toEqual({ code: 0, source: 'standard' });
  });

  it('a 0 on the line lets the bank partner default through ("if the line has 0 and the bank partner’s default is 1–4")', () => {
    expect(resolveFeeCode({ voucherLine: 0, bankPartnerDefault: 3 })).toEqual({ code: 3, source: 'bank-partner' });
    expect(resolveFeeCode({ voucherLine: 0, supplier: 0, bankPartnerDefault: 0 })).toEqual({ code: 0, source: 'standard' });
    expect(resolveFeeCode({ voucherLine: '2' })).toEqual({ code: 2, source: 'voucher-line' });
  });

  it('reports a code that is not 0–4 with the level it came from', () => {
    const r = safeResolveFeeCode({ voucherLine: 7, supplier: 1 });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'charges/unknown-fee-code', path: ['voucherLine'] }] });
    expect(() => resolveFeeCode({ supplier: 'x' })).toThrow(ChargesError);
    expect(FeeCodeSchema.safeParse(5).error?.issues[0]?.message).toBe('"5" is not an EFT bank fee code. Use 0, 1, 2, 3 or 4.');
  });

  it('property: the result is always the first non-zero level, else 0', () => {
    const level = fc.option(fc.constantFrom<FeeCode>(0, 1, 2, 3, 4), { nil: undefined });
    fc.assert(
      fc.property(level, level, level, (voucherLine, supplier, bankPartnerDefault) => {
        const chosen = [voucherLine, supplier, bankPartnerDefault].find((c) => c !== undefined && c !== 0) ?? 0;
        expect(resolveFeeCode({ voucherLine, supplier, bankPartnerDefault }).code).toBe(chosen);
      }),
    );
  });
});

describe('charge bearer', () => {
  it('reads the table for domestic and international payments', () => {
    expect(chargeBearerFor({ feeCodes: {}, scope: 'domestic', sepaEligible: false })).toMatchObject({ chargeBearer: 'DEBT', swift: 'OUR', sepa: false });
    expect(chargeBearerFor({ feeCodes: {}, scope: 'international', sepaEligible: false })).toMatchObject({ chargeBearer: 'CRED', swift: 'BEN' });
    expect(chargeBearerFor({ feeCodes: { supplier: 2 }, scope: 'international', sepaEligible: false })).toMatchObject({ chargeBearer: 'SHAR', swift: 'SHA' });
    expect(chargeBearerFor({ feeCodes: { voucherLine: 1 }, scope: 'international', sepaEligible: false }).chargeBearer).toBe('DEBT');
  });

  it('SEPA forces SLEV and the SEPA service level', () => {
    const d = chargeBearerFor({ feeCodes: {}, scope: 'international', sepaEligible: true });
    expect(d).toMatchObject({ chargeBearer: 'SLEV', swift: 'SHA', sepa: true, serviceLevel: 'SEPA' });
    const warned = safeChargeBearerFor({ feeCodes: { voucherLine: 1 }, scope: 'international', sepaEligible: true });
    expect(warned.ok).toBe(true);
    expect(warned.issues?.[0]).toMatchObject({ code: 'charges/fee-code-ignored-for-sepa', severity: 'warning' });
    // An explicit non-SEPA service level takes a SEPA-eligible payment out of SEPA.
    expect(chargeBearerFor({ feeCodes: { voucherLine: 1 }, scope: 'international', sepaEligible: true, serviceLevel: 'URGP' })).toMatchObject({ chargeBearer: 'DEBT', sepa: false, serviceLevel: 'URGP' });
  });

  it('combinations a bank would reject are issues', () => {
    expect(safeChargeBearerFor({ feeCodes: {}, scope: 'international', sepaEligible: true, chargeBearer: 'SHAR' })).toMatchObject({ ok: false, issues: [{ code: 'charges/sepa-needs-slev' }] });
    expect(safeChargeBearerFor({ feeCodes: {}, scope: 'international', sepaEligible: false, chargeBearer: 'SLEV' })).toMatchObject({ ok: false, issues: [{ code: 'charges/slev-outside-sepa' }] });
    expect(safeChargeBearerFor({ feeCodes: {}, scope: 'international', sepaEligible: false, serviceLevel: 'SEPA', notEligibleBecause: 'it is in USD' })).toMatchObject({
      ok: false,
      issues: [{ code: 'charges/sepa-not-eligible', message: 'This payment cannot be sent as SEPA: it is in USD.' }],
    });
    expect(safeChargeBearerFor({ feeCodes: {}, scope: 'domestic', sepaEligible: false, chargeBearer: 'ALL' })).toMatchObject({ ok: false, issues: [{ code: 'charges/unknown-charge-bearer' }] });
    expect(chargeBearerIssues('SEPA', 'DEBT', true).map((i) => i.code)).toEqual(['charges/sepa-needs-slev']);
    expect(chargeBearerIssues('URGP', 'SLEV', true).map((i) => i.code)).toEqual(['charges/slev-outside-sepa']);
    expect(chargeBearerIssues('SEPA', 'SLEV', true)).toEqual([]);
    expect(chargeBearerIssues(undefined, 'SLEV', true)).toEqual([]);
    expect(ChargeBearerSchema.safeParse('SLEV').success).toBe(true);
  });

  it('property: SEPA-eligible payments always get SLEV, others never do, unless asked for explicitly', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom<FeeCode>(0, 1, 2, 3, 4), { nil: undefined }),
        fc.option(fc.constantFrom<FeeCode>(0, 1, 2, 3, 4), { nil: undefined }),
        fc.constantFrom<PaymentScope>('domestic', 'international'),
        fc.boolean(),
        (voucherLine, supplier, scope, sepaEligible) => {
          const r = safeChargeBearerFor({ feeCodes: { voucherLine, supplier }, scope, sepaEligible });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.chargeBearer === 'SLEV').toBe(sepaEligible);
          if (!sepaEligible) {
            const row = EFT_FEE_CODES[r.value.feeCode.code];
            expect(r.value.swift).toBe(scope === 'domestic' ? row.domestic : row.international);
            expect(chargeBearerIssues(undefined, r.value.chargeBearer, false)).toEqual([]);
          }
        },
      ),
    );
  });
});
