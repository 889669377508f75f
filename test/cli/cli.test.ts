import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeBase64url, importApprovalKey, issueApprovalToken, approvalRequestForLine } from '../../src/approval';
import { generateCid } from '../../src/cid';
import { EXIT, nodeIo, runCli, lineReferencesFromPain001, fieldName } from '../../src/cli';
import { buildPain001 } from '../../src/pain001';
import { simulateBankAnswers } from '../../src/testing';
import { COMPANY, FACTORING, KID_LINE, MATCHING_SETUP, OPEN_ENTRIES, SUGGESTION, SUGGESTION_WITH_TYPO, creditNotification } from '../../scripts/demo-data';
import { DEMO_SECRET } from '../../scripts/demo';
import { memoryIo } from './memory-io';

const json = (v: unknown): string => JSON.stringify(v, null, 2);
const sent = buildPain001(SUGGESTION, { version: 'pain.001.001.09', messageId: 'MSG-1', creationDateTime: '2026-11-30T10:05:00' });
const answers = simulateBankAnswers(sent.xml, {
  outcomes: { L1: { kind: 'settled' }, L2: { kind: 'settled', charges: '2.50' }, L3: { kind: 'rejected', reasonCode: 'AC04', text: 'Account closed' } },
  pain002: { messageId: 'PSR-1', creationDateTime: '2026-12-01T08:15:00' },
  camt054: { messageId: 'NTF-1', creationDateTime: '2026-12-01T18:00:00+01:00', bookingDate: '2026-12-01' },
});
const credits = creditNotification([
  { ref: 'B-001', amount: '1250.00', debtor: 'Kari Nordmann', kid: generateCid({ customerNo: '10023', invoiceNo: '4567' }, FACTORING) },
  { ref: 'B-003', amount: '500.00', debtor: 'Ukjent', message: 'november' },
]);

const FILES: Record<string, string> = {
  'suggestion.json': json(SUGGESTION),
  'typo.json': json(SUGGESTION_WITH_TYPO),
  'broken.json': '{\n  "paymentNo": "P-1",\n  "lines": [\n    { "lineId": "L1", }\n  ]\n}\n',
  'unclosed.json': '{"paymentNo": "1", "lines": [}',
  'sent.xml': sent.xml,
  'report.xml': answers.pain002,
  'debits.xml': answers.camt054,
  'credits.xml': credits,
  'entries.json': json(OPEN_ENTRIES),
  'setup.json': json(MATCHING_SETUP),
  'bad-entries.json': json([{ id: 'E-1', customerNo: '1', invoiceNo: '1', amount: '-5', currency: 'NOK' }]),
  'lines.json': json(lineReferencesFromPain001(sent.xml)),
  'key.jwk': json({ kty: 'oct', kid: 'demo-hs-2026', alg: 'HS256', k: encodeBase64url(DEMO_SECRET) }),
  'line.json': json({ companyOrgNo: COMPANY.orgNo, line: KID_LINE }),
  'other-line.json': json({ companyOrgNo: COMPANY.orgNo, line: { ...KID_LINE, amount: '99999.00' } }),
  'not-xml.xml': 'this is not XML',
  'bad-amount.xml': credits.replace('<Amt Ccy="NOK">1250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>', '<Amt Ccy="NOK">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>'),
};

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string; io: ReturnType<typeof memoryIo> }> {
  const io = memoryIo(FILES);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}

describe('eftkit (in-process)', () => {
  it('prints help and exits 0 for --help; 2 without a command or with an unknown one', async () => {
    expect((await run('--help')).code).toBe(EXIT.ok);
    expect((await run()).code).toBe(EXIT.usage);
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toMatch(/unknown command "frobnicate"/);
    for (const command of ['validate', 'pain001', 'pain002', 'camt054', 'match', 'reference', 'calendar', 'token']) {
      const r = await run(command, '--help');
      expect([command, r.code]).toEqual([command, 0]);
      expect(r.out).toMatch(/^Usage: eftkit /);
      expect(r.out).toMatch(/Exit codes/);
    }
  });

  it('validate: 0 for a good suggestion, 1 with the file, path, field and line for a bad one', async () => {
    const good = await run('validate', 'suggestion.json');
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/All 3 line\(s\) can be uploaded/);
    const bad = await run('validate', 'typo.json');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('typo.json: lines[0].remittance.reference (payment reference (KID/OCR/RF), line L1): error: The KID "2345675" has a wrong check digit');
    expect(bad.err).toContain('[reference/bad-check-digit]');
    const asJson = await run('validate', 'typo.json', '--json');
    expect(asJson.code).toBe(1);
    expect(JSON.parse(asJson.out).deficientLines[0].lineId).toBe('L1');
  });

  it('validate: a file that is not JSON names the line and column; a missing file or argument is a usage error', async () => {
    const broken = await run('validate', 'broken.json');
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^broken\.json: not valid JSON at line 4, column 23:/);
    // Node's message gives no position for this one; eftkit finds it.
    const unclosed = await run('validate', 'unclosed.json');
    expect(unclosed.err).toMatch(/^unclosed\.json: not valid JSON at line 1, column 30:/);
    const missing = await run('validate', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json: cannot read the payment suggestion: it does not exist/);
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', 'suggestion.json', '--colour')).code).toBe(2);
  });

  it('pain001: writes the file, prints lines and sums per currency; refuses a deficient suggestion without writing', async () => {
    const r = await run('pain001', 'suggestion.json', '--version', '03', '-o', 'out.xml', '--created', '2026-11-30T10:05:00');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^out\.xml: pain\.001\.001\.03, 3 line\(s\), message id P-2026-0042/);
    expect(r.out).toContain('  NOK 12500.00\n  EUR 250.50\n  USD 1000.00\n');
    const xml = r.io.files.get('out.xml') ?? '';
    expect(xml).toContain('urn:iso:std:iso:20022:tech:xsd:pain.001.001.03');
    expect(xml).toContain('<CreDtTm>2026-11-30T10:05:00</CreDtTm>');
    const bad = await run('pain001', 'typo.json', '-o', 'out.xml');
    expect(bad.code).toBe(1);
    expect(bad.io.files.has('out.xml')).toBe(false);
    expect(bad.err).toMatch(/out\.xml: not written/);
    expect((await run('pain001', 'suggestion.json', '--version', '07', '-o', 'x.xml')).code).toBe(2);
    const noOut = await run('pain001', 'suggestion.json');
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/Missing --output/);
  });

  it('pain001: streams a large suggestion to a real file with a progress line on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eftkit-cli-'));
    try {
      const lines = Array.from({ length: 12_000 }, (_, i) => ({ ...SUGGESTION.lines[1], lineId: `L${i + 1}`, amount: `${(i % 900) + 100}.25` }));
      writeFileSync(join(dir, 'big.json'), JSON.stringify({ ...SUGGESTION, lines }));
      let err = '';
      let out = '';
      const io = { ...nodeIo(), stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), now: () => new Date('2026-11-30T10:00:00Z') };
      const code = await runCli(['pain001', join(dir, 'big.json'), '-o', join(dir, 'big.xml')], io);
      expect(code).toBe(0);
      expect(err).toMatch(/MB written…/);
      expect(out).toMatch(/12000 line\(s\)/);
      const xml = readFileSync(join(dir, 'big.xml'), 'utf8');
      expect(xml.match(/<CdtTrfTxInf>/g)?.length).toBe(12_000);
      expect(xml.trimEnd().endsWith('</Document>')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pain002: statuses as JSON; with the pain.001 or a line map, events; bad XML is exit 1 naming the file', async () => {
    const plain = await run('pain002', 'report.xml');
    expect(plain.code).toBe(0);
    const statuses = JSON.parse(plain.out).transactions as { originalEndToEndId: string }[];
    expect(statuses.map((t) => t.originalEndToEndId)).toEqual(['L1', 'L2', 'L3']);
    for (const source of [['--pain001', 'sent.xml'], ['--lines', 'lines.json']]) {
      const r = await run('pain002', 'report.xml', ...source);
      expect(r.code).toBe(0);
      const result = JSON.parse(r.out) as { events: { lineId: string; type: string }[]; unknown: unknown[] };
      expect(result.unknown).toEqual([]);
      expect(result.events.map((e) => [e.lineId, e.type])).toContainEqual(['L3', 'rejected']);
    }
    const bad = await run('pain002', 'not-xml.xml');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^not-xml\.xml/);
    expect((await run('pain002', 'report.xml', '--lines', 'lines.json', '--pain001', 'sent.xml')).code).toBe(2);
  });

  it('camt054: incoming payments and debits as JSON, events with the pain.001', async () => {
    const r = await run('camt054', 'credits.xml');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as { incoming: { payments: { reference?: string; amount: { amount: string } }[] } };
    expect(body.incoming.payments.map((p) => p.amount.amount)).toEqual(['1250.00', '500.00']);
    const debits = await run('camt054', 'debits.xml', '--pain001', 'sent.xml');
    expect(debits.code).toBe(0);
    const events = (JSON.parse(debits.out) as { events: { events: { lineId: string; type: string }[] } }).events.events;
    expect(events.map((e) => [e.lineId, e.type])).toEqual([['L1', 'settled'], ['L2', 'settled']]);
    const bad = await run('camt054', 'bad-amount.xml');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('bad-amount.xml: notifications[0].entries[0].amount (amount): warning: "12,50" is not an amount');
    expect(JSON.parse(bad.out).incoming.payments).toHaveLength(2); // the transaction amount is still readable
  });

  it('match: matches and vouchers; bad entries are exit 1 naming the entries file and path', async () => {
    const r = await run('match', 'credits.xml', '--entries', 'entries.json', '--setup', 'setup.json');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^B-001: matched, NOK 1250.00 → E-4567 \(cid, 1250.00\)/m);
    expect(r.out).toMatch(/B-003: unmatched.*to suspense 500.00/);
    expect(r.out).toMatch(/1 of 2 payment\(s\) matched in full; 2 voucher\(s\)/);
    const asJson = JSON.parse((await run('match', 'credits.xml', '--entries', 'entries.json', '--setup', 'setup.json', '--json')).out) as { vouchers: unknown[] };
    expect(asJson.vouchers).toHaveLength(2);
    const bad = await run('match', 'credits.xml', '--entries', 'bad-entries.json', '--setup', 'setup.json');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^bad-entries\.json: \[0\]\.amount \(amount\): error: /m);
    expect((await run('match', 'credits.xml', '--setup', 'setup.json')).code).toBe(2);
  });

  it('reference: check with and without a scheme, create; exit 1 for a wrong check digit', async () => {
    const ok = await run('reference', 'check', '2345676', '--scheme', 'kid');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/valid kid-mod10/);
    const bad = await run('reference', 'check', '2345675', '--scheme', 'kid-mod10');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/\[reference\/bad-check-digit\]/);
    expect((await run('reference', 'check', 'RF18539007547034')).out).toMatch(/valid as rf/);
    const created = await run('reference', 'create', '10023', '--scheme', 'kid-mod10', '--length', '12');
    expect([created.code, created.out]).toEqual([0, '000000100230\n']);
    expect((await run('reference', 'create', '10023')).code).toBe(2);
    expect((await run('reference', 'check', '1', '--scheme', 'swift')).code).toBe(2);
  });

  it('calendar adjust: moves Christmas Eve back in Norway; a bad date is 1, a bad calendar 2', async () => {
    const r = await run('calendar', 'adjust', '2026-12-24', '--calendar', 'NO', '--convention', 'preceding');
    expect(r.code).toBe(0);
    expect(r.out).toBe('2026-12-23\n2026-12-24 is closed (Christmas Eve, NO); paid before, on 2026-12-23.\n');
    const eur = await run('calendar', 'adjust', '2026-12-26', '--country', 'NO', '--currency', 'EUR');
    expect(eur.code).toBe(0);
    expect(eur.out.split('\n')[0]).toBe('2026-12-28');
    expect((await run('calendar', 'adjust', '2026-02-30', '--calendar', 'NO')).code).toBe(1);
    expect((await run('calendar', 'adjust', '2026-12-24', '--calendar', 'XX')).code).toBe(2);
    expect((await run('calendar', 'adjust', '2026-12-24', '--calendar', 'NO', '--convention', 'sideways')).code).toBe(2);
  });

  it('token verify: 0 for a token bound to the line, 1 with every reason otherwise', async () => {
    const key = await importApprovalKey({ kid: 'demo-hs-2026', alg: 'HS256', secret: DEMO_SECRET });
    const request = approvalRequestForLine({ ...KID_LINE, requestedExecutionDate: '2026-12-23' }, { companyOrgNo: COMPANY.orgNo, approvalId: 'APR-1', approver: 'kari', dateFrom: '2026-12-20', dateTo: '2026-12-24' });
    const now = Math.floor(Date.parse('2026-11-30T10:00:00Z') / 1000);
    const token = await issueApprovalToken({ ...request, issuedAt: now, notBefore: now, expiresAt: now + 86_400, paid: true }, key);
    const ok = await run('token', 'verify', token, '--key', 'key.jwk', '--line', 'line.json', '--now', '2026-11-30T12:00:00Z');
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^valid: approval APR-1 by kari, up to 12500.00 NOK/);
    const changed = await run('token', 'verify', token, '--key', 'key.jwk', '--line', 'other-line.json', '--now', '2026-11-30T12:00:00Z');
    expect(changed.code).toBe(1);
    expect(changed.out).toMatch(/approval\/amount-higher/);
    const late = await run('token', 'verify', token, '--key', 'key.jwk', '--line', 'line.json', '--now', '2026-12-30T12:00:00Z');
    expect(late.code).toBe(1);
    expect(late.out).toMatch(/approval\/expired/);
    expect((await run('token', 'verify', 'x.y.z', '--key', 'key.jwk', '--line', 'line.json', '--now', 'yesterday')).code).toBe(2);
  });

  it('names fields in words', () => {
    expect(fieldName(['lines', 2, 'creditor', 'account', 'iban'])).toBe('IBAN');
    expect(fieldName([0, 'amount'])).toBe('amount');
    expect(fieldName([])).toBeUndefined();
  });
});

const BIN = resolve(import.meta.dirname, '../../dist/cli.js');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!existsSync(BIN))('the built eftkit bin (subprocess)', () => {
  it('runs as an executable: help, a good and a bad file, exit codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eftkit-bin-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'typo.json'), FILES['typo.json'] ?? '');
    expect(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })).toMatch(/^eftkit \d/);
    expect(execFileSync(process.execPath, [BIN, 'reference', 'check', '2345676', '--scheme', 'kid'], { encoding: 'utf8' })).toMatch(/valid kid-mod10/);
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [BIN, 'validate', join(dir, 'typo.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/reference\/bad-check-digit/);
  });
});
if (!existsSync(BIN)) console.warn(`[skip] the built eftkit bin: ${BIN} not found; run npm run build first.`);
