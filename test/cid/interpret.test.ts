import { describe, expect, it } from 'vitest';
import {
  CidError,
  generateCid,
  interpretCid,
  safeGenerateCid,
  safeInterpretCid,
  type FactoringDefinitionInput,
} from '../../src/cid';
import { isValidReference } from '../../src/references';

/**
 * The integration guide's own example (seeds/003_6d9cbba9a20ba977.txt, "Setup for import of
 * incoming payments"): Length in Customer no = 10, Length in CID reference/invoice no = 9,
 * Start position in CID for Customer no = 10, for Invoice no = 1, Factoring ID = 10;1.
 * DOMAIN.md §4: CID = invoice (positions 1–9) + customer (10–19) + check digit.
 */
const SEED: FactoringDefinitionInput = { factoringId: '10;1', customerDigits: 10, invoiceDigits: 9 };

const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }): string[] => (r.ok ? [] : (r.issues ?? []).map((i) => i.code));

describe("the seed's factoring example (Factoring ID 10;1)", () => {
  it('generates invoice no. in positions 1–9, customer no. in 10–19, then a MOD10 check digit', () => {
    const cid = generateCid({ customerNo: '10023', invoiceNo: '4567' }, SEED);
    expect(cid).toHaveLength(20);
    expect(cid.slice(0, 9)).toBe('000004567');
    expect(cid.slice(9, 19)).toBe('0000010023');
    expect(cid).toBe('00000456700000100234');
    expect(isValidReference(cid, 'kid-mod10')).toBe(true);
  });

  it('interprets that CID back to customer 10023 and invoice 4567', () => {
    expect(interpretCid('00000456700000100234', SEED)).toEqual({
      match: 'parts',
      cid: '00000456700000100234',
      customerNo: '10023',
      invoiceNo: '4567',
      digits: { customer: '0000010023', invoice: '000004567' },
    });
  });

  it('accepts the CID as a payer types it, with spaces', () => {
    expect(interpretCid('000004567 0000010023 4', SEED).customerNo).toBe('10023');
  });

  it('uses full-length numbers exactly', () => {
    const cid = generateCid({ customerNo: '9876543210', invoiceNo: '123456789' }, SEED);
    expect(cid.slice(0, 19)).toBe('1234567899876543210');
    expect(interpretCid(cid, SEED)).toMatchObject({ customerNo: '9876543210', invoiceNo: '123456789' });
  });

  it('refuses a wrong check digit, a wrong length, letters', () => {
    expect(codes(safeInterpretCid('00000456700000100235', SEED))).toEqual(['reference/bad-check-digit']);
    expect(safeInterpretCid('00000456700000100235', SEED).issues?.[0]?.path).toEqual(['cid']);
    // 18 characters: a valid MOD10 KID, but not 19 + 1.
    const short = generateCid({ customerNo: '1', invoiceNo: '1' }, { factoringId: '9;1', customerDigits: 10, invoiceDigits: 8 });
    expect(codes(safeInterpretCid(short, SEED))).toEqual(['cid/wrong-length']);
    expect(codes(safeInterpretCid('0000045670000010023X', SEED))).toEqual(['reference/invalid-character']);
    expect(codes(safeInterpretCid('', SEED))).toEqual(['cid/empty']);
  });
});

describe('interpretCid', () => {
  it('lengths exclude the check digit: a 16-character CID is configured as 15', () => {
    const def = { factoringId: '1;8', customerDigits: 7, invoiceDigits: 8 };
    const cid = generateCid({ customerNo: '1234567', invoiceNo: '87654321' }, def);
    expect(cid).toHaveLength(16);
    expect(interpretCid(cid, def)).toMatchObject({ customerNo: '1234567', invoiceNo: '87654321' });
  });

  it('default layout: customer no. + factoring characters + invoice no. + check digit', () => {
    const def = { factoringId: '1;9', customerDigits: 6, invoiceDigits: 6, factoringCharacters: '42' };
    const cid = generateCid({ customerNo: '77', invoiceNo: '5' }, def);
    expect(cid.slice(0, 14)).toBe('00007742000005');
    expect(interpretCid(cid, def)).toMatchObject({ customerNo: '77', invoiceNo: '5' });
    // Factoring characters that differ mean another definition's CID.
    const other = generateCid({ customerNo: '77', invoiceNo: '5' }, { ...def, factoringCharacters: '43' });
    expect(codes(safeInterpretCid(other, def))).toEqual(['cid/factoring-characters-mismatch']);
  });

  it('MOD11 CIDs may end in "-"; CIDs without a check digit are read as they are', () => {
    const mod11 = { factoringId: '1;0', customerDigits: 2, checkDigit: 'mod11' as const };
    expect(generateCid({ customerNo: '40' }, mod11)).toBe('40-');
    expect(interpretCid('40-', mod11)).toMatchObject({ customerNo: '40' });
    expect(interpretCid('40-', mod11).invoiceNo).toBeUndefined();
    const none = { factoringId: '0;1', invoiceDigits: 6, checkDigit: 'none' as const };
    expect(generateCid({ invoiceNo: '123' }, none)).toBe('000123');
    expect(interpretCid('000123', none)).toMatchObject({ invoiceNo: '123' });
    expect(codes(safeInterpretCid('00012a', none))).toEqual(['cid/invalid-character']);
  });

  it('0;0 matches the whole CID', () => {
    const whole = { factoringId: '0;0' };
    expect(interpretCid('2345676', whole)).toEqual({ match: 'whole-cid', cid: '2345676' });
    expect(codes(safeInterpretCid('2345677', whole))).toEqual(['reference/bad-check-digit']);
    expect(codes(safeGenerateCid({ customerNo: '1', invoiceNo: '1' }, whole))).toEqual(['cid/cannot-generate']);
  });

  it('reports definition problems under ["definition", …]', () => {
    const r = safeInterpretCid('2345676', { factoringId: '10-1', customerDigits: 10 });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['cid/invalid-factoring-id', ['definition', 'factoringId']]]);
    expect(() => interpretCid('2345676', { factoringId: '10-1' })).toThrow(CidError);
  });
});

describe('generateCid: padding and truncation', () => {
  it('pads short numbers with zeros and keeps the rightmost digits of long ones (with a warning)', () => {
    const r = safeGenerateCid({ customerNo: '123456789012', invoiceNo: '1' }, SEED);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.slice(9, 19)).toBe('3456789012');
      expect(r.issues?.map((i) => [i.code, i.severity, i.path])).toEqual([['cid/truncated', 'warning', ['customerNo']]]);
    }
  });

  it('leading zeros of a number are not counted as digits to cut', () => {
    const r = safeGenerateCid({ customerNo: '000000000010023', invoiceNo: '4567' }, SEED);
    expect(r.ok && r.issues === undefined).toBe(true);
  });

  it('needs the numbers of the parts the definition has, as digits', () => {
    expect(codes(safeGenerateCid({ invoiceNo: '1' }, SEED))).toEqual(['cid/missing-number']);
    expect(codes(safeGenerateCid({ customerNo: '1', invoiceNo: 'A-1' }, SEED))).toEqual(['cid/invalid-number']);
    expect(safeGenerateCid({ customerNo: 'x' }, SEED).issues?.map((i) => i.path)).toEqual([['customerNo'], ['invoiceNo']]);
    expect(() => generateCid({}, SEED)).toThrow(CidError);
  });

  it('cannot fill free positions without factoring characters', () => {
    const gaps = { factoringId: '3;0', customerDigits: 5 };
    expect(codes(safeGenerateCid({ customerNo: '1' }, gaps))).toEqual(['cid/cannot-generate']);
    // Reading still works: the free positions may hold anything.
    const cid = generateCid({ customerNo: '1' }, { ...gaps, factoringCharacters: '99' });
    expect(interpretCid(cid, gaps)).toMatchObject({ customerNo: '1' });
  });
});
