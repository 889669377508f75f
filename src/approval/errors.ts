import { EftkitError } from '../errors';

/** Thrown by the throwing approval functions; `code` is an `ApprovalIssueCode`. */
export class ApprovalError extends EftkitError {
  override readonly name: string = 'ApprovalError';
}
