/**
 * Issue codes the validation module adds. Issues of the fields it checks with other modules
 * keep those modules' codes (`iban/…`, `bic/…`, `aba/…`, `bban/…`, `country/…`, `amount/…`,
 * `currency/…`, `reference/…`, `charges/…`). Stable: switch on them, never on messages.
 */
export type ValidationIssueCode =
  | 'payment/missing-field'
  | 'payment/invalid-field'
  | 'payment/invalid-choice'
  | 'suggestion/not-an-object'
  | 'suggestion/invalid-payment-no'
  | 'suggestion/no-lines'
  | 'suggestion/mixed-pre-approval'
  | 'line/invalid-id'
  | 'line/duplicate-id'
  | 'line/invalid-date'
  | 'line/date-in-past'
  | 'line/execution-after-due-date'
  | 'line/invalid-purpose'
  | 'line/invalid-supplier-no'
  | 'amount/not-positive'
  | 'amount/too-many-digits'
  | 'company/invalid-name'
  | 'company/invalid-org-no'
  | 'company/debtor-account-missing'
  | 'creditor/invalid-name'
  | 'creditor/long-name'
  | 'creditor/field-too-long'
  | 'creditor/iban-required'
  | 'creditor/iban-not-allowed'
  | 'creditor/bic-required'
  | 'creditor/routing-missing'
  | 'creditor/bank-name-missing'
  | 'creditor/bank-address-missing'
  | 'creditor/address-missing'
  | 'creditor/account-country-mismatch'
  | 'creditor/bic-country-mismatch'
  | 'creditor/invalid-account-no'
  | 'creditor/domestic-account-required'
  | 'creditor/giro-outside-sweden'
  | 'address/too-long'
  | 'address/too-many-lines'
  | 'address/unstructured'
  | 'remittance/empty'
  | 'remittance/text-too-long'
  | 'remittance/extra-text-not-enabled'
  | 'remittance/invoice-too-long'
  | 'remittance/reference-too-long'
  | 'remittance/reference-unchecked'
  | 'remittance/text-looks-like-reference'
  | 'remittance/characters-outside-sepa'
  | 'party/invalid-lei'
  | 'party/field-too-long'
  | 'regulatory/invalid-code'
  | 'regulatory/information-too-long';

/** Messages a bookkeeper understands, one per code. */
export const VALIDATION_MESSAGES = {
  missingField: (field: string): string => `${field} is missing.`,
  invalidField: (field: string, expected: string): string => `${field} has the wrong kind of value (expected ${expected}).`,
  invalidChoice: (field: string, choices: string): string => `${field} must be ${choices}.`,
  notAnObject: 'The payment suggestion is not an object with a payment number, a company and lines.',
  invalidPaymentNo: (value: string): string =>
    `The payment number "${value}" cannot be sent: use 1–35 letters, digits and / - ? : ( ) . , ' + or spaces.`,
  noLines: 'The payment suggestion has no payment lines.',
  mixedPreApproval: (withToken: number, without: number): string =>
    `${withToken} line(s) are pre-approved (they carry an approval token) and ${without} are not. Pre-approved lines must be exported on a payment of their own; split the suggestion.`,
  invalidLineId: (value: string): string =>
    `The line id "${value}" cannot be the end-to-end id: use 1–35 letters, digits and / - ? : ( ) . , ' + or spaces, without "//" and not starting or ending with "/".`,
  duplicateLineId: (value: string, first: number): string =>
    `The line id "${value}" is already used by line ${first + 1}; each line needs its own id (it becomes the end-to-end id).`,
  invalidDate: (value: string): string => `"${value}" is not a date. Write it as YYYY-MM-DD, like 2026-11-30.`,
  dateInPast: (value: string, today: string): string => `The date ${value} is before today (${today}); the bank will pay on the first possible day.`,
  executionAfterDue: (execution: string, due: string): string =>
    `The payment date ${execution} is after the due date ${due}; the supplier will be paid late.`,
  invalidPurpose: (value: string): string => `"${value}" is not an ISO 20022 purpose code (1–4 capital letters or digits, like SUPP).`,
  invalidSupplierNo: 'The supplier number is empty.',
  notPositive: (value: string): string => `The amount ${value} must be more than zero.`,
  tooManyDigits: (value: string): string => `The amount ${value} has more than 18 digits; ISO 20022 cannot carry it.`,
  companyName: 'The company name must have 1–140 characters.',
  companyOrgNo: 'The company number must have 1–35 characters.',
  debtorAccountMissing: 'The debtor account needs an IBAN or a domestic account number.',
  creditorName: 'The supplier name must have 1–140 characters.',
  creditorLongName: (length: number): string => `The supplier name has ${length} characters; many banks keep only the first 70.`,
  fieldTooLong: (field: string, max: number): string => `${field} is longer than ${max} characters.`,
  ibanRequired: (why: string): string => `The supplier's account must be given as an IBAN: ${why}.`,
  ibanNotAllowed: (country: string): string => `${country} does not use IBANs; give the account number (accountNo) instead.`,
  bicRequired: 'An international payment needs the BIC (SWIFT code) of the supplier\'s bank.',
  routingMissing: 'A payment to the USA needs the bank\'s routing number (ABA) in "Bank branch", or the bank\'s BIC.',
  bankNameMissing: 'A payment to the USA by routing number needs the bank\'s name in "Swift address 1".',
  bankAddressMissing: 'A payment to the USA should have the bank\'s address in "Swift address 2".',
  addressMissing: 'A payment outside SEPA should carry the supplier\'s address; many banks reject it without one.',
  accountCountryMismatch: (account: string, creditor: string): string =>
    `The supplier's account is in ${account} but the supplier's country is ${creditor}. Check the supplier card.`,
  bicCountryMismatch: (bic: string, account: string): string =>
    `The BIC is of a bank in ${bic} but the account is in ${account}. Check the supplier's bank data.`,
  invalidAccountNo: (value: string): string =>
    `"${value}" cannot be an account number: use 1–34 letters and digits (spaces and dashes allowed).`,
  domesticAccountRequired: (country: string): string =>
    `A domestic payment in ${country} needs the account as an IBAN or as a domestic account number (bban) that can be checked.`,
  giroOutsideSweden: 'Bankgiro and PlusGiro numbers exist only for payments to Sweden.',
  addressTooLong: (field: string, max: number): string => `The address field ${field} is longer than ${max} characters.`,
  addressTooManyLines: (count: number, max: number): string => `The address has ${count} lines; at most ${max} are allowed here.`,
  addressUnstructured:
    'From November 2026, cross-border payments need a structured address (at least town and country as separate fields), not only address lines.',
  remittanceEmpty: 'The payment has no reference, invoice number or text.',
  textTooLong: (length: number): string => `The payment text ("Extra text") has ${length} characters; at most 140 are sent.`,
  extraTextNotEnabled: 'This line pays with "Extra text", but the bank partner\'s option for descriptions from Extra text is not set.',
  invoiceTooLong: (length: number): string => `The invoice number has ${length} characters; at most 35 are sent.`,
  referenceTooLong: (length: number): string => `The reference has ${length} characters; at most 35 are sent.`,
  referenceUnchecked: (country: string): string =>
    `eftkit knows no reference scheme of ${country}; the reference is sent without a check-digit test. Use an RF reference if the supplier accepts one.`,
  textLooksLikeReference: (scheme: string): string =>
    `The payment text is a valid ${scheme} reference. Send it as a reference (CID), so the supplier's bank can match it.`,
  outsideSepaCharacters: (characters: string): string =>
    `The text has characters outside the SEPA character set (${characters}); the bank may replace them.`,
  invalidLei: (value: string): string => `"${value}" is not a Legal Entity Identifier (20 characters with valid check digits).`,
  partyFieldTooLong: (field: string, max: number): string => `${field} is longer than ${max} characters.`,
  regulatoryCode: (value: string): string => `"${value}" is not a regulatory reporting code (1–10 letters or digits).`,
  regulatoryInformation: 'Each line of regulatory reporting information has at most 35 characters.',
} as const;
