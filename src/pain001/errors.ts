import { EftkitError } from '../errors';

/**
 * Thrown by {@link buildPain001}, {@link writePain001} and {@link streamPain001} when a
 * payment cannot be written; `issues` lists every problem of every line and of the options.
 */
export class Pain001Error extends EftkitError {
  override readonly name: string = 'Pain001Error';
}
