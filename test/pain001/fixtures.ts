import type { PayingCompany, PaymentSuggestion } from '../../src/validation';

/**
 * The examples of docs/pain001.md. Account numbers and ids are published test values:
 * NO9386011117947 and DE89370400440532013000 are the IBAN registry's / Bundesbank's example
 * IBANs; 021000021 is a published ABA routing number (JPMorgan Chase, New York);
 * RF18539007547034 is the ISO 11649 example.
 */
export const COMPANY: PayingCompany = {
  name: 'Nordlys Handel AS',
  orgNo: '987654321',
  country: 'NO',
  address: { street: 'Strandgata', buildingNo: '12', postCode: '5013', town: 'Bergen', country: 'NO' },
  debtorAccount: { iban: 'NO9386011117947', bic: 'DNBANOKK', currency: 'NOK' },
  bankPartner: { id: '95', glAccount: '1920', defaultFeeCode: 0 },
};

/** A domestic Norwegian payment with a KID. */
export const KID_PAYMENT: PaymentSuggestion = {
  paymentNo: 'PAY-2026-0042',
  company: COMPANY,
  lines: [
    {
      lineId: 'NL-4711',
      supplierNo: '20017',
      amount: '4250.00',
      currency: 'NOK',
      dueDate: '2026-12-15',
      creditor: { name: 'Vestland Kraft AS', country: 'NO', account: { bban: '8601.11.17947' } },
      remittance: { type: 'reference', reference: '0000123456785' },
    },
  ],
};

/** A SEPA payment to Germany with an RF reference (the name shows the transliteration). */
export const SEPA_PAYMENT: PaymentSuggestion = {
  paymentNo: 'PAY-2026-0043',
  company: COMPANY,
  lines: [
    {
      lineId: 'NL-4712',
      supplierNo: '30112',
      amount: '12500.00',
      currency: 'EUR',
      dueDate: '2026-12-15',
      creditor: { name: 'Müller & Söhne Maschinenbau GmbH', country: 'DE', account: { iban: 'DE89 3704 0044 0532 0130 00' }, bic: 'COBADEFFXXX' },
      remittance: { type: 'reference', reference: 'RF18 5390 0754 7034' },
      purpose: 'SUPP',
    },
  ],
};

/** A USD wire to the USA by ABA routing number, with regulatory reporting for Norges Bank. */
export const US_WIRE: PaymentSuggestion = {
  paymentNo: 'PAY-2026-0044',
  company: COMPANY,
  lines: [
    {
      lineId: 'NL-4713',
      supplierNo: '40007',
      amount: '8450.00',
      currency: 'USD',
      dueDate: '2026-12-15',
      feeCode: 1,
      creditor: {
        name: 'Acme Tools Inc.',
        country: 'US',
        address: { street: 'Main Street', buildingNo: '100', postCode: '10001', town: 'New York', countrySubDivision: 'NY', country: 'US' },
        account: { accountNo: '123456789012' },
        bankBranch: '021000021',
        bankName: 'JPMorgan Chase Bank, N.A.',
        bankAddress: '383 Madison Avenue, New York, NY 10179',
      },
      remittance: { type: 'invoice', invoiceNo: 'INV-2026-1187' },
      purpose: 'GDDS',
      regulatoryReporting: { code: '14', information: ['Import of tools'], authorityCountry: 'NO' },
    },
  ],
};

/** Options of the examples: the message id and creation time come from the caller. */
export const EXAMPLE_OPTIONS = { messageId: 'NORDLYS-20261130-001', creationDateTime: '2026-11-30T14:05:00+01:00', pretty: true } as const;
