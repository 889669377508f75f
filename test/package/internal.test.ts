import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const internalOf = (file: string): string[] => {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const m = /const INTERNAL = new Set\(\[([^\]]*)\]\)/.exec(text);
  return (m?.[1] ?? '').split(',').map((s) => s.trim().replace(/^'|'$/g, '')).filter(Boolean).sort();
};

describe('internal folders', () => {
  it('tsup.config.ts and scripts/sync-exports.mjs treat the same folders as internal (errors, internal, cli)', () => {
    expect(internalOf('tsup.config.ts')).toEqual(['cli', 'errors', 'internal']);
    expect(internalOf('scripts/sync-exports.mjs')).toEqual(internalOf('tsup.config.ts'));
  });

  it('the eftkit bin is dist/cli.js and not an export', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string>; exports: Record<string, unknown> };
    expect(pkg.bin).toEqual({ eftkit: './dist/cli.js' });
    expect(Object.keys(pkg.exports).some((k) => k.includes('cli'))).toBe(false);
  });
});
