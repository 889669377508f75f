import type * as FastCheck from 'fast-check';
import { mod97 } from '../accounts/check-digits';
import type { PayingCompany, PartyIdentification, PaymentLine, PaymentSuggestion, PostalAddress } from '../validation/model';
import type { FastCheckApi } from './money';
import { paymentSuggestionArbitrary } from './validation';

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function charsOf(fc: FastCheckApi, alphabet: string, min: number, max: number): FastCheck.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
}

/** Valid ISO 17442 LEIs: 18 capitals or digits and two MOD 97-10 check digits. */
export function leiArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return charsOf(fc, DIGITS + UPPER, 18, 18).map((base) => `${base}${String(98 - mod97(`${base}00`)).padStart(2, '0')}`);
}

/** Lower-case UUID v4 strings, as a UETR must be. */
export function uetrArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  const hex = (n: number): FastCheck.Arbitrary<string> => charsOf(fc, '0123456789abcdef', n, n);
  return fc
    .tuple(hex(8), hex(4), hex(3), fc.constantFrom('8', '9', 'a', 'b'), hex(3), hex(12))
    .map(([a, b, c, v, d, e]) => `${a}-${b}-4${c}-${v}${d}-${e}`);
}

/** Name parts that need XML escaping or SEPA transliteration. */
const AWKWARD = ['', ' & Co', ' <AS>', ' Ødegård', ' Müller', ' "Nord"', ' Åse Æbleø', ' Żółć'] as const;

/**
 * Postal addresses of every form pain.001 carries: structured with every `PostalAddress24`
 * field (short enough that pain.001.001.03 can put the fields it lacks into one address line),
 * hybrid (town and country structured, one or two address lines), or the common street form.
 */
export function pain001AddressArbitrary(fc: FastCheckApi, country: string): FastCheck.Arbitrary<PostalAddress> {
  const word = (min: number, max: number): FastCheck.Arbitrary<string> => charsOf(fc, UPPER, min, max);
  const full = fc
    .record({
      department: word(2, 20),
      subDepartment: word(2, 20),
      street: word(3, 30),
      buildingNo: charsOf(fc, DIGITS, 1, 4),
      buildingName: word(2, 10),
      floor: charsOf(fc, DIGITS, 1, 3),
      postBox: charsOf(fc, DIGITS, 1, 6),
      room: charsOf(fc, DIGITS, 1, 4),
      postCode: charsOf(fc, DIGITS + UPPER, 3, 10),
      town: word(2, 30),
      townLocation: word(2, 10),
      district: word(2, 8),
      countrySubDivision: word(2, 20),
    })
    .map((a) => ({ ...a, country }));
  const hybrid = fc
    .tuple(word(2, 30), fc.array(word(3, 60), { minLength: 1, maxLength: 2 }))
    .map(([town, addressLines]) => ({ town, country, addressLines }));
  const street = fc
    .tuple(word(3, 30), charsOf(fc, DIGITS, 1, 4), charsOf(fc, DIGITS, 4, 5), word(2, 30))
    .map(([street, buildingNo, postCode, town]) => ({ street, buildingNo, postCode, town, country }));
  return fc.oneof(full, hybrid, street);
}

/** Ultimate debtors and creditors: name, organisation number and/or LEI, address. */
export function partyIdentificationArbitrary(fc: FastCheckApi, country: string): FastCheck.Arbitrary<PartyIdentification> {
  return fc
    .record(
      {
        name: fc.tuple(charsOf(fc, UPPER, 2, 30), fc.constantFrom(...AWKWARD)).map(([n, tail]) => `${n}${tail}`),
        orgNo: charsOf(fc, DIGITS, 9, 12),
        lei: leiArbitrary(fc),
        address: pain001AddressArbitrary(fc, country),
      },
      { requiredKeys: ['name'] },
    )
    .map((p) => p as PartyIdentification);
}

type LineKind = 'domestic' | 'sepa' | 'us-wire' | 'international';

function kindOf(line: PaymentLine): LineKind {
  if (line.currency === 'NOK') return 'domestic';
  if (line.currency === 'EUR') return 'sepa';
  if (line.creditor.country === 'US') return 'us-wire';
  return 'international';
}

const EXECUTION_DATES = ['2026-12-01', '2026-12-02', '2026-12-03'] as const;

interface Extras {
  readonly date: string | undefined;
  readonly purpose: string | undefined;
  readonly categoryPurpose: string | undefined;
  readonly instructionPriority: 'NORM' | 'HIGH' | undefined;
  readonly ultimateDebtor: PartyIdentification | undefined;
  readonly ultimateCreditor: PartyIdentification | undefined;
  readonly address: PostalAddress | undefined;
  readonly nameTail: string;
  readonly serviceLevel: string | undefined;
  readonly chargeBearer: 'DEBT' | 'CRED' | 'SHAR' | undefined;
  readonly regulatory: boolean;
}

function extrasArbitrary(fc: FastCheckApi, country: string): FastCheck.Arbitrary<Extras> {
  const opt = <T>(a: FastCheck.Arbitrary<T>): FastCheck.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 2 });
  return fc.record({
    date: opt(fc.constantFrom(...EXECUTION_DATES)),
    purpose: opt(fc.constantFrom('SUPP', 'GDDS', 'TRAD', 'SCVE', 'INTC')),
    categoryPurpose: opt(fc.constantFrom('SUPP', 'TRAD', 'INTC', 'CORT')),
    instructionPriority: opt(fc.constantFrom<'NORM' | 'HIGH'>('NORM', 'HIGH')),
    ultimateDebtor: opt(partyIdentificationArbitrary(fc, 'NO')),
    ultimateCreditor: opt(partyIdentificationArbitrary(fc, country)),
    address: opt(pain001AddressArbitrary(fc, country)),
    nameTail: fc.constantFrom(...AWKWARD),
    serviceLevel: opt(fc.constantFrom('URGP', 'NURG', 'SDVA')),
    chargeBearer: opt(fc.constantFrom<'DEBT' | 'CRED' | 'SHAR'>('DEBT', 'CRED', 'SHAR')),
    regulatory: fc.boolean(),
  });
}

function enrich(line: PaymentLine, x: Extras): PaymentLine {
  const kind = kindOf(line);
  const crossBorder = kind === 'international' || kind === 'us-wire';
  const name = `${line.creditor.name}${x.nameTail}`.slice(0, 140);
  const creditor = { ...line.creditor, name, ...(x.address === undefined ? {} : { address: x.address }) };
  const out: Record<string, unknown> = { ...line, creditor };
  if (x.date !== undefined) out['requestedExecutionDate'] = x.date;
  if (x.purpose !== undefined) out['purpose'] = x.purpose;
  if (x.categoryPurpose !== undefined) out['categoryPurpose'] = x.categoryPurpose;
  if (x.instructionPriority !== undefined) out['instructionPriority'] = x.instructionPriority;
  if (x.ultimateDebtor !== undefined) out['ultimateDebtor'] = x.ultimateDebtor;
  if (x.ultimateCreditor !== undefined) out['ultimateCreditor'] = x.ultimateCreditor;
  if (crossBorder && x.serviceLevel !== undefined) out['serviceLevel'] = x.serviceLevel;
  if (kind !== 'sepa' && x.chargeBearer !== undefined) out['chargeBearer'] = x.chargeBearer;
  if (kind === 'sepa' && x.chargeBearer !== undefined) out['chargeBearer'] = 'SLEV';
  if (crossBorder && x.regulatory) out['regulatoryReporting'] = { code: '14', information: ['Import of goods', 'Invoice ø-12'], authorityCountry: 'NO' };
  return out as unknown as PaymentLine;
}

/** Options of {@link pain001SuggestionArbitrary}. */
export interface Pain001SuggestionArbitraryOptions {
  /** Fewest lines; default 1. */
  readonly minLines?: number;
  /** Most lines; default 8. */
  readonly maxLines?: number;
  /** Classes of the lines; default all four. */
  readonly classes?: readonly LineKind[];
}

/**
 * Whole valid payment suggestions (built on `paymentSuggestionArbitrary`) whose lines use every
 * optional element pain.001 writes: requested execution dates shared by several lines,
 * purpose, category purpose, instruction priority, ultimate debtor and creditor (with LEI,
 * organisation number and every address form), structured, hybrid and street addresses,
 * explicit service levels and charge bearers, regulatory reporting on cross-border lines,
 * names that need XML escaping or SEPA transliteration; and companies paying from an IBAN or a
 * BBAN, with or without a BIC and an address. `validatePaymentSuggestion` accepts every one.
 */
export function pain001SuggestionArbitrary(fc: FastCheckApi, options: Pain001SuggestionArbitraryOptions = {}): FastCheck.Arbitrary<PaymentSuggestion> {
  const maxLines = options.maxLines ?? 8;
  return fc
    .tuple(
      paymentSuggestionArbitrary(fc, { minLines: options.minLines ?? 1, maxLines, ...(options.classes === undefined ? {} : { classes: options.classes }) }),
      fc.array(extrasArbitrary(fc, 'DE'), { minLength: maxLines, maxLength: maxLines }),
      fc.record({ bban: fc.boolean(), noBic: fc.boolean(), address: fc.option(pain001AddressArbitrary(fc, 'NO'), { nil: undefined }) }),
    )
    .map(([s, extras, debtor]) => {
      const lines = s.lines.map((line, i) => {
        const x = extras[i];
        if (x === undefined) return line;
        // Addresses and parties must belong to the creditor's own country.
        const country = line.creditor.country;
        const fix = (a: PostalAddress | undefined): PostalAddress | undefined => (a === undefined ? undefined : { ...a, country });
        return enrich(line, { ...x, address: fix(x.address), ultimateCreditor: x.ultimateCreditor === undefined ? undefined : { ...x.ultimateCreditor, ...(x.ultimateCreditor.address === undefined ? {} : { address: { ...x.ultimateCreditor.address, country } }) } });
      });
      const account = s.company.debtorAccount;
      const iban = account.iban ?? '';
      const debtorAccount = {
        ...(debtor.bban ? { bban: iban.slice(4) } : { iban }),
        ...(debtor.noBic ? {} : { bic: account.bic }),
        currency: account.currency,
      };
      const company: PayingCompany = { ...s.company, debtorAccount, ...(debtor.address === undefined ? {} : { address: debtor.address }) };
      return { ...s, company, lines };
    });
}

/**
 * One to three valid suggestions for one pain.001 file (several companies and debtor
 * accounts), with distinct payment numbers and line ids (`S1-L1`, `S2-L1`, …).
 */
export function pain001InputArbitrary(fc: FastCheckApi, options: Pain001SuggestionArbitraryOptions = {}): FastCheck.Arbitrary<PaymentSuggestion[]> {
  return fc.array(pain001SuggestionArbitrary(fc, options), { minLength: 1, maxLength: 3 }).map((list) =>
    list.map((s, k) => ({
      ...s,
      paymentNo: `${s.paymentNo}-${k + 1}`,
      lines: s.lines.map((l) => ({ ...l, lineId: `S${k + 1}-${l.lineId}` })),
    })),
  );
}
