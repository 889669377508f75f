import type { EftkitIssue } from '../errors';
import type { Amount } from '../money';
import type { StatusOutcome } from './status-codes';

/** The pain.002 versions read. */
export type Pain002Version = 'pain.002.001.03' | 'pain.002.001.10';

/** A status code as the bank sent it, with its meaning when eftkit knows it. */
export interface StatusCode {
  /** The code as sent (`ACSC`, `RJCT`, or something eftkit does not know). */
  readonly code: string;
  /** False for a code eftkit does not know (kept, flagged with a `pain002/unknown-status` warning). */
  readonly known: boolean;
  /** ISO name, for a known code. */
  readonly name?: string;
  /** English description, for a known code. */
  readonly description?: string;
  /** What it means for the payment, for a known code. */
  readonly outcome?: StatusOutcome;
}

/** One status reason (`StsRsnInf`). */
export interface StatusReason {
  /** The ISO code (`Rsn/Cd`), such as `AC01`. */
  readonly code?: string;
  /** A proprietary reason (`Rsn/Prtry`) instead of a code. */
  readonly proprietary?: string;
  /** True when `code` is in {@link STATUS_REASON_CODES}. */
  readonly known: boolean;
  /** ISO name of the code, when known. */
  readonly name?: string;
  /** English description of the code, when known. */
  readonly description?: string;
  /** The bank’s additional texts (`AddtlInf`), in order. */
  readonly additionalInfo: readonly string[];
  /** Name of the party that gave the reason (`Orgtr/Nm`), when given. */
  readonly originator?: string;
}

/** The number of transactions per status (`NbOfTxsPerSts`). */
export interface TransactionsPerStatus {
  /** Count, as digits. */
  readonly count: string;
  /** The status. */
  readonly status: StatusCode;
  /** Control sum, as a decimal string, when given. */
  readonly controlSum?: string;
}

/** What the report says about the original message as a whole (`OrgnlGrpInfAndSts`). */
export interface GroupStatus {
  /** Our pain.001's message id (`OrgnlMsgId`). */
  readonly originalMessageId: string;
  /** The original message's name (`OrgnlMsgNmId`), e.g. `pain.001.001.09`. */
  readonly originalMessageNameId: string;
  /** The original creation date-time, as written. */
  readonly originalCreationDateTime?: string;
  /** The original number of transactions, as digits. */
  readonly originalNumberOfTransactions?: string;
  /** The original control sum, as a decimal string. */
  readonly originalControlSum?: string;
  /** The group status (`GrpSts`); absent when the bank reports only lower levels. */
  readonly status?: StatusCode;
  /** The reasons given, in order. */
  readonly reasons: readonly StatusReason[];
  /** Counts per status, when given. */
  readonly transactionsPerStatus: readonly TransactionsPerStatus[];
}

/** The original amount of a transaction and its currency (`OrgnlTxRef/Amt`). */
export interface OriginalTransactionReference {
  /** The instructed amount (`Amt/InstdAmt`), or the equivalent amount (`Amt/EqvtAmt/Amt`). */
  readonly amount?: Amount;
  /** For an equivalent amount: the currency to transfer (`EqvtAmt/CcyOfTrf`). */
  readonly currencyOfTransfer?: string;
  /** The requested execution date, `YYYY-MM-DD`. */
  readonly requestedExecutionDate?: string;
  /** The debtor’s account (IBAN or other id), when repeated. */
  readonly debtorAccount?: string;
  /** The creditor’s name, when repeated. */
  readonly creditorName?: string;
  /** The creditor’s account (IBAN or other id), when repeated. */
  readonly creditorAccount?: string;
  /** The structured creditor reference (`RmtInf/Strd/CdtrRefInf/Ref`), when repeated. */
  readonly creditorReference?: string;
  /** Unstructured remittance texts, when repeated. */
  readonly unstructured: readonly string[];
}

/** The status of one transaction (`TxInfAndSts`). */
export interface TransactionStatus {
  /** Position among the payment information's transactions, from 0. */
  readonly index: number;
  /** The bank’s id of this status (`StsId`). */
  readonly statusId?: string;
  /** Our pain.001's message id (from the group). */
  readonly originalMessageId: string;
  /** Our payment information id (`OrgnlPmtInfId`). */
  readonly originalPaymentInformationId: string;
  /** Our instruction id (`OrgnlInstrId`). */
  readonly originalInstructionId?: string;
  /** Our end-to-end id (`OrgnlEndToEndId`): the key to the payment line. */
  readonly originalEndToEndId?: string;
  /** The UETR (`OrgnlUETR`, pain.002.001.10). */
  readonly originalUetr?: string;
  /** The transaction status (`TxSts`), when given. */
  readonly status?: StatusCode;
  /**
   * The status that applies: the transaction’s own, else its payment information’s, else the
   * group’s. Absent only when none is given.
   */
  readonly effectiveStatus?: StatusCode;
  /** The reasons given, in order. */
  readonly reasons: readonly StatusReason[];
  /** When the bank accepted it (`AccptncDtTm`), as written. */
  readonly acceptanceDateTime?: string;
  /** The bank’s reference (`AcctSvcrRef`). */
  readonly accountServicerReference?: string;
  /** The clearing system’s reference (`ClrSysRef`). */
  readonly clearingSystemReference?: string;
  /** What the bank repeats of the original transaction. */
  readonly original?: OriginalTransactionReference;
  /** Fields of this transaction that could not be read. */
  readonly issues: readonly EftkitIssue[];
}

/** The status of one payment information block (`OrgnlPmtInfAndSts`). */
export interface PaymentInformationStatus {
  /** Position in the report, from 0. */
  readonly index: number;
  /** Our pain.001's message id (from the group). */
  readonly originalMessageId: string;
  /** Our payment information id (`OrgnlPmtInfId`). */
  readonly originalPaymentInformationId: string;
  /** The original number of transactions, as digits. */
  readonly originalNumberOfTransactions?: string;
  /** The original control sum, as a decimal string. */
  readonly originalControlSum?: string;
  /** The status (`PmtInfSts`), when given. */
  readonly status?: StatusCode;
  /** The status that applies: its own, else the group’s. */
  readonly effectiveStatus?: StatusCode;
  /** The reasons given, in order. */
  readonly reasons: readonly StatusReason[];
  /** Counts per status, when given. */
  readonly transactionsPerStatus: readonly TransactionsPerStatus[];
  /** The statuses of single transactions, in document order. */
  readonly transactions: readonly TransactionStatus[];
}

/** A pain.002 customer payment status report, read. */
export interface Pain002Report {
  /** Which version the document was. */
  readonly messageName: Pain002Version;
  /** The report’s own message id (`GrpHdr/MsgId`). */
  readonly messageId: string;
  /** When the bank created it (`GrpHdr/CreDtTm`), as written. */
  readonly creationDateTime?: string;
  /** Name of the party that sent the report (`GrpHdr/InitgPty/Nm`), when given. */
  readonly initiatingPartyName?: string;
  /** The status of the original message as a whole. */
  readonly group: GroupStatus;
  /** The statuses per payment information block. */
  readonly paymentInformations: readonly PaymentInformationStatus[];
  /** Every warning found (unknown codes, unreadable fields), with its path. */
  readonly issues: readonly EftkitIssue[];
}
