/** `eftkit validate` and `eftkit pain001`: a payment suggestion checked, then written as pain.001. */
import { isErrorIssue } from '../../errors';
import { parseAmount, sumAmounts, type Amount } from '../../money';
import { PAIN001_VERSIONS, streamPain001, type Pain001Version } from '../../pain001';
import { validatePaymentSuggestion, type PaymentLine, type PaymentSuggestion, type PaymentSuggestionReport } from '../../validation';
import { flag, parse, positionals, required, str } from '../args';
import type { CliIo } from '../io';
import { describeIssue, EXIT, printJson, readJson, UsageError, type ExitCode } from '../output';

/** Help of `eftkit validate`. */
export const VALIDATE_HELP: string = `Usage: eftkit validate <suggestion.json> [--json] [--today YYYY-MM-DD]

Checks a payment suggestion (the ERP's export) as the hub would: every issue of every line,
with the path of the field. One deficient line makes the whole suggestion deficient.

Options:
  --json              print the whole report as JSON
  --today YYYY-MM-DD  today's date, for warnings about dates in the past (default: today, UTC)
  -h, --help          this help

Exit codes: 0 accepted (warnings allowed), 1 deficient, 2 usage error.
`;

/** Help of `eftkit pain001`. */
export const PAIN001_HELP: string = `Usage: eftkit pain001 <suggestion.json> --version 03|09|11 -o <out.xml> [options]

Validates a payment suggestion and writes it as an ISO 20022 pain.001 credit-transfer file,
streamed to the file. Nothing is written when a line is deficient.

Options:
  --version 03|09|11      pain.001.001.03, .09 or .11 (default 09)
  -o, --output <file>     the file to write (required)
  --message-id <id>       GrpHdr/MsgId (default: the payment number)
  --created <date-time>   GrpHdr/CreDtTm (default: now, UTC, to the second)
  --today YYYY-MM-DD      today's date, for warnings about dates in the past
  --pretty                indent the XML
  --quiet                 no progress line
  -h, --help              this help

Exit codes: 0 written, 1 the suggestion has issues (nothing written), 2 usage error.
`;

const todayOf = (io: CliIo): string => io.now().toISOString().slice(0, 10);

function lineContext(report: PaymentSuggestionReport, path: readonly (string | number)[]): string | undefined {
  if (path[0] !== 'lines' || typeof path[1] !== 'number') return undefined;
  const id = report.lines[path[1]]?.lineId;
  return id === undefined ? `line ${path[1] + 1}` : `line ${id}`;
}

function printReport(io: CliIo, file: string, report: PaymentSuggestionReport): void {
  for (const i of report.issues) io.stderr(`${describeIssue(file, i, lineContext(report, i.path))}\n`);
  const errors = report.issues.filter(isErrorIssue).length;
  const warnings = report.issues.length - errors;
  io.stderr(`${file}: ${report.summary} (${errors} error(s), ${warnings} warning(s))\n`);
}

async function loadAndValidate(io: CliIo, file: string, today: string): Promise<{ report: PaymentSuggestionReport; value: unknown } | { message: string }> {
  const read = await readJson(io, file, 'payment suggestion');
  if (!read.ok) return { message: read.message };
  return { report: validatePaymentSuggestion(read.value, { today }), value: read.value };
}

/** `eftkit validate`. */
export async function validateCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parse(argv, { json: { type: 'boolean' }, today: { type: 'string' } });
  if (flag(args, 'help')) return help(io, VALIDATE_HELP);
  const [file] = positionals(args, ['the suggestion file']) as [string];
  const loaded = await loadAndValidate(io, file, str(args, 'today') ?? todayOf(io));
  if ('message' in loaded) {
    io.stderr(`${loaded.message}\n`);
    return EXIT.issues;
  }
  if (flag(args, 'json')) printJson(io, loaded.report);
  else printReport(io, file, loaded.report);
  if (!flag(args, 'json') && loaded.report.ok) io.stdout(`${file}: ${loaded.report.summary}\n`);
  return loaded.report.ok ? EXIT.ok : EXIT.issues;
}

/** `03` → `pain.001.001.03`; the full name is taken too. */
export function pain001Version(text: string): Pain001Version {
  const full = /^\d{2}$/.test(text) ? `pain.001.001.${text}` : text;
  const found = PAIN001_VERSIONS.find((v) => v === full);
  if (found === undefined) throw new UsageError(`--version must be one of 03, 09, 11 (pain.001.001.03, .09, .11); got "${text}".`);
  return found;
}

/** Lines above which a progress line is shown. */
export const PROGRESS_LINES = 10_000;

/** `eftkit pain001`. */
export async function pain001Command(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parse(argv, {
    version: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'message-id': { type: 'string' },
    created: { type: 'string' },
    today: { type: 'string' },
    pretty: { type: 'boolean' },
    quiet: { type: 'boolean' },
  });
  if (flag(args, 'help')) return help(io, PAIN001_HELP);
  const [file] = positionals(args, ['the suggestion file']) as [string];
  const version = pain001Version(str(args, 'version') ?? '09');
  const output = required(args, 'output', 'the pain.001 file to write, e.g. -o out.xml');
  const loaded = await loadAndValidate(io, file, str(args, 'today') ?? todayOf(io));
  if ('message' in loaded) {
    io.stderr(`${loaded.message}\n`);
    return EXIT.issues;
  }
  if (!loaded.report.ok) {
    printReport(io, file, loaded.report);
    io.stderr(`${output}: not written.\n`);
    return EXIT.issues;
  }
  for (const i of loaded.report.issues) io.stderr(`${describeIssue(file, i, lineContext(loaded.report, i.path))}\n`);
  const suggestion = loaded.value as PaymentSuggestion;
  const lines: readonly PaymentLine[] = suggestion.lines;
  const messageId = str(args, 'message-id') ?? suggestion.paymentNo.slice(0, 35);
  const created = str(args, 'created') ?? io.now().toISOString().slice(0, 19);
  const showProgress = !flag(args, 'quiet') && lines.length >= PROGRESS_LINES;

  const writer = await io.openWrite(output).catch((error: unknown) => {
    throw new UsageError(`${output}: cannot write the file: ${(error as { code?: string }).code ?? String(error)}.`);
  });
  let written = 0;
  let nextReport = 1 << 20;
  try {
    const source = { paymentNo: suggestion.paymentNo, company: suggestion.company, lines: () => lines };
    for await (const chunk of streamPain001(source, { version, messageId, creationDateTime: created, pretty: flag(args, 'pretty') })) {
      await writer.write(chunk);
      written += chunk.length;
      if (showProgress && written >= nextReport) {
        io.stderr(`${output}: ${(written / 1_048_576).toFixed(1)} MB written…\n`);
        nextReport += 8 << 20;
      }
    }
  } catch (error) {
    await writer.close();
    const issues = (error as { issues?: readonly import('../../errors').EftkitIssue[] }).issues;
    if (issues === undefined) throw error;
    for (const i of issues) io.stderr(`${describeIssue(file, i)}\n`);
    io.stderr(`${output}: incomplete, discard it.\n`);
    return EXIT.issues;
  }
  await writer.close();
  io.stdout(`${output}: ${version}, ${lines.length} line(s), message id ${messageId}\n`);
  for (const [currency, total] of sumsPerCurrency(lines)) io.stdout(`  ${currency} ${total.toString()}\n`);
  return EXIT.ok;
}

/** The sum of the lines' amounts per currency, currencies in first-seen order. */
export function sumsPerCurrency(lines: readonly { readonly amount: string; readonly currency: string }[]): Map<string, Amount> {
  const per = new Map<string, Amount[]>();
  for (const l of lines) {
    const list = per.get(l.currency) ?? [];
    list.push(parseAmount(l.amount, l.currency));
    per.set(l.currency, list);
  }
  return new Map([...per].map(([c, list]) => [c, sumAmounts(list)]));
}

/** Prints a help text; exit 0. */
export function help(io: CliIo, text: string): ExitCode {
  io.stdout(text);
  return EXIT.ok;
}
