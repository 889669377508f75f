/**
 * The peers of the pain.001 benchmarks, writing the same SEPA transfers: the `sepa` package
 * (its own DOM and serialiser) and xmlbuilder2 in DOM mode and in callback (streaming) mode,
 * writing exactly the elements eftkit writes for these lines.
 */
import SEPA from 'sepa';
import { create, createCB } from 'xmlbuilder2';
import type { PayingCompany, PaymentLine } from '../src/validation';
import type { SepaPackage } from '../test/support/sepa';

const Sepa = SEPA as unknown as SepaPackage;

/** The file as the `sepa` package writes it (amounts as JS numbers: its API takes floats). */
export function sepaPackageXml(company: PayingCompany, lines: readonly PaymentLine[]): string {
  const doc = new Sepa.Document('pain.001.001.09');
  doc.grpHdr.id = 'BENCH-1';
  doc.grpHdr.created = new Date('2026-11-30T10:00:00Z');
  doc.grpHdr.initiatorName = company.name;
  const info = doc.createPaymentInfo();
  info.requestedExecutionDate = new Date('2026-12-15T00:00:00Z');
  info.debtorIBAN = company.debtorAccount.iban ?? '';
  info.debtorBIC = company.debtorAccount.bic ?? '';
  info.debtorName = company.name;
  doc.addPaymentInfo(info);
  for (const line of lines) {
    const tx = info.createTransaction();
    const account = line.creditor.account;
    tx.creditorName = line.creditor.name;
    tx.creditorIBAN = 'iban' in account ? account.iban : '';
    tx.creditorBIC = line.creditor.bic ?? '';
    tx.amount = Number(line.amount);
    tx.currency = line.currency;
    tx.end2endId = line.lineId;
    tx.remittanceInfo = line.remittance.type === 'text' ? line.remittance.text : '';
    info.addTransaction(tx);
  }
  return doc.toString();
}

type Builder = ReturnType<typeof create>;

function transactions(parent: Builder, lines: readonly PaymentLine[]): void {
  for (const line of lines) {
    const account = line.creditor.account;
    const tx = parent.ele('CdtTrfTxInf');
    tx.ele('PmtId').ele('InstrId').txt(line.lineId).up().ele('EndToEndId').txt(line.lineId);
    tx.ele('Amt').ele('InstdAmt', { Ccy: line.currency }).txt(line.amount);
    tx.ele('CdtrAgt').ele('FinInstnId').ele('BICFI').txt(line.creditor.bic ?? '');
    tx.ele('Cdtr').ele('Nm').txt(line.creditor.name).up().ele('PstlAdr').ele('Ctry').txt(line.creditor.country);
    tx.ele('CdtrAcct').ele('Id').ele('IBAN').txt('iban' in account ? account.iban : '');
    tx.ele('RmtInf').ele('Ustrd').txt(line.remittance.type === 'text' ? line.remittance.text : '');
  }
}

/** The transactions written with xmlbuilder2's DOM (the writer of the original design). */
export function xmlbuilder2DomXml(company: PayingCompany, lines: readonly PaymentLine[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('urn:iso:std:iso:20022:tech:xsd:pain.001.001.09', 'Document').ele('CstmrCdtTrfInitn');
  const pmtInf = root.ele('PmtInf');
  pmtInf.ele('PmtInfId').txt('BENCH-1').up().ele('Dbtr').ele('Nm').txt(company.name);
  transactions(pmtInf, lines);
  return root.end();
}

/** The same with xmlbuilder2's callback (streaming) builder; chunks are counted, not kept. */
export function xmlbuilder2CallbackLength(company: PayingCompany, lines: readonly PaymentLine[]): number {
  let length = 0;
  const xml = createCB({ data: (chunk: string) => (length += chunk.length) });
  xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele('urn:iso:std:iso:20022:tech:xsd:pain.001.001.09', 'Document').ele('CstmrCdtTrfInitn').ele('PmtInf');
  xml.ele('PmtInfId').txt('BENCH-1').up().ele('Dbtr').ele('Nm').txt(company.name).up().up();
  for (const line of lines) {
    const account = line.creditor.account;
    xml.ele('CdtTrfTxInf');
    xml.ele('PmtId').ele('InstrId').txt(line.lineId).up().ele('EndToEndId').txt(line.lineId).up().up();
    xml.ele('Amt').ele('InstdAmt', { Ccy: line.currency }).txt(line.amount).up().up();
    xml.ele('CdtrAgt').ele('FinInstnId').ele('BICFI').txt(line.creditor.bic ?? '').up().up().up();
    xml.ele('Cdtr').ele('Nm').txt(line.creditor.name).up().ele('PstlAdr').ele('Ctry').txt(line.creditor.country).up().up().up();
    xml.ele('CdtrAcct').ele('Id').ele('IBAN').txt('iban' in account ? account.iban : '').up().up().up();
    xml.ele('RmtInf').ele('Ustrd').txt(line.remittance.type === 'text' ? line.remittance.text : '').up().up();
    xml.up();
  }
  xml.up().up().up().end();
  return length;
}
