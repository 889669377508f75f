/** Issue codes of the CID module. Stable: switch on them, never on messages. */
export type CidIssueCode =
  | 'cid/invalid-definition'
  | 'cid/invalid-factoring-id'
  | 'cid/invalid-length'
  | 'cid/missing-length'
  | 'cid/overlapping-parts'
  | 'cid/too-long'
  | 'cid/invalid-factoring-characters'
  | 'cid/factoring-characters-mismatch'
  | 'cid/empty'
  | 'cid/invalid-character'
  | 'cid/wrong-length'
  | 'cid/cannot-generate'
  | 'cid/missing-number'
  | 'cid/invalid-number'
  | 'cid/truncated'
  | 'cid/no-definition-fits'
  | 'cid/unknown-account'
  | 'cid/ambiguous';

/** Messages a bookkeeper understands. */
export const CID_MESSAGES = {
  invalidDefinition: 'The factoring definition is not filled in correctly.',
  invalidFactoringId: (id: string): string =>
    `The Factoring ID "${id}" must be two start positions separated by a semicolon, like "10;1" (customer no.; invoice no.), or "0;0".`,
  invalidLength: (field: string, max: number): string => `The ${field} must be a whole number from 0 to ${max}.`,
  missingLength: (part: string, start: number): string =>
    `The ${part} starts at position ${start} of the CID, but its length is 0. Fill in the length or set the start position to 0.`,
  overlappingParts: (customer: string, invoice: string): string =>
    `The customer no. (positions ${customer}) and the invoice no. (positions ${invoice}) overlap in the CID.`,
  tooLong: (length: number, max: number): string =>
    `The CID would have ${length} characters, check digit included; a KID has at most ${max}.`,
  invalidFactoringCharacters: (chars: string): string =>
    `The factoring characters "${chars}" may contain only digits, because a CID is made of digits.`,
  factoringCharactersMismatch: (chars: string, free: number): string =>
    `The factoring characters "${chars}" must fill the ${free} position(s) of the CID not used by the customer no. or the invoice no.`,
  empty: 'The CID is empty.',
  invalidCharacter: (cid: string): string => `The CID "${cid}" may contain only digits.`,
  wrongLength: (cid: string, expected: number, withCheck: boolean): string =>
    `The CID "${cid}" has ${cid.length} characters, but this definition expects ${expected}${withCheck ? ' (check digit included)' : ''}.`,
  factoringCharactersDiffer: (cid: string, chars: string): string =>
    `The CID "${cid}" does not hold the factoring characters "${chars}" of this definition.`,
  cannotGenerateWhole: 'This definition (Factoring ID 0;0) matches the whole CID stored on the open entry; it cannot make a CID from a customer no. and an invoice no.',
  cannotGenerateGaps: (free: number): string =>
    `This definition leaves ${free} position(s) of the CID unused and has no factoring characters to fill them, so it cannot make a CID.`,
  missingNumber: (part: string): string => `The ${part} is needed to make a CID with this definition.`,
  invalidNumber: (part: string, value: string): string => `The ${part} "${value}" may contain only digits to go into a CID.`,
  truncated: (part: string, value: string, length: number): string =>
    `The ${part} "${value}" is longer than the ${length} digits the CID holds; only the last ${length} digits are used.`,
  noDefinitionFits: (cid: string): string => `None of the CID definitions of this account fits the CID "${cid}".`,
  unknownAccount: (account: string): string => `No CID definitions are registered for the account "${account}".`,
  ambiguous: (cid: string, count: number): string =>
    `${count} CID definitions fit the CID "${cid}" with different results; the first one is used.`,
} as const;
