import { readdirSync, existsSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * Every folder under src/ with an index.ts is a public module and gets its own entry point
 * (`eftkit/<folder>`); `src/index.ts` is the package root. Folders listed here are internal.
 * `scripts/sync-exports.mjs` writes the matching `exports` map into package.json.
 */
const INTERNAL = new Set(['errors', 'internal']);

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
  clean: true,
  target: 'es2022',
  platform: 'neutral',
};

export default config;
