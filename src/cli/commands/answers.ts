/** `eftkit pain002`, `eftkit camt054` and `eftkit match`: the bank's answers read, as JSON. */
import { XMLParser } from 'fast-xml-parser';
import { formatPath, type EftkitIssue } from '../../errors';
import { camt054ToEvents, incomingPaymentsFromCamt054, outgoingDebitsFromCamt054, safeParseCamt054, type Camt054Report } from '../../camt054';
import { incomingPaymentsForMatching, safeMatchIncomingPayments, type MatchingResult } from '../../matching';
import { createLineLookup, pain002ToEvents, safeCreateLineLookup, safeParsePain002, transactionStatuses, type LineLookup, type LineReference } from '../../pain002';
import { flag, parse, positionals, required, str } from '../args';
import type { CliIo } from '../io';
import { describeIssue, EXIT, printJson, readJson, readText, UsageError, type ExitCode } from '../output';
import { help } from './suggestion';

/** Help of `eftkit pain002`. */
export const PAIN002_HELP: string = `Usage: eftkit pain002 <report.xml> [--pain001 <sent.xml> | --lines <map.json>]

Reads a pain.002 status report (.03 or .10) and prints, as JSON, the status of every payment
with its reason. With the pain.001 we sent (--pain001) or a list of line references (--lines:
[{ messageId, paymentInformationId, endToEndId, lineId, amount?, currency? }]), prints the
payment-line events instead, and the ids the report names that we did not send.

Exit codes: 0 read, 1 the report (or a file given) has issues (something could not be read) or\nnames payments we did not send, 2 usage error.
`;

/** Help of `eftkit camt054`. */
export const CAMT054_HELP: string = `Usage: eftkit camt054 <notification.xml> [--pain001 <sent.xml> | --lines <map.json>]

Reads a camt.054 debit/credit notification (.02 or .08) and prints, as JSON, the incoming
payments (credits, with their KID/OCR/RF references), what was skipped and why, and our
debits. With --pain001 or --lines, prints the payment-line events of our debits as well.

Exit codes: 0 read, 1 something in the file could not be read (listed on stderr; the JSON still\nholds everything else), 2 usage error.
`;

/** Help of `eftkit match`. */
export const MATCH_HELP: string = `Usage: eftkit match <incoming.xml> --entries <open-entries.json> --setup <setup.json> [--json]

Matches the incoming payments of a camt.054 to open customer entries (by CID/KID, whole CID,
invoice numbers or CIDs in the message, amount) and prints each payment's outcome and its
balanced voucher. open-entries.json: [{ id, customerNo, invoiceNo, amount, currency, cid?, dueDate? }].
setup.json: { accounts: [{ account, bankGlAccount, definitions: [{ factoringId: "10;1", … }] }],
glAccounts: { receivables, suspense, writeOff? }, tolerance?, matchByAmount? }.

Options:
  --json       print outcomes, vouchers and entry balances as JSON
  -h, --help   this help

Exit codes: 0 done (unmatched payments go to suspense and are listed), 1 an input has issues\n(a payment that could not be read is listed and not matched), 2 usage error.
`;

const XML_OPTIONS = { lines: { type: 'string' }, pain001: { type: 'string' } } as const;

function printIssues(io: CliIo, file: string, issues: readonly EftkitIssue[]): void {
  for (const i of issues) io.stderr(`${describeIssue(file, i)}\n`);
}

/** The line references of a pain.001 we wrote (end-to-end id = line id, eftkit's rule). */
export function lineReferencesFromPain001(xml: string): LineReference[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    removeNSPrefix: true,
    processEntities: false,
    isArray: (name) => name === 'PmtInf' || name === 'CdtTrfTxInf',
  });
  const doc = parser.parse(xml) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const init = doc?.['Document']?.['CstmrCdtTrfInitn'];
  if (init === undefined) throw new UsageError('not a pain.001 document (no Document/CstmrCdtTrfInitn).');
  const messageId = String(init['GrpHdr']?.['MsgId'] ?? '');
  const out: LineReference[] = [];
  for (const block of init['PmtInf'] ?? []) {
    for (const t of block['CdtTrfTxInf'] ?? []) {
      const amount = t['Amt']?.['InstdAmt'];
      const endToEndId = String(t['PmtId']?.['EndToEndId'] ?? '');
      const instructionId = t['PmtId']?.['InstrId'];
      out.push({
        messageId,
        paymentInformationId: String(block['PmtInfId'] ?? ''),
        endToEndId,
        lineId: endToEndId,
        ...(instructionId === undefined ? {} : { instructionId: String(instructionId) }),
        ...(amount?.['#text'] === undefined ? {} : { amount: String(amount['#text']), currency: String(amount['@Ccy']) }),
      });
    }
  }
  return out;
}

async function lookupFrom(io: CliIo, args: ReturnType<typeof parse>): Promise<LineLookup | undefined | { issues: true }> {
  const linesFile = str(args, 'lines');
  const pain001File = str(args, 'pain001');
  if (linesFile !== undefined && pain001File !== undefined) throw new UsageError('Give either --lines or --pain001, not both.');
  if (pain001File !== undefined) {
    const xml = await readText(io, pain001File, 'pain.001 we sent');
    try {
      return createLineLookup(lineReferencesFromPain001(xml));
    } catch (error) {
      io.stderr(`${pain001File}: ${error instanceof Error ? error.message : String(error)}\n`);
      return { issues: true };
    }
  }
  if (linesFile === undefined) return undefined;
  const read = await readJson(io, linesFile, 'line references');
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return { issues: true };
  }
  if (!Array.isArray(read.value)) {
    io.stderr(`${linesFile}: expected a list of line references ([{ messageId, paymentInformationId, endToEndId, lineId }]).\n`);
    return { issues: true };
  }
  const lookup = safeCreateLineLookup(read.value as LineReference[]);
  if (!lookup.ok) {
    printIssues(io, linesFile, lookup.issues);
    return { issues: true };
  }
  return lookup.value;
}

/** `eftkit pain002`. */
export async function pain002Command(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parse(argv, XML_OPTIONS);
  if (flag(args, 'help')) return help(io, PAIN002_HELP);
  const [file] = positionals(args, ['the pain.002 file']) as [string];
  const lookup = await lookupFrom(io, args);
  if (lookup !== undefined && 'issues' in lookup) return EXIT.issues;
  const xml = await readText(io, file, 'pain.002 status report');
  const parsed = safeParsePain002(xml);
  if (!parsed.ok) {
    printIssues(io, file, parsed.issues);
    return EXIT.issues;
  }
  const unreadable = parsed.issues?.length ?? 0;
  printIssues(io, file, parsed.issues ?? []);
  if (lookup === undefined) {
    printJson(io, { group: parsed.value.group, transactions: transactionStatuses(parsed.value) });
    return unreadable > 0 ? EXIT.issues : EXIT.ok;
  }
  const result = pain002ToEvents(parsed.value, lookup);
  printJson(io, result);
  for (const u of result.unknown) io.stderr(`${file}: a status for a payment we did not send: ${JSON.stringify(u)}\n`);
  return result.unknown.length > 0 || unreadable > 0 ? EXIT.issues : EXIT.ok;
}

/** A camt.054 read, with the number of things in it that could not be read (printed). */
async function readCamt(io: CliIo, file: string): Promise<{ report: Camt054Report; unreadable: number } | undefined> {
  const xml = await readText(io, file, 'camt.054 notification');
  const parsed = safeParseCamt054(xml);
  if (!parsed.ok) {
    printIssues(io, file, parsed.issues);
    return undefined;
  }
  printIssues(io, file, parsed.issues ?? []);
  return { report: parsed.value, unreadable: parsed.issues?.length ?? 0 };
}

/** `eftkit camt054`. */
export async function camt054Command(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parse(argv, XML_OPTIONS);
  if (flag(args, 'help')) return help(io, CAMT054_HELP);
  const [file] = positionals(args, ['the camt.054 file']) as [string];
  const lookup = await lookupFrom(io, args);
  if (lookup !== undefined && 'issues' in lookup) return EXIT.issues;
  const read = await readCamt(io, file);
  if (read === undefined) return EXIT.issues;
  const { report } = read;
  const incoming = incomingPaymentsFromCamt054(report);
  const debits = outgoingDebitsFromCamt054(report);
  const events = lookup === undefined ? undefined : camt054ToEvents(report, lookup);
  printJson(io, { incoming, debits, ...(events === undefined ? {} : { events }) });
  return read.unreadable > 0 ? EXIT.issues : EXIT.ok;
}

/** `eftkit match`. */
export async function matchCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parse(argv, { entries: { type: 'string' }, setup: { type: 'string' }, json: { type: 'boolean' } });
  if (flag(args, 'help')) return help(io, MATCH_HELP);
  const [file] = positionals(args, ['the camt.054 file']) as [string];
  const entriesFile = required(args, 'entries', 'the open customer entries, JSON');
  const setupFile = required(args, 'setup', 'the receiving accounts and GL accounts, JSON');
  const entries = await readJson(io, entriesFile, 'open entries');
  const setup = await readJson(io, setupFile, 'matching setup');
  if (!entries.ok || !setup.ok) {
    for (const r of [entries, setup]) if (!r.ok) io.stderr(`${r.message}\n`);
    return EXIT.issues;
  }
  const read = await readCamt(io, file);
  if (read === undefined) return EXIT.issues;
  const { report } = read;
  const forMatching = incomingPaymentsForMatching(incomingPaymentsFromCamt054(report), {
    setup: setup.value as { accounts: { account: string }[] },
    idPrefix: report.messageId,
  });
  for (const u of forMatching.unmapped) {
    io.stderr(`${file}: notification ${u.notificationIndex + 1}, entry ${u.entryIndex + 1}${u.id === undefined ? '' : ` (${u.id})`}: not matched: ${u.reason.message} [${u.reason.code}]\n`);
  }
  const mapped = forMatching.payments;
  const result = safeMatchIncomingPayments(mapped, entries.value as never, setup.value as never);
  if (!result.ok) {
    // Each issue is told against the file it comes from, with the path inside that file.
    // (payments keep their `payments[i]` path: the i-th incoming payment read from the camt.054.)
    const files: Record<string, string> = { openEntries: entriesFile, setup: setupFile };
    for (const i of result.issues) {
      const head = typeof i.path[0] === 'string' ? files[i.path[0]] : undefined;
      io.stderr(`${describeIssue(head ?? file, head === undefined ? i : { ...i, path: i.path.slice(1) })}\n`);
    }
    return EXIT.issues;
  }
  if (flag(args, 'json')) printJson(io, result.value);
  else printMatches(io, result.value);
  return read.unreadable > 0 || forMatching.unmapped.length > 0 ? EXIT.issues : EXIT.ok;
}

function printMatches(io: CliIo, result: MatchingResult): void {
  result.outcomes.forEach((o, i) => {
    const applied = o.allocations.map((a) => `${a.entryId} (${a.method}, ${a.amount})`).join(', ');
    io.stdout(`${o.paymentId}: ${o.status}, ${o.currency} ${o.amount}${applied === '' ? '' : ` → ${applied}`}${o.unallocated !== '0' && !/^0(\.0+)?$/.test(o.unallocated) ? `; to suspense ${o.unallocated} (${o.reason ?? ''})` : ''}\n`);
    const v = result.vouchers[i];
    if (v !== undefined) for (const l of v.lines) io.stdout(`    ${v.id} ${l.side.padEnd(6)} ${l.account.padEnd(6)} ${l.amount.padStart(12)}  ${l.text}\n`);
  });
  const matched = result.outcomes.filter((o) => o.status === 'matched').length;
  io.stdout(`${matched} of ${result.outcomes.length} payment(s) matched in full; ${result.vouchers.length} voucher(s).\n`);
}

/** Path formatting re-exported for commands that print paths of their own. */
export { formatPath };
