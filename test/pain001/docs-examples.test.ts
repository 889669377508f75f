import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPain001 } from '../../src/pain001';
import { validateXml, xsdUnavailableReason } from '../support/xsd';
import { EXAMPLE_OPTIONS, KID_PAYMENT, SEPA_PAYMENT, US_WIRE } from './fixtures';

const DOC = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'pain001.md');
const EXAMPLES = { kid: KID_PAYMENT, sepa: SEPA_PAYMENT, 'us-wire': US_WIRE } as const;

/** The XML block after `<!-- pain001-example:NAME -->` in docs/pain001.md. */
function blockRe(name: string): RegExp {
  return new RegExp(`(<!-- pain001-example:${name} -->\\n\`\`\`xml\\n)([\\s\\S]*?)(\`\`\`)`);
}

describe('docs/pain001.md examples', () => {
  // Run with UPDATE_DOCS=1 to write the XML the code produces into the guide.
  if (process.env.UPDATE_DOCS === '1') {
    let doc = readFileSync(DOC, 'utf8');
    for (const [name, suggestion] of Object.entries(EXAMPLES)) doc = doc.replace(blockRe(name), (_, open: string, __: string, close: string) => `${open}${buildPain001(suggestion, EXAMPLE_OPTIONS).xml}${close}`);
    writeFileSync(DOC, doc);
  }
  const doc = readFileSync(DOC, 'utf8');
  for (const [name, suggestion] of Object.entries(EXAMPLES)) {
    it(`shows the XML buildPain001 writes for the ${name} example, and it validates`, () => {
      const xml = buildPain001(suggestion, EXAMPLE_OPTIONS).xml;
      expect(blockRe(name).exec(doc)?.[2]).toBe(xml);
      if (xsdUnavailableReason === undefined) expect(validateXml(xml).errors).toEqual([]);
    });
  }
});
