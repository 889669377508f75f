/**
 * A consumer's property tests, written as an application using eftkit would write them: its
 * own fast-check instance passed to the arbitraries of `eftkit/testing`, assertions against the
 * public API only (the imports below stand for `eftkit/testing`, `eftkit/accounts`, …).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidAbaRoutingNumber, isValidBic, isValidIban } from '../../src/accounts';
import { adjustPaymentDate, isBankDay } from '../../src/calendar';
import { interpretCid } from '../../src/cid';
import { applyEvents } from '../../src/payment-line';
import { isValidReference } from '../../src/references';
import * as testing from '../../src/testing';
import {
  abaRoutingNumberArbitrary,
  bicArbitrary,
  calendarIdArbitrary,
  consistentHistoryArbitrary,
  corruptedIbanArbitrary,
  definitionWithCidArbitrary,
  deliveryOrderArbitrary,
  ibanArbitrary,
  isoDateArbitrary,
  kidArbitrary,
  lineCorruptionArbitrary,
  paymentLineArbitrary,
  paymentSuggestionArbitrary,
  referenceArbitrary,
} from '../../src/testing';
import { validatePaymentSuggestion } from '../../src/validation';

const noZeros = (s: string | undefined): string => (s ?? '').replace(/^0+(?=.)/, '');

describe('a consumer property-tests its payment rules with eftkit/testing', () => {
  it('IBANs: valid ones pass, one changed character always fails', () => {
    fc.assert(fc.property(ibanArbitrary(fc, { countries: ['NO', 'SE', 'DK', 'FI', 'DE'] }), (iban) => isValidIban(iban)), { numRuns: 200 });
    fc.assert(fc.property(corruptedIbanArbitrary(fc), (c) => !isValidIban(c.corrupted) && isValidIban(c.original)), { numRuns: 200 });
  });

  it('BICs and US routing numbers from the arbitraries are accepted', () => {
    fc.assert(fc.property(bicArbitrary(fc), abaRoutingNumberArbitrary(fc), (bic, aba) => isValidBic(bic) && isValidAbaRoutingNumber(aba)), { numRuns: 200 });
  });

  it('KIDs and references of every scheme check out', () => {
    fc.assert(fc.property(kidArbitrary(fc), (kid) => isValidReference(kid, 'kid')), { numRuns: 200 });
    fc.assert(fc.property(referenceArbitrary(fc), (r) => isValidReference(r.value, r.scheme)), { numRuns: 200 });
  });

  it('a CID made for a factoring definition reads back to its customer and invoice numbers', () => {
    fc.assert(
      fc.property(definitionWithCidArbitrary(fc), ({ definition, numbers, cid }) => {
        const read = interpretCid(cid, definition);
        if (numbers.customerNo !== undefined) expect(noZeros(read.customerNo)).toBe(noZeros(numbers.customerNo));
        if (numbers.invoiceNo !== undefined) expect(noZeros(read.invoiceNo)).toBe(noZeros(numbers.invoiceNo));
      }),
      { numRuns: 150 },
    );
  });

  it('suggestions are accepted; one corrupted line makes the whole suggestion deficient, naming that line', () => {
    fc.assert(
      fc.property(paymentSuggestionArbitrary(fc, { maxLines: 4 }), lineCorruptionArbitrary(fc), fc.nat(), (suggestion, corruption, pick) => {
        expect(validatePaymentSuggestion(suggestion).ok).toBe(true);
        const index = pick % suggestion.lines.length;
        const broken = { ...suggestion, lines: suggestion.lines.map((l, i) => (i === index ? corruption.apply(l) : l)) };
        const report = validatePaymentSuggestion(broken);
        expect(report.verdict).toBe('deficient');
        expect(report.deficientLines.map((d) => d.index)).toContain(index);
      }),
      { numRuns: 60 },
    );
    fc.assert(fc.property(paymentLineArbitrary(fc), (line) => validatePaymentSuggestion({ ...fc.sample(paymentSuggestionArbitrary(fc), { numRuns: 1, seed: 1 })[0], lines: [line] }).ok), { numRuns: 60 });
  });

  it('a payment date moved with any convention lands on a bank day (or stays, for "none")', () => {
    fc.assert(
      fc.property(isoDateArbitrary(fc, { minYear: 2020, maxYear: 2035 }), calendarIdArbitrary(fc), fc.constantFrom('following', 'preceding', 'modified-following'), (date, calendar, convention) => {
        const r = adjustPaymentDate(date, { calendar, convention: convention as 'following' });
        expect(isBankDay(r.date, calendar)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a line reaches the expected status whatever order and duplicates the events arrive in', () => {
    fc.assert(
      fc.property(
        consistentHistoryArbitrary(fc).chain((h) => deliveryOrderArbitrary(fc, h.events).map((delivered) => ({ h, delivered }))),
        ({ h, delivered }) => {
          const result = applyEvents(h.line, delivered);
          expect(result.line.status).toBe(h.expected.status);
          expect(result.line.paidAmount).toBe(h.expected.paidAmount);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('docs/testing.md', () => {
  it('lists every arbitrary (and the bank simulator) that eftkit/testing exports', () => {
    const doc = readFileSync(new URL('../../docs/testing.md', import.meta.url), 'utf8');
    const exported = Object.keys(testing).filter((name) => name.endsWith('Arbitrary') || name === 'simulateBankAnswers');
    expect(exported.length).toBeGreaterThan(30);
    const missing = exported.filter((name) => !doc.includes(`\`${name}(`) && !doc.includes(`${name}(fc`));
    expect(missing).toEqual([]);
  });
});
