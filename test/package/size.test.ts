import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without declarations
import { ALLOWED, XML_PACKAGES, distSizes, lightEntries } from '../../scripts/size.mjs';

interface Contents {
  readonly modules: string[];
  readonly packages: string[];
}
interface DistSize {
  readonly entry: string;
  readonly minified: number;
  readonly gzip: number;
  readonly packages: string[];
}
const allowed = ALLOWED as Record<string, { modules: string[]; packages: string[] }>;

describe('bundle contents (esbuild metafile, from src/)', () => {
  it('eftkit/references and eftkit/calendar hold no XML library and no code of modules they do not use', async () => {
    const light = (await lightEntries()) as Record<string, Contents>;
    for (const [name, c] of Object.entries(light)) {
      for (const p of c.packages) expect(XML_PACKAGES.some((x: string) => p.startsWith(x)), `${name} bundles ${p}`).toBe(false);
      expect(c.modules.every((m) => allowed[name]?.modules.includes(m)), `${name} bundles ${c.modules.join(', ')}`).toBe(true);
      expect(c.packages.every((p) => allowed[name]?.packages.includes(p)), `${name} bundles ${c.packages.join(', ')}`).toBe(true);
      expect(c.modules).toContain(name);
    }
  });
});

const DIST = existsSync(new URL('../../dist/references/index.js', import.meta.url));
if (!DIST) console.warn('[skip] dist bundle sizes: dist/ not found; npm test builds it first (npm run build).');

describe.skipIf(!DIST)('bundle sizes of dist/ (npm run size)', () => {
  it('bundles every entry point; the light ones carry no XML library', async () => {
    const sizes = (await distSizes()) as DistSize[];
    expect(sizes.length).toBeGreaterThan(10);
    for (const s of sizes) expect(s.gzip, s.entry).toBeGreaterThan(0);
    for (const name of ['eftkit/references', 'eftkit/calendar']) {
      const s = sizes.find((x) => x.entry === name);
      expect(s, name).toBeDefined();
      for (const p of s?.packages ?? []) expect(XML_PACKAGES.some((x: string) => p.startsWith(x)), `${name} bundles ${p}`).toBe(false);
    }
  });
});
