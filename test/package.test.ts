import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODULES, VERSION } from '../src';
// @ts-expect-error: a plain .mjs build script without declarations
import { exportsMap, publicModules } from '../scripts/sync-exports.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  exports: Record<string, unknown>;
  sideEffects: boolean;
  type: string;
  engines: { node: string };
  peerDependenciesMeta: Record<string, { optional: boolean }>;
};

describe('package.json', () => {
  it('has one subpath export per public module, types first (run `npm run exports:sync`)', () => {
    expect(pkg.exports).toEqual(exportsMap());
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (typeof value === 'string') continue;
      for (const condition of Object.values(value as Record<string, Record<string, string>>)) {
        expect(Object.keys(condition)[0], key).toBe('types');
      }
    }
  });

  it('names the same modules as src/version.ts and the version of package.json', () => {
    expect([...MODULES].sort()).toEqual(publicModules());
    expect(VERSION).toBe(pkg.version);
  });

  it('is an ESM package without side effects for Node 20.19+, with fast-check an optional peer', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.peerDependenciesMeta['fast-check']?.optional).toBe(true);
  });
});
