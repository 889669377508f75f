import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEftkitError } from '../../src/errors';
import { buildPain001, streamPain001, type Pain001LineSource, type Pain001Options } from '../../src/pain001';
import { pain001SuggestionArbitrary } from '../../src/testing';
import type { PaymentLine, PaymentSuggestion } from '../../src/validation';
import { describeWithXsd, validateXml } from '../support/xsd';
import { KID_PAYMENT, SEPA_PAYMENT, US_WIRE } from './fixtures';

const OPTIONS: Pain001Options = { messageId: 'MSG-S', creationDateTime: '2026-11-30T10:00:00', chunkSize: 1024 };

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}

async function failure(chunks: AsyncIterable<string>): Promise<{ error: unknown; written: string }> {
  let written = '';
  try {
    for await (const c of chunks) written += c;
  } catch (error) {
    return { error, written };
  }
  return { error: undefined, written };
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T, void, undefined> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

/** Many lines of the three examples, with their own ids. */
function manyLines(n: number, shuffle = false): PaymentLine[] {
  const base = [KID_PAYMENT.lines[0], SEPA_PAYMENT.lines[0], US_WIRE.lines[0]] as PaymentLine[];
  const lines = Array.from({ length: n }, (_, i) => {
    const k = shuffle ? i % 3 : Math.floor((i * 3) / n);
    return { ...(base[k] as PaymentLine), lineId: `L${i + 1}`, amount: `${(i % 97) + 1}.${String(i % 100).padStart(2, '0')}` };
  });
  return lines;
}

describe('streamPain001', () => {
  it('streams a suggestion exactly as buildPain001 writes it, in chunks of about chunkSize', async () => {
    await fc.assert(
      fc.asyncProperty(pain001SuggestionArbitrary(fc, { maxLines: 6 }), async (s) => {
        const chunks = await collect(streamPain001(s, OPTIONS));
        expect(chunks.join('')).toBe(buildPain001(s, OPTIONS).xml);
        for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(1024);
      }),
      { numRuns: 25, seed: 4 },
    );
  });

  it('reads a re-iterable source twice and writes what buildPain001 writes (lines of a block together or not)', async () => {
    for (const shuffle of [false, true]) {
      const lines = manyLines(1_200, shuffle);
      let readings = 0;
      const source: Pain001LineSource = {
        paymentNo: 'PAY-BIG',
        company: KID_PAYMENT.company,
        lines: () => {
          readings++;
          return slowly(lines);
        },
      };
      const streamed = (await collect(streamPain001(source, { ...OPTIONS, pretty: shuffle }))).join('');
      const built = buildPain001({ paymentNo: 'PAY-BIG', company: KID_PAYMENT.company, lines }, { ...OPTIONS, pretty: shuffle }).xml;
      expect(streamed).toBe(built);
      // Together: one reading to count and one to write; apart: one more per block.
      expect(readings).toBe(shuffle ? 1 + 3 : 2);
    }
  });

  it('throws every issue of every line before the first chunk, with the line numbers of the whole stream', async () => {
    const lines = manyLines(2_345);
    lines[1_500] = { ...(lines[1_500] as PaymentLine), amount: '0' };
    lines[2_300] = { ...(lines[2_300] as PaymentLine), currency: 'XYZ' };
    lines[2_301] = { ...(lines[2_301] as PaymentLine), lineId: 'L1' };
    const { error, written } = await failure(streamPain001({ paymentNo: 'PAY-BAD', company: KID_PAYMENT.company, lines: () => lines }, OPTIONS));
    expect(written).toBe('');
    expect(isEftkitError(error)).toBe(true);
    if (!isEftkitError(error)) return;
    expect(error.issues.map((i) => [i.code, i.path.slice(0, 2)])).toEqual([
      ['amount/not-positive', ['lines', 1_500]],
      ['currency/unknown', ['lines', 2_300]],
      ['pain001/duplicate-end-to-end-id', ['lines', 2_301]],
    ]);
  });

  it('notices a source that changes between its two readings', async () => {
    let readings = 0;
    const lines = manyLines(30);
    const source: Pain001LineSource = {
      paymentNo: 'PAY-X',
      company: KID_PAYMENT.company,
      lines: () => (readings++ === 0 ? lines : lines.slice(0, 29)),
    };
    const { error } = await failure(streamPain001(source, OPTIONS));
    expect(isEftkitError(error) && error.code).toBe('pain001/source-changed');
  });

  it('one pass with totals given: writes the header from them and checks them at the end', async () => {
    const lines = manyLines(300);
    const controlSum = buildPain001({ paymentNo: 'P', company: KID_PAYMENT.company, lines }, OPTIONS).controlSum;
    const ok = (await collect(streamPain001({ paymentNo: 'PAY-1', company: KID_PAYMENT.company, lines: slowly(lines), totals: { numberOfTransactions: 300, controlSum } }, OPTIONS))).join('');
    expect(ok).toContain(`<NbOfTxs>300</NbOfTxs><CtrlSum>${controlSum}</CtrlSum>`);
    expect(ok.match(/<PmtInf>/g)).toHaveLength(3);
    expect(ok.endsWith('</Document>\n')).toBe(true);

    const wrong = await failure(streamPain001({ paymentNo: 'PAY-1', company: KID_PAYMENT.company, lines: slowly(lines), totals: { numberOfTransactions: 301, controlSum: '1.00' } }, OPTIONS));
    expect(isEftkitError(wrong.error) ? wrong.error.issues.map((i) => i.code) : []).toEqual(['pain001/totals-mismatch', 'pain001/totals-mismatch']);
    expect(wrong.written.endsWith('</Document>\n')).toBe(false);
  });

  it('refuses lines that can be read only once without totals, and bad totals', async () => {
    const once = await failure(streamPain001({ paymentNo: 'P', company: KID_PAYMENT.company, lines: slowly(manyLines(3)) }, OPTIONS));
    expect(isEftkitError(once.error) && once.error.code).toBe('pain001/not-re-iterable');
    const bad = await failure(streamPain001({ paymentNo: 'P', company: KID_PAYMENT.company, lines: slowly(manyLines(3)), totals: { numberOfTransactions: 3, controlSum: '1,5' } }, OPTIONS));
    expect(isEftkitError(bad.error) && bad.error.path).toEqual(['totals', 'controlSum']);
  });

  it('refuses a deficient suggestion before the first chunk', async () => {
    const broken: PaymentSuggestion = { ...KID_PAYMENT, lines: [{ ...(KID_PAYMENT.lines[0] as PaymentLine), amount: '-1' }] };
    const { error, written } = await failure(streamPain001(broken, OPTIONS));
    expect(written).toBe('');
    expect(isEftkitError(error) && error.path).toEqual(['lines', 0, 'amount']);
  });
});

describeWithXsd('streamed files against the XSD', () => {
  it('one-pass and two-pass streams validate in every version', async () => {
    for (const version of ['pain.001.001.03', 'pain.001.001.09', 'pain.001.001.11'] as const) {
      const lines = manyLines(200, true);
      const controlSum = buildPain001({ paymentNo: 'P', company: KID_PAYMENT.company, lines }, OPTIONS).controlSum;
      const twoPass = (await collect(streamPain001({ paymentNo: 'PAY-2', company: KID_PAYMENT.company, lines: () => lines }, { ...OPTIONS, version }))).join('');
      const onePass = (await collect(streamPain001({ paymentNo: 'PAY-1', company: KID_PAYMENT.company, lines: slowly(lines), totals: { numberOfTransactions: 200, controlSum } }, { ...OPTIONS, version }))).join('');
      expect(validateXml(twoPass, version).errors).toEqual([]);
      expect(validateXml(onePass, version).errors).toEqual([]);
    }
  });
});

describe('streamPain001: repeated ids in the two-reading mode', () => {
  it('confirms a shared 32-bit hash by the ids themselves: two ids that only share a hash pass, a real repeat is refused', async () => {
    const { hash32 } = await import('../../src/pain001/ids');
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined && i < 300_000; i++) {
      const id = `INV-${((i * 2654435761) >>> 0).toString(36)}`;
      const h = hash32(id);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, id];
      else seen.set(h, id);
    }
    expect(pair).toBeDefined();
    if (pair === undefined) return;
    const base = KID_PAYMENT.lines[0] as PaymentLine;
    const apart = [{ ...base, lineId: pair[0] }, { ...base, lineId: 'X1' }, { ...base, lineId: pair[1] }];
    const xml = (await collect(streamPain001({ paymentNo: 'P', company: KID_PAYMENT.company, lines: () => apart }, OPTIONS))).join('');
    expect(xml).toContain(`<EndToEndId>${pair[1]}</EndToEndId>`);
    const twice = [{ ...base, lineId: pair[0] }, { ...base, lineId: 'X1' }, { ...base, lineId: pair[0] }];
    const { error } = await failure(streamPain001({ paymentNo: 'P', company: KID_PAYMENT.company, lines: () => twice }, OPTIONS));
    expect(isEftkitError(error) ? error.issues.map((i) => [i.code, i.path]) : []).toEqual([['line/duplicate-id', ['lines', 2, 'lineId']]]);
  });
});
