import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pain002Error, parsePain002, safeParsePain002, streamPain002Statuses, type Pain002StreamStatus, type XmlChunk } from '../../src/pain002';
import { pain002DocumentArbitrary } from '../../src/testing';
import { readSample } from '../support/xsd';

async function collect(chunks: Iterable<XmlChunk>, options = {}): Promise<Pain002StreamStatus[]> {
  const out: Pain002StreamStatus[] = [];
  for await (const item of streamPain002Statuses(chunks, options)) out.push(item);
  return out;
}

function split(xml: string, cuts: readonly number[]): XmlChunk[] {
  const bytes = new TextEncoder().encode(xml);
  const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  return [...points, bytes.length].map((p, i, all) => bytes.slice(i === 0 ? 0 : all[i - 1], p));
}

function check(items: Pain002StreamStatus[], xml: string): void {
  const report = parsePain002(xml);
  expect(items.map((i) => i.transaction)).toEqual(report.paymentInformations.flatMap((p) => p.transactions));
  const blocks = report.paymentInformations.flatMap(({ transactions, ...block }) => transactions.map(() => block));
  expect(items.map(({ paymentInformation: { issues, ...block } }) => (void issues, block))).toEqual(blocks);
  for (const item of items) {
    expect(item.report.messageId).toBe(report.messageId);
    expect(item.report.group).toEqual(report.group);
  }
}

describe('streamPain002Statuses', () => {
  it('yields every transaction status of the public samples as parsePain002 reads it', async () => {
    for (const name of ['pain.002.001.03_iso-example-group-accepted.xml', 'pain.002.001.03_nordea-test-group-reject.xml', 'pain.002.001.03_nordea-test-txn-reject.xml']) {
      const xml = readSample(name);
      check(await collect([xml]), xml);
      check(await collect(split(xml, Array.from({ length: 50 }, (_, i) => i / 50))), xml);
    }
  });

  it('property: any split into byte chunks gives parsePain002’s statuses', async () => {
    await fc.assert(
      fc.asyncProperty(pain002DocumentArbitrary(fc), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }), async (doc, cuts) => {
        check(await collect(split(doc.xml, cuts)), doc.xml);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses what parsePain002 refuses, with the same code', async () => {
    const ok = readSample('pain.002.001.03_nordea-test-txn-reject.xml');
    for (const xml of [ok.slice(0, ok.length - 30), ok.replace(/<OrgnlMsgId>[^<]*<\/OrgnlMsgId>/, ''), `<!DOCTYPE x>${ok}`, ok.replace('pain.002.001.03', 'camt.054.001.02')]) {
      const one = safeParsePain002(xml);
      expect(one.ok).toBe(false);
      const error = await collect([xml]).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(Pain002Error);
      expect((error as Pain002Error).code).toBe(one.ok ? undefined : one.issues[0]?.code);
    }
  });
});
