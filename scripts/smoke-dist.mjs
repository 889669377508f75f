// After `npm run build`: load every entry point of dist/ through package.json "exports", from
// ESM and from CJS, and check that errors thrown by one module are recognised by the root
// entry (shared chunk in each format, Symbol.for brand across formats).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const require = createRequire(import.meta.url);
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
let failures = 0;

for (const subpath of subpaths) {
  const specifier = subpath === '.' ? 'eftkit' : `eftkit/${subpath.slice(2)}`;
  const esm = await import(specifier);
  const cjs = require(specifier);
  const esmNames = Object.keys(esm).filter((k) => k !== 'default').sort();
  const cjsNames = Object.keys(cjs).sort();
  if (esmNames.length === 0 || esmNames.join() !== cjsNames.join()) {
    failures += 1;
    console.error(`${specifier}: ESM exports [${esmNames}] differ from CJS [${cjsNames}]`);
  }
}

const rootEsm = await import('eftkit');
const moneyEsm = await import('eftkit/money');
const rootCjs = require('eftkit');
const moneyCjs = require('eftkit/money');
for (const [label, root, money] of [['esm', rootEsm, moneyEsm], ['cjs', rootCjs, moneyCjs], ['esm→cjs', rootCjs, moneyEsm]]) {
  try {
    money.parseAmount('1.234', 'NOK');
    failures += 1;
    console.error(`${label}: parseAmount did not throw`);
  } catch (e) {
    if (!root.isEftkitError(e) || e.code !== 'amount/too-many-decimals') {
      failures += 1;
      console.error(`${label}: not recognised as an EftkitError: ${e}`);
    }
    if (label !== 'esm→cjs' && !(e instanceof root.EftkitError)) {
      failures += 1;
      console.error(`${label}: MoneyError is not an instance of the root EftkitError (duplicated class)`);
    }
  }
}

if (failures > 0) process.exit(1);
console.log(`dist smoke: ${subpaths.length} entry points load as ESM and CJS with the same exports; errors shared`);
