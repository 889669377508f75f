import { EftkitError } from '../errors';

/** Thrown by the throwing account functions (`validateIban`, …); `code` is an {@link AccountsIssueCode}. */
export class AccountError extends EftkitError {
  override readonly name: string = 'AccountError';
}
