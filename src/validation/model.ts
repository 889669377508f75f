import type { ChargeBearer, FeeCode } from '../charges';
import type { ReferenceSchemeInput } from '../references';

/**
 * A postal address, structured (ISO 20022 `PostalAddress24` fields) or as address lines, or
 * both ("hybrid": town and country structured, at most two lines). From November 2026 SWIFT
 * CBPR+ accepts only structured or hybrid addresses on cross-border payments.
 */
export interface PostalAddress {
  /** Department (`Dept`), ≤ 70. */
  readonly department?: string | undefined;
  /** Sub-department (`SubDept`), ≤ 70. */
  readonly subDepartment?: string | undefined;
  /** Street name (`StrtNm`), ≤ 70. */
  readonly street?: string | undefined;
  /** Building number (`BldgNb`), ≤ 16. */
  readonly buildingNo?: string | undefined;
  /** Building name (`BldgNm`), ≤ 35. */
  readonly buildingName?: string | undefined;
  /** Floor (`Flr`), ≤ 70. */
  readonly floor?: string | undefined;
  /** Post box (`PstBx`), ≤ 16. */
  readonly postBox?: string | undefined;
  /** Room (`Room`), ≤ 70. */
  readonly room?: string | undefined;
  /** Post code (`PstCd`), ≤ 16. */
  readonly postCode?: string | undefined;
  /** Town (`TwnNm`), ≤ 35. */
  readonly town?: string | undefined;
  /** Town location (`TwnLctnNm`), ≤ 35. */
  readonly townLocation?: string | undefined;
  /** District (`DstrctNm`), ≤ 35. */
  readonly district?: string | undefined;
  /** State, region or county (`CtrySubDvsn`), ≤ 35. */
  readonly countrySubDivision?: string | undefined;
  /** ISO 3166 alpha-2 country (`Ctry`). */
  readonly country?: string | undefined;
  /** Unstructured lines (`AdrLine`), each ≤ 70, at most 7 (2 in a hybrid address). */
  readonly addressLines?: readonly string[] | undefined;
}

/** Another party named on a payment: an ultimate debtor or ultimate creditor. */
export interface PartyIdentification {
  /** Name, ≤ 140 (banks often cut at 70). */
  readonly name?: string | undefined;
  /** Organisation number in its home register, ≤ 35. */
  readonly orgNo?: string | undefined;
  /** Legal Entity Identifier (ISO 17442), 20 characters with MOD 97 check digits. */
  readonly lei?: string | undefined;
  /** Address. */
  readonly address?: PostalAddress | undefined;
}

/** The paying company's bank account (the ERP's "chargeable bank account no." of the bank partner). */
export interface DebtorAccount {
  /** IBAN of the account (one of `iban` and `bban` is needed). */
  readonly iban?: string | undefined;
  /** Domestic account number (NO, SE, DK, FI). */
  readonly bban?: string | undefined;
  /** BIC of the debtor's bank. */
  readonly bic?: string | undefined;
  /** ISO 4217 currency of the account. */
  readonly currency: string;
}

/** The ERP's bank partner row for the payment hub. */
export interface BankPartner {
  /** The bank partner's id in the ERP. */
  readonly id: string;
  /** The general-ledger bank account credited when a payment is settled. */
  readonly glAccount: string;
  /** The bank partner's default EFT bank fee code (used when line and supplier have 0). */
  readonly defaultFeeCode?: FeeCode | undefined;
  /** Name, for messages. */
  readonly name?: string | undefined;
  /**
   * Whether the bank partner's option for payment descriptions from "Extra text" is set. When
   * `false`, a line that pays with extra text is an issue. Default: set.
   */
  readonly extraTextEnabled?: boolean | undefined;
}

/** The company that pays: the debtor. */
export interface PayingCompany {
  /** Name (`Dbtr/Nm`). */
  readonly name: string;
  /** Organisation number (the ERP's "Company number"). */
  readonly orgNo: string;
  /** ISO 3166 alpha-2 country of the company. */
  readonly country: string;
  /** The account the payments are taken from. */
  readonly debtorAccount: DebtorAccount;
  /** The ERP's bank partner (bank system "payment hub"). */
  readonly bankPartner: BankPartner;
  /** Address of the company. */
  readonly address?: PostalAddress | undefined;
}

/**
 * The creditor's account: an IBAN, a domestic account number (NO, SE, DK, FI; in Sweden also
 * a bankgiro or PlusGiro number), or an account number of a country without IBAN (US).
 */
export type CreditorAccount =
  | { readonly iban: string }
  | { readonly bban: string; readonly kind?: 'account' | 'bankgiro' | 'plusgiro' | undefined }
  | { readonly accountNo: string };

/** The supplier being paid, with the bank data from the supplier card. */
export interface Creditor {
  /** Name (`Cdtr/Nm`), ≤ 140 (banks often cut at 70). */
  readonly name: string;
  /** ISO 3166 alpha-2 country of the supplier (two letters, never three). */
  readonly country: string;
  /** Postal address; needed on cross-border payments outside SEPA. */
  readonly address?: PostalAddress | undefined;
  /** The account to pay to. */
  readonly account: CreditorAccount;
  /** BIC of the supplier's bank. */
  readonly bic?: string | undefined;
  /** The ERP's "Bank branch": for US payments the ABA routing number (FedWire). */
  readonly bankBranch?: string | undefined;
  /** The ERP's "Swift address 1": the bank's name (US payments). */
  readonly bankName?: string | undefined;
  /** The ERP's "Swift address 2": the bank's address (US payments). */
  readonly bankAddress?: string | undefined;
}

/**
 * What the supplier sees on the payment: a structured reference (KID, OCR, Finnish reference,
 * RF, FIK), the invoice number, or free text (the ERP's "Extra text", ≤ 140 characters).
 */
export type Remittance =
  | {
      readonly type: 'reference';
      /** The reference (CID/KID/OCR/…), check digit included. */
      readonly reference: string;
      /** Its scheme; default by the creditor's country (NO `kid`, SE `ocr`, FI `fi`, DK `fik`, `RF…` → `rf`). */
      readonly scheme?: ReferenceSchemeInput | undefined;
    }
  | { readonly type: 'invoice'; readonly invoiceNo: string }
  | { readonly type: 'text'; readonly text: string };

/** The ERP's voucher type of the entry being paid. */
export interface VoucherType {
  /** Voucher type id. */
  readonly id: string;
  /** The voucher type's "Move payment to workday" flag. */
  readonly moveToWorkday: boolean;
}

/** Regulatory reporting of a cross-border payment (central bank statistics), `RgltryRptg`. */
export interface RegulatoryReporting {
  /** The reporting code (`Dtls/Cd`), such as a Norges Bank payment-purpose code, ≤ 10. */
  readonly code: string;
  /** Free text for the authority (`Dtls/Inf`), each ≤ 35. */
  readonly information?: readonly string[] | undefined;
  /** Country of the authority, ISO 3166 alpha-2. */
  readonly authorityCountry?: string | undefined;
}

/** One payment line of a suggestion: one open supplier entry to pay. */
export interface PaymentLine {
  /** Id of the line, unique in the suggestion; becomes the end-to-end id (≤ 35 characters). */
  readonly lineId: string;
  /** The supplier's number in the ERP. */
  readonly supplierNo: string;
  /** Amount as a decimal string in the XML form (`1234.50`), > 0, with the currency's decimals. */
  readonly amount: string;
  /** ISO 4217 currency of the payment. */
  readonly currency: string;
  /** Due date of the entry, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The date the payment should leave the account, `YYYY-MM-DD`; default the due date. */
  readonly requestedExecutionDate?: string | undefined;
  /** The supplier and its bank data. */
  readonly creditor: Creditor;
  /** What the supplier sees. */
  readonly remittance: Remittance;
  /** The voucher line's EFT bank fee code (0–4). */
  readonly feeCode?: FeeCode | undefined;
  /** The supplier's EFT bank fee code (0–4). */
  readonly supplierFeeCode?: FeeCode | undefined;
  /** The voucher type and its "Move payment to workday" flag. */
  readonly voucherType?: VoucherType | undefined;
  /** Approval token of a pre-approved invoice ("Approve and pay"). */
  readonly approvalToken?: string | undefined;
  /** Ultimate debtor (`UltmtDbtr`): the party the payment is made on behalf of. */
  readonly ultimateDebtor?: PartyIdentification | undefined;
  /** Ultimate creditor (`UltmtCdtr`): the final party to receive the money. */
  readonly ultimateCreditor?: PartyIdentification | undefined;
  /** ISO 20022 external purpose code (`Purp/Cd`), such as `SUPP`, 1–4 capitals or digits. */
  readonly purpose?: string | undefined;
  /** ISO 20022 external category purpose code (`CtgyPurp/Cd`), such as `SUPP`, `SALA`. */
  readonly categoryPurpose?: string | undefined;
  /** Instruction priority (`InstrPrty`). */
  readonly instructionPriority?: 'NORM' | 'HIGH' | undefined;
  /** Regulatory reporting for the central bank. */
  readonly regulatoryReporting?: RegulatoryReporting | undefined;
  /** A service level asked for explicitly (`SvcLvl/Cd`: `SEPA`, `URGP`, `NURG`, `SDVA`, …). */
  readonly serviceLevel?: string | undefined;
  /** A charge bearer asked for explicitly, overriding the fee codes. */
  readonly chargeBearer?: ChargeBearer | undefined;
}

/** A payment suggestion as the ERP exports it: lines grouped under one payment number. */
export interface PaymentSuggestion {
  /** The payment number (becomes the message and payment information id, ≤ 35). */
  readonly paymentNo: string;
  /** The paying company. */
  readonly company: PayingCompany;
  /** The payment lines. */
  readonly lines: readonly PaymentLine[];
}
