/**
 * References: KID validations per second, eftkit against norwegian-numbers on the same inputs,
 * in one run. Run with `npx vitest bench --run bench/references.bench.ts` (or `npm run bench`).
 *
 * The timed inputs are KIDs of 2–16 characters, where norwegian-numbers is exact, so the two
 * do the same work. On longer KIDs it is not (it reads the base with parseInt): the correctness
 * count printed before the benchmark shows it.
 */
import norwegianNumbers from 'norwegian-numbers';
import { bench, describe } from 'vitest';
import { createReference, isValidReference, safeValidateReference } from '../src/references';

/** A fixed pseudo-random digit source (no clock, no Math.random), so every run sees the same KIDs. */
function digitStream(seed: number): () => string {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return String(state % 10);
  };
}

function kids(count: number, method: 'kid-mod10' | 'kid-mod11', minLength: number, maxLength: number, seed: number): string[] {
  const next = digitStream(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = minLength + (i % (maxLength - minLength + 1));
    let base = '';
    for (let j = 1; j < length; j++) base += next();
    // Every fourth KID gets a wrong check digit, so both answers are exercised.
    const kid = createReference(base, method);
    out.push(i % 4 === 3 ? base + (kid.endsWith('1') ? '2' : '1') : kid);
  }
  return out;
}

const MOD10 = kids(10_000, 'kid-mod10', 2, 16, 7);
const MOD11 = kids(10_000, 'kid-mod11', 2, 16, 11);
const LONG10 = kids(2_000, 'kid-mod10', 17, 25, 13);
const LONG11 = kids(2_000, 'kid-mod11', 17, 25, 17);

// Correctness on long KIDs: the right answer is known by construction (every fourth is wrong).
function agreement(values: readonly string[], check: (kid: string) => boolean): string {
  let right = 0;
  values.forEach((kid, i) => {
    if (check(kid) === (i % 4 !== 3)) right++;
  });
  return `${right}/${values.length}`;
}
console.log(
  `long KIDs (17–25 characters) answered right — MOD10: eftkit ${agreement(LONG10, (k) => isValidReference(k, 'kid-mod10'))}, ` +
    `norwegian-numbers ${agreement(LONG10, (k) => norwegianNumbers.verifyKidNumber(k, 'MOD10'))}; ` +
    `MOD11: eftkit ${agreement(LONG11, (k) => isValidReference(k, 'kid-mod11'))}, ` +
    `norwegian-numbers ${agreement(LONG11, (k) => norwegianNumbers.verifyKidNumber(k, 'MOD11'))}`,
);

describe('validate 10,000 KIDs (MOD10, 2–16 characters)', () => {
  bench('eftkit isValidReference', () => {
    for (const kid of MOD10) isValidReference(kid, 'kid-mod10');
  });
  bench('eftkit safeValidateReference', () => {
    for (const kid of MOD10) safeValidateReference(kid, 'kid-mod10');
  });
  bench('norwegian-numbers verifyKidNumber', () => {
    for (const kid of MOD10) norwegianNumbers.verifyKidNumber(kid, 'MOD10');
  });
});

describe('validate 10,000 KIDs (MOD11, 2–16 characters)', () => {
  bench('eftkit isValidReference', () => {
    for (const kid of MOD11) isValidReference(kid, 'kid-mod11');
  });
  bench('eftkit safeValidateReference', () => {
    for (const kid of MOD11) safeValidateReference(kid, 'kid-mod11');
  });
  bench('norwegian-numbers verifyKidNumber', () => {
    for (const kid of MOD11) norwegianNumbers.verifyKidNumber(kid, 'MOD11');
  });
});
