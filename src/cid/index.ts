export {
  CidError,
  FactoringDefinitionSchema,
  safeParseFactoringDefinition,
  parseFactoringDefinition,
  parseFactoringId,
  factoringDefinitionIssues,
  cidLayout,
  describeCidLayout,
} from './definition';
export type { CidCheckDigit, FactoringDefinition, FactoringDefinitionInput, CidLayout, CidPart } from './definition';
export { safeInterpretCid, interpretCid, withoutLeadingZeros } from './interpret';
export type { CidInterpretation } from './interpret';
export { safeGenerateCid, generateCid, fitDigits } from './generate';
export type { CidNumbers } from './generate';
export {
  CidAccountSchema,
  normaliseAccount,
  safeCreateCidRegistry,
  createCidRegistry,
  safePickCidDefinition,
  pickCidDefinition,
  safeInterpretCidForAccount,
  interpretCidForAccount,
} from './registry';
export type { CidAccountInput, CidAccountSchemaShape, CidRegistry, CidMatch } from './registry';
export { findCids } from './find';
export type { FoundCid, FindCidsOptions } from './find';
export { CID_MESSAGES } from './messages';
export type { CidIssueCode } from './messages';
export { CID_LIMITS } from './tables';
