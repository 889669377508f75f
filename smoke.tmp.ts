import fc from 'fast-check';
import { pain001SuggestionArbitrary, pain001InputArbitrary } from './src/testing/pain001';
const time = (name: string, a: fc.Arbitrary<unknown>, n = 300) => { const t = performance.now(); fc.sample(a, { numRuns: n, seed: 1 }); console.log(name, (performance.now() - t).toFixed(0)); };
time('p-suggestion', pain001SuggestionArbitrary(fc, { maxLines: 6 }));
time('p-input', pain001InputArbitrary(fc, { maxLines: 6 }));
