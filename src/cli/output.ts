/** Exit codes, messages and the way issues are shown to a person. */
import { formatPath, isErrorIssue, type EftkitIssue } from '../errors';
import type { CliIo } from './io';
import { firstJsonErrorOffset } from './json-position';

/** Exit codes of every command. */
export const EXIT: { readonly ok: 0; readonly issues: 1; readonly usage: 2 } = Object.freeze({ ok: 0, issues: 1, usage: 2 } as const);

/** An exit code: 0 ok, 1 issues found, 2 usage error. */
export type ExitCode = 0 | 1 | 2;

/** A usage problem (bad or missing argument, unreadable file): exit code 2. */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}

/** Field names a bookkeeper knows, for the last named segment of a path. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  amount: 'amount',
  currency: 'currency',
  dueDate: 'due date',
  requestedExecutionDate: 'payment date',
  iban: 'IBAN',
  bban: 'account number',
  accountNo: 'account number',
  bic: 'BIC (SWIFT code)',
  bankBranch: 'bank routing number',
  bankName: 'bank name',
  name: 'name',
  reference: 'payment reference (KID/OCR/RF)',
  invoiceNo: 'invoice number',
  text: 'message to the payee',
  orgNo: 'organisation number',
  paymentNo: 'payment number',
  lineId: 'line id',
  supplierNo: 'supplier number',
  country: 'country',
  postCode: 'post code',
  town: 'town',
  street: 'street',
  approvalToken: 'approval token',
  customerNo: 'customer number',
};

/** The field a path ends in, in words: `lines[2].creditor.account.iban` → `IBAN`. */
export function fieldName(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return FIELD_NAMES[segment] ?? segment;
  }
  return undefined;
}

/** One issue as a line: `file: path (field): message [code]`, warnings marked. */
export function describeIssue(file: string, i: EftkitIssue, context?: string): string {
  const path = formatPath(i.path);
  const field = fieldName(i.path);
  const where = path === '' ? file : `${file}: ${path}`;
  const what = field === undefined ? '' : ` (${field}${context === undefined ? '' : `, ${context}`})`;
  const kind = isErrorIssue(i) ? 'error' : 'warning';
  return `${where}${what}: ${kind}: ${i.message} [${i.code}]`;
}

/** Prints a value as indented JSON with a final newline. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Where a `JSON.parse` failure is, as `line L, column C` (the end of the file when it ends early). */
function jsonPosition(text: string): string {
  const offset = Math.max(0, firstJsonErrorOffset(text));
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Reads a file, or throws a {@link UsageError} that names it. */
export async function readText(io: CliIo, file: string, what: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new UsageError(`${file}: cannot read the ${what}: ${why}.`);
  }
}

/** The result of reading a JSON file: the value, or a message naming the file and place. */
export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Reads and parses a JSON file; a file that is not JSON is a finding (exit 1), not a usage error. */
export async function readJson(io: CliIo, file: string, what: string): Promise<JsonRead> {
  const text = await readText(io, file, what);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `${file}: not valid JSON at ${jsonPosition(text)}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
