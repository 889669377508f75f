import { EftkitError } from './error';
import { isErrorIssue, type EftkitIssue } from './issue';

/** A success of a `safe…` function. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
  /** Warnings found on the way; never errors. */
  readonly issues?: readonly EftkitIssue[];
}

/** A failure of a `safe…` function: every problem found, at least one. */
export interface Failure {
  readonly ok: false;
  readonly issues: readonly EftkitIssue[];
}

/**
 * What every `safe…` function returns: the value, or every issue at once.
 */
export type Result<T> = Ok<T> | Failure;

/** Wraps a value as a success. Warnings, if any, ride along. */
export function ok<T>(value: T, warnings?: readonly EftkitIssue[]): Ok<T> {
  return warnings !== undefined && warnings.length > 0
    ? { ok: true, value, issues: warnings }
    : { ok: true, value };
}

/** Wraps issues as a failure. */
export function fail(issues: readonly EftkitIssue[]): Failure {
  return { ok: false, issues };
}

/**
 * A success when `issues` holds no error (warnings ride along), otherwise a failure with all
 * of them.
 */
export function resultOf<T>(value: T, issues: readonly EftkitIssue[]): Result<T> {
  return issues.some(isErrorIssue) ? fail(issues) : ok(value, issues);
}

/**
 * Returns the value of a result, or throws it as an error of class `ErrorClass` with every
 * issue listed. This is how each throwing function is built from its `safe…` twin.
 *
 * @throws {EftkitError} (or the given subclass) when the result is a failure.
 */
export function unwrap<T>(
  result: Result<T>,
  ErrorClass: typeof EftkitError = EftkitError,
): T {
  if (result.ok) return result.value;
  throw ErrorClass.fromIssues(result.issues);
}
