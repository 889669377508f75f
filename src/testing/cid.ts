import type * as FastCheck from 'fast-check';
import { generateCid, type CidCheckDigit, type CidNumbers, type FactoringDefinition } from '../cid';
import type { FastCheckApi } from './money';
import { digitsArbitrary } from './references';

/** Options of {@link factoringDefinitionArbitrary}. */
export interface FactoringDefinitionArbitraryOptions {
  /** Check digit of the CIDs; default any of `mod10`, `mod11`, `none`. */
  readonly checkDigit?: CidCheckDigit;
}

/**
 * Valid factoring definitions that can generate CIDs: a customer part (≤ 10 digits) and/or an
 * invoice part (≤ 9 digits) in either order, factoring characters filling any free positions,
 * 25 characters at most with the check digit.
 */
export function factoringDefinitionArbitrary(
  fc: FastCheckApi,
  options: FactoringDefinitionArbitraryOptions = {},
): FastCheck.Arbitrary<FactoringDefinition> {
  const check = options.checkDigit === undefined ? fc.constantFrom<CidCheckDigit>('mod10', 'mod11', 'none') : fc.constant(options.checkDigit);
  return fc
    .record({
      customerDigits: fc.integer({ min: 0, max: 10 }),
      invoiceDigits: fc.integer({ min: 0, max: 9 }),
      leading: fc.integer({ min: 0, max: 3 }),
      between: fc.integer({ min: 0, max: 4 }),
      customerFirst: fc.boolean(),
      checkDigit: check,
      seed: digitsArbitrary(fc, { minLength: 7, maxLength: 7 }),
    })
    .filter((r) => r.customerDigits + r.invoiceDigits > 0)
    .map((r) => {
      const both = r.customerDigits > 0 && r.invoiceDigits > 0;
      const between = both ? r.between : 0;
      const first = r.customerFirst ? r.customerDigits : r.invoiceDigits;
      const firstStart = r.leading + 1;
      const secondStart = firstStart + (first > 0 ? first + between : 0);
      const customerStart = r.customerDigits === 0 ? 0 : r.customerFirst || r.invoiceDigits === 0 ? firstStart : secondStart;
      const invoiceStart = r.invoiceDigits === 0 ? 0 : !r.customerFirst || r.customerDigits === 0 ? firstStart : secondStart;
      const factoringCharacters = r.seed.slice(0, r.leading + between);
      return { ...r, customerStart, invoiceStart, factoringCharacters };
    })
    .filter((r) => r.leading + r.between + r.customerDigits + r.invoiceDigits + (r.checkDigit === 'none' ? 0 : 1) <= 25)
    .map(
      (r): FactoringDefinition => ({
        factoringId: `${r.customerStart};${r.invoiceStart}`,
        customerDigits: r.customerStart === 0 ? 0 : r.customerDigits,
        invoiceDigits: r.invoiceStart === 0 ? 0 : r.invoiceDigits,
        factoringCharacters: r.factoringCharacters,
        checkDigit: r.checkDigit,
      }),
    );
}

/** Customer and invoice numbers (no leading zeros) that fit a definition's lengths. */
export function cidNumbersArbitrary(fc: FastCheckApi, definition: FactoringDefinition): FastCheck.Arbitrary<CidNumbers> {
  const number = (length: number): FastCheck.Arbitrary<string> =>
    digitsArbitrary(fc, { minLength: 1, maxLength: Math.max(1, length) }).map((s) => s.replace(/^0+(?=\d)/, ''));
  const [c, i] = definition.factoringId.split(';').map((p) => Number.parseInt(p, 10));
  return fc.record({
    ...(c === undefined || c === 0 ? {} : { customerNo: number(definition.customerDigits) }),
    ...(i === undefined || i === 0 ? {} : { invoiceNo: number(definition.invoiceDigits) }),
  }) as FastCheck.Arbitrary<CidNumbers>;
}

/** A definition, numbers that fit it, and the CID it generates for them. */
export function definitionWithCidArbitrary(
  fc: FastCheckApi,
  options: FactoringDefinitionArbitraryOptions = {},
): FastCheck.Arbitrary<{ definition: FactoringDefinition; numbers: CidNumbers; cid: string }> {
  return factoringDefinitionArbitrary(fc, options).chain((definition) =>
    cidNumbersArbitrary(fc, definition).map((numbers) => ({ definition, numbers, cid: generateCid(numbers, definition) })),
  );
}
