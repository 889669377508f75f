/**
 * The SEPA-only input of the pain.001 benchmarks: lines made from a template without
 * fast-check (fast enough for a million lines), every one a valid SEPA credit transfer that
 * both eftkit and the `sepa` package can express: EUR, creditor IBAN and BIC, name, amount,
 * end-to-end id and unstructured remittance text.
 */
import type { PayingCompany, PaymentLine } from '../src/validation';

/** Valid IBANs of SEPA countries (published example IBANs of each country's layout). */
export const IBANS: readonly string[] = [
  'DE89370400440532013000',
  'FR1420041010050500013M02606',
  'NL91ABNA0417164300',
  'BE68539007547034',
  'AT611904300234573201',
  'ES9121000418450200051332',
  'IT60X0542811101000000123456',
  'FI2112345600000785',
  'GB29NWBK60161331926819',
  'IE29AIBK93115212345678',
];
const BICS: readonly string[] = ['COBADEFFXXX', 'BNPAFRPPXXX', 'ABNANL2AXXX', 'GEBABEBBXXX', 'BKAUATWWXXX', 'CAIXESBBXXX', 'BCITITMMXXX', 'NDEAFIHHXXX', 'NWBKGB2LXXX', 'AIBKIE2DXXX'];
const COUNTRIES: readonly string[] = ['DE', 'FR', 'NL', 'BE', 'AT', 'ES', 'IT', 'FI', 'GB', 'IE'];

/** The paying company: a Norwegian company paying EUR from a EUR account in Finland (SEPA). */
export const COMPANY: PayingCompany = {
  name: 'Nordlys Handel AS',
  orgNo: '987654321',
  country: 'FI',
  debtorAccount: { iban: 'FI2112345600000785', bic: 'NDEAFIHHXXX', currency: 'EUR' },
  bankPartner: { id: '95', glAccount: '1920' },
};

/** Line `i` of the input (same every run). */
export function sepaLine(i: number): PaymentLine {
  const k = i % IBANS.length;
  return {
    lineId: `L${i + 1}`,
    supplierNo: String(10_000 + (i % 5_000)),
    amount: `${(i % 9_973) + 1}.${String(i % 100).padStart(2, '0')}`,
    currency: 'EUR',
    dueDate: '2026-12-15',
    creditor: { name: `Supplier ${i % 5_000} GmbH`, country: COUNTRIES[k] as string, account: { iban: IBANS[k] as string }, bic: BICS[k] as string },
    remittance: { type: 'text', text: `Invoice ${100_000 + i} of 2026-11-30` },
  };
}

/** The first `n` lines. */
export function sepaLines(n: number): PaymentLine[] {
  return Array.from({ length: n }, (_, i) => sepaLine(i));
}

/** The lines one by one, without holding them. */
export function* sepaLineGenerator(n: number): Generator<PaymentLine, void, undefined> {
  for (let i = 0; i < n; i++) yield sepaLine(i);
}
