import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parsePain002, transactionStatuses } from '../../src/pain002';
import { pain002DocumentArbitrary } from '../../src/testing';
import { describeWithXsd, validateXml } from '../support/xsd';

describeWithXsd('generated pain.002 documents', () => {
  it('validate against the XSD and parse back to the same statuses, ids, reasons and amounts', () => {
    fc.assert(
      fc.property(pain002DocumentArbitrary(fc), (doc) => {
        const verdict = validateXml(doc.xml, doc.messageName);
        expect(verdict.errors).toEqual([]);
        const report = parsePain002(doc.xml, { strict: doc.paymentInformations.every((p) => p.transactions.every((t) => t.reasons.every((r) => r.code !== undefined))) && doc.groupReasons.every((r) => r.code !== undefined) });
        expect(report.messageName).toBe(doc.messageName);
        expect(report.messageId).toBe(doc.messageId);
        expect(report.creationDateTime).toBe(doc.creationDateTime);
        expect(report.group.originalMessageId).toBe(doc.originalMessageId);
        expect(report.group.status?.code).toBe(doc.groupStatus);
        expect(report.group.reasons.map((r) => [r.code, r.proprietary, r.additionalInfo])).toEqual(
          doc.groupReasons.map((r) => [r.code, r.proprietary, r.additionalInfo]),
        );
        expect(report.paymentInformations).toHaveLength(doc.paymentInformations.length);
        doc.paymentInformations.forEach((p, i) => {
          const read = report.paymentInformations[i];
          expect(read?.originalPaymentInformationId).toBe(p.paymentInformationId);
          expect(read?.status?.code).toBe(p.status);
          expect(read?.transactions).toHaveLength(p.transactions.length);
          p.transactions.forEach((t, j) => {
            const tx = read?.transactions[j];
            expect(tx?.originalMessageId).toBe(doc.originalMessageId);
            expect(tx?.originalPaymentInformationId).toBe(p.paymentInformationId);
            expect(tx?.originalEndToEndId).toBe(t.endToEndId);
            expect(tx?.originalInstructionId).toBe(t.instructionId);
            expect(tx?.originalUetr).toBe(t.uetr);
            expect(tx?.status?.code).toBe(t.status);
            expect(tx?.status?.known).toBe(true);
            expect(tx?.reasons.map((r) => [r.code, r.proprietary, r.additionalInfo])).toEqual(t.reasons.map((r) => [r.code, r.proprietary, r.additionalInfo]));
            expect(tx?.original?.amount?.toJSON()).toEqual(t.amount);
            expect(tx?.original?.requestedExecutionDate).toBe(t.requestedExecutionDate);
          });
        });
        expect(transactionStatuses(report)).toHaveLength(doc.paymentInformations.reduce((n, p) => n + p.transactions.length, 0));
      }),
      { numRuns: 150 },
    );
  });
});
