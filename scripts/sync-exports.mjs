// Writes package.json "exports" from the public modules under src/ (folders with an index.ts,
// except internal ones), types first, ESM and CJS each with its own declaration file.
// Run after adding a module: `npm run exports:sync`. A test checks that package.json agrees.
import { readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

// `cli` is the node-only executable (package.json `bin`), not an export.
const INTERNAL = new Set(['errors', 'internal', 'cli']);

export function publicModules(root = '.') {
  return readdirSync(`${root}/src`, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !INTERNAL.has(d.name) && existsSync(`${root}/src/${d.name}/index.ts`))
    .map((d) => d.name)
    .sort();
}

function entry(base) {
  return {
    import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
    require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
  };
}

export function exportsMap(root = '.') {
  const map = { '.': entry('index') };
  for (const m of publicModules(root)) map[`./${m}`] = entry(`${m}/index`);
  map['./package.json'] = './package.json';
  return map;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  pkg.exports = exportsMap();
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`exports: ${Object.keys(pkg.exports).join(', ')}`);
}
