import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SAMPLES_DIR, describeWithXsd, readSample, schemaOf, validateXml } from './xsd';

describeWithXsd('XSD helper', () => {
  const samples = (() => {
    try {
      return readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.xml'));
    } catch {
      return [];
    }
  })();

  it('finds the sample messages', () => {
    expect(samples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(samples)('validates the sample %s against its own XSD', (name) => {
    const xml = readSample(name);
    const schema = schemaOf(xml);
    expect(schema, `namespace of ${name}`).toBeDefined();
    expect(name.startsWith(schema ?? '')).toBe(true);
    expect(validateXml(xml, schema)).toEqual({ valid: true, errors: [] });
  });

  it('rejects a broken copy: an element out of order', () => {
    // The pain.002 group header must come first; swap it with the original group info.
    const xml = readSample('pain.002.001.03_iso-example-group-accepted.xml');
    const broken = xml.replace('<GrpHdr>', '<Unexpected>1</Unexpected><GrpHdr>');
    const verdict = validateXml(broken);
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.join('\n')).toMatch(/Unexpected/);
  });

  it('rejects a broken copy: a bad amount and a bad code', () => {
    const xml = readSample('pain.001.001.03_iso-mdr-business-example.xml');
    const broken = xml.replace(/<NbOfTxs>(\d+)<\/NbOfTxs>/, '<NbOfTxs>three</NbOfTxs>');
    expect(broken).not.toBe(xml);
    const verdict = validateXml(broken);
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.join('\n')).toMatch(/NbOfTxs/);
  });

  it('rejects XML that is not well formed', () => {
    const verdict = validateXml('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>');
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.length).toBeGreaterThan(0);
  });
});
