import { EftkitError } from '../errors';

/** Thrown by the throwing matching and posting functions; `code` is a {@link MatchingIssueCode}. */
export class MatchingError extends EftkitError {
  override readonly name: string = 'MatchingError';
}

export type { MatchingIssueCode } from './messages';
