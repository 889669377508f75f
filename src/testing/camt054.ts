import type * as FastCheck from 'fast-check';
import { ibanArbitrary } from './accounts';
import { isoDateArbitrary } from './calendar';
import { GENERATED_CURRENCIES, isoIdArbitrary, isoTextArbitrary, leaf, minorToAmount, node } from './iso-xml';
import type { FastCheckApi } from './money';
import { kidArbitrary, rfReferenceArbitrary } from './references';

/** A transaction in a generated camt.054. */
export interface GeneratedCamt054Transaction {
  /** `Refs/EndToEndId`. */
  readonly endToEndId?: string;
  /** `Refs/InstrId`. */
  readonly instructionId?: string;
  /** `Refs/AcctSvcrRef`. */
  readonly accountServicerReference?: string;
  /** Only in camt.054.001.08. */
  readonly uetr?: string;
  /** The transaction amount (`TxAmt`, or `Amt` in .08), in the entry's currency. */
  readonly amount: string;
  /** A structured creditor reference: a KID or an RF reference. */
  readonly reference?: string;
  /** One unstructured remittance text. */
  readonly unstructured?: string;
  /** The payer's name. */
  readonly debtorName?: string;
  /** The payer's IBAN. */
  readonly debtorIban?: string;
  /** The payee's name. */
  readonly creditorName?: string;
  /** A charge in the entry's currency. */
  readonly charge?: string;
}

/** An entry in a generated camt.054. */
export interface GeneratedCamt054Entry {
  /** The entry amount: exactly the sum of its transactions. */
  readonly amount: string;
  /** The currency of every amount in the document. */
  readonly currency: string;
  /** Credit or debit, as written. */
  readonly creditDebit: 'CRDT' | 'DBIT';
  /** The entry status, as written. */
  readonly status: 'BOOK' | 'PDNG' | 'INFO';
  /** Booking date (`BookgDt/Dt`). */
  readonly bookingDate: string;
  /** Value date (`ValDt/Dt`). */
  readonly valueDate: string;
  /** The entry's `AcctSvcrRef`. */
  readonly accountServicerReference: string;
  /** Its transactions, at least one. */
  readonly transactions: readonly GeneratedCamt054Transaction[];
}

/** A generated camt.054 document and what it says. */
export interface GeneratedCamt054 {
  /** The version written. */
  readonly messageName: 'camt.054.001.02' | 'camt.054.001.08';
  /** The document. */
  readonly xml: string;
  /** `GrpHdr/MsgId`. */
  readonly messageId: string;
  /** The notified account's IBAN. */
  readonly accountIban: string;
  /** The entries of the one notification. */
  readonly entries: readonly GeneratedCamt054Entry[];
}

/** Options of {@link camt054DocumentArbitrary}. */
export interface Camt054DocumentArbitraryOptions {
  /** Only this version; default either. */
  readonly version?: 'camt.054.001.02' | 'camt.054.001.08';
  /** Most entries; default 5. */
  readonly maxEntries?: number;
  /** Most transactions per entry; default 4 (at least 1). */
  readonly maxTransactions?: number;
}

function transactionArbitrary(fc: FastCheckApi, v08: boolean, currency: string): FastCheck.Arbitrary<GeneratedCamt054Transaction & { minor: bigint }> {
  return fc
    .record(
      {
        endToEndId: isoIdArbitrary(fc),
        instructionId: isoIdArbitrary(fc),
        accountServicerReference: isoIdArbitrary(fc),
        uetr: fc.uuid({ version: 4 }),
        minor: fc.bigInt({ min: 1n, max: 10n ** 11n }),
        reference: fc.oneof(kidArbitrary(fc, { maxLength: 25 }), rfReferenceArbitrary(fc)),
        unstructured: isoTextArbitrary(fc, 140),
        debtorName: isoTextArbitrary(fc, 70),
        debtorIban: ibanArbitrary(fc),
        creditorName: isoTextArbitrary(fc, 70),
        charge: fc.bigInt({ min: 1n, max: 100_000n }).map((m) => minorToAmount(m, currency)),
      },
      { requiredKeys: ['minor'] },
    )
    .map(({ uetr, minor, ...t }) => ({ ...t, ...(v08 && uetr !== undefined ? { uetr } : {}), minor, amount: minorToAmount(minor, currency) }));
}

function chargesXml(charge: string | undefined, currency: string, v08: boolean): string {
  if (charge === undefined) return '';
  const record = leaf('Amt', charge, { Ccy: currency }) + leaf('CdtDbtInd', 'DBIT') + node('Tp', leaf('Cd', 'COMM'));
  return v08 ? node('Chrgs', node('Rcrd', record)) : node('Chrgs', record);
}

function transactionXml(t: GeneratedCamt054Transaction, currency: string, creditDebit: string, v08: boolean): string {
  const party = (name: string | undefined): string => (name === undefined ? '' : v08 ? node('Pty', leaf('Nm', name)) : leaf('Nm', name));
  const amount = v08
    ? leaf('Amt', t.amount, { Ccy: currency }) + leaf('CdtDbtInd', creditDebit)
    : node('AmtDtls', node('TxAmt', leaf('Amt', t.amount, { Ccy: currency })));
  return node(
    'TxDtls',
    node('Refs', leaf('AcctSvcrRef', t.accountServicerReference), leaf('InstrId', t.instructionId), leaf('EndToEndId', t.endToEndId), leaf('UETR', t.uetr)),
    amount,
    chargesXml(t.charge, currency, v08),
    node(
      'RltdPties',
      node('Dbtr', party(t.debtorName)),
      t.debtorIban === undefined ? '' : node('DbtrAcct', node('Id', leaf('IBAN', t.debtorIban))),
      node('Cdtr', party(t.creditorName)),
    ),
    node(
      'RmtInf',
      leaf('Ustrd', t.unstructured),
      t.reference === undefined ? '' : node('Strd', node('CdtrRefInf', node('Tp', node('CdOrPrtry', leaf('Cd', 'SCOR'))), leaf('Ref', t.reference))),
    ),
  );
}

/**
 * Random camt.054 debit/credit notifications (camt.054.001.02 or .08) that validate against
 * the official XSD, with what each says: entries whose amount is exactly the sum of their
 * transactions, KID or RF references, names with characters that need escaping. For testing
 * code that reads incoming payments or settles outgoing ones.
 */
export function camt054DocumentArbitrary(fc: FastCheckApi, options: Camt054DocumentArbitraryOptions = {}): FastCheck.Arbitrary<GeneratedCamt054> {
  const version = options.version === undefined ? fc.constantFrom('camt.054.001.02' as const, 'camt.054.001.08' as const) : fc.constant(options.version);
  return fc.tuple(version, fc.constantFrom(...GENERATED_CURRENCIES)).chain(([messageName, currency]) => {
    const v08 = messageName === 'camt.054.001.08';
    const entry = fc.record({
      creditDebit: fc.constantFrom('CRDT' as const, 'DBIT' as const),
      status: fc.constantFrom('BOOK' as const, 'PDNG' as const, 'INFO' as const),
      bookingDate: isoDateArbitrary(fc, { minYear: 2000, maxYear: 2099 }),
      valueDate: isoDateArbitrary(fc, { minYear: 2000, maxYear: 2099 }),
      accountServicerReference: isoIdArbitrary(fc),
      transactions: fc.array(transactionArbitrary(fc, v08, currency), { minLength: 1, maxLength: options.maxTransactions ?? 4 }),
    });
    return fc
      .record({
        messageId: isoIdArbitrary(fc),
        accountIban: ibanArbitrary(fc),
        entries: fc.array(entry, { maxLength: options.maxEntries ?? 5 }),
      })
      .map((doc): GeneratedCamt054 => {
        const entries: GeneratedCamt054Entry[] = doc.entries.map((e) => {
          const total = e.transactions.reduce((sum, t) => sum + t.minor, 0n);
          const transactions = e.transactions.map(({ minor: _minor, ...t }) => t);
          return { ...e, currency, amount: minorToAmount(total, currency), transactions };
        });
        const entriesXml = entries
          .map((e) =>
            node(
              'Ntry',
              leaf('Amt', e.amount, { Ccy: currency }),
              leaf('CdtDbtInd', e.creditDebit),
              v08 ? node('Sts', leaf('Cd', e.status)) : leaf('Sts', e.status),
              node('BookgDt', leaf('Dt', e.bookingDate)),
              node('ValDt', leaf('Dt', e.valueDate)),
              leaf('AcctSvcrRef', e.accountServicerReference),
              '<BkTxCd/>',
              node(
                'NtryDtls',
                e.transactions.length > 1 ? node('Btch', leaf('NbOfTxs', String(e.transactions.length))) : '',
                e.transactions.map((t) => transactionXml(t, currency, e.creditDebit, v08)).join(''),
              ),
            ),
          )
          .join('');
        const xml =
          `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${messageName}"><BkToCstmrDbtCdtNtfctn>` +
          node('GrpHdr', leaf('MsgId', doc.messageId), leaf('CreDtTm', '2026-11-30T10:00:00')) +
          node('Ntfctn', leaf('Id', `${doc.messageId.slice(0, 30)}-N1`), leaf('CreDtTm', '2026-11-30T10:00:00'), node('Acct', node('Id', leaf('IBAN', doc.accountIban)), leaf('Ccy', currency)), entriesXml) +
          `</BkToCstmrDbtCdtNtfctn></Document>`;
        return { messageName, xml, messageId: doc.messageId, accountIban: doc.accountIban, entries };
      });
  });
}
