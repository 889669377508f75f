import { fail, isErrorIssue, issue, ok, type EftkitIssue, type IssuePath, type Result } from '../../errors';
import { Amount, safeParseAmount } from '../../money/amount';
import { attribute, text, type XmlElement } from './node';

/** A date read from an ISO 20022 `Dt`/`DtTm` choice, or a lone `ISODate`/`ISODateTime`. */
export interface IsoDate {
  /** `YYYY-MM-DD`: the date as written (for a `DtTm`, its date part, as the bank wrote it). */
  readonly date: string;
  /** The `DtTm` text as written, when the document gave a date-time. */
  readonly dateTime?: string;
}

/** Where the readers put their issues, and how their codes start (`camt054`, `pain002`). */
export interface IssueSink {
  readonly module: string;
  readonly issues: EftkitIssue[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;
const ISO_DECIMAL = /^\d+(?:\.\d+)?$/;

function realDate(value: string): boolean {
  const m = DATE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

/** Reads an `ISODate` leaf; an unreadable value is an issue (`<module>/invalid-date`). */
export function readDate(node: XmlElement | undefined, name: string, path: IssuePath, sink: IssueSink): string | undefined {
  const value = text(node, name);
  if (value === undefined) return undefined;
  if (!realDate(value)) {
    sink.issues.push(issue(`${sink.module}/invalid-date`, `"${value}" is not a date (YYYY-MM-DD).`, path, 'warning'));
    return undefined;
  }
  return value;
}

/** Reads an `ISODateTime` leaf, kept as written; an unreadable value is an issue. */
export function readDateTime(node: XmlElement | undefined, name: string, path: IssuePath, sink: IssueSink): string | undefined {
  const value = text(node, name);
  if (value === undefined) return undefined;
  const m = DATE_TIME.exec(value);
  if (m === null || !realDate(m[1] ?? '')) {
    sink.issues.push(issue(`${sink.module}/invalid-date`, `"${value}" is not a date and time (YYYY-MM-DDThh:mm:ss).`, path, 'warning'));
    return undefined;
  }
  return value;
}

/** Reads a `Dt`/`DtTm` choice element (`BookgDt`, `ValDt`, `ReqdExctnDt` in newer versions). */
export function readDateChoice(node: XmlElement | undefined, path: IssuePath, sink: IssueSink): IsoDate | undefined {
  if (node === undefined) return undefined;
  const date = readDate(node, 'Dt', [...path, 'Dt'], sink);
  if (date !== undefined) return { date };
  const dateTime = readDateTime(node, 'DtTm', [...path, 'DtTm'], sink);
  if (dateTime !== undefined) return { date: dateTime.slice(0, 10), dateTime };
  const plain = text(node);
  if (plain !== undefined && realDate(plain)) return { date: plain };
  return undefined;
}

/**
 * Reads `<X Ccy="EUR">12.50</X>` as an exact {@link Amount} (decimal, never a float). A missing
 * currency, an unknown currency, a malformed number or too many decimals is an issue
 * (`<module>/invalid-amount`) and gives undefined.
 */
export function readAmount(node: XmlElement | undefined, path: IssuePath, sink: IssueSink): Amount | undefined {
  if (node === undefined) return undefined;
  const value = text(node);
  const currency = attribute(node, 'Ccy')?.trim();
  if (value === undefined || !ISO_DECIMAL.test(value)) {
    sink.issues.push(issue(`${sink.module}/invalid-amount`, `"${value ?? ''}" is not an amount (digits with a "." before the decimals).`, path, 'warning'));
    return undefined;
  }
  if (currency === undefined || currency === '') {
    sink.issues.push(issue(`${sink.module}/invalid-amount`, `The amount ${value} has no currency (attribute Ccy).`, path, 'warning'));
    return undefined;
  }
  const parsed = safeParseAmount(value, currency);
  if (!parsed.ok) {
    const why = parsed.issues[0]?.message ?? 'it is not an amount';
    sink.issues.push(issue(`${sink.module}/invalid-amount`, `The amount ${value} ${currency} cannot be read: ${why}`, path, 'warning'));
    return undefined;
  }
  return parsed.value;
}

/** Reads a plain `DecimalNumber` (a control sum) as a string, checked for its form. */
export function readDecimal(node: XmlElement | undefined, name: string, path: IssuePath, sink: IssueSink): string | undefined {
  const value = text(node, name);
  if (value === undefined) return undefined;
  if (!/^-?\d+(?:\.\d+)?$/.test(value)) {
    sink.issues.push(issue(`${sink.module}/invalid-number`, `"${value}" is not a decimal number.`, path, 'warning'));
    return undefined;
  }
  return value;
}

/** Reads a count (`NbOfTxs`, `Max15NumericText`) as a string of digits. */
export function readCount(node: XmlElement | undefined, name: string, path: IssuePath, sink: IssueSink): string | undefined {
  const value = text(node, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) {
    sink.issues.push(issue(`${sink.module}/invalid-number`, `"${value}" is not a count (digits only).`, path, 'warning'));
    return undefined;
  }
  return value;
}

/** Reads a party (`Nm`, or in newer versions `Pty/Nm`; an agent's `Agt/FinInstnId/Nm`). */
export function partyName(node: XmlElement | undefined): string | undefined {
  return text(node, 'Nm') ?? text(node, 'Pty', 'Nm') ?? text(node, 'Agt', 'FinInstnId', 'Nm');
}

/** An account of a `CashAccount` element: the IBAN, or the other id with its scheme. */
export interface IsoAccount {
  /** The IBAN, when given. */
  readonly iban?: string;
  /** The other identification (`Othr/Id`): BBAN, bankgiro, a bank's own number. */
  readonly other?: string;
  /** The other identification's scheme (`Othr/SchmeNm/Cd` or `Prtry`), such as `BBAN`. */
  readonly scheme?: string;
  /** The account currency (`Ccy`), when given. */
  readonly currency?: string;
  /** The account name (`Nm`), when given. */
  readonly name?: string;
}

/** Reads a `CashAccount` element (`Acct`, `DbtrAcct`, `CdtrAcct`). */
export function readAccount(node: XmlElement | undefined): IsoAccount | undefined {
  if (node === undefined) return undefined;
  const iban = text(node, 'Id', 'IBAN')?.replace(/\s+/g, '').toUpperCase();
  const other = text(node, 'Id', 'Othr', 'Id');
  const scheme = text(node, 'Id', 'Othr', 'SchmeNm', 'Cd') ?? text(node, 'Id', 'Othr', 'SchmeNm', 'Prtry');
  const currency = text(node, 'Ccy');
  const name = text(node, 'Nm');
  if (iban === undefined && other === undefined) return undefined;
  return {
    ...(iban !== undefined ? { iban } : {}),
    ...(other !== undefined ? { other } : {}),
    ...(scheme !== undefined ? { scheme } : {}),
    ...(currency !== undefined ? { currency } : {}),
    ...(name !== undefined ? { name } : {}),
  };
}

/** The account's identifier as one string: the IBAN, else the other id. */
export function accountKey(account: IsoAccount | undefined): string | undefined {
  return account?.iban ?? account?.other;
}

/** An object type whose optional fields may be given as `undefined`. */
export type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Copies an object without its `undefined` fields (for `exactOptionalPropertyTypes`). */
export function compact<T extends object>(value: Loose<T>): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

/** The result of a reader: errors first (so a thrown error's code is the one that failed the document), warnings failing under `strict`. */
export function finishRead<T>(value: T, issues: readonly EftkitIssue[], strict: boolean): Result<T> {
  if (issues.some(isErrorIssue)) return fail([...issues.filter(isErrorIssue), ...issues.filter((i) => !isErrorIssue(i))]);
  if (strict && issues.length > 0) return fail(issues.map((i) => ({ code: i.code, message: i.message, path: i.path })));
  return ok(value, issues);
}
