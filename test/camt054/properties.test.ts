import fc from 'fast-check';
import { expect, it } from 'vitest';
import { incomingPaymentsFromCamt054, outgoingDebitsFromCamt054, parseCamt054 } from '../../src/camt054';
import { camt054DocumentArbitrary } from '../../src/testing';
import { describeWithXsd, validateXml } from '../support/xsd';

describeWithXsd('generated camt.054 documents', () => {
  it('validate against the XSD and parse back to the same entries, amounts and references', () => {
    fc.assert(
      fc.property(camt054DocumentArbitrary(fc), (doc) => {
        const verdict = validateXml(doc.xml, doc.messageName);
        expect(verdict.errors).toEqual([]);
        // Every batch adds up, so nothing is flagged even under strict.
        // The references are KIDs or RF references: read them as in Norway, whatever the account.
        const report = parseCamt054(doc.xml, { strict: true, referenceCountry: 'NO' });
        expect(report.messageName).toBe(doc.messageName);
        expect(report.messageId).toBe(doc.messageId);
        expect(report.notifications[0]?.account?.iban).toBe(doc.accountIban);
        const entries = report.notifications[0]?.entries ?? [];
        expect(entries).toHaveLength(doc.entries.length);
        doc.entries.forEach((e, i) => {
          const read = entries[i];
          expect(read?.amount?.toJSON()).toEqual({ amount: e.amount, currency: e.currency });
          expect(read?.creditDebit).toBe(e.creditDebit === 'CRDT' ? 'credit' : 'debit');
          expect(read?.status).toBe(e.status);
          expect(read?.bookingDate).toEqual({ date: e.bookingDate });
          expect(read?.valueDate).toEqual({ date: e.valueDate });
          expect(read?.accountServicerReference).toBe(e.accountServicerReference);
          expect(read?.transactions).toHaveLength(e.transactions.length);
          e.transactions.forEach((t, j) => {
            const tx = read?.transactions[j];
            expect(tx?.amount?.toJSON()).toEqual({ amount: t.amount, currency: e.currency });
            expect(tx?.references.endToEndId).toBe(t.endToEndId);
            expect(tx?.references.instructionId).toBe(t.instructionId);
            expect(tx?.references.accountServicerReference).toBe(t.accountServicerReference);
            expect(tx?.references.uetr).toBe(t.uetr);
            expect(tx?.remittance.structured[0]?.creditorReference?.value).toBe(t.reference);
            if (t.reference !== undefined) expect(tx?.remittance.structured[0]?.creditorReference?.schemes.length).toBeGreaterThan(0);
            expect(tx?.remittance.unstructured).toEqual(t.unstructured === undefined ? [] : [t.unstructured]);
            expect(tx?.debtor?.name).toBe(t.debtorName);
            expect(tx?.debtorAccount?.iban).toBe(t.debtorIban);
            expect(tx?.creditor?.name).toBe(t.creditorName);
            expect(tx?.charges.map((c) => c.amount?.toString())).toEqual(t.charge === undefined ? [] : [t.charge]);
          });
        });
        // Every transaction is in exactly one list.
        const inc = incomingPaymentsFromCamt054(report);
        const out = outgoingDebitsFromCamt054(report);
        const credits = doc.entries.filter((e) => e.creditDebit === 'CRDT').flatMap((e) => e.transactions);
        const debits = doc.entries.filter((e) => e.creditDebit === 'DBIT').flatMap((e) => e.transactions);
        expect(inc.payments.map((p) => p.amount.toString())).toEqual(credits.map((t) => t.amount));
        expect(inc.payments.map((p) => p.reference)).toEqual(credits.map((t) => t.reference));
        expect(out.debits.map((d) => [d.endToEndId, d.amount.toString()])).toEqual(debits.map((t) => [t.endToEndId, t.amount]));
        expect(inc.skipped.length + out.skipped.length + out.returns.length).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
