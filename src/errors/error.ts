import { formatPath, type EftkitIssue, type IssuePath } from './issue';

/**
 * A brand shared by every copy of eftkit in a process (Symbol.for is global across realms and
 * bundles), so `isEftkitError` works where `instanceof` does not: two bundled copies, iframes,
 * worker messages.
 */
const BRAND: symbol = Symbol.for('eftkit.error');

/** Options for {@link EftkitError}. */
export interface EftkitErrorOptions {
  /** Path of the bad field; defaults to the first issue's path. */
  readonly path?: IssuePath;
  /** Every problem found; defaults to one issue made of `code`, `message` and `path`. */
  readonly issues?: readonly EftkitIssue[];
  /** The error that caused this one. */
  readonly cause?: unknown;
}

/**
 * The base class of every error eftkit throws. Switch on `code` (stable), show `message`,
 * point at `path`, and list `issues` when there are several.
 *
 * @example
 * ```ts
 * try { parseAmount('12.345', 'NOK') }
 * catch (e) { if (isEftkitError(e)) console.log(e.code, e.issues) }
 * ```
 */
export class EftkitError extends Error {
  override readonly name: string = 'EftkitError';
  /** Stable machine-readable code of the first (or only) problem. */
  readonly code: string;
  /** Path to the bad field, empty for the input as a whole. */
  readonly path: IssuePath;
  /** Every problem found, at least one. */
  readonly issues: readonly EftkitIssue[];

  constructor(code: string, message: string, options: EftkitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const path = options.path ?? options.issues?.[0]?.path ?? [];
    this.code = code;
    this.path = path;
    this.issues =
      options.issues !== undefined && options.issues.length > 0
        ? options.issues
        : [{ code, message, path }];
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }

  /**
   * Builds an error from a non-empty list of issues: code, message and path of the first,
   * and a message that counts the rest.
   */
  static fromIssues(this: typeof EftkitError, issues: readonly EftkitIssue[]): EftkitError {
    const first = issues[0] ?? { code: 'eftkit/unknown', message: 'Unknown problem.', path: [] };
    const where = first.path.length > 0 ? ` (at ${formatPath(first.path)})` : '';
    const more = issues.length > 1 ? ` And ${issues.length - 1} more issue(s).` : '';
    return new this(first.code, `${first.message}${where}${more}`, { path: first.path, issues });
  }
}

/**
 * True for any eftkit error, including one thrown by another copy of the library or in another
 * realm. Use it instead of `instanceof EftkitError`.
 */
export function isEftkitError(value: unknown): value is EftkitError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}
