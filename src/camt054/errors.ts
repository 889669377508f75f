import { EftkitError } from '../errors';

/** Thrown by {@link parseCamt054}; `code` is a {@link Camt054IssueCode}. */
export class Camt054Error extends EftkitError {
  override readonly name: string = 'Camt054Error';
}
