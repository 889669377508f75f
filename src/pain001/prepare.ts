import { safeAdjustPaymentDate } from '../calendar';
import { issue, type EftkitIssue, type IssuePath } from '../errors';
import type { ValidatedPaymentLine } from '../validation';
import { isSendableId } from '../validation/checks';
import type { PayingCompany } from '../validation/model';
import { escapeXml } from './charset';
import { addressXml, bicXml, organisationIdXml, partyXml, splitLines, TextWriter } from './fragments';
import { PAIN001_MESSAGES as M } from './messages';
import type { Pain001LineContext, Pain001Options, Pain001Transaction, Pain001Version } from './types';

/** Scale of the exact sums: amounts are added as integers of 10⁻⁴ (no currency has more decimals). @internal */
export const SCALE = 4;
const SCALE_FACTORS: readonly bigint[] = [10000n, 1000n, 100n, 10n, 1n];

/** The amount text (`1234.50`) as an integer of 10⁻⁴. @internal */
export function scaledAmount(text: string, exponent: number): bigint {
  const digits = exponent === 0 ? text : text.replace('.', '');
  return BigInt(digits) * (SCALE_FACTORS[exponent] ?? 1n);
}

/**
 * The amount text as an integer of 10⁻⁴ when it is written canonically (`0`, `12`, `12.50`:
 * no sign, no leading zero, exactly `exponent` decimals) and the integer is a safe JS integer;
 * otherwise -1. One scan, no allocation: most amounts of a file take this path. @internal
 */
export function canonicalScaled(text: string, exponent: number): number {
  const length = text.length;
  const dot = exponent === 0 ? length : length - exponent - 1;
  if (dot < 1 || length > 16) return -1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (i === dot) {
      if (c !== 46) return -1;
      continue;
    }
    if (c < 48 || c > 57) return -1;
    if (i === 0 && c === 48 && dot > 1) return -1;
    n = n * 10 + (c - 48);
  }
  const scaled = n * (SCALE_NUMBERS[exponent] ?? 1);
  return scaled <= Number.MAX_SAFE_INTEGER && exponent <= SCALE ? scaled : -1;
}
const SCALE_NUMBERS: readonly number[] = [10000, 1000, 100, 10, 1];

/**
 * An exact sum of integers of 10⁻⁴: added as JS numbers while the total stays a safe integer,
 * carried into a `BigInt` when it would not (no `BigInt` per line). @internal
 */
export class ExactSum {
  #small = 0;
  #big = 0n;

  /** Adds an amount (a safe integer, or a `BigInt` for the rare amount beyond one). */
  add(value: number | bigint): void {
    if (typeof value === 'bigint') {
      this.#big += value;
      return;
    }
    if (this.#small > Number.MAX_SAFE_INTEGER - value) {
      this.#big += BigInt(this.#small);
      this.#small = 0;
    }
    this.#small += value;
  }

  /** The sum. */
  get value(): bigint {
    return this.#big + BigInt(this.#small);
  }
}

/** An integer of 10⁻⁴ written with `exponent` decimals (exact: no amount had more). @internal */
export function formatScaled(value: bigint, exponent: number): string {
  const whole = value / 10000n;
  if (exponent === 0) return whole.toString();
  const fraction = (value % 10000n).toString().padStart(SCALE, '0').slice(0, exponent);
  return `${whole}.${fraction}`;
}

/** What a payment information block is made of. @internal */
export interface BlockFields {
  readonly suggestion: number;
  readonly paymentNo: string;
  readonly date: string;
  readonly serviceLevel: string | undefined;
  readonly categoryPurpose: string | undefined;
  readonly instructionPriority: string | undefined;
  readonly chargeBearer: string;
  readonly batchBooking: boolean | undefined;
  readonly sepa: boolean;
  /** `<Dbtr>…</Dbtr><DbtrAcct>…</DbtrAcct><DbtrAgt>…</DbtrAgt>`. */
  readonly debtorXml: string;
}

/** One line, written. @internal */
export interface PreparedTx {
  readonly key: string;
  readonly block: BlockFields;
  readonly xml: string;
  /** The amount as an integer of 10⁻⁴: a number when safe, else a `BigInt`. */
  readonly scaled: number | bigint;
  readonly exponent: number;
  /** What the document's summary tells of the line (not made for a stream, which keeps none). */
  readonly info: Pain001Transaction | undefined;
  readonly endToEndId: string;
}

/** The options a writer needs, resolved. @internal */
export interface WriterSettings {
  readonly version: Pain001Version;
  readonly v3: boolean;
  readonly options: Pain001Options;
}

const UUID_V4 = /^[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}$/;

function compact(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/** The company's `Dbtr`, `DbtrAcct` and `DbtrAgt`, cached per company and character set. @internal */
export class DebtorCache {
  readonly #cache = new Map<PayingCompany, Map<boolean, { xml: string; issues: EftkitIssue[] }>>();
  /** One text writer for SEPA blocks and one for the others, reused line after line. */
  readonly writers: { readonly sepa: TextWriter; readonly other: TextWriter };
  /** The blocks seen, by key. */
  readonly blocks: Map<string, BlockFields> = new Map();
  /** The pieces of the line being written (reused line after line). */
  readonly parts: string[] = [];
  constructor(readonly settings: WriterSettings) {
    const characterSet = settings.options.sepaCharacterSet ?? 'epc-latin';
    this.writers = { sepa: new TextWriter(settings.v3, true, characterSet), other: new TextWriter(settings.v3, false, characterSet) };
  }

  /** The block of the previous line, and what it was made of (most lines share it). */
  last: { suggestion: number; classification: string; date: string; serviceLevel: string | undefined; categoryPurpose: string | undefined; instructionPriority: string | undefined; chargeBearer: string; batchBooking: boolean | undefined; key: string; block: BlockFields } | undefined;
  #lastCompany: PayingCompany | undefined;
  #lastSepa = false;
  #lastXml = '';

  /** The debtor XML; its issues are added to `issues` only the first time. `at` is the path of the line. */
  xml(company: PayingCompany, sepa: boolean, at: IssuePath, issues: EftkitIssue[]): string {
    if (company === this.#lastCompany && sepa === this.#lastSepa) return this.#lastXml;
    const got = this.get(company, sepa, at);
    if (got.issues.length > 0) issues.push(...got.issues);
    this.#lastCompany = company;
    this.#lastSepa = sepa;
    this.#lastXml = got.xml;
    return got.xml;
  }

  /** The debtor XML; its issues are returned only the first time. `at` is the path of the line. */
  get(company: PayingCompany, sepa: boolean, at: IssuePath): { xml: string; issues: EftkitIssue[] } {
    let bySepa = this.#cache.get(company);
    if (bySepa === undefined) {
      bySepa = new Map();
      this.#cache.set(company, bySepa);
    }
    const hit = bySepa.get(sepa);
    if (hit !== undefined) return { xml: hit.xml, issues: [] };
    const w = new TextWriter(this.settings.v3, sepa, this.settings.options.sepaCharacterSet ?? 'epc-latin');
    const path: IssuePath = [...at.slice(0, -2), 'company'];
    const account = company.debtorAccount;
    const dbtr = `<Dbtr>${w.el('Nm', company.name, path, 'name')}${addressXml(w, company.address, company.country, [...path, 'address'])}${organisationIdXml(w, company.orgNo, undefined, path)}</Dbtr>`;
    const id =
      account.iban !== undefined && account.iban !== ''
        ? `<IBAN>${escapeXml(compact(account.iban))}</IBAN>`
        : `<Othr><Id>${escapeXml(compact(account.bban ?? ''))}</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr>`;
    const acct = `<DbtrAcct><Id>${id}</Id><Ccy>${escapeXml(account.currency)}</Ccy></DbtrAcct>`;
    const bic = account.bic === undefined || account.bic === '' ? undefined : compact(account.bic);
    const agent = `<DbtrAgt><FinInstnId>${bic === undefined ? '<Othr><Id>NOTPROVIDED</Id></Othr>' : bicXml(this.settings.v3, escapeXml(bic))}</FinInstnId></DbtrAgt>`;
    const made = { xml: dbtr + acct + agent, issues: w.issues };
    bySepa.set(sepa, made);
    return made;
  }
}

/** The outcome of {@link prepareLine}. @internal */
export interface PreparedLine {
  readonly tx?: PreparedTx;
  readonly issues: readonly EftkitIssue[];
}

/**
 * Writes one validated line as a `CdtTrfTxInf` and works out its block. `at` is the path of
 * the line from the input's root. @internal
 */
export function prepareLine(
  settings: WriterSettings,
  debtors: DebtorCache,
  v: ValidatedPaymentLine,
  company: PayingCompany,
  paymentNo: string,
  suggestion: number,
  at: IssuePath,
  index: number = v.index,
  summary: boolean = true,
): PreparedLine {
  const { options, v3 } = settings;
  const line = v.line;
  const issues: EftkitIssue[] = [];
  const sepa = v.charges.sepa;
  const hasCallbacks = options.instructionId !== undefined || options.uetr !== undefined || typeof options.batchBooking === 'function';
  const context: Pain001LineContext | undefined = hasCallbacks ? { line, paymentNo, index } : undefined;

  // Date, adjusted when asked.
  let date = line.requestedExecutionDate ?? line.dueDate;
  if (options.adjustExecutionDate !== undefined) {
    const adjusted = safeAdjustPaymentDate(date, {
      calendar: options.adjustExecutionDate.calendar,
      convention: options.adjustExecutionDate.convention,
      moveToWorkday: line.voucherType?.moveToWorkday ?? true,
    });
    if (adjusted.ok) date = adjusted.value.date;
    else issues.push(issue('pain001/date-adjustment-failed', M.dateAdjustmentFailed(adjusted.issues.map((i) => i.message).join(' ')), [...at, line.requestedExecutionDate === undefined ? 'dueDate' : 'requestedExecutionDate']));
  }

  // Ids.
  const endToEndId = line.lineId;
  const instructionId = options.instructionId === undefined || context === undefined ? endToEndId : options.instructionId(context);
  if (!isSendableId(instructionId)) issues.push(issue('pain001/invalid-instruction-id', M.invalidInstructionId(instructionId), [...at, 'lineId']));
  let uetr: string | undefined;
  if (options.uetr !== undefined && context !== undefined) {
    uetr = options.uetr(context);
    if (uetr !== undefined && !UUID_V4.test(uetr)) issues.push(issue('pain001/invalid-uetr', M.invalidUetr(uetr), [...at, 'lineId']));
  }

  const batchBooking = typeof options.batchBooking === 'function' ? options.batchBooking(context as Pain001LineContext) : options.batchBooking;
  const debtorXml = debtors.xml(company, sepa, at, issues);
  const serviceLevel = v.charges.serviceLevel;
  const categoryPurpose = line.categoryPurpose;
  const instructionPriority = line.instructionPriority;
  const chargeBearer = v.charges.chargeBearer;
  // The block: that of the previous line when every field is the same (no key string made).
  const last = debtors.last;
  let key: string;
  let block: BlockFields | undefined;
  if (
    last !== undefined &&
    last.suggestion === suggestion &&
    last.classification === v.classification &&
    last.date === date &&
    last.serviceLevel === serviceLevel &&
    last.categoryPurpose === categoryPurpose &&
    last.instructionPriority === instructionPriority &&
    last.chargeBearer === chargeBearer &&
    last.batchBooking === batchBooking &&
    last.block.sepa === sepa &&
    last.block.debtorXml === debtorXml
  ) {
    key = last.key;
    block = last.block;
  } else {
    key = `${suggestion}\u0001${v.classification}\u0001${date}\u0001${serviceLevel ?? ''}\u0001${categoryPurpose ?? ''}\u0001${instructionPriority ?? ''}\u0001${chargeBearer}\u0001${batchBooking === undefined ? '' : batchBooking}\u0001${sepa}`;
    block = debtors.blocks.get(key);
    if (block === undefined) {
      block = { suggestion, paymentNo, date, serviceLevel, categoryPurpose, instructionPriority, chargeBearer, batchBooking, sepa, debtorXml };
      debtors.blocks.set(key, block);
    }
    debtors.last = { suggestion, classification: v.classification, date, serviceLevel, categoryPurpose, instructionPriority, chargeBearer, batchBooking, key, block };
  }

  const w = sepa ? debtors.writers.sepa : debtors.writers.other;
  // The amount as written: the line's own text when it is already in the XML form (most are).
  const exponent = v.amount.exponent;
  const given = line.amount;
  const fast = canonicalScaled(given, exponent);
  const amount = fast >= 0 ? given : v.amount.toString();
  const currency = v.amount.currency;
  // The line's XML is gathered in one reused array and joined once: no rope of dozens of
  // partial strings per line for the young-generation collector.
  const p = debtors.parts;
  p.length = 0;
  p.push('<CdtTrfTxInf><PmtId><InstrId>', escapeXml(instructionId), '</InstrId><EndToEndId>', escapeXml(endToEndId), '</EndToEndId>');
  if (uetr !== undefined) p.push('<UETR>', uetr, '</UETR>');
  p.push('</PmtId><Amt><InstdAmt Ccy="', currency, '">', amount, '</InstdAmt></Amt>');
  if (line.ultimateDebtor !== undefined) p.push('<UltmtDbtr>', partyXml(w, line.ultimateDebtor, [...at, 'ultimateDebtor']), '</UltmtDbtr>');

  // Creditor agent: BIC and/or US ABA routing number, with the bank's name and address.
  const creditor = line.creditor;
  const bankName = creditor.bankName !== undefined && creditor.bankName !== '' ? creditor.bankName : undefined;
  const bankAddress = creditor.bankAddress !== undefined && creditor.bankAddress !== '' ? creditor.bankAddress : undefined;
  if (v.bic !== undefined || v.routingNumber !== undefined) {
    p.push('<CdtrAgt><FinInstnId>');
    if (v.bic !== undefined) p.push(v3 ? '<BIC>' : '<BICFI>', v.bic.bic, v3 ? '</BIC>' : '</BICFI>');
    if (v.routingNumber !== undefined) p.push('<ClrSysMmbId><ClrSysId><Cd>USABA</Cd></ClrSysId><MmbId>', v.routingNumber, '</MmbId></ClrSysMmbId>');
    if (bankName !== undefined) w.put(p, '<Nm>', bankName, '</Nm>', at, 'creditor', 'bankName');
    if (bankAddress !== undefined || v.routingNumber !== undefined) {
      const country = v.bic?.country ?? (v.routingNumber === undefined ? undefined : 'US');
      let address = country === undefined ? '' : `<Ctry>${country}</Ctry>`;
      for (const l of bankAddress === undefined ? [] : splitLines(bankAddress, 70)) address += w.el('AdrLine', l, at, 'creditor', 'bankAddress');
      if (address !== '') p.push('<PstlAdr>', address, '</PstlAdr>');
    }
    p.push('</FinInstnId></CdtrAgt>');
  }

  // Creditor and account.
  p.push('<Cdtr>');
  if (creditor.name !== '') w.put(p, '<Nm>', creditor.name, '</Nm>', at, 'creditor', 'name');
  if (creditor.address !== undefined) p.push(addressXml(w, creditor.address, creditor.country, [...at, 'creditor', 'address']));
  else if (creditor.country !== undefined && creditor.country !== '') p.push('<PstlAdr><Ctry>', escapeXml(creditor.country), '</Ctry></PstlAdr>');
  p.push('</Cdtr>');
  const account = v.creditorAccount;
  if ('iban' in account) p.push('<CdtrAcct><Id><IBAN>', account.iban.iban, '</IBAN></Id></CdtrAcct>');
  else if ('bban' in account) {
    const scheme = account.kind === 'bankgiro' ? '<Prtry>BGNR</Prtry>' : account.kind === 'plusgiro' ? '<Prtry>PGNR</Prtry>' : '<Cd>BBAN</Cd>';
    p.push('<CdtrAcct><Id><Othr><Id>', escapeXml(account.bban), '</Id><SchmeNm>', scheme, '</SchmeNm></Othr></Id></CdtrAcct>');
  } else p.push('<CdtrAcct><Id><Othr><Id>', escapeXml(account.accountNo), '</Id></Othr></Id></CdtrAcct>');
  if (line.ultimateCreditor !== undefined) p.push('<UltmtCdtr>', partyXml(w, line.ultimateCreditor, [...at, 'ultimateCreditor']), '</UltmtCdtr>');

  // Purpose, regulatory reporting, remittance: in the schemas' order.
  if (line.purpose !== undefined) p.push('<Purp><Cd>', escapeXml(line.purpose), '</Cd></Purp>');
  const rr = line.regulatoryReporting;
  if (rr !== undefined) {
    const rrAt: IssuePath = [...at, 'regulatoryReporting'];
    const authority = rr.authorityCountry === undefined ? '' : `<Authrty><Ctry>${escapeXml(rr.authorityCountry)}</Ctry></Authrty>`;
    const info = (rr.information ?? []).map((text, k) => w.el('Inf', text, rrAt, 'information', k)).join('');
    p.push(`<RgltryRptg><DbtCdtRptgInd>DEBT</DbtCdtRptgInd>${authority}<Dtls><Cd>${w.text(rr.code, rrAt, 'code')}</Cd>${info}</Dtls></RgltryRptg>`);
  }
  p.push('<RmtInf>');
  const remittance = line.remittance;
  if (remittance.type === 'text') {
    if (remittance.text !== '') w.put(p, '<Ustrd>', remittance.text, '</Ustrd>', at, 'remittance', 'text');
  } else p.push(remittanceXml(w, v, sepa, at));
  p.push('</RmtInf></CdtTrfTxInf>');
  const xml = p.join('');

  const written = w.take();
  if (written.length > 0) issues.push(...written);
  if (issues.length > 0 && issues.some((i) => i.severity !== 'warning')) return { issues };
  const info: Pain001Transaction | undefined = !summary
    ? undefined
    : uetr === undefined
      ? { lineId: line.lineId, instructionId, endToEndId, amount, currency }
      : { lineId: line.lineId, instructionId, endToEndId, uetr, amount, currency };
  const scaled = fast >= 0 ? fast : scaledAmount(amount, exponent);
  return { tx: { key, block, xml, scaled, exponent, info, endToEndId }, issues };
}

/**
 * The content of `RmtInf`: a structured creditor reference (`SCOR`; issuer `ISO` for RF), an
 * invoice number as a referred document (`CINV`; in SEPA as unstructured text, since the EPC
 * rules allow only the creditor reference in structured remittance), or free text (`Ustrd`).
 */
function remittanceXml(w: TextWriter, v: ValidatedPaymentLine, sepa: boolean, at: IssuePath): string {
  const r = v.line.remittance;
  if (r.type === 'text') return w.el('Ustrd', r.text, at, 'remittance', 'text');
  if (r.type === 'invoice') {
    if (sepa) return w.el('Ustrd', r.invoiceNo, at, 'remittance', 'invoiceNo');
    return `<Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>${w.text(r.invoiceNo, at, 'remittance', 'invoiceNo')}</Nb></RfrdDocInf></Strd>`;
  }
  const ref = v.reference;
  if (ref === undefined) {
    // A reference of a country without a known scheme: written as given, as a creditor reference.
    return `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${w.text(r.reference.trim(), at, 'remittance', 'reference')}</Ref></CdtrRefInf></Strd>`;
  }
  if (ref.scheme === 'fik' && ref.value === '') return w.el('Ustrd', ref.display, at, 'remittance', 'reference');
  const issuer = ref.scheme === 'rf' ? '<Issr>ISO</Issr>' : '';
  return `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry>${issuer}</Tp><Ref>${escapeXml(ref.value)}</Ref></CdtrRefInf></Strd>`;
}

/** True when `value` is an ISO date-time as `CreDtTm` takes it. @internal */
export function isIsoDateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/.exec(value);
  if (m === null) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const year = Number(m[1]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** `<PmtInfId>` of block `n` (1-based) of a suggestion: `<paymentNo>-<n>`, the payment number cut to fit 35. @internal */
export function paymentInformationId(paymentNo: string, n: number): string {
  const suffix = `-${n}`;
  return `${paymentNo.slice(0, 35 - suffix.length).replace(/\/+$/, '')}${suffix}`;
}


