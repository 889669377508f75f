import { EftkitError } from '../errors';

/** Thrown by {@link parsePain002}; `code` is a {@link Pain002IssueCode}. */
export class Pain002Error extends EftkitError {
  override readonly name: string = 'Pain002Error';
}
