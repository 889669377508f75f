import type { EftkitIssue } from '../errors';
import type { BusinessDayConvention, CalendarInput } from '../calendar';
import type { ValidatePaymentSuggestionOptions } from '../validation';
import type { PayingCompany, PaymentLine, PaymentSuggestion } from '../validation/model';
import type { SepaCharacterSet } from './charset';

/** The pain.001 versions eftkit writes. */
export type Pain001Version = 'pain.001.001.03' | 'pain.001.001.09' | 'pain.001.001.11';

/** Every version eftkit writes, oldest first. */
export const PAIN001_VERSIONS: readonly Pain001Version[] = Object.freeze(['pain.001.001.03', 'pain.001.001.09', 'pain.001.001.11'] as const);

/** What a per-line option callback is told about the line. */
export interface Pain001LineContext {
  /** The line. */
  readonly line: PaymentLine;
  /** The payment number of the suggestion the line belongs to. */
  readonly paymentNo: string;
  /** Index of the line in its suggestion (or in the stream). */
  readonly index: number;
}

/** Options of {@link buildPain001}, {@link writePain001} and {@link streamPain001}. */
export interface Pain001Options {
  /** The version to write. Default `pain.001.001.09`. */
  readonly version?: Pain001Version | undefined;
  /** `GrpHdr/MsgId`: the file's id, unique per sender and bank, ≤ 35 SEPA Latin characters. Required. */
  readonly messageId: string;
  /** `GrpHdr/CreDtTm`: when the file was made, an ISO date-time (`2026-11-30T14:05:00`, zone optional). Required; no clock is read. */
  readonly creationDateTime: string;
  /**
   * `GrpHdr/InitgPty`: the party that sends the file. Default: the (first) company's name and
   * organisation number. `scheme` is the `SchmeNm/Cd` of the id (`CUST`, `BANK`, …; the bank tells you).
   */
  readonly initiatingParty?: { readonly name?: string | undefined; readonly id?: string | undefined; readonly scheme?: string | undefined } | undefined;
  /** `BtchBookg`: one booking per block (`true`) or per transaction (`false`); a function decides per line. Absent: not written. */
  readonly batchBooking?: boolean | ((context: Pain001LineContext) => boolean) | undefined;
  /** `InstrId` of each transaction. Default: the line id (as the end-to-end id). */
  readonly instructionId?: ((context: Pain001LineContext) => string) | undefined;
  /** `UETR` of each transaction (pain.001.001.09 and .11): a lower-case UUID v4, injected (eftkit draws no random numbers). */
  readonly uetr?: ((context: Pain001LineContext) => string | undefined) | undefined;
  /**
   * Move each requested execution date to a bank day of this calendar with this convention,
   * honouring the line's voucher type "Move payment to workday" flag (see `eftkit/calendar`).
   * Absent: the dates are written as given.
   */
  readonly adjustExecutionDate?: { readonly calendar: CalendarInput; readonly convention: BusinessDayConvention } | undefined;
  /** The character set of SEPA payments. Default `epc-latin`; `epc-latin-nordic` keeps Å Ä Ö Æ Ø. */
  readonly sepaCharacterSet?: SepaCharacterSet | undefined;
  /** Options for the validation of the suggestion (see `eftkit/validation`). */
  readonly validation?: ValidatePaymentSuggestionOptions | undefined;
  /** Indent the XML for people (two spaces). Default false: one line, as banks take it. */
  readonly pretty?: boolean | undefined;
  /** Size in characters after which {@link streamPain001} yields a chunk. Default 65,536. */
  readonly chunkSize?: number | undefined;
}

/** The totals of a file, given before its lines for a one-pass stream. */
export interface Pain001Totals {
  /** Number of transactions (`GrpHdr/NbOfTxs`). */
  readonly numberOfTransactions: number;
  /** Sum of all amounts (`GrpHdr/CtrlSum`), a decimal string. */
  readonly controlSum: string;
}

/**
 * Payment lines read on demand, for files too large to hold: the payment number and company
 * of a suggestion, and its lines as
 * - a function returning the lines anew on each call (an array, an iterable or an async
 *   iterable): read twice, first to count and check, then to write; or
 * - an iterable or async iterable read once, with `totals` given: the header carries the
 *   totals given, the payment blocks carry no totals of their own, and the totals are checked
 *   at the end (a mismatch throws, and the file written must be discarded).
 */
export interface Pain001LineSource {
  /** The payment number. */
  readonly paymentNo: string;
  /** The paying company. */
  readonly company: PayingCompany;
  /** The lines. */
  readonly lines:
    | (() => Iterable<PaymentLine> | AsyncIterable<PaymentLine>)
    | readonly PaymentLine[]
    | Iterable<PaymentLine>
    | AsyncIterable<PaymentLine>;
  /** The totals, when the lines can be read only once. */
  readonly totals?: Pain001Totals | undefined;
}

/** What {@link buildPain001} writes: one suggestion or several (one file for all). */
export type Pain001Input = PaymentSuggestion | readonly PaymentSuggestion[];

/** One transaction written, for tracing the bank's answer back to the payment line. */
export interface Pain001Transaction {
  /** The payment line's id. */
  readonly lineId: string;
  /** `InstrId`. */
  readonly instructionId: string;
  /** `EndToEndId` (= the line id). */
  readonly endToEndId: string;
  /** `UETR`, when written. */
  readonly uetr?: string;
  /** `InstdAmt`, as written. */
  readonly amount: string;
  /** `InstdAmt/@Ccy`. */
  readonly currency: string;
}

/** One payment information block (`PmtInf`) written. */
export interface Pain001PaymentInformation {
  /** `PmtInfId`. */
  readonly id: string;
  /** The payment number of the suggestion. */
  readonly paymentNo: string;
  /** `ReqdExctnDt`. */
  readonly requestedExecutionDate: string;
  /** `SvcLvl/Cd`, when written. */
  readonly serviceLevel?: string;
  /** `CtgyPurp/Cd`, when written. */
  readonly categoryPurpose?: string;
  /** `InstrPrty`, when written. */
  readonly instructionPriority?: string;
  /** `ChrgBr`. */
  readonly chargeBearer: string;
  /** `BtchBookg`, when written. */
  readonly batchBooking?: boolean;
  /** `NbOfTxs`. */
  readonly numberOfTransactions: number;
  /** `CtrlSum`. */
  readonly controlSum: string;
  /** The transactions, in file order. */
  readonly transactions: readonly Pain001Transaction[];
}

/** A pain.001 file made by {@link buildPain001}. */
export interface Pain001Document {
  /** The XML, UTF-8 text. */
  readonly xml: string;
  /** The version written. */
  readonly version: Pain001Version;
  /** `MsgId`. */
  readonly messageId: string;
  /** `GrpHdr/NbOfTxs`. */
  readonly numberOfTransactions: number;
  /** `GrpHdr/CtrlSum`. */
  readonly controlSum: string;
  /** The blocks, in file order. */
  readonly paymentInformation: readonly Pain001PaymentInformation[];
  /** Warnings: of the validation, and every text changed for the SEPA character set. */
  readonly warnings: readonly EftkitIssue[];
}
