import { issue, type EftkitIssue } from '../errors';
import { compact, type IsoAccount } from '../internal/xml';
import type { Amount } from '../money';
import type { ReferenceScheme } from '../references';
import { CAMT054_MESSAGES as M } from './messages';
import type {
  Camt054Report,
  CamtCharge,
  CamtEntry,
  CamtNotification,
  CamtTransaction,
  CreditDebit,
  CreditorReference,
  ReturnInformation,
  TransactionReferences,
} from './types';

/** Where in the report an item comes from. */
export interface CamtPosition {
  /** Index of the notification. */
  readonly notificationIndex: number;
  /** Index of the entry in its notification. */
  readonly entryIndex: number;
  /** Index of the transaction in its entry; absent when the entry has no transaction details. */
  readonly transactionIndex?: number;
}

/** The bank's references of a payment, from the transaction and its entry. */
export interface BankReferences extends TransactionReferences {
  /** The entry's own bank reference (`Ntry/AcctSvcrRef`). */
  readonly entryAccountServicerReference?: string;
  /** The entry reference (`NtryRef`). */
  readonly entryReference?: string;
}

/** A customer's payment into our account, ready to be matched to open invoices. */
export interface IncomingPayment extends CamtPosition {
  /** The amount credited to our account. */
  readonly amount: Amount;
  /** Its currency (the same as `amount.currency`). */
  readonly currency: string;
  /** The entry status as sent (`BOOK`, `PDNG`, `INFO`). */
  readonly status?: string;
  /** True when the entry is booked. */
  readonly booked: boolean;
  /** Booking date, `YYYY-MM-DD`. */
  readonly bookingDate?: string;
  /** Value date, `YYYY-MM-DD`. */
  readonly valueDate?: string;
  /** The first structured creditor reference (KID, OCR, Finnish, RF…), when any. */
  readonly reference?: string;
  /** The schemes that reference satisfies (empty when none, or no reference). */
  readonly referenceSchemes: readonly ReferenceScheme[];
  /** Every structured creditor reference, in order (a payment may pay several invoices). */
  readonly references: readonly CreditorReference[];
  /** Unstructured remittance texts. */
  readonly unstructured: readonly string[];
  /** The payer's name. */
  readonly debtorName?: string;
  /** The payer's account. */
  readonly debtorAccount?: IsoAccount;
  /** The ultimate payer's name, when given. */
  readonly ultimateDebtorName?: string;
  /** Our account the money came into. */
  readonly account?: IsoAccount;
  /** The bank's references. */
  readonly bankReferences: BankReferences;
  /** Charges the bank reports on it. */
  readonly charges: readonly CamtCharge[];
  /** Warnings about the transaction or its entry. */
  readonly issues: readonly EftkitIssue[];
}

/** A payment out of our account, as the bank booked it. */
export interface OutgoingDebit extends CamtPosition {
  /** Our end-to-end id: the key to our payment line. */
  readonly endToEndId?: string;
  /** Our instruction id. */
  readonly instructionId?: string;
  /** Our payment information id. */
  readonly paymentInformationId?: string;
  /** Our message id. */
  readonly messageId?: string;
  /** The UETR (.08). */
  readonly uetr?: string;
  /** The amount actually debited from our account, in the account's currency. */
  readonly amount: Amount;
  /** The amount we instructed, possibly in another currency, when the bank repeats it. */
  readonly instructedAmount?: Amount;
  /** Charges the bank reports on the transaction (and, for an entry without details, the entry). */
  readonly charges: readonly CamtCharge[];
  /** The entry status as sent. */
  readonly status?: string;
  /** True when the entry is booked. */
  readonly booked: boolean;
  /** Booking date, `YYYY-MM-DD`. */
  readonly bookingDate?: string;
  /** Value date, `YYYY-MM-DD`. */
  readonly valueDate?: string;
  /** The creditor's name. */
  readonly creditorName?: string;
  /** The creditor's account. */
  readonly creditorAccount?: IsoAccount;
  /** Our account the money left. */
  readonly account?: IsoAccount;
  /** The bank's references. */
  readonly bankReferences: BankReferences;
  /** Warnings about the transaction or its entry. */
  readonly issues: readonly EftkitIssue[];
}

/** One of our payments coming back (a reversal of a debit: `CRDT` with `RvslInd`). */
export interface ReturnedPayment extends CamtPosition {
  /** Our end-to-end id. */
  readonly endToEndId?: string;
  /** Our instruction id. */
  readonly instructionId?: string;
  /** The UETR (.08). */
  readonly uetr?: string;
  /** The amount returned to our account. */
  readonly amount: Amount;
  /** Why it was returned. */
  readonly returnInformation?: ReturnInformation;
  /** Booking date, `YYYY-MM-DD`. */
  readonly bookingDate?: string;
  /** The entry status as sent. */
  readonly status?: string;
  /** The bank's references. */
  readonly bankReferences: BankReferences;
}

/** A transaction a list could not include, with the reason. */
export interface SkippedTransaction extends CamtPosition {
  /** Why: `camt054/no-amount`, `camt054/unknown-direction` or `camt054/reversal`. */
  readonly reason: EftkitIssue;
}

/** What {@link incomingPaymentsFromCamt054} returns. */
export interface IncomingPayments {
  /** The credit transactions, as incoming payments, in document order. */
  readonly payments: readonly IncomingPayment[];
  /** Credit (or undetermined) transactions that are not payments, each with its reason. */
  readonly skipped: readonly SkippedTransaction[];
}

/** What {@link outgoingDebitsFromCamt054} returns. */
export interface OutgoingDebits {
  /** The debit transactions, in document order. */
  readonly debits: readonly OutgoingDebit[];
  /** Our payments that came back (reversed debits). */
  readonly returns: readonly ReturnedPayment[];
  /** Debit (or undetermined) transactions that could not be listed, each with its reason. */
  readonly skipped: readonly SkippedTransaction[];
}

interface Item {
  readonly notification: CamtNotification;
  readonly entry: CamtEntry;
  readonly transaction: CamtTransaction | undefined;
  readonly position: CamtPosition;
  readonly direction: CreditDebit | undefined;
  readonly amount: Amount | undefined;
  readonly path: readonly (string | number)[];
}

/** Every transaction of a report; an entry without details counts as one transaction. */
function items(report: Camt054Report): Item[] {
  const out: Item[] = [];
  for (const notification of report.notifications) {
    for (const entry of notification.entries) {
      const base = ['notifications', notification.index, 'entries', entry.index];
      if (entry.transactions.length === 0) {
        out.push({
          notification,
          entry,
          transaction: undefined,
          position: { notificationIndex: notification.index, entryIndex: entry.index },
          direction: entry.creditDebit,
          amount: entry.amount,
          path: base,
        });
      }
      for (const transaction of entry.transactions) {
        out.push({
          notification,
          entry,
          transaction,
          position: { notificationIndex: notification.index, entryIndex: entry.index, transactionIndex: transaction.index },
          direction: transaction.creditDebit ?? entry.creditDebit,
          amount: transaction.amount,
          path: [...base, 'transactions', transaction.index],
        });
      }
    }
  }
  return out;
}

function bankReferences(item: Item): BankReferences {
  return compact<BankReferences>({
    ...(item.transaction?.references ?? {}),
    entryAccountServicerReference: item.entry.accountServicerReference,
    entryReference: item.entry.entryReference,
  });
}

function skip(item: Item, code: string, message: string): SkippedTransaction {
  return { ...item.position, reason: issue(code, message, item.path, 'warning') };
}

/**
 * Lists the credit transactions of a notification as incoming payments: amount, currency,
 * booking and value date, the structured reference with the schemes it satisfies (KID, OCR,
 * Finnish, RF…), unstructured texts, the payer's name and account, the bank's references and
 * charges. An entry without transaction details is one payment. Nothing is dropped: a credit
 * whose amount cannot be told (`camt054/no-amount`), a reversal of an earlier credit
 * (`DBIT` with `RvslInd`, `camt054/reversal`) and an entry that says neither credit nor debit
 * (`camt054/unknown-direction`) are listed in `skipped` with the reason. Reversed debits
 * (`CRDT` with `RvslInd`) are returns of our own payments: see
 * {@link outgoingDebitsFromCamt054}. Never throws.
 */
export function incomingPaymentsFromCamt054(report: Camt054Report): IncomingPayments {
  const payments: IncomingPayment[] = [];
  const skipped: SkippedTransaction[] = [];
  for (const item of items(report)) {
    const { entry, transaction } = item;
    if (item.direction === undefined) {
      skipped.push(skip(item, 'camt054/unknown-direction', M.unknownDirection));
      continue;
    }
    if (entry.reversal && item.direction === 'debit') {
      skipped.push(skip(item, 'camt054/reversal', M.reversal));
      continue;
    }
    if (item.direction !== 'credit' || entry.reversal) continue;
    if (item.amount === undefined) {
      skipped.push(skip(item, 'camt054/no-amount', M.noAmount));
      continue;
    }
    const references = transaction?.remittance.structured
      .map((s) => s.creditorReference)
      .filter((r): r is CreditorReference => r !== undefined) ?? [];
    const first = references[0];
    payments.push(
      compact<IncomingPayment>({
        ...item.position,
        amount: item.amount,
        currency: item.amount.currency,
        status: entry.status,
        booked: entry.booked,
        bookingDate: entry.bookingDate?.date,
        valueDate: entry.valueDate?.date,
        reference: first?.value,
        referenceSchemes: first?.schemes ?? [],
        references,
        unstructured: transaction?.remittance.unstructured ?? [],
        debtorName: transaction?.debtor?.name,
        debtorAccount: transaction?.debtorAccount,
        ultimateDebtorName: transaction?.ultimateDebtor?.name,
        account: item.notification.account,
        bankReferences: bankReferences(item),
        charges: transaction?.charges ?? entry.charges,
        issues: transaction?.issues ?? entry.issues,
      }),
    );
  }
  return { payments, skipped };
}

/**
 * Lists the debit transactions of a notification: our payments as the bank booked them, with
 * our end-to-end id, instruction id, payment information id and UETR, the amount actually
 * debited (in the account's currency), the instructed amount and the charges. Reversed
 * debits (`CRDT` with `RvslInd`) are listed in `returns` with the return reason. Nothing is
 * dropped: a debit whose amount cannot be told, or an entry that says neither credit nor
 * debit, is in `skipped` with the reason. Never throws.
 */
export function outgoingDebitsFromCamt054(report: Camt054Report): OutgoingDebits {
  const debits: OutgoingDebit[] = [];
  const returns: ReturnedPayment[] = [];
  const skipped: SkippedTransaction[] = [];
  for (const item of items(report)) {
    const { entry, transaction } = item;
    const refs = transaction?.references;
    if (item.direction === undefined) {
      skipped.push(skip(item, 'camt054/unknown-direction', M.unknownDirection));
      continue;
    }
    const isReturn = item.direction === 'credit' && entry.reversal;
    if (item.direction !== 'debit' && !isReturn) continue;
    if (item.direction === 'debit' && entry.reversal) continue; // a reversed credit: incoming's skipped list
    if (item.amount === undefined) {
      skipped.push(skip(item, 'camt054/no-amount', M.noAmount));
      continue;
    }
    if (isReturn) {
      returns.push(
        compact<ReturnedPayment>({
          ...item.position,
          endToEndId: refs?.endToEndId,
          instructionId: refs?.instructionId,
          uetr: refs?.uetr,
          amount: item.amount,
          returnInformation: transaction?.returnInformation,
          bookingDate: entry.bookingDate?.date,
          status: entry.status,
          bankReferences: bankReferences(item),
        }),
      );
      continue;
    }
    debits.push(
      compact<OutgoingDebit>({
        ...item.position,
        endToEndId: refs?.endToEndId,
        instructionId: refs?.instructionId,
        paymentInformationId: refs?.paymentInformationId ?? (entry.batches.length === 1 ? entry.batches[0]?.paymentInformationId : undefined),
        messageId: refs?.messageId ?? (entry.batches.length === 1 ? entry.batches[0]?.messageId : undefined),
        uetr: refs?.uetr,
        amount: item.amount,
        instructedAmount: transaction?.instructedAmount,
        charges: transaction === undefined ? entry.charges : transaction.charges,
        status: entry.status,
        booked: entry.booked,
        bookingDate: entry.bookingDate?.date,
        valueDate: entry.valueDate?.date,
        creditorName: transaction?.creditor?.name,
        creditorAccount: transaction?.creditorAccount,
        account: item.notification.account,
        bankReferences: bankReferences(item),
        issues: transaction?.issues ?? entry.issues,
      }),
    );
  }
  return { debits, returns, skipped };
}
