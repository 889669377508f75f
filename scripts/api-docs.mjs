// `npm run docs:api`: the API reference, generated from the TSDoc comments of every public
// entry point into docs/api/ (gitignored) with typedoc.
//
// typedoc is not a devDependency yet (it was not in node_modules when this script was added,
// and dependencies are only added through package.json + the lockfile). To enable it:
//
//   npm install --save-dev typedoc
//   npm run docs:api
//
// This script then runs typedoc on the entry points of package.json "exports", one module
// per entry point (named as imported: eftkit/money, …), the internal folders excluded.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let typedocBin;
try {
  typedocBin = require.resolve('typedoc/bin/typedoc');
} catch {
  console.error('typedoc is not installed. Add it with `npm install --save-dev typedoc`, then run `npm run docs:api` again.');
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
