import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeCodeTable } from '../../src/charges';
import { formatPath, isErrorIssue, type EftkitIssue } from '../../src/errors';
import { createReference } from '../../src/references';
import { lineCorruptionArbitrary, paymentSuggestionArbitrary } from '../../src/testing';
import {
  PayingCompanySchema,
  PaymentLineSchema,
  PaymentSuggestionSchema,
  PaymentValidationError,
  classifyPayment,
  isLei,
  parsePaymentSuggestion,
  safeParsePaymentSuggestion,
  validatePaymentSuggestion,
  type PayingCompany,
  type PaymentLine,
  type PaymentSuggestion,
} from '../../src/validation';

// Accounts below are the SWIFT IBAN registry examples (see test/accounts/vectors.ts) and the
// US routing number 111000025 (python-stdnum, Wikipedia). KIDs are made with the references
// module's createReference; '2345676' is its documented MOD10 example.

const company: PayingCompany = {
  name: 'Nordisk Handel AS',
  orgNo: '923609016',
  country: 'NO',
  debtorAccount: { iban: 'NO93 8601 1117 947', bic: 'DNBANOKK', currency: 'NOK' },
  bankPartner: { id: '95', glAccount: '1920', defaultFeeCode: 0 },
};

const domestic: PaymentLine = {
  lineId: 'L1',
  supplierNo: '10001',
  amount: '1500.00',
  currency: 'NOK',
  dueDate: '2026-11-30',
  creditor: { name: 'Leverandør AS', country: 'NO', account: { bban: '8601.11.17947' } },
  remittance: { type: 'reference', reference: '2345676' },
};

const sepa: PaymentLine = {
  lineId: 'L2',
  supplierNo: '10002',
  amount: '250.50',
  currency: 'EUR',
  dueDate: '2026-11-30',
  creditor: { name: 'Lieferant GmbH', country: 'DE', account: { iban: 'DE89 3704 0044 0532 0130 00' } },
  remittance: { type: 'text', text: 'Rechnung 4711' },
};

const usWire: PaymentLine = {
  lineId: 'L3',
  supplierNo: '10003',
  amount: '1000.00',
  currency: 'USD',
  dueDate: '2026-11-30',
  creditor: {
    name: 'New Orleans Company Inc.',
    country: 'US',
    address: { street: 'Canal Street', buildingNo: '1', postCode: '70112', town: 'New Orleans', countrySubDivision: 'LA', country: 'US' },
    account: { accountNo: '123456789' },
    bankBranch: '111000025',
    bankName: 'Bank of America',
    bankAddress: 'Richmond, VA',
  },
  remittance: { type: 'invoice', invoiceNo: 'INV-2026-17' },
};

const international: PaymentLine = {
  lineId: 'L4',
  supplierNo: '10004',
  amount: '99.90',
  currency: 'GBP',
  dueDate: '2026-11-30',
  creditor: {
    name: 'British Supplies Ltd',
    country: 'GB',
    address: { street: 'High Street', buildingNo: '10', postCode: 'SW1A 1AA', town: 'London', country: 'GB' },
    account: { iban: 'GB29NWBK60161331926819' },
    bic: 'NWBKGB2L',
  },
  remittance: { type: 'invoice', invoiceNo: '889' },
  supplierFeeCode: 2,
};

const suggestion = (lines: PaymentLine[], more: Partial<PaymentSuggestion> = {}): PaymentSuggestion => ({ paymentNo: 'P-2026-001', company, lines, ...more });
const line = (base: PaymentLine, change: Partial<PaymentLine>): PaymentLine => ({ ...base, ...change });
const errorsOf = (s: unknown, options?: Parameters<typeof validatePaymentSuggestion>[1]): Array<[string, string]> =>
  validatePaymentSuggestion(s, options).issues.filter(isErrorIssue).map((i) => [i.code, formatPath(i.path)]);
const warningsOf = (s: unknown): Array<[string, string]> =>
  validatePaymentSuggestion(s).issues.filter((i) => !isErrorIssue(i)).map((i) => [i.code, formatPath(i.path)]);

describe('a good suggestion', () => {
  it('is accepted, each line classified with its charges', () => {
    const report = validatePaymentSuggestion(suggestion([domestic, sepa, usWire, international]));
    expect(report.verdict).toBe('accepted');
    expect(report.ok).toBe(true);
    expect(report.deficientLines).toEqual([]);
    expect(report.summary).toBe('All 4 line(s) can be uploaded.');
    expect(report.lines.map((l) => [l.lineId, l.classification, l.charges?.chargeBearer, l.charges?.serviceLevel])).toEqual([
      ['L1', 'domestic', 'DEBT', undefined],
      ['L2', 'sepa', 'SLEV', 'SEPA'],
      ['L3', 'us-wire', 'CRED', undefined],
      ['L4', 'international', 'SHAR', undefined],
    ]);
    expect(report.lines[3]?.charges?.feeCode).toEqual({ code: 2, source: 'supplier' });
  });

  it('parses into lines ready for pain.001: exact amounts, normalised accounts, references, routing numbers', () => {
    const parsed = parsePaymentSuggestion(suggestion([domestic, sepa, usWire, international]));
    expect(parsed.preApproved).toBe(false);
    const [l1, l2, l3] = parsed.lines;
    expect(l1?.creditorAccount).toEqual({ bban: '86011117947', kind: 'account' });
    expect(l1?.reference).toMatchObject({ scheme: 'kid-mod10', value: '2345676' });
    expect(l1?.amount.toString()).toBe('1500.00');
    expect(l2?.creditorAccount).toMatchObject({ iban: { iban: 'DE89370400440532013000', country: 'DE' } });
    expect(l3?.routingNumber).toBe('111000025');
    expect(l3?.creditorAccount).toEqual({ accountNo: '123456789' });
  });

  it('pre-approved alone is fine; mixed with other lines it is an issue of the suggestion', () => {
    const approved = (l: PaymentLine, n: number): PaymentLine => ({ ...l, approvalToken: `tok-${n}` });
    const alone = safeParsePaymentSuggestion(suggestion([approved(domestic, 1), approved(sepa, 2)]));
    expect(alone.ok && alone.value.preApproved).toBe(true);
    const mixed = validatePaymentSuggestion(suggestion([approved(domestic, 1), sepa]));
    expect(mixed.verdict).toBe('deficient');
    expect(mixed.deficientLines).toEqual([]);
    expect(mixed.suggestionIssues).toMatchObject([{ code: 'suggestion/mixed-pre-approval', path: ['lines'] }]);
    expect(mixed.summary).toContain('problem(s) of the payment itself');
  });
});

describe('every issue of every line, with its path', () => {
  it('reports all the problems of one line at once', () => {
    const bad = line(international, {
      dueDate: '2026-13-01',
      amount: '99.999',
      creditor: { ...international.creditor, country: 'GBR', account: { iban: 'GB29NWBK60161331926818' }, bic: undefined },
      remittance: { type: 'text', text: 'x'.repeat(141) },
    });
    expect(errorsOf(suggestion([bad]))).toEqual([
      ['line/invalid-date', 'lines[0].dueDate'],
      ['amount/too-many-decimals', 'lines[0].amount'],
      ['country/alpha-3', 'lines[0].creditor.country'],
      ['iban/bad-check-digits', 'lines[0].creditor.account.iban'],
      ['remittance/text-too-long', 'lines[0].remittance.text'],
      ['creditor/bic-required', 'lines[0].creditor.bic'],
    ]);
  });

  it('the verdict lists exactly the deficient lines, each with its errors', () => {
    const report = validatePaymentSuggestion(
      suggestion([domestic, line(sepa, { currency: 'XYZ' }), usWire, line(international, { lineId: 'L4', amount: '0' })]),
    );
    expect(report.verdict).toBe('deficient');
    expect(report.deficientLines.map((d) => [d.index, d.lineId, d.issues.map((i) => i.code)])).toEqual([
      [1, 'L2', ['currency/unknown']],
      [3, 'L4', ['amount/not-positive']],
    ]);
    expect(report.summary).toBe('The payment would be rejected as a whole: 2 of 4 line(s) must be fixed (L2, L4).');
    expect(report.lines.map((l) => l.deficient)).toEqual([false, true, false, true]);
  });

  it('accounts: Norwegian check digits in IBAN and BBAN, BIC countries, ABA check digits', () => {
    expect(errorsOf(suggestion([line(domestic, { creditor: { ...domestic.creditor, account: { iban: 'NO5086011117945' } } })]))).toEqual([
      ['iban/bad-national-check-digit', 'lines[0].creditor.account.iban'],
    ]);
    expect(errorsOf(suggestion([line(domestic, { creditor: { ...domestic.creditor, account: { bban: '8601.11.17945' } } })]))).toEqual([
      ['bban/bad-check-digit', 'lines[0].creditor.account.bban'],
    ]);
    expect(errorsOf(suggestion([line(international, { creditor: { ...international.creditor, bic: 'NWBKQQ2L' } })]))).toEqual([['bic/unknown-country', 'lines[0].creditor.bic']]);
    expect(errorsOf(suggestion([line(usWire, { creditor: { ...usWire.creditor, bankBranch: '112000025' } })]))).toEqual([['aba/bad-check-digit', 'lines[0].creditor.bankBranch']]);
  });

  it('US payments need the routing number (or a BIC) and the bank name; the address is a warning', () => {
    const { bankBranch: _b, bankName: _n, bankAddress: _a, ...bare } = usWire.creditor;
    expect(errorsOf(suggestion([line(usWire, { creditor: bare })]))).toEqual([['creditor/routing-missing', 'lines[0].creditor.bankBranch']]);
    expect(errorsOf(suggestion([line(usWire, { creditor: { ...bare, bic: 'BOFAUS3N' } })]))).toEqual([]);
    expect(errorsOf(suggestion([line(usWire, { creditor: { ...bare, bankBranch: '111000025' } })]))).toEqual([['creditor/bank-name-missing', 'lines[0].creditor.bankName']]);
    expect(warningsOf(suggestion([line(usWire, { creditor: { ...bare, bankBranch: '111000025', bankName: 'Bank of America' } })]))).toContainEqual([
      'creditor/bank-address-missing',
      'lines[0].creditor.bankAddress',
    ]);
  });

  it('international payments need an IBAN where the country has one, a BIC and a structured address', () => {
    expect(errorsOf(suggestion([line(international, { creditor: { ...international.creditor, account: { accountNo: '31926819' } } })]))).toEqual([
      ['creditor/iban-required', 'lines[0].creditor.account'],
    ]);
    const linesOnly = { addressLines: ['10 High Street', 'London SW1A 1AA'] };
    expect(errorsOf(suggestion([line(international, { creditor: { ...international.creditor, address: linesOnly } })]))).toEqual([['address/unstructured', 'lines[0].creditor.address']]);
    expect(errorsOf(suggestion([line(international, { creditor: { ...international.creditor, address: linesOnly } })]), { addressRule: 'lenient' })).toEqual([]);
    const hybrid = { town: 'London', country: 'GB', addressLines: ['a', 'b', 'c'] };
    expect(errorsOf(suggestion([line(international, { creditor: { ...international.creditor, address: hybrid } })]))).toEqual([['address/too-many-lines', 'lines[0].creditor.address.addressLines']]);
    const { address: _address, ...noAddress } = international.creditor;
    expect(warningsOf(suggestion([line(international, { creditor: noAddress })]))).toEqual([['creditor/address-missing', 'lines[0].creditor.address']]);
  });

  it('currency and amount: decimals of the currency, more than zero, at most 18 digits', () => {
    expect(errorsOf(suggestion([line(international, { currency: 'JPY', amount: '100.5', creditor: { ...international.creditor } })]))).toContainEqual(['amount/too-many-decimals', 'lines[0].amount']);
    expect(errorsOf(suggestion([line(domestic, { amount: '-5.00' })]))).toEqual([['amount/not-positive', 'lines[0].amount']]);
    expect(errorsOf(suggestion([line(domestic, { amount: '1 500,00' })]))).toEqual([['amount/invalid-format', 'lines[0].amount']]);
    expect(errorsOf(suggestion([line(domestic, { amount: '1234567890123456789.00' })]))).toEqual([['amount/too-many-digits', 'lines[0].amount']]);
    expect(errorsOf(suggestion([line(domestic, { currency: 'nok' })]))).toEqual([['currency/invalid-format', 'lines[0].currency']]);
  });

  it('CID check digits by the creditor country (KID, OCR, Finnish, RF), and unchecked references elsewhere', () => {
    const kid = createReference('1234567890', 'kid-mod10');
    const badKid = kid.slice(0, -1) + String((Number(kid.slice(-1)) + 1) % 10);
    expect(errorsOf(suggestion([line(domestic, { remittance: { type: 'reference', reference: kid } })]))).toEqual([]);
    expect(errorsOf(suggestion([line(domestic, { remittance: { type: 'reference', reference: badKid } })]))).toEqual([['reference/bad-check-digit', 'lines[0].remittance.reference']]);
    const finnish = line(sepa, { creditor: { name: 'Oy Ab', country: 'FI', account: { iban: 'FI2112345600000785' } }, remittance: { type: 'reference', reference: createReference('1232', 'fi') } });
    expect(errorsOf(suggestion([finnish]))).toEqual([]);
    // ISO 11649's example: RF18 5390 0754 7034.
    expect(errorsOf(suggestion([line(sepa, { remittance: { type: 'reference', reference: 'RF18 5390 0754 7034' } })]))).toEqual([]);
    expect(errorsOf(suggestion([line(sepa, { remittance: { type: 'reference', reference: 'RF19 5390 0754 7034' } })]))).toEqual([['reference/bad-check-digit', 'lines[0].remittance.reference']]);
    expect(warningsOf(suggestion([line(sepa, { remittance: { type: 'reference', reference: 'ABC-123' } })]))).toEqual([['remittance/reference-unchecked', 'lines[0].remittance.reference']]);
    // A Swedish company paying a bankgiro number with an OCR reference (domestic SEK).
    const swedish = { ...company, country: 'SE', debtorAccount: { iban: 'SE4550000000058398257466', currency: 'SEK' } };
    const ocr = createReference('12345', 'ocr');
    const se = line(sepa, { currency: 'SEK', amount: '100.00', creditor: { name: 'AB', country: 'SE', account: { bban: '5402-9681', kind: 'bankgiro' } }, remittance: { type: 'reference', reference: ocr } });
    expect(validatePaymentSuggestion(suggestion([se], { company: swedish })).lines[0]?.classification).toBe('domestic');
    expect(errorsOf(suggestion([se], { company: swedish }))).toEqual([]);
    const badOcr = ocr.slice(0, -1) + String((Number(ocr.slice(-1)) + 1) % 10);
    expect(errorsOf(suggestion([line(se, { remittance: { type: 'reference', reference: badOcr } })], { company: swedish }))).toEqual([['reference/bad-check-digit', 'lines[0].remittance.reference']]);
    // Bankgiro abroad is an international payment to a country with IBANs.
    expect(errorsOf(suggestion([line(se, { creditor: { ...se.creditor, bic: 'ESSESESS', address: { town: 'Stockholm', country: 'SE' } } })]))).toEqual([['creditor/iban-required', 'lines[0].creditor.account']]);
  });

  it('extra text: at most 140 characters, only when the bank partner allows it, hints when it is a CID', () => {
    expect(errorsOf(suggestion([line(sepa, { remittance: { type: 'text', text: 'x'.repeat(140) } })]))).toEqual([]);
    expect(errorsOf(suggestion([line(sepa, { remittance: { type: 'text', text: ' ' } })]))).toEqual([['remittance/empty', 'lines[0].remittance.text']]);
    const noExtraText = { ...company, bankPartner: { ...company.bankPartner, extraTextEnabled: false } };
    expect(errorsOf(suggestion([sepa], { company: noExtraText }))).toEqual([['remittance/extra-text-not-enabled', 'lines[0].remittance.text']]);
    expect(warningsOf(suggestion([line(domestic, { remittance: { type: 'text', text: '2345676' } })]))).toEqual([['remittance/text-looks-like-reference', 'lines[0].remittance.text']]);
    expect(warningsOf(suggestion([line(sepa, { remittance: { type: 'text', text: 'Faktura nr 17 – takk' } })]))).toEqual([['remittance/characters-outside-sepa', 'lines[0].remittance.text']]);
  });

  it('charge bearer: SEPA needs SLEV, SLEV needs SEPA, SEPA needs euro to an IBAN in SEPA', () => {
    expect(errorsOf(suggestion([line(sepa, { chargeBearer: 'SHAR' })]))).toEqual([['charges/sepa-needs-slev', 'lines[0].chargeBearer']]);
    expect(errorsOf(suggestion([line(international, { chargeBearer: 'SLEV' })]))).toEqual([['charges/slev-outside-sepa', 'lines[0].chargeBearer']]);
    expect(errorsOf(suggestion([line(international, { serviceLevel: 'SEPA' })]))).toEqual([['charges/sepa-not-eligible', 'lines[0].serviceLevel']]);
    expect(warningsOf(suggestion([line(sepa, { feeCode: 1 })]))).toEqual([['charges/fee-code-ignored-for-sepa', 'lines[0].feeCode']]);
    // The caller's table is used.
    const report = validatePaymentSuggestion(suggestion([line(international, { supplierFeeCode: 3 })]), { feeCodeTable: feeCodeTable({ 3: { international: 'BEN' } }) });
    expect(report.lines[0]?.charges?.chargeBearer).toBe('CRED');
  });

  it('ids, dates and codes', () => {
    expect(errorsOf(suggestion([line(domestic, { lineId: 'a//b' })]))).toEqual([['line/invalid-id', 'lines[0].lineId']]);
    expect(errorsOf(suggestion([line(domestic, { lineId: 'x'.repeat(36) })]))).toEqual([['line/invalid-id', 'lines[0].lineId']]);
    expect(errorsOf(suggestion([domestic, line(sepa, { lineId: 'L1' })]))).toEqual([['line/duplicate-id', 'lines[1].lineId']]);
    expect(errorsOf(suggestion([domestic], { paymentNo: '' }))).toEqual([['suggestion/invalid-payment-no', 'paymentNo']]);
    const withToday = validatePaymentSuggestion(suggestion([line(domestic, { dueDate: '2026-11-01', requestedExecutionDate: '2026-12-01' })]), { today: '2026-11-22' });
    expect(withToday.issues.map((i) => [i.code, i.severity])).toEqual([
      ['line/date-in-past', 'warning'],
      ['line/execution-after-due-date', 'warning'],
    ]);
    expect(errorsOf(suggestion([line(domestic, { dueDate: '2026-02-29' })]))).toEqual([['line/invalid-date', 'lines[0].dueDate']]);
    expect(errorsOf(suggestion([line(domestic, { purpose: 'supplier' })]))).toEqual([['line/invalid-purpose', 'lines[0].purpose']]);
    expect(errorsOf(suggestion([line(domestic, { categoryPurpose: 'SUPP', purpose: 'GDDS', instructionPriority: 'HIGH' })]))).toEqual([]);
    expect(errorsOf(suggestion([line(domestic, { regulatoryReporting: { code: '14', information: ['x'.repeat(36)], authorityCountry: 'NOR' } })]))).toEqual([
      ['regulatory/information-too-long', 'lines[0].regulatoryReporting.information[0]'],
      ['country/alpha-3', 'lines[0].regulatoryReporting.authorityCountry'],
    ]);
  });

  it('ultimate parties: LEI check digits (python-stdnum lei.py vectors) and name length', () => {
    expect(isLei('213800KUD8LAJWSQ9D15')).toBe(true);
    expect(isLei('213800KUD8LXJWSQ9D15')).toBe(false);
    expect(errorsOf(suggestion([line(domestic, { ultimateDebtor: { name: 'Konsern AS', lei: '213800KUD8LXJWSQ9D15' } })]))).toEqual([['party/invalid-lei', 'lines[0].ultimateDebtor.lei']]);
    expect(errorsOf(suggestion([line(domestic, { ultimateCreditor: { name: 'x'.repeat(141), lei: '213800KUD8LAJWSQ9D15' } })]))).toEqual([['party/field-too-long', 'lines[0].ultimateCreditor.name']]);
  });

  it('the company: country, debtor account and its currency', () => {
    const bad = { ...company, country: 'NOR', debtorAccount: { currency: 'NKR' } };
    expect(errorsOf(suggestion([domestic], { company: bad }))).toEqual([
      ['country/alpha-3', 'company.country'],
      ['company/debtor-account-missing', 'company.debtorAccount'],
      ['currency/unknown', 'company.debtorAccount.currency'],
    ]);
    const report = validatePaymentSuggestion(suggestion([domestic], { company: bad }));
    // Without the company's country the lines cannot be classified, but their own fields are checked.
    expect(report.lines[0]?.classification).toBeUndefined();
    expect(report.deficientLines).toEqual([]);
    expect(errorsOf(suggestion([domestic], { company: { ...company, debtorAccount: { bban: '8601.11.17945', currency: 'NOK' } } }))).toEqual([['bban/bad-check-digit', 'company.debtorAccount.bban']]);
  });

  it('wrong shapes are reported with the rule issues of the rest of the line', () => {
    const raw = { ...domestic, amount: 1500, supplierNo: undefined, creditor: { name: 'X', country: 'NOR', account: { iban: 'NO9386011117947', bban: '1' } }, remittance: { type: 'kid' } };
    expect(errorsOf({ paymentNo: 'P1', company, lines: [raw] })).toEqual([
      ['payment/missing-field', 'lines[0].supplierNo'],
      ['payment/invalid-field', 'lines[0].amount'],
      ['payment/invalid-choice', 'lines[0].creditor.account'],
      ['payment/invalid-choice', 'lines[0].remittance.type'],
      ['country/alpha-3', 'lines[0].creditor.country'],
    ]);
    expect(errorsOf(null)).toEqual([['suggestion/not-an-object', '']]);
    expect(errorsOf({ paymentNo: 'P1', company, lines: [] })).toEqual([['suggestion/no-lines', 'lines']]);
    expect(errorsOf({ paymentNo: 'P1', company, lines: 'x' })).toEqual([['payment/invalid-field', 'lines']]);
    expect(errorsOf({ paymentNo: 'P1', company, lines: [domestic, 7] })).toEqual([['payment/invalid-field', 'lines[1]']]);
  });

  it('parsePaymentSuggestion throws every issue', () => {
    try {
      parsePaymentSuggestion(suggestion([line(domestic, { amount: '0' }), line(sepa, { currency: 'XYZ' })]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PaymentValidationError);
      expect((e as PaymentValidationError).issues.map((i: EftkitIssue) => i.code)).toEqual(['amount/not-positive', 'currency/unknown']);
    }
  });
});

describe('classification', () => {
  it('SEPA needs EUR, both countries in SEPA and an IBAN; domestic is the national currency at home', () => {
    const base = { debtorCountry: 'NO', debtorCurrency: 'NOK', accountCountry: 'DE', currency: 'EUR', hasIban: true };
    expect(classifyPayment(base).classification).toBe('sepa');
    expect(classifyPayment({ ...base, hasIban: false })).toMatchObject({ classification: 'international', sepaEligible: false, notSepaBecause: "the supplier's account is not given as an IBAN" });
    expect(classifyPayment({ ...base, serviceLevel: 'URGP' }).classification).toBe('international');
    expect(classifyPayment({ ...base, accountCountry: 'NO', currency: 'NOK' }).classification).toBe('domestic');
    expect(classifyPayment({ ...base, accountCountry: 'NO', currency: 'EUR' }).classification).toBe('sepa');
    expect(classifyPayment({ ...base, accountCountry: 'NO', currency: 'USD' }).classification).toBe('international');
    expect(classifyPayment({ ...base, accountCountry: 'US', currency: 'USD', hasIban: false }).classification).toBe('us-wire');
    expect(classifyPayment({ ...base, debtorCountry: 'FI', debtorCurrency: 'EUR', accountCountry: 'FI', serviceLevel: 'URGP' }).classification).toBe('domestic');
  });
});

describe('zod schemas', () => {
  it('PaymentSuggestionSchema runs every rule and keeps the eftkit codes', () => {
    expect(PaymentSuggestionSchema.safeParse(suggestion([domestic, sepa])).success).toBe(true);
    const bad = PaymentSuggestionSchema.safeParse(suggestion([line(domestic, { amount: '0' })]));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['lines', 0, 'amount'], params: { eftkitCode: 'amount/not-positive' } });
  });

  it('PaymentLineSchema checks a line on its own; PayingCompanySchema the company', () => {
    expect(PaymentLineSchema.safeParse(usWire).success).toBe(true);
    const bad = PaymentLineSchema.safeParse(line(domestic, { creditor: { ...domestic.creditor, country: 'NOR' } }));
    expect(bad.error?.issues[0]).toMatchObject({ path: ['creditor', 'country'], params: { eftkitCode: 'country/alpha-3' } });
    expect(PayingCompanySchema.safeParse(company).success).toBe(true);
    expect(PayingCompanySchema.safeParse({ ...company, country: 'NOR' }).error?.issues[0]?.path).toEqual(['country']);
  });
});

describe('properties', () => {
  it('every generated suggestion is accepted, and parses line for line', () => {
    fc.assert(
      fc.property(paymentSuggestionArbitrary(fc), fc.boolean(), (s, preApproved) => {
        const input = preApproved ? { ...s, lines: s.lines.map((l, i) => ({ ...l, approvalToken: `t${i}` })) } : s;
        const report = validatePaymentSuggestion(input);
        expect(report.issues.filter(isErrorIssue)).toEqual([]);
        expect(report.lines.every((l) => l.classification !== undefined && l.charges !== undefined)).toBe(true);
        const parsed = safeParsePaymentSuggestion(input);
        expect(parsed.ok && parsed.value.lines.length).toBe(s.lines.length);
        expect(parsed.ok && parsed.value.preApproved).toBe(preApproved);
        expect(PaymentSuggestionSchema.safeParse(input).success).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('a suggestion with N lines and k deficient ones reports exactly those k, each with at least one issue', () => {
    fc.assert(
      fc.property(
        paymentSuggestionArbitrary(fc, { minLines: 1, maxLines: 10 }).chain((s) =>
          fc.tuple(fc.constant(s), fc.subarray(s.lines.map((_, i) => i)), fc.array(lineCorruptionArbitrary(fc), { minLength: s.lines.length, maxLength: s.lines.length })),
        ),
        ([s, broken, corruptions]) => {
          const lines = s.lines.map((l, i) => (broken.includes(i) ? (corruptions[i] ?? corruptions[0])?.apply(l) ?? l : l));
          const report = validatePaymentSuggestion({ ...s, lines });
          expect(report.deficientLines.map((d) => d.index)).toEqual([...broken].sort((a, b) => a - b));
          for (const d of report.deficientLines) {
            expect(d.issues.length).toBeGreaterThan(0);
            for (const i of d.issues) expect(i.path.slice(0, 2)).toEqual(['lines', d.index]);
          }
          expect(report.suggestionIssues.filter(isErrorIssue)).toEqual([]);
          expect(report.verdict).toBe(broken.length === 0 ? 'accepted' : 'deficient');
          expect(report.issues.filter(isErrorIssue).length).toBe(report.deficientLines.reduce((n, d) => n + d.issues.length, 0));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on junk and always answers with a verdict', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const report = validatePaymentSuggestion(junk);
        expect(['accepted', 'deficient']).toContain(report.verdict);
        expect(report.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 4 }), (lines) => {
        const report = validatePaymentSuggestion({ paymentNo: 'P1', company, lines });
        expect(report.deficientLines.length).toBe(lines.length);
      }),
      { numRuns: 200 },
    );
  });
});
