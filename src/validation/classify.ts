import { isSepaCountry, nationalCurrency } from '../accounts';

/**
 * How a payment line travels:
 * - `sepa`: a SEPA credit transfer: EUR, to an IBAN, both countries in SEPA (service level SEPA,
 *   charges SLEV);
 * - `domestic`: the account is in the payer's country and the currency is that country's own;
 * - `us-wire`: to an account in the USA (FedWire by ABA routing number, or SWIFT by BIC);
 * - `international`: everything else, a SWIFT cross-border payment.
 */
export type PaymentClass = 'domestic' | 'sepa' | 'international' | 'us-wire';

/** What {@link classifyPayment} decides from. */
export interface ClassifyPaymentInput {
  /** The paying company's country. */
  readonly debtorCountry: string;
  /** The currency of the debtor account. */
  readonly debtorCurrency: string;
  /** The country of the creditor's account: the IBAN's country, else the creditor's country. */
  readonly accountCountry: string;
  /** The payment's currency. */
  readonly currency: string;
  /** True when the creditor's account is given as an IBAN. */
  readonly hasIban: boolean;
  /** A service level the line asks for explicitly; anything but `SEPA` takes a payment out of SEPA. */
  readonly serviceLevel?: string | undefined;
}

/** The class of a payment and whether it could go as SEPA. */
export interface PaymentClassification {
  /** The class. */
  readonly classification: PaymentClass;
  /** True when the payment meets the SEPA conditions (EUR, IBAN, both countries in SEPA). */
  readonly sepaEligible: boolean;
  /** Why it cannot be SEPA, in words, when it cannot. */
  readonly notSepaBecause?: string;
}

/**
 * Classifies a payment: `sepa` when it can and may go as a SEPA credit transfer, else
 * `domestic` (same country, national currency), `us-wire` (account in the USA) or
 * `international`. Pure; checks nothing else.
 */
export function classifyPayment(input: ClassifyPaymentInput): PaymentClassification {
  let notSepaBecause: string | undefined;
  if (input.currency !== 'EUR') notSepaBecause = `SEPA payments are in EUR, this one is in ${input.currency}`;
  else if (!isSepaCountry(input.debtorCountry)) notSepaBecause = `the paying company's country ${input.debtorCountry} is not in SEPA`;
  else if (!isSepaCountry(input.accountCountry)) notSepaBecause = `the supplier's account is in ${input.accountCountry}, which is not in SEPA`;
  else if (!input.hasIban) notSepaBecause = "the supplier's account is not given as an IBAN";
  const sepaEligible = notSepaBecause === undefined;
  const base = sepaEligible ? { sepaEligible } : { sepaEligible, notSepaBecause: notSepaBecause as string };
  if (sepaEligible && (input.serviceLevel === undefined || input.serviceLevel === 'SEPA')) return { classification: 'sepa', ...base };
  const domesticCurrency = nationalCurrency(input.debtorCountry) ?? input.debtorCurrency;
  if (input.accountCountry === input.debtorCountry && input.currency === domesticCurrency) return { classification: 'domestic', ...base };
  if (input.accountCountry === 'US') return { classification: 'us-wire', ...base };
  return { classification: 'international', ...base };
}
