import { isEftkitError } from '../../src/errors';

/**
 * The `code` of the EftkitError that `fn` throws, undefined when it does not throw, and a
 * telling string when it throws anything else (so an assertion on the code fails readably).
 */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isEftkitError(e) ? e.code : `not an EftkitError: ${String(e)}`;
  }
  return undefined;
}
