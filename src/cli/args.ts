/** Argument parsing with `node:util` parseArgs: unknown options and missing values are usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './output';

/** Options of one command, as parseArgs takes them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed arguments: option values and positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses `argv` strictly; `--help`/`-h` is always known. */
export function parse(argv: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '.') : String(error));
  }
}

/** A string option, or `undefined`. */
export function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A string option that must be given. */
export function required(args: ParsedArgs, name: string, what: string): string {
  const v = str(args, name);
  if (v === undefined || v === '') throw new UsageError(`Missing --${name} (${what}).`);
  return v;
}

/** Exactly `count` positionals, named in the message when missing. */
export function positionals(args: ParsedArgs, names: readonly string[]): string[] {
  if (args.positionals.length < names.length) throw new UsageError(`Missing ${names.slice(args.positionals.length).join(' and ')}.`);
  if (args.positionals.length > names.length) throw new UsageError(`Unexpected argument "${args.positionals[names.length]}".`);
  return [...args.positionals];
}

/** True when a boolean flag is set. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
