// `npm run size`: what each entry point costs a browser bundle. Bundles every entry point of
// dist/ (ESM) with esbuild, minified, with its dependencies (zod, decimal.js, …) as a consumer's
// bundler would, and reports the minified and the minified + gzipped size. Also bundles
// `eftkit/references` and `eftkit/calendar` from src/ with a metafile and lists which eftkit
// modules and which packages end up inside: they must hold no XML library and no code of
// modules they do not use (checked by test/package/size.test.ts).
//   node scripts/size.mjs            a markdown table
//   node scripts/size.mjs --json     the figures as JSON
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Packages that parse or write XML. */
export const XML_PACKAGES = ['fast-xml-parser', 'fast-xml-builder', 'xmlbuilder2', 'strnum', '@oozcitak'];

/** The eftkit folders and packages each light entry may pull in, and no others. */
export const ALLOWED = {
  references: { modules: ['references', 'errors'], packages: [] },
  calendar: { modules: ['calendar', 'errors'], packages: ['zod'] },
};

function pkg(root = '.') {
  return JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
}

/** The ESM files of the entry points, from package.json exports. */
export function entryPoints(root = '.') {
  return Object.entries(pkg(root).exports)
    .filter(([key, value]) => key !== './package.json' && typeof value === 'object')
    .map(([key, value]) => ({ name: key === '.' ? 'eftkit' : `eftkit/${key.slice(2)}`, file: `${root}/${value.import.default.slice(2)}` }));
}

/** One function imported from an entry point, as an application would. */
export const SINGLE_IMPORTS = [
  { entry: 'references', name: 'isValidReference' },
  { entry: 'calendar', name: 'isBankDay' },
  { entry: 'money', name: 'parseAmount' },
  { entry: 'pain001', name: 'buildPain001' },
  { entry: 'camt054', name: 'parseCamt054' },
];

async function bundle(file, { minify = true, contents } = {}) {
  const result = await build({
    ...(contents === undefined ? { entryPoints: [file] } : { stdin: { contents, resolveDir: process.cwd(), sourcefile: 'app.js' } }),
    bundle: true,
    minify,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    treeShaking: true,
    // xmlbuilder2 requires Node's `url` and `events`: a browser bundler polyfills them; not counted here.
    external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  });
  const code = result.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** What a bundle holds: the eftkit src folders and the packages in its metafile inputs. */
export function contents(metafile) {
  const modules = new Set();
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (nm) packages.add(nm[1]);
    const src = /(?:^|\/)src\/([^/]+)\//.exec(input);
    if (!nm && src) modules.add(src[1]);
  }
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}

/** Sizes of every dist entry point (needs `npm run build`). */
export async function distSizes(root = '.') {
  const out = [];
  for (const e of entryPoints(root)) {
    if (!existsSync(e.file)) throw new Error(`${e.file} not found: run npm run build first.`);
    const b = await bundle(e.file);
    out.push({ entry: e.name, minified: b.bytes, gzip: b.gzip, packages: contents(b.metafile).packages });
  }
  return out;
}

/** Sizes of an app that imports one function from a dist entry point (tree-shaken). */
export async function singleImportSizes(root = '.') {
  const out = [];
  for (const { entry, name } of SINGLE_IMPORTS) {
    const b = await bundle(undefined, { contents: `import { ${name} } from '${root}/dist/${entry}/index.js'; globalThis.x = ${name};` });
    out.push({ import: `{ ${name} } from 'eftkit/${entry}'`, minified: b.bytes, gzip: b.gzip, packages: contents(b.metafile).packages });
  }
  return out;
}

/** What `eftkit/references` and `eftkit/calendar` pull in, from src/ (paths tell the module). */
export async function lightEntries(root = '.') {
  const out = {};
  for (const name of Object.keys(ALLOWED)) {
    const b = await bundle(`${root}/src/${name}/index.ts`);
    out[name] = { ...contents(b.metafile), gzip: b.gzip };
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await distSizes();
  const light = await lightEntries();
  const single = await singleImportSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ sizes, single, light }, null, 2));
  } else {
    console.log('| entry point | minified | min + gzip | packages bundled |');
    console.log('|---|---:|---:|---|');
    for (const s of sizes) console.log(`| \`${s.entry}\` | ${kb(s.minified)} | ${kb(s.gzip)} | ${s.packages.join(', ') || '–'} |`);
    console.log('\n| one import (tree-shaken) | minified | min + gzip | packages bundled |');
    console.log('|---|---:|---:|---|');
    for (const s of single) console.log(`| \`import ${s.import}\` | ${kb(s.minified)} | ${kb(s.gzip)} | ${s.packages.join(', ') || '–'} |`);
    for (const [name, c] of Object.entries(light)) {
      console.log(`\neftkit/${name} (from src): modules ${c.modules.join(', ')}; packages ${c.packages.join(', ') || 'none'}`);
    }
  }
}
