import { readdirSync, existsSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * Every folder under src/ with an index.ts is a public module and gets its own entry point
 * (`eftkit/<folder>`); `src/index.ts` is the package root. Folders listed here are internal.
 * `scripts/sync-exports.mjs` writes the matching `exports` map into package.json.
 * `cli` is the node-only `eftkit` executable (package.json `bin`, not an export): built
 * separately for Node, ESM only, with a shebang; the browser-safe entries never import it.
 */
const INTERNAL = new Set(['errors', 'internal', 'cli']);

const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !INTERNAL.has(d.name) && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name);

const config: Options = {
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  // Shared code (errors, money) lives in chunks, so one class is shared by every entry point.
  splitting: true,
  treeshake: true,
  sourcemap: false,
  // Everything but the bin (built in parallel by the second config below) is cleaned first.
  clean: ['!cli.js'],
  target: 'es2022',
  platform: 'neutral',
};

const cli: Options = {
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  // The library build above cleans dist/; this one only adds dist/cli.js.
  clean: false,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
};

const configs: Options[] = [config, cli];

export default configs;
