/**
 * The safe XML reading layer under the ISO 20022 readers (internal: not a public entry point).
 *
 * @packageDocumentation
 */
export { XmlError } from './errors';
export { XML_MESSAGES } from './messages';
export type { XmlIssueCode } from './messages';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_LENGTH, DEFAULT_MAX_DEPTH, XmlLimitsSchema } from './schemas';
export type { XmlLimits } from './schemas';
export { safeReadIsoMessage, readIsoMessage } from './read';
export type { XmlInput, ExpectedMessage, ReadMessage } from './read';
export { decodeEntities, textOf, children, child, at, text, texts, attribute } from './node';
export type { XmlElement, XmlValue } from './node';
export { readDate, readDateTime, readDateChoice, readAmount, readDecimal, readCount, partyName, readAccount, accountKey, compact, finishRead } from './iso';
export type { IsoDate, IssueSink, IsoAccount, Loose } from './iso';
export { streamIsoMessage } from './stream';
export type { XmlChunk, StreamedMessage, StreamHandlers } from './stream';
export type { DetachHooks } from './read';
