/**
 * The `eftkit` command line (node-only; never imported by the browser-safe modules). Each
 * command is a function of its arguments and an injected {@link CliIo}, so tests run it in
 * process. Exit codes: 0 ok, 1 issues found, 2 usage error.
 */
import { isEftkitError } from '../errors';
import { VERSION } from '../version';
import { calendarCommand, referenceCommand, tokenCommand } from './commands/tools';
import { camt054Command, matchCommand, pain002Command } from './commands/answers';
import { pain001Command, validateCommand } from './commands/suggestion';
import { nodeIo, type CliIo } from './io';
import { describeIssue, EXIT, UsageError, type ExitCode } from './output';

export { nodeIo } from './io';
export type { CliIo, CliWriter } from './io';
export { EXIT, UsageError, describeIssue, fieldName } from './output';
export type { ExitCode } from './output';
export { lineReferencesFromPain001 } from './commands/answers';
export { sumsPerCurrency, pain001Version } from './commands/suggestion';

/** Help of `eftkit` without a command. */
export const MAIN_HELP: string = `eftkit ${VERSION}: Nordic payment rules between an ERP and a payment hub.

Usage: eftkit <command> [arguments] [--help]

Commands:
  validate <suggestion.json>                       check every line of a payment suggestion
  pain001 <suggestion.json> --version 09 -o f.xml  write the pain.001 credit-transfer file
  pain002 <report.xml> [--pain001 sent.xml]        the bank's status report, as JSON (events)
  camt054 <notification.xml>                       incoming payments and our debits, as JSON
  match <incoming.xml> --entries e.json --setup s.json   match payments to open entries, vouchers
  reference check|create <reference>               KID, OCR, Finnish, RF, FIK check digits
  calendar adjust <date> --calendar NO             move a payment date to a bank day
  token verify <token> --key k.jwk --line l.json   check a pre-approval token

Exit codes: 0 ok, 1 issues found, 2 usage error. eftkit <command> --help for more.
`;

type Command = (argv: readonly string[], io: CliIo) => Promise<ExitCode>;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  pain001: pain001Command,
  pain002: pain002Command,
  camt054: camt054Command,
  match: matchCommand,
  reference: referenceCommand,
  calendar: calendarCommand,
  token: tokenCommand,
};

/**
 * Runs one `eftkit` command with `argv` (without the node and script names) and returns its
 * exit code. Usage problems are printed with a hint and give 2; unexpected errors are printed
 * and give 2 as well. Never throws, never exits the process.
 */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo()): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`eftkit: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`eftkit ${name}: ${error.message}\nRun "eftkit ${name} --help" for usage.\n`);
      return EXIT.usage;
    }
    if (isEftkitError(error)) {
      for (const i of error.issues) io.stderr(`eftkit ${name}: ${describeIssue('input', i)}\n`);
      return EXIT.issues;
    }
    io.stderr(`eftkit ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}
