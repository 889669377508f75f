/**
 * `eftkit/pain001`: ISO 20022 pain.001 credit-transfer initiations (.03, .09, .11) from payment
 * suggestions: validated first, grouped into payment blocks with exact totals, every optional
 * element in each version's order, SEPA text in the EPC Latin set, and a stream for files of a
 * million transactions.
 *
 * @packageDocumentation
 */
export { buildPain001, safeBuildPain001, writePain001, streamPain001 } from './build';
export { Pain001Error } from './errors';
export { PAIN001_MESSAGES } from './messages';
export type { Pain001IssueCode } from './messages';
export { PAIN001_VERSIONS } from './types';
export type {
  Pain001Version,
  Pain001Options,
  Pain001LineContext,
  Pain001LineSource,
  Pain001Totals,
  Pain001Input,
  Pain001Document,
  Pain001PaymentInformation,
  Pain001Transaction,
} from './types';
export { SEPA_TRANSLITERATION, toSepaText, escapeXml } from './charset';
export type { SepaCharacterSet, SepaText } from './charset';
export { Pain001OptionsSchema, Pain001TotalsSchema, Pain001VersionSchema } from './schemas';
