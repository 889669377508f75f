import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { safeParseCamt054 } from '../../src/camt054';
import { XmlScanner } from '../../src/internal/xml/scan';
import { safeParsePain002 } from '../../src/pain002';
import { camt054DocumentArbitrary, pain002DocumentArbitrary } from '../../src/testing';
import { readSample } from '../support/xsd';

// fast-xml-parser with the options the readers used before the scanner: the tree shape the
// readers expect. The scanner must build exactly this tree.
const oracle = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: '#cdata',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
  transformTagName: (name: string) => name.slice(name.indexOf(':') + 1),
});

function scan(xml: string): unknown {
  const scanner = new XmlScanner({ maxTextLength: 100_000, maxDepth: 100 });
  const error = scanner.feed(xml) ?? scanner.finish();
  expect(error).toBeUndefined();
  const root = scanner.root;
  return root === undefined ? undefined : { [root.qname.slice(root.qname.indexOf(':') + 1)]: root.value };
}

const EDGE_CASES = [
  '<a> x <b>1</b> y <b>2</b><c/></a>',
  '<a k=" v "> t </a>',
  '<a k="v"/>',
  '<a><b k="1"/><b>2</b><b k="3">t</b></a>',
  '<a>x<!-- c -->y</a>',
  '<a> x <!-- c --> y </a>',
  '<a>x<?pi data?>y</a>',
  '<a><![CDATA[ raw & <b> ]]></a>',
  '<a>t<![CDATA[c1]]>u<![CDATA[c2]]></a>',
  '<a k="1"><![CDATA[c]]></a>',
  '<p:a xmlns:p="u"><p:b>1</p:b><q:b xmlns:q="z">2</q:b></p:a>',
  '<a>   </a>',
  '<a></a>',
  '<a><b></b><b/></a>',
  '<a>&amp; x &#x41;</a>',
  "<a k='single' j = \"spaced\">v</a>",
  '<?xml version="1.0"?>\n<!-- prolog -->\n<a>\n  <b>\n    1\n  </b>\n</a>\n<!-- epilog -->\n',
];

describe('the scanner builds the tree fast-xml-parser builds', () => {
  it('edge cases: mixed text, comments, PIs, CDATA, attributes, prefixes, empty elements', () => {
    for (const xml of EDGE_CASES) expect(scan(xml), xml).toEqual(oracle.parse(xml));
  });

  it('the public samples', () => {
    for (const name of ['camt.054.001.02_finance-finland-sample.xml', 'camt.054.001.02_iso-example-SE.xml', 'camt.054.001.08_iso-example-with-UETR.xml', 'pain.002.001.03_nordea-test-txn-reject.xml']) {
      const xml = readSample(name);
      expect(scan(xml), name).toEqual(oracle.parse(xml));
    }
  });

  it('property: generated camt.054 and pain.002 documents', () => {
    fc.assert(
      fc.property(fc.oneof(camt054DocumentArbitrary(fc, { maxEntries: 3 }), pain002DocumentArbitrary(fc)), (doc) => {
        expect(scan(doc.xml)).toEqual(oracle.parse(doc.xml));
      }),
      { numRuns: 60 },
    );
  });
});

const XML_CODES = ['xml/truncated', 'xml/malformed', 'xml/empty', 'xml/wrong-root', 'xml/wrong-namespace', 'xml/unsupported-version'];

describe('broken documents are refused, never half read', () => {
  it('property: a camt.054 with a closing tag renamed anywhere is refused with an xml/* code', () => {
    fc.assert(
      fc.property(camt054DocumentArbitrary(fc, { maxEntries: 4 }), fc.nat(), fc.constantFrom('X', 'Ntry', 'Amt', 'Ntfctn'), (doc, pick, other) => {
        const closings = [...doc.xml.matchAll(/<\/([A-Za-z]+)>/g)];
        const target = closings[pick % closings.length];
        fc.pre(target !== undefined && target[1] !== other);
        const at = (target?.index ?? 0) + 2;
        const broken = doc.xml.slice(0, at) + other + doc.xml.slice(at + (target?.[1]?.length ?? 0));
        const result = safeParseCamt054(broken);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(XML_CODES).toContain(result.issues[0]?.code);
      }),
      { numRuns: 150 },
    );
  });

  it('property: a camt.054 with a tag or a stretch of text removed anywhere is refused, or read with every entry', () => {
    fc.assert(
      fc.property(camt054DocumentArbitrary(fc, { maxEntries: 4 }), fc.nat(), fc.nat({ max: 40 }), (doc, from, length) => {
        const start = from % doc.xml.length;
        const broken = doc.xml.slice(0, start) + doc.xml.slice(start + length + 1);
        const result = safeParseCamt054(broken);
        if (result.ok) {
          // Only a cut inside a text or an attribute value leaves a well-formed document.
          const entries = result.value.notifications.flatMap((n) => n.entries);
          expect(entries).toHaveLength(doc.entries.length);
        } else {
          expect(result.issues[0]?.code).toMatch(/^(xml|camt054)\//);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('property: a pain.002 cut anywhere is refused with an xml/* code', () => {
    fc.assert(
      fc.property(pain002DocumentArbitrary(fc), fc.double({ min: 0, max: 1, noNaN: true }), (doc, where) => {
        const result = safeParsePain002(doc.xml.slice(0, Math.floor(where * (doc.xml.length - 1))));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(['xml/truncated', 'xml/malformed', 'xml/empty']).toContain(result.issues[0]?.code);
      }),
      { numRuns: 100 },
    );
  });

  it('well-formedness the scanner checks itself: each refused as malformed', () => {
    const ns = 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.02';
    const wrap = (inner: string): string => `<Document xmlns="${ns}"><BkToCstmrDbtCdtNtfctn>${inner}</BkToCstmrDbtCdtNtfctn></Document>`;
    const cases = [
      wrap('<GrpHdr><MsgId>A</MsgId></GrpHdr></Ntfctn>'),
      wrap('<GrpHdr><MsgId>A</MsgId>'),
      wrap('<GrpHdr a="1" a="2"/>'),
      wrap('<GrpHdr a/>'),
      wrap('<GrpHdr a=1/>'),
      wrap('<GrpHdr/ >'),
      wrap('<1a/>'),
      wrap('<constructor/>'),
      wrap('<GrpHdr><MsgId>A</MsgId><@_Ccy>NOK</@_Ccy></GrpHdr>'),
      wrap('<GrpHdr><#text>x</#text></GrpHdr>'),
      wrap('<GrpHdr @_x="1"/>'),
      wrap('<?xml version="1.0"?>'),
      `${wrap('')}<Document/>`,
      `${wrap('')}text`,
      `text${wrap('')}`,
    ];
    for (const xml of cases) {
      const result = safeParseCamt054(xml);
      expect(result.ok, xml).toBe(false);
      if (!result.ok) expect(['xml/malformed', 'xml/truncated'], xml).toContain(result.issues[0]?.code);
    }
  });
});
