import type * as FastCheck from 'fast-check';
import { COUNTRY_ALPHA3 } from '../accounts/country-codes';
import type { FeeCode } from '../charges/fee-codes';
import { CURRENCY_MINOR_UNITS } from '../money/currencies';
import { createReference } from '../references/create';
import type { PaymentClass } from '../validation/classify';
import type { Creditor, PayingCompany, PaymentLine, PaymentSuggestion, PostalAddress, Remittance } from '../validation/model';
import { abaRoutingNumberArbitrary, bbanArbitrary, ibanArbitrary } from './accounts';
import { isoDateArbitrary } from './calendar';
import { amountStringArbitrary, type FastCheckApi } from './money';

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LATIN_TEXT = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /-?:().,\'+';

function charsOf(fc: FastCheckApi, alphabet: string, min: number, max: number): FastCheck.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
}

/** Text in the SEPA Latin character set, not blank. */
function latinText(fc: FastCheckApi, min: number, max: number): FastCheck.Arbitrary<string> {
  return charsOf(fc, LATIN_TEXT, min, max).filter((t) => t.trim().length > 0 && !/^[\d\s-]+$/.test(t));
}

/** A structured postal address (street, building number, post code, town, country). */
export function postalAddressArbitrary(fc: FastCheckApi, country: string): FastCheck.Arbitrary<PostalAddress> {
  return fc
    .tuple(charsOf(fc, UPPER, 3, 30), charsOf(fc, DIGITS, 1, 4), charsOf(fc, DIGITS + UPPER, 3, 10), charsOf(fc, UPPER, 2, 30))
    .map(([street, buildingNo, postCode, town]) => ({ street, buildingNo, postCode, town, country }));
}

/**
 * A Norwegian paying company: a valid NO IBAN in NOK, a bank partner for the payment hub and
 * its default fee code.
 */
export function payingCompanyArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<PayingCompany> {
  return fc
    .tuple(ibanArbitrary(fc, { countries: ['NO'] }), latinText(fc, 2, 40), charsOf(fc, DIGITS, 9, 9), fc.constantFrom<FeeCode>(0, 1, 2, 3, 4))
    .map(([iban, name, orgNo, defaultFeeCode]) => ({
      name,
      orgNo,
      country: 'NO',
      debtorAccount: { iban, bic: 'DNBANOKK', currency: 'NOK' },
      bankPartner: { id: '95', glAccount: '1920', defaultFeeCode },
    }));
}

function amountFor(fc: FastCheckApi, currency: string): FastCheck.Arbitrary<string> {
  return amountStringArbitrary(fc, { exponent: CURRENCY_MINOR_UNITS[currency] ?? 2, maxWholeDigits: 7 });
}

function bicFor(fc: FastCheckApi, country: string): FastCheck.Arbitrary<string> {
  return fc
    .tuple(charsOf(fc, UPPER, 4, 4), charsOf(fc, UPPER + '23456789', 1, 1), charsOf(fc, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789', 1, 1))
    .map(([bank, a, b]) => `${bank}${country}${a}${b}`);
}

function textRemittance(fc: FastCheckApi): FastCheck.Arbitrary<Remittance> {
  return latinText(fc, 1, 140).map((text) => ({ type: 'text' as const, text }));
}

function invoiceRemittance(fc: FastCheckApi): FastCheck.Arbitrary<Remittance> {
  return charsOf(fc, DIGITS + UPPER + '-', 1, 35)
    .filter((t) => t.trim() !== '')
    .map((invoiceNo) => ({ type: 'invoice' as const, invoiceNo }));
}

function referenceRemittance(fc: FastCheckApi, scheme: 'kid-mod10' | 'fi' | 'rf'): FastCheck.Arbitrary<Remittance> {
  const base = scheme === 'rf' ? charsOf(fc, DIGITS + UPPER, 1, 21) : scheme === 'fi' ? charsOf(fc, DIGITS, 3, 19).filter((b) => /[1-9]/.test(b)) : charsOf(fc, DIGITS, 1, 24);
  return base.map((b) => ({ type: 'reference' as const, reference: createReference(b, scheme) }));
}

const SEPA_CREDITOR_COUNTRIES = ['DE', 'FI', 'FR', 'NL', 'SE', 'DK', 'BE', 'ES', 'IT', 'AT', 'IE', 'PT', 'EE', 'PL'] as const;

/** The payment line of one class, without its `lineId` (the suggestion numbers the lines). */
function lineOfClass(fc: FastCheckApi, kind: PaymentClass): FastCheck.Arbitrary<Omit<PaymentLine, 'lineId'>> {
  const common = fc.record({
    supplierNo: charsOf(fc, DIGITS, 1, 8).filter((s) => s !== ''),
    dueDate: isoDateArbitrary(fc, { minYear: 2026, maxYear: 2027 }),
    feeCode: fc.option(fc.constantFrom<FeeCode>(0, 1, 2, 3, 4), { nil: undefined }),
    voucherType: fc.option(fc.record({ id: charsOf(fc, DIGITS, 1, 3), moveToWorkday: fc.boolean() }), { nil: undefined }),
    name: latinText(fc, 1, 70),
  });
  const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  switch (kind) {
    case 'domestic':
      return fc
        .tuple(
          common,
          amountFor(fc, 'NOK'),
          fc.oneof(bbanArbitrary(fc, 'NO').map((bban) => ({ bban })), ibanArbitrary(fc, { countries: ['NO'] }).map((iban) => ({ iban }))),
          fc.oneof(referenceRemittance(fc, 'kid-mod10'), invoiceRemittance(fc), textRemittance(fc)),
        )
        .map(([c, amount, account, remittance]) =>
          strip({ supplierNo: c.supplierNo, amount, currency: 'NOK', dueDate: c.dueDate, feeCode: c.feeCode, voucherType: c.voucherType, creditor: { name: c.name, country: 'NO', account }, remittance }),
        );
    case 'sepa':
      return fc.constantFrom(...SEPA_CREDITOR_COUNTRIES).chain((country) =>
        fc
          .tuple(
            common,
            amountFor(fc, 'EUR'),
            ibanArbitrary(fc, { countries: [country] }),
            fc.option(bicFor(fc, country), { nil: undefined }),
            fc.oneof(referenceRemittance(fc, 'rf'), invoiceRemittance(fc), textRemittance(fc), ...(country === 'FI' ? [referenceRemittance(fc, 'fi')] : [])),
          )
          .map(([c, amount, iban, bic, remittance]) => {
            const creditor: Creditor = strip({ name: c.name, country, account: { iban }, bic });
            return strip({ supplierNo: c.supplierNo, amount, currency: 'EUR', dueDate: c.dueDate, feeCode: c.feeCode, voucherType: c.voucherType, creditor, remittance });
          }),
      );
    case 'us-wire':
      return fc
        .tuple(common, amountFor(fc, 'USD'), charsOf(fc, DIGITS, 4, 17), abaRoutingNumberArbitrary(fc), postalAddressArbitrary(fc, 'US'), fc.oneof(invoiceRemittance(fc), textRemittance(fc)))
        .map(([c, amount, accountNo, aba, address, remittance]) =>
          strip({
            supplierNo: c.supplierNo,
            amount,
            currency: 'USD',
            dueDate: c.dueDate,
            feeCode: c.feeCode,
            creditor: { name: c.name, country: 'US', address, account: { accountNo }, bankBranch: aba, bankName: 'Bank of Example', bankAddress: 'Richmond VA' },
            remittance,
          }),
        );
    default:
      return fc
        .constantFrom(
          { country: 'GB', currency: 'GBP', iban: true },
          { country: 'CH', currency: 'CHF', iban: true },
          { country: 'JP', currency: 'JPY', iban: false },
          { country: 'CA', currency: 'CAD', iban: false },
        )
        .chain((target) =>
          fc
            .tuple(
              common,
              amountFor(fc, target.currency),
              target.iban ? ibanArbitrary(fc, { countries: [target.country] }).map((iban) => ({ iban })) : charsOf(fc, DIGITS, 5, 20).map((accountNo) => ({ accountNo })),
              bicFor(fc, target.country),
              postalAddressArbitrary(fc, target.country),
              fc.oneof(invoiceRemittance(fc), textRemittance(fc)),
            )
            .map(([c, amount, account, bic, address, remittance]) =>
              strip({
                supplierNo: c.supplierNo,
                amount,
                currency: target.currency,
                dueDate: c.dueDate,
                feeCode: c.feeCode,
                creditor: { name: c.name, country: target.country, address, account, bic },
                remittance,
              }),
            ),
        );
  }
}

/** Options of {@link paymentLineArbitrary}. */
export interface PaymentLineArbitraryOptions {
  /** Classes to draw from; default all four. */
  readonly classes?: readonly PaymentClass[];
  /** The line id; default `L1`. */
  readonly lineId?: string;
}

/**
 * Valid payment lines for a Norwegian company paying from a NOK account
 * ({@link payingCompanyArbitrary}): domestic NOK lines (BBAN or IBAN, KID, invoice or text),
 * SEPA EUR lines (IBAN of a SEPA country, RF, Finnish reference, invoice or text),
 * international lines (GB, CH with IBAN; JP, CA with account number; BIC and address) and US
 * wires (account number, ABA routing number, bank name and address).
 */
export function paymentLineArbitrary(fc: FastCheckApi, options: PaymentLineArbitraryOptions = {}): FastCheck.Arbitrary<PaymentLine> {
  const classes = options.classes ?? ['domestic', 'sepa', 'international', 'us-wire'];
  return fc.constantFrom(...classes).chain((kind) => lineOfClass(fc, kind)).map((line) => ({ lineId: options.lineId ?? 'L1', ...line }));
}

/** Options of {@link paymentSuggestionArbitrary}. */
export interface PaymentSuggestionArbitraryOptions {
  /** Fewest lines; default 1. */
  readonly minLines?: number;
  /** Most lines; default 8. */
  readonly maxLines?: number;
  /** Classes of the lines; default all four. */
  readonly classes?: readonly PaymentClass[];
  /** Give every line an approval token (a pre-approved payment). Default false. */
  readonly preApproved?: boolean;
}

/**
 * Valid payment suggestions: a Norwegian company and 1–8 lines (ids `L1`, `L2`, …) of mixed
 * classes. `validatePaymentSuggestion` accepts every one.
 */
export function paymentSuggestionArbitrary(fc: FastCheckApi, options: PaymentSuggestionArbitraryOptions = {}): FastCheck.Arbitrary<PaymentSuggestion> {
  const lineOptions = options.classes === undefined ? {} : { classes: options.classes };
  return fc
    .tuple(
      charsOf(fc, DIGITS, 1, 10).filter((s) => s !== ''),
      payingCompanyArbitrary(fc),
      fc.array(paymentLineArbitrary(fc, lineOptions), { minLength: options.minLines ?? 1, maxLength: options.maxLines ?? 8 }),
    )
    .map(([no, company, lines]) => ({
      paymentNo: `P-${no}`,
      company,
      lines: lines.map((line, i) => ({
        ...line,
        lineId: `L${i + 1}`,
        ...(options.preApproved === true ? { approvalToken: `token-${i + 1}` } : {}),
      })),
    }));
}

/** A change that makes any valid payment line deficient, with its name. */
export interface LineCorruption {
  /** What it breaks. */
  readonly name: string;
  /** Applies the change to a line (a new object). */
  readonly apply: (line: PaymentLine) => PaymentLine;
}

const CORRUPTIONS: readonly LineCorruption[] = [
  { name: 'three-letter country', apply: (l) => ({ ...l, creditor: { ...l.creditor, country: COUNTRY_ALPHA3[l.creditor.country] ?? 'XXX' } }) },
  { name: 'zero amount', apply: (l) => ({ ...l, amount: '0' }) },
  { name: 'too many decimals', apply: (l) => ({ ...l, amount: `${l.amount.split('.')[0] ?? '1'}.${'0'.repeat(CURRENCY_MINOR_UNITS[l.currency] ?? 2)}1` }) },
  { name: 'extra text too long', apply: (l) => ({ ...l, remittance: { type: 'text', text: 'x'.repeat(141) } }) },
  { name: 'impossible date', apply: (l) => ({ ...l, dueDate: '2026-02-30' }) },
  { name: 'unsendable line id', apply: (l) => ({ ...l, lineId: `${l.lineId}//x` }) },
  { name: 'unknown currency', apply: (l) => ({ ...l, currency: 'XYZ' }) },
  { name: 'empty supplier name', apply: (l) => ({ ...l, creditor: { ...l.creditor, name: '' } }) },
  {
    name: 'broken account',
    apply: (l) => {
      const account = l.creditor.account;
      if ('iban' in account) return { ...l, creditor: { ...l.creditor, account: { iban: `${account.iban.slice(0, 2)}00${account.iban.slice(4)}` } } };
      if ('bban' in account) {
        const last = account.bban.slice(-1);
        return { ...l, creditor: { ...l.creditor, account: { ...account, bban: account.bban.slice(0, -1) + (last === '9' ? '0' : String(Number(last) + 1)) } } };
      }
      return { ...l, creditor: { ...l.creditor, account: { accountNo: '#' } } };
    },
  },
];

/** One of the changes that make any valid payment line deficient. */
export function lineCorruptionArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<LineCorruption> {
  return fc.constantFrom(...CORRUPTIONS);
}
