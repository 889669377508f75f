/**
 * Types of the parts of the `sepa` package (no types of its own) that the pain.001 tests and
 * benchmarks use, to write the same transfers with it.
 */

/** A transfer; its fields are set one by one after `createTransaction()`. */
export interface SepaTx {
  creditorName: string;
  creditorIBAN: string;
  creditorBIC: string;
  amount: number;
  currency: string;
  end2endId: string;
  remittanceInfo: string;
  purposeCode: string;
  structuredRemittanceInfo: { typeCode: string; issuer: string; reference: string };
}

/** A payment information block. */
export interface SepaInfo {
  requestedExecutionDate: Date;
  debtorIBAN: string;
  debtorBIC: string;
  debtorName: string;
  createTransaction(): SepaTx;
  addTransaction(tx: SepaTx): void;
}

/** A document. */
export interface SepaDocument {
  grpHdr: { id: string; created: Date; initiatorName: string };
  createPaymentInfo(): SepaInfo;
  addPaymentInfo(info: SepaInfo): void;
  toString(): string;
}

/** The package's default export, as far as it is used. */
export interface SepaPackage {
  Document: new (format: string) => SepaDocument;
}
