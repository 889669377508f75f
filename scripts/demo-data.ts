/**
 * The demo's embedded sample data (also used by the CLI tests): a Norwegian paying company, a
 * payment suggestion with a KID line, a SEPA line and a US wire, a receiving account with a
 * `10;1` factoring definition, open customer entries, and a camt.054 credit notification.
 *
 * Accounts are the SWIFT IBAN registry examples (NO93 8601 1117 947, DE89 3704 0044 0532 0130 00)
 * and the US routing number 111000025 (python-stdnum, Wikipedia), as in test/validation. KID
 * '2345676' is the references module's documented MOD10 example. Test data, no real parties.
 */
import type { MatchingSetup, OpenCustomerEntry } from '../src/matching';
import type { PayingCompany, PaymentLine, PaymentSuggestion } from '../src/validation';

/** The paying company: Norwegian, NOK account at DNB, bank GL account 1920. */
export const COMPANY: PayingCompany = {
  name: 'Nordisk Handel AS',
  orgNo: '923609016',
  country: 'NO',
  debtorAccount: { iban: 'NO93 8601 1117 947', bic: 'DNBANOKK', currency: 'NOK' },
  bankPartner: { id: '95', glAccount: '1920', defaultFeeCode: 0 },
};

/** A domestic NOK payment with a KID; due on Christmas Eve, a closed day in Norway. */
export const KID_LINE: PaymentLine = {
  lineId: 'L1',
  supplierNo: '10001',
  amount: '12500.00',
  currency: 'NOK',
  dueDate: '2026-12-24',
  creditor: { name: 'Fjordkraft AS', country: 'NO', account: { bban: '8601.11.17947' } },
  remittance: { type: 'reference', reference: '2345676' },
};

/** A SEPA payment in EUR to Germany; due on a Saturday. */
export const SEPA_LINE: PaymentLine = {
  lineId: 'L2',
  supplierNo: '10002',
  amount: '250.50',
  currency: 'EUR',
  dueDate: '2026-12-05',
  creditor: { name: 'Lieferant GmbH', country: 'DE', account: { iban: 'DE89 3704 0044 0532 0130 00' } },
  remittance: { type: 'text', text: 'Rechnung 4711' },
};

/** A US wire in USD with the ABA routing number. */
export const US_LINE: PaymentLine = {
  lineId: 'L3',
  supplierNo: '10003',
  amount: '1000.00',
  currency: 'USD',
  dueDate: '2026-12-08',
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

/** The suggestion as the ERP exports it: the KID line has a typo in its check digit. */
export const SUGGESTION_WITH_TYPO: PaymentSuggestion = {
  paymentNo: 'P-2026-0042',
  company: COMPANY,
  lines: [{ ...KID_LINE, remittance: { type: 'reference', reference: '2345675' } }, SEPA_LINE, US_LINE],
};

/** The suggestion after the bookkeeper fixed the KID. */
export const SUGGESTION: PaymentSuggestion = { ...SUGGESTION_WITH_TYPO, lines: [KID_LINE, SEPA_LINE, US_LINE] };

/** The account customers pay into, its GL account and its factoring definition `10;1`. */
export const RECEIVING_ACCOUNT = '1503.12.34567';

/** Customer no. in digits 10–19, invoice no. in digits 1–9, a MOD10 check digit: 20 digits. */
export const FACTORING = { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 } as const;

/** The matching setup. */
export const MATCHING_SETUP: MatchingSetup = {
  accounts: [{ account: RECEIVING_ACCOUNT, bankGlAccount: '1920', definitions: [FACTORING] }],
  glAccounts: { receivables: '1500', suspense: '2990' },
};

/** Open customer invoices. */
export const OPEN_ENTRIES: readonly OpenCustomerEntry[] = [
  { id: 'E-4567', customerNo: '10023', invoiceNo: '4567', amount: '1250.00', currency: 'NOK', dueDate: '2026-11-20' },
  { id: 'E-4568', customerNo: '10051', invoiceNo: '4568', amount: '800.00', currency: 'NOK', dueDate: '2026-11-25' },
  { id: 'E-4569', customerNo: '10051', invoiceNo: '4569', amount: '400.00', currency: 'NOK', dueDate: '2026-11-28' },
  { id: 'E-4570', customerNo: '10077', invoiceNo: '4570', amount: '990.00', currency: 'NOK', dueDate: '2026-11-30' },
];

/** One credit entry of the sample camt.054. */
export interface SampleCredit {
  readonly ref: string;
  readonly amount: string;
  readonly debtor: string;
  /** A structured creditor reference (KID/CID). */
  readonly kid?: string;
  /** An unstructured message. */
  readonly message?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A camt.054.001.08 credit notification for {@link RECEIVING_ACCOUNT}, booked on `bookingDate`. */
export function creditNotification(credits: readonly SampleCredit[], bookingDate = '2026-12-02'): string {
  const entries = credits
    .map((c) => {
      const rmt = c.kid !== undefined
        ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${c.kid}</Ref></CdtrRefInf></Strd></RmtInf>`
        : c.message !== undefined
          ? `<RmtInf><Ustrd>${esc(c.message)}</Ustrd></RmtInf>`
          : '';
      return (
        `<Ntry><NtryRef>${c.ref}</NtryRef><Amt Ccy="NOK">${c.amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>` +
        `<BookgDt><Dt>${bookingDate}</Dt></BookgDt><ValDt><Dt>${bookingDate}</Dt></ValDt><AcctSvcrRef>${c.ref}</AcctSvcrRef>` +
        `<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>` +
        `<NtryDtls><TxDtls><Refs><AcctSvcrRef>${c.ref}</AcctSvcrRef></Refs><Amt Ccy="NOK">${c.amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>` +
        `<RltdPties><Dbtr><Pty><Nm>${esc(c.debtor)}</Nm></Pty></Dbtr></RltdPties>${rmt}</TxDtls></NtryDtls></Ntry>`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>` +
    `<GrpHdr><MsgId>NTF-${bookingDate}</MsgId><CreDtTm>${bookingDate}T18:00:00+01:00</CreDtTm></GrpHdr>` +
    `<Ntfctn><Id>NTF-${bookingDate}-1</Id><CreDtTm>${bookingDate}T18:00:00+01:00</CreDtTm>` +
    `<Acct><Id><Othr><Id>${RECEIVING_ACCOUNT.replace(/\./g, '')}</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id><Ccy>NOK</Ccy></Acct>` +
    `${entries}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n`
  );
}
