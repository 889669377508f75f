import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Camt054Error, parseCamt054, safeParseCamt054, streamCamt054Entries, type Camt054StreamEntry, type XmlChunk } from '../../src/camt054';
import { camt054DocumentArbitrary } from '../../src/testing';
import { readSample } from '../support/xsd';

async function collect(chunks: Iterable<XmlChunk> | AsyncIterable<XmlChunk>, options = {}): Promise<Camt054StreamEntry[]> {
  const out: Camt054StreamEntry[] = [];
  for await (const item of streamCamt054Entries(chunks, options)) out.push(item);
  return out;
}

async function refusal(chunks: Iterable<XmlChunk>, options = {}): Promise<string | undefined> {
  try {
    await collect(chunks, options);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(Camt054Error);
    return (e as Camt054Error).code;
  }
}

/** Splits text (or its UTF-8 bytes, cutting through characters) at the given fractions. */
function split(xml: string, cuts: readonly number[], asBytes: boolean): XmlChunk[] {
  const whole: string | Uint8Array = asBytes ? new TextEncoder().encode(xml) : xml;
  const points = [...new Set(cuts.map((c) => Math.floor(c * whole.length)))].sort((a, b) => a - b);
  const out: XmlChunk[] = [];
  let from = 0;
  for (const p of [...points, whole.length]) {
    out.push(whole.slice(from, p));
    from = p;
  }
  return out;
}

/** What the one-shot reader gives, in the streaming shape. */
function expected(xml: string, options = {}): { entries: unknown[]; headers: unknown[]; messageId: string } {
  const report = parseCamt054(xml, options);
  return {
    messageId: report.messageId,
    entries: report.notifications.flatMap((n) => n.entries),
    headers: report.notifications.flatMap((n) => n.entries.map(() => ({ index: n.index, id: n.id, account: n.account, creationDateTime: n.creationDateTime }))),
  };
}

function streamed(items: Camt054StreamEntry[]): { entries: unknown[]; headers: unknown[]; messageIds: string[] } {
  return {
    messageIds: [...new Set(items.map((i) => i.group.messageId))],
    entries: items.map((i) => i.entry),
    headers: items.map(({ notification: n }) => ({ index: n.index, id: n.id, account: n.account, creationDateTime: n.creationDateTime })),
  };
}

describe('streamCamt054Entries', () => {
  it('yields every entry of the public samples exactly as parseCamt054 reads it, in one chunk or byte by byte', async () => {
    for (const name of ['camt.054.001.02_finance-finland-sample.xml', 'camt.054.001.02_iso-example-SE.xml', 'camt.054.001.08_iso-example-with-UETR.xml']) {
      const xml = readSample(name);
      const want = expected(xml);
      for (const chunks of [[xml], split(xml, Array.from({ length: 200 }, (_, i) => i / 200), true)]) {
        const got = streamed(await collect(chunks));
        expect(got.entries, name).toEqual(want.entries);
        expect(got.headers, name).toEqual(want.headers);
        expect(got.messageIds).toEqual([want.messageId]);
      }
    }
  });

  it('property: any split into string or byte chunks (sync or async) gives parseCamt054’s entries', async () => {
    await fc.assert(
      fc.asyncProperty(
        camt054DocumentArbitrary(fc, { maxEntries: 4 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        async (doc, cuts, asBytes, async) => {
          const chunks = split(doc.xml, cuts, asBytes);
          const source = async ? (async function* () { yield* chunks; })() : chunks;
          const got = streamed(await collect(source, { referenceCountry: 'NO' }));
          const want = expected(doc.xml, { referenceCountry: 'NO' });
          expect(got.entries).toEqual(want.entries);
          expect(got.headers).toEqual(want.headers);
          if (doc.entries.length > 0) expect(got.messageIds).toEqual([doc.messageId]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('property: a document cut anywhere throws an xml/* Camt054Error, never ends quietly', async () => {
    await fc.assert(
      fc.asyncProperty(camt054DocumentArbitrary(fc, { maxEntries: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), async (doc, where) => {
        const code = await refusal([doc.xml.slice(0, Math.floor(where * (doc.xml.length - 1)))]);
        expect(['xml/truncated', 'xml/malformed', 'xml/empty']).toContain(code);
      }),
      { numRuns: 80 },
    );
  });

  it('hostile and foreign documents: the code parseCamt054 gives, before any entry', async () => {
    const NS = 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.02';
    const ok = readSample('camt.054.001.02_iso-example-SE.xml');
    const cases = [
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;">]><Document xmlns="${NS}"/>`,
      `<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Document xmlns="${NS}"/>`,
      `<!DOCTYPE Document><Document xmlns="${NS}"/>`,
      ok.replace('FINPETROL', 'FIN&nbsp;PETROL'),
      ok.replace('FINPETROL', 'FIN & PETROL'),
      ok.replace('FINPETROL', 'x'.repeat(200_000)),
      ok.replace(NS, 'urn:iso:std:iso:20022:tech:xsd:pain.002.001.03'),
      ok.replace(NS, 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.04'),
      ok.replaceAll('BkToCstmrDbtCdtNtfctn', 'BkToCstmrStmt'),
      ok.replace('</MsgId>', '</MsgID>'),
      `<Document xmlns="${NS}"><BkToCstmrDbtCdtNtfctn>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</BkToCstmrDbtCdtNtfctn></Document>`,
      '   ',
      ok.replace(/<MsgId>[^<]*<\/MsgId>/, ''),
    ];
    for (const xml of cases) {
      const one = safeParseCamt054(xml);
      expect(one.ok, xml.slice(0, 80)).toBe(false);
      expect(await refusal([xml]), xml.slice(0, 80)).toBe(one.ok ? undefined : one.issues[0]?.code);
    }
    expect(await refusal([ok], { maxBytes: 100 })).toBe('xml/too-large');
    expect(await refusal([new Uint8Array([0x3c, 0xff, 0xfe, 0x3e])])).toBe('xml/invalid-encoding');
    expect(await refusal([42 as unknown as string])).toBe('xml/not-text');
    expect(await refusal([ok], { maxDepth: -1 })).toBe('xml/invalid-options');
    // The stream checks the message element on its start tag, before anything deeper.
    expect(await refusal([`<Document xmlns="${NS}">${'<a>'.repeat(200)}${'</a>'.repeat(200)}</Document>`])).toBe('xml/wrong-root');
  });

  it('a stream that never ends its markup or text is refused once a stretch passes maxTextLength', async () => {
    const NS = 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.02';
    function* endlessTag(): Generator<string> {
      yield `<Document xmlns="${NS}"><BkToCstmrDbtCdtNtfctn><GrpHdr a="1"`;
      for (let i = 0; i < 1000; i++) yield ' '.repeat(1000);
    }
    function* endlessText(): Generator<string> {
      yield `<Document xmlns="${NS}"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>`;
      for (let i = 0; i < 1000; i++) yield 'x'.repeat(1000);
    }
    expect(await refusal(endlessTag())).toBe('xml/text-too-long');
    expect(await refusal(endlessText())).toBe('xml/text-too-long');
  });

  it('strict: the first warning throws', async () => {
    const xml = readSample('camt.054.001.02_iso-example-SE.xml').replace('<Dt>', '<Dt>2010-13-45').replace(/<Dt>2010-13-45[^<]*/, '<Dt>2010-13-45');
    const one = safeParseCamt054(xml, { strict: true });
    expect(one.ok).toBe(false);
    expect(await refusal([xml], { strict: true })).toBe(one.ok ? undefined : one.issues[0]?.code);
    expect((await collect([xml])).length).toBeGreaterThan(0);
  });
});
