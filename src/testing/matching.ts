import type * as FastCheck from 'fast-check';
import { generateCid, type FactoringDefinition } from '../cid';
import type { IncomingPayment, MatchingSetup, OpenCustomerEntry } from '../matching';
import { fromMinor, toMinor } from '../matching/minor';
import { cidNumbersArbitrary, factoringDefinitionArbitrary } from './cid';
import type { FastCheckApi } from './money';
import { amountStringArbitrary } from './money';

/** How a generated payment relates to the entry it was made for. */
export type GeneratedPaymentKind = 'full' | 'partial' | 'over' | 'split' | 'message' | 'none' | 'stray';

/** A generated matching case: a setup, open entries with CIDs, and payments for them. */
export interface MatchingScenario {
  readonly definition: FactoringDefinition;
  readonly setup: MatchingSetup;
  readonly openEntries: readonly OpenCustomerEntry[];
  readonly payments: readonly IncomingPayment[];
  /** For each entry (same index), how it was paid. */
  readonly kinds: readonly GeneratedPaymentKind[];
}

/** Options of {@link matchingScenarioArbitrary}. */
export interface MatchingScenarioArbitraryOptions {
  /** Most open entries; default 12. */
  readonly maxEntries?: number;
  /** Currency of entries and payments; default `NOK`. */
  readonly currency?: string;
  /** Set a tolerance (`'1.00'`) and a write-off account; default: sometimes. */
  readonly tolerance?: boolean;
}

/** The receiving account of generated scenarios (a valid Norwegian BBAN). */
export const SCENARIO_ACCOUNT = '1503.12.34567';

/**
 * Factoring definitions with both a customer part and an invoice part, so that every CID names
 * exactly one entry (see `factoringDefinitionArbitrary`).
 */
export function partsDefinitionArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<FactoringDefinition> {
  return factoringDefinitionArbitrary(fc).filter((d) => !d.factoringId.split(';').includes('0'));
}

/** A {@link MatchingSetup} for one receiving account with `definitions`; a tolerance and amount matching now and then. */
export function matchingSetupArbitrary(
  fc: FastCheckApi,
  definitions: readonly FactoringDefinition[],
  options: { readonly currency?: string; readonly tolerance?: boolean } = {},
): FastCheck.Arbitrary<MatchingSetup> {
  const currency = options.currency ?? 'NOK';
  const tolerance = options.tolerance === undefined ? fc.boolean() : fc.constant(options.tolerance);
  return fc.record({ tolerance, matchByAmount: fc.boolean(), whole: fc.boolean() }).map(
    (r): MatchingSetup => ({
      accounts: [{ account: SCENARIO_ACCOUNT, bankGlAccount: '1920', definitions: r.whole ? [...definitions, { factoringId: '0;0' }] : [...definitions] }],
      glAccounts: { receivables: '1500', suspense: '2990', writeOff: '7790' },
      ...(r.tolerance ? { tolerance: { [currency]: '1.00' } } : {}),
      matchByAmount: r.matchByAmount,
    }),
  );
}

/**
 * Open customer entries whose CIDs (stored on the entry) are made with `definition`: distinct
 * customer/invoice pairs, amounts with the currency's two decimals, due dates in November 2026.
 */
export function openCustomerEntriesArbitrary(
  fc: FastCheckApi,
  definition: FactoringDefinition,
  options: { readonly maxEntries?: number; readonly currency?: string } = {},
): FastCheck.Arbitrary<OpenCustomerEntry[]> {
  const currency = options.currency ?? 'NOK';
  const entry = fc.record({
    numbers: cidNumbersArbitrary(fc, definition),
    amount: amountStringArbitrary(fc, { exponent: 2, maxWholeDigits: 6 }),
    day: fc.integer({ min: 1, max: 30 }),
  });
  return fc
    .uniqueArray(entry, { minLength: 1, maxLength: options.maxEntries ?? 12, selector: (e) => `${e.numbers.customerNo ?? ''};${e.numbers.invoiceNo ?? ''}` })
    .map((list) =>
      list.map(
        (e, i): OpenCustomerEntry => ({
          id: `E${i + 1}`,
          customerNo: e.numbers.customerNo ?? '0',
          invoiceNo: e.numbers.invoiceNo ?? '0',
          cid: generateCid(e.numbers, definition),
          amount: e.amount,
          currency,
          dueDate: `2026-11-${String(e.day).padStart(2, '0')}`,
        }),
      ),
    );
}

/**
 * Whole matching cases: a definition with both parts, a setup, entries with their CIDs, and for
 * each entry payments that pay it fully, partly, too much, in two parts, by a message naming its
 * CID or invoice no., or not at all; plus stray payments with CIDs nobody owes. Payment ids are
 * unique; booking dates vary so the processing order is exercised.
 */
export function matchingScenarioArbitrary(
  fc: FastCheckApi,
  options: MatchingScenarioArbitraryOptions = {},
): FastCheck.Arbitrary<MatchingScenario> {
  const currency = options.currency ?? 'NOK';
  const kind = fc.constantFrom<GeneratedPaymentKind>('full', 'partial', 'over', 'split', 'message', 'none');
  return partsDefinitionArbitrary(fc).chain((definition) =>
    fc
      .record({
        setup: matchingSetupArbitrary(fc, [definition], { currency, ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }) }),
        entries: openCustomerEntriesArbitrary(fc, definition, { currency, ...(options.maxEntries === undefined ? {} : { maxEntries: options.maxEntries }) }),
        strays: fc.array(fc.record({ amount: amountStringArbitrary(fc, { exponent: 2, maxWholeDigits: 5 }), reference: fc.stringMatching(/^\d{6,12}$/) }), { maxLength: 3 }),
      })
      .chain(({ setup, entries, strays }) =>
        fc
          .record({
            kinds: fc.array(kind, { minLength: entries.length, maxLength: entries.length }),
            fractions: fc.array(fc.integer({ min: 1, max: 99 }), { minLength: entries.length, maxLength: entries.length }),
            days: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: entries.length * 2, maxLength: entries.length * 2 }),
            asInvoice: fc.array(fc.boolean(), { minLength: entries.length, maxLength: entries.length }),
          })
          .map(({ kinds, fractions, days, asInvoice }): MatchingScenario => {
            const payments: IncomingPayment[] = [];
            const add = (amount: bigint, day: number, extra: Partial<IncomingPayment>): void => {
              if (amount <= 0n) return;
              payments.push({
                id: `P${payments.length + 1}`,
                receivingAccount: SCENARIO_ACCOUNT,
                amount: fromMinor(amount, 2),
                currency,
                bookingDate: `2026-12-0${day}`,
                ...extra,
              });
            };
            entries.forEach((e, i) => {
              const open = toMinor(e.amount, 2) as bigint;
              const part = (open * BigInt(fractions[i] ?? 50)) / 100n;
              const d1 = days[2 * i] ?? 1;
              const d2 = days[2 * i + 1] ?? 2;
              const cid = { reference: e.cid as string };
              switch (kinds[i]) {
                case 'full':
                  add(open, d1, cid);
                  break;
                case 'partial':
                  add(part > 0n ? part : open, d1, cid);
                  break;
                case 'over':
                  add(open + BigInt(fractions[i] ?? 1) * 7n, d1, cid);
                  break;
                case 'split':
                  add(part, d1, cid);
                  add(open - part, d2, cid);
                  break;
                case 'message':
                  add(open, d1, { message: asInvoice[i] === true ? `Betaling faktura ${e.invoiceNo}` : `KID ${e.cid as string} takk` });
                  break;
                default:
                  break;
              }
            });
            for (const s of strays) add(toMinor(s.amount, 2) as bigint, 2, { reference: s.reference, message: 'Gave' });
            return { definition, setup, openEntries: entries, payments, kinds };
          }),
      ),
  );
}
