/**
 * `npm run demo`: the main job end to end on embedded sample data (scripts/demo-data.ts),
 * each step printed briefly. Deterministic: the time, ids and keys are fixed.
 *
 * suggestion → validation (a deficient line, then fixed) → dates moved by the bank calendar →
 * a pre-approved bundle with tokens, split from the rest → pain.001 written (XSD-checked when
 * the ISO 20022 schemas are found) → simulated bank answers (pain.002, camt.054) → events →
 * line statuses → settlement vouchers → incoming payments (camt.054 credits with CIDs) matched
 * to open invoices → vouchers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MODULES, VERSION } from '../src';
import { approvalRequestForLine, createApprovalBundle, createApprovalKeyring, importApprovalKey, issueBundleTokens, partitionByApproval } from '../src/approval';
import { adjustPaymentDate, calendarFor } from '../src/calendar';
import { camt054ToEvents, incomingPaymentsFromCamt054, parseCamt054 } from '../src/camt054';
import { generateCid } from '../src/cid';
import { formatPath } from '../src/errors';
import { incomingPaymentsForMatching, isBalanced, matchIncomingPayments, postSettlements, settlementsFromEffects, type Voucher } from '../src/matching';
import { buildPain001, type Pain001Document } from '../src/pain001';
import { createLineLookup, parsePain002, pain002ToEvents } from '../src/pain002';
import { applyEvents, createPaymentLine, type PaymentLineEffect, type PaymentLineEvent, type PaymentLineStatusId } from '../src/payment-line';
import { simulateBankAnswers } from '../src/testing';
import { validatePaymentSuggestion, type PaymentLine, type PaymentSuggestion } from '../src/validation';
import { COMPANY, FACTORING, MATCHING_SETUP, OPEN_ENTRIES, SUGGESTION, SUGGESTION_WITH_TYPO, creditNotification } from './demo-data';

/** The fixed moment of the demo: 30 November 2026, 10:00 UTC. */
export const DEMO_NOW: Date = new Date('2026-11-30T10:00:00Z');
/** A fixed HS256 secret (32 bytes): demo data, never a real key. */
export const DEMO_SECRET: Uint8Array = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 255);

/** The figures a test checks. */
export interface DemoFigures {
  readonly deficientBefore: readonly string[];
  readonly movedDates: Readonly<Record<string, string>>;
  readonly preApproved: readonly string[];
  readonly regular: readonly string[];
  readonly files: readonly { readonly messageId: string; readonly lines: number; readonly controlSum: string; readonly xsd: string }[];
  readonly statuses: Readonly<Record<string, PaymentLineStatusId>>;
  readonly settlementVouchers: readonly Voucher[];
  readonly incomingOutcomes: readonly { readonly paymentId: string; readonly status: string; readonly entries: readonly string[]; readonly unallocated: string }[];
  readonly incomingVouchers: readonly Voucher[];
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const XSD_DIR = process.env.EFTKIT_XSD_DIR ?? resolve(repoRoot, '..', 'shared', 'iso20022', 'xsd');

/** Validates XML against its ISO 20022 XSD with libxml2-wasm, or says why it was skipped. */
async function xsdCheck(xml: string, schema: string): Promise<string> {
  const file = join(XSD_DIR, `${schema}.xsd`);
  if (!existsSync(file)) return `skipped (no XSD found at ${file})`;
  let lib: typeof import('libxml2-wasm');
  try {
    lib = await import('libxml2-wasm');
  } catch {
    return 'skipped (libxml2-wasm is not installed)';
  }
  const xsdDoc = lib.XmlDocument.fromString(readFileSync(file, 'utf8'));
  const validator = lib.XsdValidator.fromDoc(xsdDoc);
  const doc = lib.XmlDocument.fromString(xml);
  try {
    validator.validate(doc);
    return `valid against ${schema}.xsd`;
  } catch (error) {
    const details = (error as { details?: { message: string; line: number }[] }).details;
    return `INVALID against ${schema}.xsd: ${details?.map((d) => `line ${d.line}: ${d.message.trim()}`).join('; ') ?? String(error)}`;
  } finally {
    doc.dispose();
    validator.dispose();
    xsdDoc.dispose();
  }
}

const voucherText = (v: Voucher): string[] =>
  v.lines.map((l) => `      ${v.id.padEnd(10)} ${l.side.padEnd(6)} ${l.account} ${(l.ledgerAmount ?? l.amount).padStart(10)} ${v.ledgerCurrency ?? v.currency}  ${l.text}`);

/** Runs the demo, printing with `log`; returns the key figures. */
export async function runDemo(log: (line: string) => void = console.log): Promise<DemoFigures> {
  log(`eftkit ${VERSION}: ${MODULES.length} modules (${MODULES.map((m) => `eftkit/${m}`).join(', ')})`);

  // 1. Validation: the ERP's suggestion, with a typo in the KID.
  log('\n1. Validate the payment suggestion (eftkit/validation)');
  const first = validatePaymentSuggestion(SUGGESTION_WITH_TYPO, { today: '2026-11-30' });
  log(`   ${first.summary}`);
  for (const d of first.deficientLines) for (const i of d.issues) log(`   ${d.lineId}: ${formatPath(i.path)}: ${i.message} [${i.code}]`);
  const fixed = validatePaymentSuggestion(SUGGESTION, { today: '2026-11-30' });
  log(`   after fixing the KID to 2345676: ${fixed.summary}`);
  for (const l of fixed.lines) log(`   ${l.lineId}: ${l.classification}, charges ${l.charges?.chargeBearer}${l.charges?.serviceLevel === undefined ? '' : ` (${l.charges.serviceLevel})`}`);

  // 2. Calendar: each line paid on a bank day of its country and currency (on or before the due date).
  log('\n2. Move payment dates to bank days (eftkit/calendar)');
  const movedDates: Record<string, string> = {};
  const dated: PaymentLine[] = SUGGESTION.lines.map((line) => {
    const calendar = calendarFor({ country: COMPANY.country, currency: line.currency });
    const r = adjustPaymentDate(line.dueDate, { calendar, convention: 'preceding' });
    movedDates[line.lineId] = r.date;
    log(`   ${line.lineId} ${line.currency}: ${r.explanation}`);
    return { ...line, requestedExecutionDate: r.date };
  });

  // 3. Approval: the KID line is approved and paid in the approval service ("Approve and pay").
  log('\n3. Pre-approve the KID line with a signed token, split it from the rest (eftkit/approval)');
  const key = await importApprovalKey({ kid: 'demo-hs-2026', alg: 'HS256', secret: DEMO_SECRET });
  const kidLine = dated[0] as PaymentLine;
  const bundle = createApprovalBundle('B-2026-11-30', [approvalRequestForLine(kidLine, { companyOrgNo: COMPANY.orgNo, approvalId: 'APR-1001', approver: 'kari.nordmann' })]);
  const { tokens, summary } = await issueBundleTokens(bundle, key, { now: DEMO_NOW, validForSeconds: 7 * 86_400, paid: true });
  log(`   bundle ${summary.bundleId}: ${summary.count} approval(s), ${summary.totals.map((t) => `${t.total} ${t.currency}`).join(', ')}; token ${tokens[0]?.token.slice(0, 24)}…`);
  const withTokens = dated.map((l) => (l.lineId === kidLine.lineId ? { ...l, approvalToken: tokens[0]?.token ?? '' } : l));
  const split = await partitionByApproval(withTokens, { companyOrgNo: COMPANY.orgNo, keyring: createApprovalKeyring([key]), now: DEMO_NOW });
  const preApproved = split.preApproved.map((p) => p.line.lineId);
  const regular = split.regular.map((p) => p.line.lineId);
  log(`   pre-approved: ${preApproved.join(', ') || '-'}; regular approval: ${regular.join(', ') || '-'}; rejected tokens: ${split.rejected.length}`);
  const payments: PaymentSuggestion[] = [
    { paymentNo: `${SUGGESTION.paymentNo}-PA`, company: COMPANY, lines: split.preApproved.map((p) => p.line) },
    { paymentNo: SUGGESTION.paymentNo, company: COMPANY, lines: split.regular.map((p) => p.line) },
  ];

  // 4. pain.001: one file per payment, never pre-approved and regular lines together.
  log('\n4. Write pain.001.001.09 files (eftkit/pain001)');
  const docs: Pain001Document[] = [];
  const files: DemoFigures['files'][number][] = [];
  let uetr = 0;
  for (const payment of payments) {
    const doc = buildPain001(payment, {
      version: 'pain.001.001.09',
      messageId: `MSG-${payment.paymentNo}`,
      creationDateTime: '2026-11-30T10:05:00',
      uetr: () => `0e3c2a52-8f1b-4d0e-9c2a-${String(++uetr).padStart(12, '0')}`,
    });
    docs.push(doc);
    const xsd = await xsdCheck(doc.xml, doc.version);
    files.push({ messageId: doc.messageId, lines: doc.numberOfTransactions, controlSum: doc.controlSum, xsd });
    log(`   ${doc.messageId}: ${doc.numberOfTransactions} line(s), control sum ${doc.controlSum}, ${doc.xml.length} bytes; XSD: ${xsd}`);
  }

  // 5. The bank answers (simulated): KID line settled, SEPA line settled with charges, US wire rejected.
  log('\n5. Simulated bank answers: pain.002 status reports and camt.054 debit notifications (eftkit/testing)');
  const outcomes = {
    L1: { kind: 'settled' },
    L2: { kind: 'settled', charges: '2.50' },
    L3: { kind: 'rejected', reasonCode: 'AC04', text: 'Account closed' },
  } as const;
  const lookup = createLineLookup(docs);
  const events: PaymentLineEvent[] = [];
  for (const [n, doc] of docs.entries()) {
    const answers = simulateBankAnswers(doc.xml, {
      outcomes,
      pain002: { messageId: `PSR-${n + 1}`, creationDateTime: '2026-12-01T08:15:00' },
      camt054: { messageId: `NTF-${n + 1}`, creationDateTime: '2026-12-01T18:00:00+01:00', bookingDate: '2026-12-01' },
    });
    const fromPain002 = pain002ToEvents(parsePain002(answers.pain002), lookup);
    const fromCamt054 = camt054ToEvents(parseCamt054(answers.camt054), lookup);
    log(`   ${doc.messageId}: pain.002 → ${fromPain002.events.length} event(s), camt.054 → ${fromCamt054.events.length} event(s); unknown ids: ${fromPain002.unknown.length + fromCamt054.unknown.length}`);
    events.push(...fromPain002.events, ...fromCamt054.events);
  }

  // 6. Events → line statuses (eftkit/payment-line), effects → settlement vouchers (eftkit/matching).
  log('\n6. Apply the events to the payment lines; post the settlements (eftkit/payment-line, eftkit/matching)');
  const statuses: Record<string, PaymentLineStatusId> = {};
  const effects: PaymentLineEffect[] = [];
  for (const line of dated) {
    const state = createPaymentLine({ lineId: line.lineId, paymentNo: SUGGESTION.paymentNo, supplierNo: line.supplierNo, openEntryId: `AP-${line.lineId}`, amount: line.amount, currency: line.currency, paymentDate: line.requestedExecutionDate ?? line.dueDate });
    const result = applyEvents(state, events.filter((e) => e.lineId === line.lineId));
    statuses[line.lineId] = result.line.status;
    log(`   ${line.lineId}: ${result.line.status}${result.line.rejection === undefined ? '' : ` (${result.line.rejection.reasonCode})`}, paid ${result.line.paidAmount} ${line.currency}; effects: ${result.effects.map((e) => e.kind).join(', ') || '-'}`);
    effects.push(...result.effects);
  }
  // The effects' ids are stable, so a redelivered settlement never makes a second voucher.
  const { settlements } = settlementsFromEffects(effects, {
    bankGlAccount: COMPANY.bankPartner.glAccount,
    ledgerCurrency: 'NOK',
    rates: { EUR: '11.4825' },
  });
  const settlementVouchers = postSettlements(settlements, { glAccounts: { payables: '2400', charges: '7770', currencyDifference: '8160' } });
  for (const v of settlementVouchers) {
    log(`   voucher ${v.id} (${v.date}, ${isBalanced(v) ? 'balanced' : 'NOT balanced'}):`);
    for (const t of voucherText(v)) log(t);
  }

  // 7. Incoming payments: camt.054 credits with CIDs of the 10;1 definition, matched to open invoices.
  log('\n7. Match incoming payments to open invoices (eftkit/camt054, eftkit/cid, eftkit/matching)');
  const cid4567 = generateCid({ customerNo: '10023', invoiceNo: '4567' }, FACTORING);
  const cid4568 = generateCid({ customerNo: '10051', invoiceNo: '4568' }, FACTORING);
  const camtXml = creditNotification([
    { ref: 'B-001', amount: '1250.00', debtor: 'Kari Nordmann', kid: cid4567 },
    { ref: 'B-002', amount: '1200.00', debtor: 'Ola Hansen AS', message: `KID ${cid4568} og faktura 4569` },
    { ref: 'B-003', amount: '500.00', debtor: 'Ukjent Betaler', message: 'Innbetaling november' },
  ]);
  log(`   camt.054.001.08 with 3 credits (CIDs ${cid4567}, ${cid4568}); XSD: ${await xsdCheck(camtXml, 'camt.054.001.08')}`);
  const incoming = incomingPaymentsFromCamt054(parseCamt054(camtXml));
  const forMatching = incomingPaymentsForMatching(incoming, { setup: MATCHING_SETUP });
  const matched = matchIncomingPayments(forMatching.payments, OPEN_ENTRIES, MATCHING_SETUP);
  const incomingOutcomes = matched.outcomes.map((o) => ({ paymentId: o.paymentId, status: o.status, entries: o.allocations.map((a) => a.entryId), unallocated: o.unallocated }));
  for (const o of matched.outcomes) {
    log(`   ${o.paymentId} ${o.amount} ${o.currency}: ${o.status}${o.allocations.length === 0 ? '' : ` → ${o.allocations.map((a) => `${a.entryId} ${a.amount} (${a.method})`).join(', ')}`}${o.reason === undefined ? '' : `; ${o.unallocated} to suspense (${o.reason})`}`);
  }
  for (const v of matched.vouchers) for (const t of voucherText(v)) log(t);
  log(`\nDone: ${SUGGESTION.lines.length} lines sent in ${docs.length} files (${Object.values(statuses).filter((s) => s === 'settled').length} settled, ${Object.values(statuses).filter((s) => s === 'rejected').length} rejected and payable again), ${settlementVouchers.length} settlement voucher(s), ${matched.vouchers.length} incoming voucher(s).`);

  return { deficientBefore: first.deficientLines.map((d) => d.lineId ?? `#${d.index}`), movedDates, preApproved, regular, files, statuses, settlementVouchers, incomingOutcomes, incomingVouchers: matched.vouchers };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runDemo();
}
