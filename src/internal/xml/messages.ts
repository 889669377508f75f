/** Issue codes of the safe XML reader. Stable: switch on them, never on messages. */
export type XmlIssueCode =
  | 'xml/not-text'
  | 'xml/empty'
  | 'xml/too-large'
  | 'xml/invalid-encoding'
  | 'xml/doctype-forbidden'
  | 'xml/entity-forbidden'
  | 'xml/external-entity-forbidden'
  | 'xml/unknown-entity'
  | 'xml/text-too-long'
  | 'xml/too-deep'
  | 'xml/truncated'
  | 'xml/malformed'
  | 'xml/wrong-root'
  | 'xml/wrong-namespace'
  | 'xml/unsupported-version'
  | 'xml/invalid-options';

/** Messages a bookkeeper (or the person who runs the integration) understands, one per code. */
export const XML_MESSAGES = {
  notText: 'The file must be given as text (a string) or as UTF-8 bytes.',
  empty: 'The file is empty.',
  tooLarge: (size: number, max: number): string =>
    `The file is ${size} bytes, more than the limit of ${max} bytes. Raise the maxBytes option if the file is genuine.`,
  invalidEncoding: 'The file is not valid UTF-8 text. Bank files in ISO 20022 format are UTF-8.',
  doctype:
    'The file has a DOCTYPE declaration. ISO 20022 files never need one, and it can be used to attack the reader, so it is refused.',
  entity:
    'The file declares an entity (<!ENTITY …>). ISO 20022 files never need one, and entity expansion can be used to attack the reader, so it is refused.',
  externalEntity:
    'The file declares an external entity (<!ENTITY … SYSTEM/PUBLIC …>) that would read another file or address. It is refused.',
  unknownEntity: (name: string): string =>
    `The file uses the entity reference "&${name};", which XML does not define. Only &amp; &lt; &gt; &quot; &apos; and numeric references are allowed.`,
  textTooLong: (length: number, max: number): string =>
    `The file holds a text of ${length} characters, more than the limit of ${max}. No field of an ISO 20022 message is that long.`,
  tooDeep: (max: number): string => `The file nests elements more than ${max} levels deep, more than any ISO 20022 message does.`,
  truncated: (root: string): string =>
    `The file ends before its root element <${root}> is closed: it was probably cut off in transfer. Ask for the file again.`,
  malformed: (detail: string, line?: number): string =>
    `The file is not well-formed XML${line === undefined ? '' : ` (line ${line})`}: ${detail}`,
  wrongRoot: (found: string, expected: string): string =>
    `The file's message element is <${found}>, but <${expected}> was expected: this is not the kind of message asked for.`,
  wrongNamespace: (found: string, expected: string): string =>
    `The file's namespace is "${found}", but a ${expected} namespace was expected: this is a different message type.`,
  unsupportedVersion: (found: string, supported: readonly string[]): string =>
    `The file is ${found}, a version eftkit does not read. Supported: ${supported.join(', ')}.`,
  invalidOptions: (detail: string): string => `The reading options are not valid: ${detail}`,
} as const;
