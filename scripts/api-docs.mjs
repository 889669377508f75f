// `npm run docs:api`: the API reference, generated from the TSDoc comments of every public
// entry point into docs/api/ (gitignored) with typedoc.
//
// It runs typedoc on the entry points of package.json "exports", one module
// per entry point (named as imported: eftkit/money, …), the internal folders excluded.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let typedocBin;
try {
  // typedoc's exports map hides bin/; find it beside its package.json.
  typedocBin = join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc');
} catch {
  console.error('typedoc is not installed: run `npm ci` first.');
  process.exit(process.argv.includes('--check') ? 0 : 1);
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json')
  .map((k) => (k === '.' ? 'src/index.ts' : `src/${k.slice(2)}/index.ts`))
  .filter((f) => existsSync(f));

const args = [
  typedocBin,
  ...entries.flatMap((e) => ['--entryPoints', e]),
  '--out', 'docs/api',
  '--tsconfig', 'tsconfig.json',
  '--name', `eftkit ${pkg.version}`,
  '--readme', 'docs/index.md',
  '--excludeInternal',
  '--excludePrivate',
  '--disableSources',
];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(run.status ?? 1);
