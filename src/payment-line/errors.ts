import { EftkitError } from '../errors';

/** Thrown by the throwing payment-line functions; `code` is a `PaymentLineIssueCode`. */
export class PaymentLineError extends EftkitError {
  override readonly name: string = 'PaymentLineError';
}
