import { EftkitError } from '../../errors';

/** Thrown by the safe XML reader's throwing form; `code` is an {@link XmlIssueCode}. */
export class XmlError extends EftkitError {
  override readonly name: string = 'XmlError';
}
