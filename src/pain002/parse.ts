import { fail, issue, unwrap, type IssuePath, type Result } from '../errors';
import {
  accountKey,
  at,
  child,
  children,
  partyName,
  readAccount,
  readAmount,
  readCount,
  readDate,
  readDateChoice,
  readDateTime,
  readDecimal,
  safeReadIsoMessage,
  text,
  texts,
  type ExpectedMessage,
  type IssueSink,
  type XmlElement,
  type XmlInput,
  finishRead,
} from '../internal/xml';
import { Pain002Error } from './errors';
import { PAIN002_MESSAGES as M } from './messages';
import { STATUS_REASON_CODES } from './reason-codes';
import { ParsePain002OptionsSchema, type ParsePain002Options } from './schemas';
import { PAYMENT_STATUS_CODES } from './status-codes';
import type {
  GroupStatus,
  OriginalTransactionReference,
  Pain002Report,
  Pain002Version,
  PaymentInformationStatus,
  StatusCode,
  StatusReason,
  TransactionStatus,
  TransactionsPerStatus,
} from './types';

/** The message pain.002 readers expect. */
export const PAIN002: ExpectedMessage = { family: 'pain.002', messageElement: 'CstmrPmtStsRpt', versions: ['001.03', '001.10'] };

/** Describes a status code: its ISO name, description and outcome when eftkit knows it. */
export function describeStatus(code: string): StatusCode {
  const row = PAYMENT_STATUS_CODES[code];
  return row === undefined
    ? { code, known: false }
    : { code, known: true, name: row.name, description: row.description, outcome: row.outcome };
}

/** @internal Shared with the stream reader. */
export function readStatus(node: XmlElement | undefined, name: string, path: IssuePath, sink: IssueSink): StatusCode | undefined {
  const code = text(node, name);
  if (code === undefined) return undefined;
  const status = describeStatus(code);
  if (!status.known) sink.issues.push(issue('pain002/unknown-status', M.unknownStatus(code), path, 'warning'));
  return status;
}

/** @internal Shared with the stream reader. */
export function readReasons(node: XmlElement | undefined, path: IssuePath, sink: IssueSink): StatusReason[] {
  return children(node, 'StsRsnInf').map((info, i) => {
    const code = text(info, 'Rsn', 'Cd');
    const proprietary = text(info, 'Rsn', 'Prtry');
    const row = code === undefined ? undefined : STATUS_REASON_CODES[code];
    if (code !== undefined && row === undefined) {
      sink.issues.push(issue('pain002/unknown-reason', M.unknownReason(code), [...path, 'reasons', i, 'code'], 'warning'));
    }
    const originator = partyName(child(info, 'Orgtr')) ?? text(info, 'Orgtr', 'Id', 'OrgId', 'AnyBIC') ?? text(info, 'Orgtr', 'Id', 'OrgId', 'BICOrBEI');
    return {
      ...(code !== undefined ? { code } : {}),
      ...(proprietary !== undefined ? { proprietary } : {}),
      known: row !== undefined,
      ...(row !== undefined ? { name: row.name, description: row.description } : {}),
      additionalInfo: texts(info, 'AddtlInf'),
      ...(originator !== undefined ? { originator } : {}),
    };
  });
}

/** @internal Shared with the stream reader. */
export function readPerStatus(node: XmlElement | undefined, path: IssuePath, sink: IssueSink): TransactionsPerStatus[] {
  const out: TransactionsPerStatus[] = [];
  children(node, 'NbOfTxsPerSts').forEach((entry, i) => {
    const count = readCount(entry, 'DtldNbOfTxs', [...path, 'transactionsPerStatus', i, 'count'], sink);
    const status = readStatus(entry, 'DtldSts', [...path, 'transactionsPerStatus', i, 'status'], sink);
    const controlSum = readDecimal(entry, 'DtldCtrlSum', [...path, 'transactionsPerStatus', i, 'controlSum'], sink);
    if (count !== undefined && status !== undefined) out.push({ count, status, ...(controlSum !== undefined ? { controlSum } : {}) });
  });
  return out;
}

function readOriginal(node: XmlElement | undefined, path: IssuePath, sink: IssueSink): OriginalTransactionReference | undefined {
  if (node === undefined) return undefined;
  const amountNode = at(node, 'Amt', 'InstdAmt') ?? at(node, 'Amt', 'EqvtAmt', 'Amt');
  const amount = readAmount(amountNode, [...path, 'amount'], sink);
  const currencyOfTransfer = text(node, 'Amt', 'EqvtAmt', 'CcyOfTrf');
  const dateNode = child(node, 'ReqdExctnDt');
  const requestedExecutionDate = readDateChoice(dateNode, [...path, 'requestedExecutionDate'], sink)?.date;
  const debtorAccount = accountKey(readAccount(child(node, 'DbtrAcct')));
  const creditorName = partyName(child(node, 'Cdtr'));
  const creditorAccount = accountKey(readAccount(child(node, 'CdtrAcct')));
  const creditorReference = text(node, 'RmtInf', 'Strd', 'CdtrRefInf', 'Ref');
  return {
    ...(amount !== undefined ? { amount } : {}),
    ...(currencyOfTransfer !== undefined ? { currencyOfTransfer } : {}),
    ...(requestedExecutionDate !== undefined ? { requestedExecutionDate } : {}),
    ...(debtorAccount !== undefined ? { debtorAccount } : {}),
    ...(creditorName !== undefined ? { creditorName } : {}),
    ...(creditorAccount !== undefined ? { creditorAccount } : {}),
    ...(creditorReference !== undefined ? { creditorReference } : {}),
    unstructured: texts(child(node, 'RmtInf'), 'Ustrd'),
  };
}

/** @internal Shared with the stream reader. */
export function readTransaction(
  node: XmlElement,
  index: number,
  path: IssuePath,
  ids: { messageId: string; paymentInformationId: string },
  inherited: StatusCode | undefined,
  sink: IssueSink,
): TransactionStatus {
  const local: IssueSink = { module: sink.module, issues: [] };
  const statusId = text(node, 'StsId');
  const originalInstructionId = text(node, 'OrgnlInstrId');
  const originalEndToEndId = text(node, 'OrgnlEndToEndId');
  const originalUetr = text(node, 'OrgnlUETR')?.toLowerCase();
  const status = readStatus(node, 'TxSts', [...path, 'status'], local);
  const reasons = readReasons(node, path, local);
  const acceptanceDateTime = readDateTime(node, 'AccptncDtTm', [...path, 'acceptanceDateTime'], local);
  const accountServicerReference = text(node, 'AcctSvcrRef');
  const clearingSystemReference = text(node, 'ClrSysRef');
  const original = readOriginal(child(node, 'OrgnlTxRef'), [...path, 'original'], local);
  if (originalEndToEndId === undefined && originalInstructionId === undefined && originalUetr === undefined) {
    local.issues.push(issue('pain002/missing-field', M.missingField('OrgnlEndToEndId (or OrgnlInstrId/OrgnlUETR)', 'a transaction status'), [...path, 'originalEndToEndId'], 'warning'));
  }
  sink.issues.push(...local.issues);
  const effectiveStatus = status ?? inherited;
  return {
    index,
    ...(statusId !== undefined ? { statusId } : {}),
    originalMessageId: ids.messageId,
    originalPaymentInformationId: ids.paymentInformationId,
    ...(originalInstructionId !== undefined ? { originalInstructionId } : {}),
    ...(originalEndToEndId !== undefined ? { originalEndToEndId } : {}),
    ...(originalUetr !== undefined ? { originalUetr } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(effectiveStatus !== undefined ? { effectiveStatus } : {}),
    reasons,
    ...(acceptanceDateTime !== undefined ? { acceptanceDateTime } : {}),
    ...(accountServicerReference !== undefined ? { accountServicerReference } : {}),
    ...(clearingSystemReference !== undefined ? { clearingSystemReference } : {}),
    ...(original !== undefined ? { original } : {}),
    issues: local.issues,
  };
}

/** @internal Shared with the stream reader. */
export function readGroup(node: XmlElement | undefined, sink: IssueSink): GroupStatus {
  const path: IssuePath = ['group'];
  const originalMessageId = text(node, 'OrgnlMsgId');
  const originalMessageNameId = text(node, 'OrgnlMsgNmId');
  if (originalMessageId === undefined) sink.issues.push(issue('pain002/missing-field', M.missingField('OrgnlMsgId', 'OrgnlGrpInfAndSts'), [...path, 'originalMessageId']));
  if (originalMessageNameId === undefined) sink.issues.push(issue('pain002/missing-field', M.missingField('OrgnlMsgNmId', 'OrgnlGrpInfAndSts'), [...path, 'originalMessageNameId'], 'warning'));
  const originalCreationDateTime = readDateTime(node, 'OrgnlCreDtTm', [...path, 'originalCreationDateTime'], sink);
  const originalNumberOfTransactions = readCount(node, 'OrgnlNbOfTxs', [...path, 'originalNumberOfTransactions'], sink);
  const originalControlSum = readDecimal(node, 'OrgnlCtrlSum', [...path, 'originalControlSum'], sink);
  const status = readStatus(node, 'GrpSts', [...path, 'status'], sink);
  return {
    originalMessageId: originalMessageId ?? '',
    originalMessageNameId: originalMessageNameId ?? '',
    ...(originalCreationDateTime !== undefined ? { originalCreationDateTime } : {}),
    ...(originalNumberOfTransactions !== undefined ? { originalNumberOfTransactions } : {}),
    ...(originalControlSum !== undefined ? { originalControlSum } : {}),
    ...(status !== undefined ? { status } : {}),
    reasons: readReasons(node, path, sink),
    transactionsPerStatus: readPerStatus(node, path, sink),
  };
}

/** @internal The report's `GrpHdr` and `OrgnlGrpInfAndSts`, as the one-shot reader and the stream read them. */
export function readReportHeader(
  message: XmlElement,
  sink: IssueSink,
): { messageId: string | undefined; creationDateTime: string | undefined; initiatingPartyName: string | undefined; group: GroupStatus } {
  const messageId = text(message, 'GrpHdr', 'MsgId');
  if (messageId === undefined) sink.issues.push(issue('pain002/missing-field', M.missingField('MsgId', 'GrpHdr'), ['messageId']));
  const creationDateTime = readDateTime(child(message, 'GrpHdr'), 'CreDtTm', ['creationDateTime'], sink);
  const initiatingPartyName = partyName(at(message, 'GrpHdr', 'InitgPty'));
  const groupNode = child(message, 'OrgnlGrpInfAndSts');
  if (groupNode === undefined) sink.issues.push(issue('pain002/missing-field', M.missingField('OrgnlGrpInfAndSts', 'the report'), ['group']));
  return { messageId, creationDateTime, initiatingPartyName, group: readGroup(groupNode, sink) };
}

/** @internal A payment information block's own fields (`OrgnlPmtInfAndSts` without its per-status counts and transactions). */
export function readBlockHead(
  node: XmlElement,
  index: number,
  group: GroupStatus,
  sink: IssueSink,
): { path: IssuePath; head: Omit<PaymentInformationStatus, 'transactionsPerStatus' | 'transactions'> } {
  const path: IssuePath = ['paymentInformations', index];
  const paymentInformationId = text(node, 'OrgnlPmtInfId');
  if (paymentInformationId === undefined) {
    sink.issues.push(issue('pain002/missing-field', M.missingField('OrgnlPmtInfId', 'OrgnlPmtInfAndSts'), [...path, 'originalPaymentInformationId'], 'warning'));
  }
  const status = readStatus(node, 'PmtInfSts', [...path, 'status'], sink);
  const effectiveStatus = status ?? group.status;
  const reasons = readReasons(node, path, sink);
  const originalNumberOfTransactions = readCount(node, 'OrgnlNbOfTxs', [...path, 'originalNumberOfTransactions'], sink);
  const originalControlSum = readDecimal(node, 'OrgnlCtrlSum', [...path, 'originalControlSum'], sink);
  const head = {
    index,
    originalMessageId: group.originalMessageId,
    originalPaymentInformationId: paymentInformationId ?? '',
    ...(originalNumberOfTransactions !== undefined ? { originalNumberOfTransactions } : {}),
    ...(originalControlSum !== undefined ? { originalControlSum } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(effectiveStatus !== undefined ? { effectiveStatus } : {}),
    reasons,
  };
  return { path, head };
}

/**
 * Reads a pain.002 customer payment status report (pain.002.001.03 or .10) from text or
 * UTF-8 bytes, safely (see the XML limits in {@link ParsePain002Options}): the group status,
 * every payment information status and every transaction status, each tied to our message
 * id, payment information id, instruction id, end-to-end id and (in .10) UETR, with reason
 * codes described from {@link STATUS_REASON_CODES} and the bank’s texts. Unknown status or
 * reason codes are kept and flagged (`known: false`, a warning), never dropped. Never throws.
 *
 * Fails with an `xml/…` issue when the document is refused (too large, DOCTYPE or entities,
 * truncated, malformed, another message or version), with `pain002/missing-field` when the
 * report lacks its message id or original message id, and under `strict` on any warning.
 */
export function safeParsePain002(xml: XmlInput, options: ParsePain002Options = {}): Result<Pain002Report> {
  const checked = ParsePain002OptionsSchema.safeParse(options);
  if (!checked.success) {
    return fail(checked.error.issues.map((i) => issue('xml/invalid-options', M.invalidOptions(i.message), i.path.filter((p) => typeof p !== 'symbol'))));
  }
  const read = safeReadIsoMessage(xml, PAIN002, options);
  if (!read.ok) return read;
  const root = read.value.message;
  const sink: IssueSink = { module: 'pain002', issues: [] };
  const { messageId, creationDateTime, initiatingPartyName, group } = readReportHeader(root, sink);

  const paymentInformations: PaymentInformationStatus[] = children(root, 'OrgnlPmtInfAndSts').map((node, index) => {
    const { path, head } = readBlockHead(node, index, group, sink);
    const ids = { messageId: group.originalMessageId, paymentInformationId: head.originalPaymentInformationId };
    const transactions = children(node, 'TxInfAndSts').map((tx, i) =>
      readTransaction(tx, i, [...path, 'transactions', i], ids, head.effectiveStatus, sink),
    );
    return { ...head, transactionsPerStatus: readPerStatus(node, path, sink), transactions };
  });

  const report: Pain002Report = {
    messageName: read.value.messageName as Pain002Version,
    messageId: messageId ?? '',
    ...(creationDateTime !== undefined ? { creationDateTime } : {}),
    ...(initiatingPartyName !== undefined ? { initiatingPartyName } : {}),
    group,
    paymentInformations,
    issues: sink.issues,
  };
  return finishRead(report, sink.issues, options.strict === true);
}


/**
 * Reads a pain.002 status report; see {@link safeParsePain002}.
 *
 * @throws {Pain002Error} with every issue when the document is refused or lacks its ids.
 */
export function parsePain002(xml: XmlInput, options?: ParsePain002Options): Pain002Report {
  return unwrap(safeParsePain002(xml, options), Pain002Error);
}

/** Every transaction status of a report, in document order, across payment information blocks. */
export function transactionStatuses(report: Pain002Report): TransactionStatus[] {
  return report.paymentInformations.flatMap((p) => [...p.transactions]);
}

/** Describes a reason code from {@link STATUS_REASON_CODES}, or undefined when it is not listed. */
export function describeReason(code: string): { readonly name: string; readonly description: string } | undefined {
  const row = STATUS_REASON_CODES[code];
  return row === undefined ? undefined : { name: row.name, description: row.description };
}
