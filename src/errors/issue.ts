/**
 * One segment of the path to a bad field: an object key or an array index, as zod reports it.
 */
export type PathSegment = string | number;

/** The path from the input's root to the field an issue is about (`['lines', 3, 'amount']`). */
export type IssuePath = readonly PathSegment[];

/**
 * How bad an issue is: an `error` makes the input unusable; a `warning` is worth telling the
 * user but does not stop the work.
 */
export type IssueSeverity = 'error' | 'warning';

/**
 * A problem found in the input: a stable machine-readable `code` (such as
 * `amount/too-many-decimals`), a message a bookkeeper understands, and the path of the field.
 */
export interface EftkitIssue {
  /** Stable code, `module/what-is-wrong`. Safe to switch on; never reworded. */
  readonly code: string;
  /** A sentence for a person; may change between versions. */
  readonly message: string;
  /** Where in the input the problem is; empty for the input as a whole. */
  readonly path: IssuePath;
  /** `error` unless stated; warnings never make a `safe…` call fail. */
  readonly severity?: IssueSeverity;
}

/**
 * Builds an issue. `path` defaults to the root.
 */
export function issue(
  code: string,
  message: string,
  path: IssuePath = [],
  severity?: IssueSeverity,
): EftkitIssue {
  return severity === undefined ? { code, message, path } : { code, message, path, severity };
}

/**
 * Renders a path as a reader expects it: `lines[3].creditor.iban`.
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * Prefixes every issue's path with `prefix` (used when a validator checks a nested value).
 */
export function prefixIssues(prefix: IssuePath, issues: readonly EftkitIssue[]): EftkitIssue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}

/** True when an issue is an error (the default severity). */
export function isErrorIssue(i: EftkitIssue): boolean {
  return i.severity !== 'warning';
}
