/**
 * eftkit: the payment rules between an ERP and a payment hub in the Nordics.
 *
 * The root entry holds what every module shares: errors, results and the version. Each domain
 * lives in its own subpath (`eftkit/money`, …) so that a bundle takes only what it uses.
 *
 * @packageDocumentation
 */
export { EftkitError, isEftkitError, issue, formatPath, prefixIssues, isErrorIssue, ok, fail, resultOf, unwrap } from './errors';
export type { EftkitErrorOptions, EftkitIssue, IssuePath, IssueSeverity, PathSegment, Ok, Failure, Result } from './errors';
export { VERSION, MODULES } from './version';
