import type { EftkitIssue } from '../errors';
import type { IsoAccount, IsoDate } from '../internal/xml';
import type { Amount } from '../money';
import type { ReferenceScheme } from '../references';

/** The camt.054 versions read. */
export type Camt054Version = 'camt.054.001.02' | 'camt.054.001.08';

/** Money in (`credit`, ISO `CRDT`) or out (`debit`, ISO `DBIT`) of the notified account. */
export type CreditDebit = 'credit' | 'debit';

export type { IsoAccount, IsoDate };

/** A party of a transaction (debtor, creditor, ultimate party). */
export interface CamtParty {
  /** Name (`Nm`, or `Pty/Nm` in .08). */
  readonly name?: string;
  /** An organisation or private id (`Id/OrgId/Othr/Id`, `Id/PrvtId/Othr/Id`, BIC), when given. */
  readonly id?: string;
}

/** One charge (`Chrgs`, or `Chrgs/Rcrd` in .08). */
export interface CamtCharge {
  /** The amount; absent when it could not be read (see the owner's issues). */
  readonly amount?: Amount;
  /** Whether the charge is debited or credited, when given. */
  readonly creditDebit?: CreditDebit;
  /** The charge type (`Tp/Cd` such as `COMM`, or `Tp/Prtry/Id`). */
  readonly type?: string;
  /** Who bears it (`Br`: DEBT, CRED, SHAR, SLEV). */
  readonly bearer?: string;
  /** True when the charge is included in the entry amount (`ChrgInclInd`, .08 only). */
  readonly includedInAmount?: boolean;
}

/** A structured creditor reference (`RmtInf/Strd/CdtrRefInf`). */
export interface CreditorReference {
  /** The reference as sent, trimmed. */
  readonly value: string;
  /** Its type code (`Tp/CdOrPrtry/Cd`, usually `SCOR`) or proprietary type. */
  readonly type?: string;
  /** The issuer (`Tp/Issr`, `ISO` for RF references). */
  readonly issuer?: string;
  /** The schemes it satisfies (`eftkit/references` detectReference): KID, OCR, FI, RF, FIK. */
  readonly schemes: readonly ReferenceScheme[];
}

/** One structured remittance block (`RmtInf/Strd`). */
export interface StructuredRemittance {
  /** The creditor reference, when given. */
  readonly creditorReference?: CreditorReference;
  /** Referred document numbers (`RfrdDocInf/Nb`), such as invoice numbers. */
  readonly documentNumbers: readonly string[];
  /** The remitted amount (`RfrdDocAmt/RmtdAmt`). */
  readonly remittedAmount?: Amount;
  /** A credit note amount (`RfrdDocAmt/CdtNoteAmt`). */
  readonly creditNoteAmount?: Amount;
  /** Additional remittance texts (`AddtlRmtInf`). */
  readonly additionalInfo: readonly string[];
}

/** Remittance information of a transaction. */
export interface Remittance {
  /** Unstructured texts (`Ustrd`), in order. */
  readonly unstructured: readonly string[];
  /** Structured blocks (`Strd`), in order. */
  readonly structured: readonly StructuredRemittance[];
}

/** The references of a transaction (`Refs`). */
export interface TransactionReferences {
  /** The message id of the instruction (`MsgId`): our pain.001's, for our own payments. */
  readonly messageId?: string;
  /** The bank's own reference of the transaction (`AcctSvcrRef`, the archive id). */
  readonly accountServicerReference?: string;
  /** The payment information id (`PmtInfId`). */
  readonly paymentInformationId?: string;
  /** The instruction id (`InstrId`). */
  readonly instructionId?: string;
  /** The end-to-end id (`EndToEndId`), set by the payer and carried unchanged. */
  readonly endToEndId?: string;
  /** UETR (.08), lower case. */
  readonly uetr?: string;
  /** The interbank transaction id (`TxId`). */
  readonly transactionId?: string;
  /** The direct debit mandate id (`MndtId`). */
  readonly mandateId?: string;
  /** The cheque number (`ChqNb`). */
  readonly chequeNumber?: string;
  /** The clearing system's reference (`ClrSysRef`). */
  readonly clearingSystemReference?: string;
}

/** Why a payment was returned (`RtrInf`). */
export interface ReturnInformation {
  /** ISO return reason code (`Rsn/Cd`), such as `AC01`. */
  readonly code?: string;
  /** Proprietary reason (`Rsn/Prtry`). */
  readonly proprietary?: string;
  /** The bank's texts. */
  readonly additionalInfo: readonly string[];
}

/** One transaction of an entry (`NtryDtls/TxDtls`). */
export interface CamtTransaction {
  /** Position in the entry, from 0. */
  readonly index: number;
  /** Its references. */
  readonly references: TransactionReferences;
  /**
   * Its amount in the account's currency: `Amt` (.08) or `AmtDtls/TxAmt`; for the only
   * transaction of an entry without either, the entry's amount (`amountFromEntry`).
   */
  readonly amount?: Amount;
  /** True when `amount` was taken from the entry. */
  readonly amountFromEntry: boolean;
  /** Credit or debit: its own (`CdtDbtInd`, .08) or the entry's. */
  readonly creditDebit?: CreditDebit;
  /** The amount the payer instructed (`AmtDtls/InstdAmt`), possibly in another currency. */
  readonly instructedAmount?: Amount;
  /** The counter value (`AmtDtls/CntrValAmt`), when given. */
  readonly counterValueAmount?: Amount;
  /** Its charges. */
  readonly charges: readonly CamtCharge[];
  /** The payer. */
  readonly debtor?: CamtParty;
  /** The payer's account. */
  readonly debtorAccount?: IsoAccount;
  /** The ultimate payer, when another party paid on the debtor's behalf. */
  readonly ultimateDebtor?: CamtParty;
  /** The payee. */
  readonly creditor?: CamtParty;
  /** The payee's account. */
  readonly creditorAccount?: IsoAccount;
  /** The ultimate payee. */
  readonly ultimateCreditor?: CamtParty;
  /** Remittance information. */
  readonly remittance: Remittance;
  /** Purpose code (`Purp/Cd`). */
  readonly purpose?: string;
  /** Return information, for a returned payment. */
  readonly returnInformation?: ReturnInformation;
  /** The bank's message (`AddtlTxInf`). */
  readonly additionalInfo?: string;
  /** Fields of this transaction that could not be read. */
  readonly issues: readonly EftkitIssue[];
}

/** A bank transaction code (`BkTxCd`). */
export interface BankTransactionCode {
  /** Domain code (`Domn/Cd`), such as `PMNT`. */
  readonly domain?: string;
  /** Family code (`Domn/Fmly/Cd`), such as `RCDT` (received credit transfers). */
  readonly family?: string;
  /** Sub-family code (`Domn/Fmly/SubFmlyCd`), such as `ESCT` (SEPA credit transfer). */
  readonly subFamily?: string;
  /** The bank's proprietary code (`Prtry/Cd`). */
  readonly proprietary?: string;
}

/** Batch information of an entry (`NtryDtls/Btch`). */
export interface BatchInformation {
  /** The message id of the batch (`MsgId`): our pain.001's, for our own payments. */
  readonly messageId?: string;
  /** The payment information id (`PmtInfId`). */
  readonly paymentInformationId?: string;
  /** The number of transactions in the batch, as digits. */
  readonly numberOfTransactions?: string;
  /** The batch total (`TtlAmt`). */
  readonly totalAmount?: Amount;
  /** Whether the batch total is a credit or a debit. */
  readonly creditDebit?: CreditDebit;
}

/** One entry (`Ntry`): a booking on the account. */
export interface CamtEntry {
  /** Position in the notification, from 0. */
  readonly index: number;
  /** The entry reference (`NtryRef`). */
  readonly entryReference?: string;
  /** The amount; absent when it could not be read (see `issues`). */
  readonly amount?: Amount;
  /** Credit or debit; absent when it could not be read. */
  readonly creditDebit?: CreditDebit;
  /** True for a reversal of an earlier booking (`RvslInd`). */
  readonly reversal: boolean;
  /** The status as sent: `BOOK`, `PDNG`, `INFO` (`Sts`, or `Sts/Cd` in .08). */
  readonly status?: string;
  /** True when the status is `BOOK`. */
  readonly booked: boolean;
  /** Booking date (`BookgDt`). */
  readonly bookingDate?: IsoDate;
  /** Value date (`ValDt`). */
  readonly valueDate?: IsoDate;
  /** The bank's reference (`AcctSvcrRef`). */
  readonly accountServicerReference?: string;
  /** The bank transaction code. */
  readonly bankTransactionCode?: BankTransactionCode;
  /** Batch information, one per `NtryDtls` that has it. */
  readonly batches: readonly BatchInformation[];
  /** Entry-level charges. */
  readonly charges: readonly CamtCharge[];
  /** The transactions, in document order (empty when the bank gives no details). */
  readonly transactions: readonly CamtTransaction[];
  /** The bank's text (`AddtlNtryInf`). */
  readonly additionalInfo?: string;
  /** Fields of this entry that could not be read, and batch checks that failed. */
  readonly issues: readonly EftkitIssue[];
}

/** The notified account (`Ntfctn/Acct`). */
export interface NotifiedAccount extends IsoAccount {
  /** The owner's name (`Ownr/Nm`). */
  readonly ownerName?: string;
  /** The servicing bank's BIC (`Svcr/FinInstnId/BIC` or `BICFI`). */
  readonly servicerBic?: string;
}

/** One notification (`Ntfctn`): the entries of one account. */
export interface CamtNotification {
  /** Position in the message, from 0. */
  readonly index: number;
  /** Its id (`Id`). */
  readonly id?: string;
  /** When it was created, as written. */
  readonly creationDateTime?: string;
  /** The account. */
  readonly account?: NotifiedAccount;
  /** The entries, in document order. */
  readonly entries: readonly CamtEntry[];
}

/** A camt.054 debit/credit notification, read. */
export interface Camt054Report {
  /** Which version the document was. */
  readonly messageName: Camt054Version;
  /** The message id (`GrpHdr/MsgId`). */
  readonly messageId: string;
  /** When the bank created it, as written. */
  readonly creationDateTime?: string;
  /** The notifications, in document order. */
  readonly notifications: readonly CamtNotification[];
  /** Every warning found, with its path. */
  readonly issues: readonly EftkitIssue[];
}
