/** `eftkit reference`, `eftkit calendar` and `eftkit token`: single checks from the command line. */
import { importApprovalKey, createApprovalKeyring, verifyApprovalToken, APPROVAL_ALGORITHMS, type ApprovalAlgorithm } from '../../approval';
import { BUSINESS_DAY_CONVENTIONS, CALENDAR_IDS, calendarFor, safeAdjustPaymentDate, type CalendarInput, type CalendarId } from '../../calendar';
import { detectReference, REFERENCE_SCHEMES, SCHEME_NAMES, safeCreateReference, safeValidateReference, type ReferenceScheme, type ReferenceSchemeInput } from '../../references';
import type { PaymentLine } from '../../validation';
import { flag, parse, positionals, required, str } from '../args';
import type { CliIo } from '../io';
import { describeIssue, EXIT, printJson, readJson, UsageError, type ExitCode } from '../output';
import { help } from './suggestion';

/** Help of `eftkit reference`. */
export const REFERENCE_HELP: string = `Usage: eftkit reference check <reference> [--scheme <scheme>] [--country NO]
       eftkit reference create <base> --scheme <scheme> [--length <n>]

check: is the reference valid (its check digits)? Without --scheme, lists every scheme it
satisfies (for the country, when given). create: adds the check digit(s) to a base number.

Schemes: ${['kid', ...REFERENCE_SCHEMES].join(', ')}

Exit codes: 0 valid / created, 1 not valid, 2 usage error.
`;

/** Help of `eftkit calendar`. */
export const CALENDAR_HELP: string = `Usage: eftkit calendar adjust <YYYY-MM-DD> --calendar <id> [--convention <convention>]
       eftkit calendar adjust <YYYY-MM-DD> --country NO --currency EUR [--convention <convention>]

Moves a payment date to a bank day and says why. --calendar: ${CALENDAR_IDS.join(', ')};
or --country and --currency for the calendar of both (NO + TARGET2 for EUR from Norway).
Conventions: ${BUSINESS_DAY_CONVENTIONS.join(', ')} (default following).

Exit codes: 0 done (moved or not), 1 the date is not valid, 2 usage error.
`;

/** Help of `eftkit token`. */
export const TOKEN_HELP: string = `Usage: eftkit token verify <token> --key <key.jwk> --line <line.json> [--company <orgNo>] [--now <ISO time>] [--json]

Checks a pre-approval token ("Approve and pay") against the payment line it is to pre-approve.
key.jwk: a JWK with "kid" (and "alg": HS256 or EdDSA; a private key is not needed for EdDSA).
line.json: { "companyOrgNo": "...", "line": { …payment line… } }, or the payment line alone
with --company. --now: the time of the check (default now). No replay store is used here.

Exit codes: 0 the token pre-approves the line, 1 it does not (every reason listed), 2 usage error.
`;

/** `eftkit reference`. */
export async function referenceCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parse(argv, { scheme: { type: 'string' }, country: { type: 'string' }, length: { type: 'string' } });
  if (flag(args, 'help') || args.positionals.length === 0) return help(io, REFERENCE_HELP);
  const [action, text] = positionals(args, ['check or create', 'the reference']) as [string, string];
  const schemeText = str(args, 'scheme');
  if (schemeText !== undefined && schemeText !== 'kid' && !REFERENCE_SCHEMES.includes(schemeText as ReferenceScheme)) {
    throw new UsageError(`Unknown --scheme "${schemeText}"; one of ${['kid', ...REFERENCE_SCHEMES].join(', ')}.`);
  }
  if (action === 'check') {
    if (schemeText === undefined) {
      const country = str(args, 'country');
      const schemes = detectReference(text, country === undefined ? {} : { country });
      if (schemes.length === 0) {
        io.stdout(`${text}: not a valid reference of any scheme${country === undefined ? '' : ` used in ${country}`}.\n`);
        return EXIT.issues;
      }
      io.stdout(`${text}: valid as ${schemes.map((s) => `${s} (${SCHEME_NAMES[s]})`).join(', ')}\n`);
      return EXIT.ok;
    }
    const result = safeValidateReference(text, schemeText as ReferenceSchemeInput);
    if (!result.ok) {
      for (const i of result.issues) io.stdout(`${describeIssue(text, i)}\n`);
      return EXIT.issues;
    }
    io.stdout(`${text}: valid ${result.value.scheme} (${SCHEME_NAMES[result.value.scheme]}): ${result.value.value}\n`);
    return EXIT.ok;
  }
  if (action === 'create') {
    if (schemeText === undefined || schemeText === 'kid') throw new UsageError(`create needs --scheme: one of ${REFERENCE_SCHEMES.join(', ')}.`);
    const lengthText = str(args, 'length');
    if (lengthText !== undefined && !/^\d{1,2}$/.test(lengthText)) throw new UsageError(`--length must be a whole number; got "${lengthText}".`);
    const result = safeCreateReference(text, schemeText as ReferenceScheme, lengthText === undefined ? {} : { length: Number(lengthText) });
    if (!result.ok) {
      for (const i of result.issues) io.stdout(`${describeIssue(text, i)}\n`);
      return EXIT.issues;
    }
    io.stdout(`${result.value.value}\n`);
    return EXIT.ok;
  }
  throw new UsageError(`Unknown action "${action}"; use check or create.`);
}

/** `eftkit calendar`. */
export async function calendarCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parse(argv, { calendar: { type: 'string' }, country: { type: 'string' }, currency: { type: 'string' }, convention: { type: 'string' }, json: { type: 'boolean' } });
  if (flag(args, 'help') || args.positionals.length === 0) return help(io, CALENDAR_HELP);
  const [action, date] = positionals(args, ['adjust', 'the date']) as [string, string];
  if (action !== 'adjust') throw new UsageError(`Unknown action "${action}"; use adjust.`);
  const convention = str(args, 'convention') ?? 'following';
  const found = BUSINESS_DAY_CONVENTIONS.find((c) => c === convention);
  if (found === undefined) throw new UsageError(`Unknown --convention "${convention}"; one of ${BUSINESS_DAY_CONVENTIONS.join(', ')}.`);
  const id = str(args, 'calendar');
  let calendar: CalendarInput;
  if (id !== undefined) {
    const known = CALENDAR_IDS.find((c) => c === id.toUpperCase());
    if (known === undefined) throw new UsageError(`Unknown --calendar "${id}"; one of ${CALENDAR_IDS.join(', ')}.`);
    calendar = known as CalendarId;
  } else {
    const country = required(args, 'country', 'or --calendar');
    const currency = required(args, 'currency', 'with --country');
    try {
      calendar = calendarFor({ country, currency });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  }
  const result = safeAdjustPaymentDate(date, { calendar, convention: found });
  if (!result.ok) {
    for (const i of result.issues) io.stdout(`${describeIssue(date, i)}\n`);
    return EXIT.issues;
  }
  if (flag(args, 'json')) printJson(io, result.value);
  else io.stdout(`${result.value.date}\n${result.value.explanation}\n`);
  return EXIT.ok;
}

/** `eftkit token`. */
export async function tokenCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parse(argv, { key: { type: 'string' }, line: { type: 'string' }, company: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' } });
  if (flag(args, 'help') || args.positionals.length === 0) return help(io, TOKEN_HELP);
  const [action, token] = positionals(args, ['verify', 'the token']) as [string, string];
  if (action !== 'verify') throw new UsageError(`Unknown action "${action}"; use verify.`);
  const keyFile = required(args, 'key', 'the key as a JWK file');
  const lineFile = required(args, 'line', 'the payment line, JSON');
  const nowText = str(args, 'now');
  const now = nowText === undefined ? io.now() : new Date(nowText);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO time such as 2026-11-30T10:00:00Z; got "${nowText}".`);

  const keyRead = await readJson(io, keyFile, 'key');
  const lineRead = await readJson(io, lineFile, 'payment line');
  if (!keyRead.ok || !lineRead.ok) {
    for (const r of [keyRead, lineRead]) if (!r.ok) io.stderr(`${r.message}\n`);
    return EXIT.issues;
  }
  const jwk = keyRead.value as JsonWebKey & { kid?: string };
  const alg = (jwk.alg ?? (jwk.kty === 'oct' ? 'HS256' : 'EdDSA')) as ApprovalAlgorithm;
  if (typeof jwk.kid !== 'string' || !APPROVAL_ALGORITHMS.includes(alg)) {
    io.stderr(`${keyFile}: the key needs a "kid" and an "alg" of ${APPROVAL_ALGORITHMS.join(' or ')}.\n`);
    return EXIT.issues;
  }
  let keyring;
  try {
    keyring = createApprovalKeyring([await importApprovalKey({ kid: jwk.kid, alg, jwk })]);
  } catch (error) {
    const issues = (error as { issues?: readonly import('../../errors').EftkitIssue[] }).issues ?? [];
    for (const i of issues) io.stderr(`${describeIssue(keyFile, i)}\n`);
    if (issues.length === 0) io.stderr(`${keyFile}: ${String(error)}\n`);
    return EXIT.issues;
  }
  const body = lineRead.value as { companyOrgNo?: string; line?: PaymentLine } & Partial<PaymentLine>;
  const line = (body.line ?? body) as PaymentLine;
  const companyOrgNo = str(args, 'company') ?? body.companyOrgNo;
  if (companyOrgNo === undefined) throw new UsageError('The company is missing: give --company <orgNo> or "companyOrgNo" in the line file.');
  const verdict = await verifyApprovalToken(token.trim(), { companyOrgNo, line }, keyring, { now });
  if (flag(args, 'json')) printJson(io, verdict);
  else if (verdict.valid) io.stdout(`valid: approval ${verdict.claims.approvalId} by ${verdict.claims.approver}, up to ${verdict.claims.maxAmount} ${verdict.claims.currency}, key ${verdict.kid}\n`);
  else for (const i of verdict.issues) io.stdout(`${describeIssue('token', i)}\n`);
  return verdict.valid ? EXIT.ok : EXIT.issues;
}
