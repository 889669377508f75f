export { EftkitError, isEftkitError } from './error';
export type { EftkitErrorOptions } from './error';
export { issue, formatPath, prefixIssues, isErrorIssue } from './issue';
export type { EftkitIssue, IssuePath, IssueSeverity, PathSegment } from './issue';
export { ok, fail, resultOf, unwrap } from './result';
export type { Ok, Failure, Result } from './result';
