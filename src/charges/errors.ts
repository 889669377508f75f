import { EftkitError } from '../errors';

/** Thrown by the throwing charges functions; `code` is a {@link ChargesIssueCode}. */
export class ChargesError extends EftkitError {
  override readonly name: string = 'ChargesError';
}
