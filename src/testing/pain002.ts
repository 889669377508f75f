import type * as FastCheck from 'fast-check';
import { isoDateArbitrary } from './calendar';
import { GENERATED_CURRENCIES, isoIdArbitrary, isoTextArbitrary, leaf, minorToAmount, node } from './iso-xml';
import type { FastCheckApi } from './money';

/** A reason in a generated pain.002. */
export interface GeneratedPain002Reason {
  /** ISO reason code, or undefined when the reason is proprietary. */
  readonly code?: string;
  /** A proprietary reason instead of a code. */
  readonly proprietary?: string;
  /** The additional texts. */
  readonly additionalInfo: readonly string[];
}

/** A transaction status in a generated pain.002. */
export interface GeneratedPain002Transaction {
  /** `OrgnlInstrId`. */
  readonly instructionId?: string;
  /** `OrgnlEndToEndId`, unique in the document. */
  readonly endToEndId: string;
  /** Only in pain.002.001.10. */
  readonly uetr?: string;
  /** `TxSts`. */
  readonly status: string;
  /** `StsRsnInf`, in order. */
  readonly reasons: readonly GeneratedPain002Reason[];
  /** The original instructed amount, when repeated: `{ amount: '123.45', currency: 'NOK' }`. */
  readonly amount?: { readonly amount: string; readonly currency: string };
  /** `OrgnlTxRef/ReqdExctnDt`. */
  readonly requestedExecutionDate?: string;
}

/** A payment information status in a generated pain.002. */
export interface GeneratedPain002PaymentInformation {
  /** `OrgnlPmtInfId`, unique in the document. */
  readonly paymentInformationId: string;
  /** `PmtInfSts`. */
  readonly status?: string;
  /** Its transaction statuses. */
  readonly transactions: readonly GeneratedPain002Transaction[];
}

/** A generated pain.002 document and what it says. */
export interface GeneratedPain002 {
  /** The version written. */
  readonly messageName: 'pain.002.001.03' | 'pain.002.001.10';
  /** The document. */
  readonly xml: string;
  /** `GrpHdr/MsgId`. */
  readonly messageId: string;
  /** `GrpHdr/CreDtTm`. */
  readonly creationDateTime: string;
  /** `OrgnlMsgId`. */
  readonly originalMessageId: string;
  /** `GrpSts`. */
  readonly groupStatus?: string;
  /** The group's `StsRsnInf`. */
  readonly groupReasons: readonly GeneratedPain002Reason[];
  /** The payment information statuses. */
  readonly paymentInformations: readonly GeneratedPain002PaymentInformation[];
}

/** Options of {@link pain002DocumentArbitrary}. */
export interface Pain002DocumentArbitraryOptions {
  /** Only this version; default either. */
  readonly version?: 'pain.002.001.03' | 'pain.002.001.10';
  /** Most payment information blocks; default 3. */
  readonly maxPaymentInformations?: number;
  /** Most transactions per block; default 4. */
  readonly maxTransactions?: number;
}

/** Group statuses valid in both versions (pain.002.001.03's TransactionGroupStatus3Code). */
const GROUP_STATUSES = ['ACTC', 'RCVD', 'PART', 'RJCT', 'PDNG', 'ACCP', 'ACSP', 'ACSC', 'ACWC'];
/** Transaction statuses valid in both versions (TransactionIndividualStatus3Code). */
const TX_STATUSES = ['ACTC', 'RJCT', 'PDNG', 'ACCP', 'ACSP', 'ACSC', 'ACWC'];
const REASONS = ['AC01', 'AC04', 'AC06', 'AG01', 'AM04', 'AM05', 'BE05', 'DT01', 'FF01', 'MS02', 'MS03', 'NARR', 'RC01', 'RR04'];

function reasonArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<GeneratedPain002Reason> {
  return fc.record({
    choice: fc.oneof(
      fc.constantFrom(...REASONS).map((code) => ({ code })),
      isoIdArbitrary(fc).map((proprietary) => ({ proprietary })),
    ),
    additionalInfo: fc.array(isoTextArbitrary(fc, 105), { maxLength: 2 }),
  }).map(({ choice, additionalInfo }) => ({ ...choice, additionalInfo }));
}

function reasonXml(r: GeneratedPain002Reason): string {
  return `<StsRsnInf>${node('Rsn', leaf('Cd', r.code), leaf('Prtry', r.proprietary))}${r.additionalInfo.map((t) => leaf('AddtlInf', t)).join('')}</StsRsnInf>`;
}

/**
 * Random pain.002 status reports (pain.002.001.03 or .10) that validate against the official
 * XSD, with what each says: for testing code that reads bank answers. Ids are unique per
 * document; texts carry characters that need escaping (`&`, `<`) and Nordic letters.
 */
export function pain002DocumentArbitrary(fc: FastCheckApi, options: Pain002DocumentArbitraryOptions = {}): FastCheck.Arbitrary<GeneratedPain002> {
  const version = options.version === undefined ? fc.constantFrom('pain.002.001.03' as const, 'pain.002.001.10' as const) : fc.constant(options.version);
  return version.chain((messageName) => {
    const v10 = messageName === 'pain.002.001.10';
    const transaction = fc.record(
      {
        instructionId: isoIdArbitrary(fc),
        endToEndId: isoIdArbitrary(fc),
        uetr: fc.uuid({ version: 4 }),
        status: fc.constantFrom(...TX_STATUSES),
        reasons: fc.array(reasonArbitrary(fc), { maxLength: 2 }),
        amount: fc.record({ currency: fc.constantFrom(...GENERATED_CURRENCIES), minor: fc.bigInt({ min: 1n, max: 10n ** 13n }) }).map(({ currency, minor }) => ({ amount: minorToAmount(minor, currency), currency })),
        requestedExecutionDate: isoDateArbitrary(fc, { minYear: 2000, maxYear: 2099 }),
      },
      { requiredKeys: ['endToEndId', 'status', 'reasons'] },
    ).map((t): GeneratedPain002Transaction => {
      const { uetr, ...rest } = t;
      return v10 && uetr !== undefined ? { ...rest, uetr } : rest;
    });
    const payment = fc.record(
      {
        paymentInformationId: isoIdArbitrary(fc),
        status: fc.constantFrom(...GROUP_STATUSES),
        transactions: fc.array(transaction, { maxLength: options.maxTransactions ?? 4 }),
      },
      { requiredKeys: ['paymentInformationId', 'transactions'] },
    );
    return fc
      .record(
        {
          messageId: isoIdArbitrary(fc),
          date: isoDateArbitrary(fc, { minYear: 2000, maxYear: 2099 }),
          originalMessageId: isoIdArbitrary(fc),
          groupStatus: fc.constantFrom(...GROUP_STATUSES),
          groupReasons: fc.array(reasonArbitrary(fc), { maxLength: 2 }),
          paymentInformations: fc.array(payment, { maxLength: options.maxPaymentInformations ?? 3 }),
        },
        { requiredKeys: ['messageId', 'date', 'originalMessageId', 'groupReasons', 'paymentInformations'] },
      )
      .map(({ date, ...doc }): GeneratedPain002 => {
        // Make ids unique per document, as a bank's are.
        let n = 0;
        const paymentInformations = doc.paymentInformations.map((p) => ({
          ...p,
          paymentInformationId: `${p.paymentInformationId.slice(0, 30)}-${n++}`,
          transactions: p.transactions.map((t) => ({ ...t, endToEndId: `${t.endToEndId.slice(0, 30)}-${n++}` })),
        }));
        const creationDateTime = `${date}T10:11:12`;
        const body =
          node('GrpHdr', leaf('MsgId', doc.messageId), leaf('CreDtTm', creationDateTime)) +
          node(
            'OrgnlGrpInfAndSts',
            leaf('OrgnlMsgId', doc.originalMessageId),
            leaf('OrgnlMsgNmId', v10 ? 'pain.001.001.09' : 'pain.001.001.03'),
            leaf('GrpSts', doc.groupStatus),
            doc.groupReasons.map(reasonXml).join(''),
          ) +
          paymentInformations
            .map((p) =>
              node(
                'OrgnlPmtInfAndSts',
                leaf('OrgnlPmtInfId', p.paymentInformationId),
                leaf('PmtInfSts', p.status),
                p.transactions
                  .map((t) =>
                    node(
                      'TxInfAndSts',
                      leaf('OrgnlInstrId', t.instructionId),
                      leaf('OrgnlEndToEndId', t.endToEndId),
                      leaf('OrgnlUETR', t.uetr),
                      leaf('TxSts', t.status),
                      t.reasons.map(reasonXml).join(''),
                      node(
                        'OrgnlTxRef',
                        t.amount === undefined ? '' : node('Amt', leaf('InstdAmt', t.amount.amount, { Ccy: t.amount.currency })),
                        t.requestedExecutionDate === undefined ? '' : v10 ? node('ReqdExctnDt', leaf('Dt', t.requestedExecutionDate)) : leaf('ReqdExctnDt', t.requestedExecutionDate),
                      ),
                    ),
                  )
                  .join(''),
              ),
            )
            .join('');
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${messageName}"><CstmrPmtStsRpt>${body}</CstmrPmtStsRpt></Document>`;
        return { messageName, xml, creationDateTime, ...doc, paymentInformations };
      });
  });
}
