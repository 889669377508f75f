import { fail, issue, unwrap, type IssuePath, type Result } from '../errors';
import {
  at,
  child,
  children,
  compact,
  partyName,
  readAccount,
  readAmount,
  readCount,
  readDateChoice,
  readDateTime,
  safeReadIsoMessage,
  text,
  texts,
  type IssueSink,
  type XmlElement,
  type ExpectedMessage,
  type XmlInput,
  finishRead,
} from '../internal/xml';
import type { Amount } from '../money';
import { detectReference } from '../references';
import { Camt054Error } from './errors';
import { CAMT054_MESSAGES as M } from './messages';
import { ParseCamt054OptionsSchema, type ParseCamt054Options } from './schemas';
import type {
  BankTransactionCode,
  BatchInformation,
  Camt054Report,
  Camt054Version,
  CamtCharge,
  CamtEntry,
  CamtNotification,
  CamtParty,
  CamtTransaction,
  CreditDebit,
  CreditorReference,
  NotifiedAccount,
  Remittance,
  ReturnInformation,
  StructuredRemittance,
  TransactionReferences,
} from './types';


function readCreditDebit(node: XmlElement | undefined, path: IssuePath, sink: IssueSink): CreditDebit | undefined {
  const value = text(node, 'CdtDbtInd');
  if (value === undefined) return undefined;
  if (value === 'CRDT') return 'credit';
  if (value === 'DBIT') return 'debit';
  sink.issues.push(issue('camt054/invalid-credit-debit', M.invalidCreditDebit(value), path, 'warning'));
  return undefined;
}

function readCharges(node: XmlElement | undefined, path: IssuePath, sink: IssueSink): CamtCharge[] {
  const out: CamtCharge[] = [];
  for (const charges of children(node, 'Chrgs')) {
    const records = children(charges, 'Rcrd');
    // .08 lists records under one Chrgs; .02 repeats Chrgs, each one a record.
    for (const record of records.length > 0 ? records : [charges]) {
      const at_ = [...path, 'charges', out.length];
      const amountNode = child(record, 'Amt');
      const amount = readAmount(amountNode, [...at_, 'amount'], sink);
      const included = text(record, 'ChrgInclInd');
      out.push(compact<CamtCharge>({
        amount,
        creditDebit: readCreditDebit(record, [...at_, 'creditDebit'], sink),
        type: text(record, 'Tp', 'Cd') ?? text(record, 'Tp', 'Prtry', 'Id'),
        bearer: text(record, 'Br'),
        includedInAmount: included === undefined ? undefined : included === 'true' || included === '1',
      }));
    }
  }
  return out;
}

function readParty(node: XmlElement | undefined): CamtParty | undefined {
  if (node === undefined) return undefined;
  const party = child(node, 'Pty') ?? node;
  const id =
    text(party, 'Id', 'OrgId', 'Othr', 'Id') ??
    text(party, 'Id', 'OrgId', 'AnyBIC') ??
    text(party, 'Id', 'OrgId', 'BICOrBEI') ??
    text(party, 'Id', 'PrvtId', 'Othr', 'Id') ??
    text(node, 'Agt', 'FinInstnId', 'BICFI');
  const name = partyName(node);
  if (name === undefined && id === undefined) return undefined;
  return compact<CamtParty>({ name, id });
}

function readReferences(node: XmlElement | undefined): TransactionReferences {
  const refs = child(node, 'Refs');
  return compact<TransactionReferences>({
    messageId: text(refs, 'MsgId'),
    accountServicerReference: text(refs, 'AcctSvcrRef'),
    paymentInformationId: text(refs, 'PmtInfId'),
    instructionId: text(refs, 'InstrId'),
    endToEndId: text(refs, 'EndToEndId'),
    uetr: text(refs, 'UETR')?.toLowerCase(),
    transactionId: text(refs, 'TxId'),
    mandateId: text(refs, 'MndtId'),
    chequeNumber: text(refs, 'ChqNb'),
    clearingSystemReference: text(refs, 'ClrSysRef'),
  });
}

function readRemittance(node: XmlElement | undefined, path: IssuePath, sink: IssueSink, country: string | undefined): Remittance {
  const rmtInf = child(node, 'RmtInf');
  const structured = children(rmtInf, 'Strd').map((strd, i): StructuredRemittance => {
    const at_ = [...path, 'remittance', 'structured', i];
    const refInf = child(strd, 'CdtrRefInf');
    const value = text(refInf, 'Ref');
    let creditorReference: CreditorReference | undefined;
    if (value !== undefined) {
      const schemes = detectReference(value, country === undefined ? {} : { country });
      creditorReference = compact<CreditorReference>({
        value,
        type: text(refInf, 'Tp', 'CdOrPrtry', 'Cd') ?? text(refInf, 'Tp', 'CdOrPrtry', 'Prtry'),
        issuer: text(refInf, 'Tp', 'Issr'),
        schemes,
      });
    }
    return compact<StructuredRemittance>({
      creditorReference,
      documentNumbers: children(strd, 'RfrdDocInf').map((d) => text(d, 'Nb')).filter((n): n is string => n !== undefined),
      remittedAmount: readAmount(at(strd, 'RfrdDocAmt', 'RmtdAmt'), [...at_, 'remittedAmount'], sink),
      creditNoteAmount: readAmount(at(strd, 'RfrdDocAmt', 'CdtNoteAmt'), [...at_, 'creditNoteAmount'], sink),
      additionalInfo: texts(strd, 'AddtlRmtInf'),
    });
  });
  return { unstructured: texts(rmtInf, 'Ustrd'), structured };
}

function readReturn(node: XmlElement | undefined): ReturnInformation | undefined {
  const rtr = child(node, 'RtrInf');
  if (rtr === undefined) return undefined;
  return compact<ReturnInformation>({
    code: text(rtr, 'Rsn', 'Cd'),
    proprietary: text(rtr, 'Rsn', 'Prtry'),
    additionalInfo: texts(rtr, 'AddtlInf'),
  });
}

interface EntryContext {
  readonly amount: Amount | undefined;
  readonly creditDebit: CreditDebit | undefined;
  readonly single: boolean;
  readonly country: string | undefined;
}

function readTransaction(node: XmlElement, index: number, path: IssuePath, entry: EntryContext, sink: IssueSink): CamtTransaction {
  const local: IssueSink = { module: sink.module, issues: [] };
  const own =
    readAmount(child(node, 'Amt'), [...path, 'amount'], local) ??
    readAmount(at(node, 'AmtDtls', 'TxAmt', 'Amt'), [...path, 'amount'], local);
  const fromEntry = own === undefined && entry.single && entry.amount !== undefined;
  const amount = own ?? (fromEntry ? entry.amount : undefined);
  const parties = child(node, 'RltdPties');
  const debtorAccount = readAccount(child(parties, 'DbtrAcct'));
  const creditorAccount = readAccount(child(parties, 'CdtrAcct'));
  const transaction = compact<CamtTransaction>({
    index,
    references: readReferences(node),
    amount,
    amountFromEntry: fromEntry,
    creditDebit: readCreditDebit(node, [...path, 'creditDebit'], local) ?? entry.creditDebit,
    instructedAmount: readAmount(at(node, 'AmtDtls', 'InstdAmt', 'Amt'), [...path, 'instructedAmount'], local),
    counterValueAmount: readAmount(at(node, 'AmtDtls', 'CntrValAmt', 'Amt'), [...path, 'counterValueAmount'], local),
    charges: readCharges(node, path, local),
    debtor: readParty(child(parties, 'Dbtr')),
    debtorAccount,
    ultimateDebtor: readParty(child(parties, 'UltmtDbtr')),
    creditor: readParty(child(parties, 'Cdtr')),
    creditorAccount,
    ultimateCreditor: readParty(child(parties, 'UltmtCdtr')),
    remittance: readRemittance(node, path, local, entry.country),
    purpose: text(node, 'Purp', 'Cd') ?? text(node, 'Purp', 'Prtry'),
    returnInformation: readReturn(node),
    additionalInfo: text(node, 'AddtlTxInf'),
    issues: local.issues,
  });
  if (amount === undefined) local.issues.push(issue('camt054/no-amount', M.noAmount, [...path, 'amount'], 'warning'));
  sink.issues.push(...local.issues);
  return transaction;
}

function readBankTransactionCode(node: XmlElement | undefined): BankTransactionCode | undefined {
  const code = child(node, 'BkTxCd');
  if (code === undefined) return undefined;
  const value = compact<BankTransactionCode>({
    domain: text(code, 'Domn', 'Cd'),
    family: text(code, 'Domn', 'Fmly', 'Cd'),
    subFamily: text(code, 'Domn', 'Fmly', 'SubFmlyCd'),
    proprietary: text(code, 'Prtry', 'Cd'),
  });
  return Object.keys(value).length === 0 ? undefined : value;
}

/** Reads one `<Ntry>` with its transactions; its issues go to the entry and to `sink`. */
export function readEntry(node: XmlElement, index: number, path: IssuePath, country: string | undefined, sink: IssueSink): CamtEntry {
  const local: IssueSink = { module: sink.module, issues: [] };
  const amountNode = child(node, 'Amt');
  if (amountNode === undefined) local.issues.push(issue('camt054/missing-field', M.missingField('Amt', 'an entry'), [...path, 'amount'], 'warning'));
  const amount = readAmount(amountNode, [...path, 'amount'], local);
  const creditDebit = readCreditDebit(node, [...path, 'creditDebit'], local);
  if (text(node, 'CdtDbtInd') === undefined) local.issues.push(issue('camt054/missing-field', M.missingField('CdtDbtInd', 'an entry'), [...path, 'creditDebit'], 'warning'));
  const status = text(node, 'Sts', 'Cd') ?? text(node, 'Sts', 'Prtry') ?? text(node, 'Sts');
  const reversalText = text(node, 'RvslInd');
  const details = children(node, 'NtryDtls');
  const txNodes = details.flatMap((d) => children(d, 'TxDtls'));
  const context: EntryContext = { amount, creditDebit, single: txNodes.length === 1, country };
  const transactions = txNodes.map((tx, i) => readTransaction(tx, i, [...path, 'transactions', i], context, local));
  const batches: BatchInformation[] = details
    .map((d) => child(d, 'Btch'))
    .filter((b): b is XmlElement => b !== undefined)
    .map((b, i) =>
      compact<BatchInformation>({
        messageId: text(b, 'MsgId'),
        paymentInformationId: text(b, 'PmtInfId'),
        numberOfTransactions: readCount(b, 'NbOfTxs', [...path, 'batches', i, 'numberOfTransactions'], local),
        totalAmount: readAmount(child(b, 'TtlAmt'), [...path, 'batches', i, 'totalAmount'], local),
        creditDebit: readCreditDebit(b, [...path, 'batches', i, 'creditDebit'], local),
      }),
    );

  // Batch checks: the detailed count, and the sum of the transactions against the entry.
  const declared = batches.length === 1 ? batches[0]?.numberOfTransactions : undefined;
  if (declared !== undefined && transactions.length > 0 && Number(declared) !== transactions.length) {
    local.issues.push(issue('camt054/batch-count-mismatch', M.batchCountMismatch(declared, transactions.length), [...path, 'transactions'], 'warning'));
  }
  if (amount !== undefined && transactions.length > 1) {
    const parts = transactions.map((t) => (t.amountFromEntry ? undefined : t.amount));
    if (parts.every((p): p is Amount => p !== undefined && p.currency === amount.currency)) {
      const signed = transactions.map((t, i) => (t.creditDebit !== undefined && creditDebit !== undefined && t.creditDebit !== creditDebit ? (parts[i] as Amount).negated() : (parts[i] as Amount)));
      const sum = signed.reduce((a, b) => a.plus(b));
      if (!sum.equals(amount)) {
        local.issues.push(issue('camt054/batch-sum-mismatch', M.batchSumMismatch(sum.toString(), amount.toString(), amount.currency), [...path, 'transactions'], 'warning'));
      }
    }
  }
  const bookingDate = readDateChoice(child(node, 'BookgDt'), [...path, 'bookingDate'], local);
  const valueDate = readDateChoice(child(node, 'ValDt'), [...path, 'valueDate'], local);
  const charges = readCharges(node, path, local);
  // The entry's issues include its transactions'; the report lists every one once.
  sink.issues.push(...local.issues);
  return compact<CamtEntry>({
    index,
    entryReference: text(node, 'NtryRef'),
    amount,
    creditDebit,
    reversal: reversalText === 'true' || reversalText === '1',
    status,
    booked: status === 'BOOK',
    bookingDate,
    valueDate,
    accountServicerReference: text(node, 'AcctSvcrRef'),
    bankTransactionCode: readBankTransactionCode(node),
    batches,
    charges,
    transactions,
    additionalInfo: text(node, 'AddtlNtryInf'),
    issues: local.issues,
  });
}

/** The entries of one notification, read (or held) as the scan closes them. */
interface PendingEntries {
  readonly country: string | undefined;
  /** False when the account was not known at the first entry: the entries are held. */
  readonly known: boolean;
  readonly entries: CamtEntry[];
  readonly held: XmlElement[];
  readonly sink: IssueSink;
}

/** The message camt.054 readers expect. */
export const CAMT054: ExpectedMessage = { family: 'camt.054', messageElement: 'BkToCstmrDbtCdtNtfctn', versions: ['001.02', '001.08'] };
/** The path of an entry: each one is read, then dropped, as soon as it closes. */
export const ENTRY_PATH: readonly string[] = ['Document', 'BkToCstmrDbtCdtNtfctn', 'Ntfctn', 'Ntry'];

/** The country whose reference schemes are tried: the option, else the notified IBAN's. */
export function referenceCountry(notification: XmlElement, options: ParseCamt054Options): string | undefined {
  if (options.referenceCountry !== undefined) return options.referenceCountry;
  const account = readAccount(child(notification, 'Acct'));
  return account?.iban !== undefined && /^[A-Z]{2}/.test(account.iban) ? account.iban.slice(0, 2) : undefined;
}

/** Reads a notification's account with its owner and servicer. */
export function readNotifiedAccount(node: XmlElement | undefined): NotifiedAccount | undefined {
  const account = readAccount(node);
  if (account === undefined) return undefined;
  return compact<NotifiedAccount>({
    ...account,
    ownerName: partyName(child(node, 'Ownr')),
    servicerBic: text(node, 'Svcr', 'FinInstnId', 'BIC') ?? text(node, 'Svcr', 'FinInstnId', 'BICFI'),
  });
}

/**
 * Reads a camt.054 bank-to-customer debit/credit notification (camt.054.001.02 or .08) from
 * text or UTF-8 bytes, safely (see the XML limits in {@link ParseCamt054Options}): every
 * notification, its account, every entry (amount as an exact `Amount`, credit/debit,
 * status, booking and value date as `YYYY-MM-DD`, references) and every transaction (ids,
 * amounts, charges, parties, remittance information with structured references recognised
 * by `eftkit/references`). A field that cannot be read is a warning on its entry or
 * transaction, which is kept; a batch whose transactions do not add up to the entry is
 * flagged. Never throws.
 *
 * Fails with an `xml/…` issue when the document is refused (too large, DOCTYPE or entities,
 * truncated, malformed, another message or version), with `camt054/missing-field` when the
 * message id is missing, and under `strict` on any warning.
 */
export function safeParseCamt054(xml: XmlInput, options: ParseCamt054Options = {}): Result<Camt054Report> {
  const checked = ParseCamt054OptionsSchema.safeParse(options);
  if (!checked.success) {
    return fail(checked.error.issues.map((i) => issue('xml/invalid-options', M.invalidOptions(i.message), i.path.filter((p) => typeof p !== 'symbol'))));
  }
  // Entries are read one by one as the scan closes them; the whole tree never exists.
  const read_: PendingEntries[] = [];
  const read = safeReadIsoMessage(xml, CAMT054, options, {
    detach: ENTRY_PATH,
    onDetachOpen: (partial, ordinal) => {
      if (read_[ordinal] !== undefined) return;
      const header = partial(2);
      // The account comes before the entries in every version's XSD; when it does not, the
      // entries wait (unread) until the notification closes and its account is known.
      const known = options.referenceCountry !== undefined || child(header, 'Acct') !== undefined;
      read_[ordinal] = { country: known ? referenceCountry(header, options) : undefined, known, entries: [], held: [], sink: { module: 'camt054', issues: [] } };
    },
    onDetached: (value, ordinal) => {
      const pending = read_[ordinal];
      if (pending === undefined) return;
      if (!pending.known) {
        pending.held.push(value);
        return;
      }
      const i = pending.entries.length;
      pending.entries.push(readEntry(value, i, ['notifications', ordinal, 'entries', i], pending.country, pending.sink));
    },
  });
  if (!read.ok) return read;
  const root = read.value.message;
  const sink: IssueSink = { module: 'camt054', issues: [] };
  const messageId = text(root, 'GrpHdr', 'MsgId');
  if (messageId === undefined) sink.issues.push(issue('camt054/missing-field', M.missingField('MsgId', 'GrpHdr'), ['messageId']));
  const creationDateTime = readDateTime(child(root, 'GrpHdr'), 'CreDtTm', ['creationDateTime'], sink);
  const notifications = children(root, 'Ntfctn').map((node, index): CamtNotification => {
    const path: IssuePath = ['notifications', index];
    const account = readNotifiedAccount(child(node, 'Acct'));
    const pending = read_[index];
    const country = referenceCountry(node, options);
    const header = compact<Omit<CamtNotification, 'entries'>>({
      index,
      id: text(node, 'Id'),
      creationDateTime: readDateTime(node, 'CreDtTm', [...path, 'creationDateTime'], sink),
      account,
    });
    let entries: CamtEntry[] = [];
    if (pending !== undefined) {
      for (const held of pending.held) {
        const i = pending.entries.length;
        pending.entries.push(readEntry(held, i, [...path, 'entries', i], country, pending.sink));
      }
      entries = pending.entries;
      sink.issues.push(...pending.sink.issues);
    }
    return { ...header, entries };
  });
  const report: Camt054Report = compact<Camt054Report>({
    messageName: read.value.messageName as Camt054Version,
    messageId: messageId ?? '',
    creationDateTime,
    notifications,
    issues: sink.issues,
  });
  return finishRead(report, sink.issues, options.strict === true);
}


/**
 * Reads a camt.054 notification; see {@link safeParseCamt054}.
 *
 * @throws {Camt054Error} with every issue when the document is refused or lacks its id.
 */
export function parseCamt054(xml: XmlInput, options?: ParseCamt054Options): Camt054Report {
  return unwrap(safeParseCamt054(xml, options), Camt054Error);
}
