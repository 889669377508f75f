import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPROVAL_TOKEN_TYPE,
  ApprovalError,
  InMemoryReplayStore,
  claimsToPayload,
  createApprovalKeyring,
  importApprovalKey,
  issueApprovalToken,
  safeIssueApprovalToken,
  verificationOnly,
  verifyApprovalToken,
  type ApprovalClaims,
  type ApprovalKeyring,
} from '../../src/approval';
import { decodeBase64url, encodeBase64url, encodeBase64urlText } from '../../src/approval/base64url';
import { approvalCaseArbitrary, approvalClaimChangeArbitrary } from '../../src/testing';
import type { PaymentLine } from '../../src/validation';
import { COMPANY, NOW, NOW_S, claims, claimsOf, edKey, edKey2, hsKey, keyring, line, request } from './fixtures';

const verify = (token: string, options: Partial<Parameters<typeof verifyApprovalToken>[3]> = {}, l: PaymentLine = line, ring: ApprovalKeyring = keyring) =>
  verifyApprovalToken(token, { companyOrgNo: COMPANY, line: l }, ring, { now: NOW, ...options });

async function unsigned(header: object, payload: object, signature = ''): Promise<string> {
  return `${encodeBase64urlText(JSON.stringify(header))}.${encodeBase64urlText(JSON.stringify(payload))}.${signature}`;
}

describe('verifyApprovalToken: valid tokens', () => {
  it('an HS256 and an EdDSA token pre-approve the line they were issued for', async () => {
    for (const key of [hsKey, edKey, edKey2]) {
      const verdict = await verify(await issueApprovalToken(claims, key));
      expect(verdict).toMatchObject({ valid: true, kid: key.kid, alg: key.alg, claims, reasons: [], issues: [] });
    }
  });

  it('key rotation: tokens of every active key verify; a removed key is unknown', async () => {
    const old = await issueApprovalToken(claims, edKey);
    const fresh = await issueApprovalToken(claims, edKey2);
    expect((await verify(old)).valid).toBe(true);
    expect((await verify(fresh)).valid).toBe(true);
    const rotated = createApprovalKeyring([edKey2]);
    expect((await verify(old, {}, line, rotated)).reasons).toEqual(['approval/unknown-key']);
    expect((await verify(fresh, {}, line, rotated)).valid).toBe(true);
  });

  it('normalises what the ERP writes differently: spaced org. no., IBAN in groups, reference with spaces', async () => {
    const ibanLine: PaymentLine = { ...line, creditor: { ...line.creditor, account: { iban: 'NO93 8601 1117 947' } }, remittance: { type: 'reference', reference: '0000 0010 0230' } };
    const token = await issueApprovalToken({ ...claims, creditorAccount: 'iban:NO9386011117947' }, hsKey);
    const verdict = await verifyApprovalToken(token, { companyOrgNo: '987 654 321', line: ibanLine }, keyring, { now: NOW });
    expect(verdict.valid).toBe(true);
  });

  it('a lower amount passes; a payment date inside the window passes', async () => {
    const token = await issueApprovalToken(claims, edKey);
    expect((await verify(token, {}, { ...line, amount: '12499.99', requestedExecutionDate: '2026-12-10' })).valid).toBe(true);
  });
});

describe('verifyApprovalToken: every reason', () => {
  it('malformed tokens', async () => {
    for (const bad of ['', 'abc', 'a.b.c', 'e30.e30.', '....']) {
      expect((await verify(bad)).reasons).toContain('approval/malformed');
    }
    const noPayload = await unsigned({ alg: 'HS256', kid: 'hs-2026-11', typ: APPROVAL_TOKEN_TYPE }, { jti: 'x' });
    const verdict = await verify(noPayload);
    expect(verdict.reasons).toContain('approval/malformed');
    expect(verdict.claims).toBeUndefined();
    // Paths and messages name the claims as they are in the payload.
    expect(verdict.issues.find((i) => i.path.join('.') === 'token.payload.org')?.message).toContain('the claim "org" is missing');
  });

  it('alg "none" fails (never skips the signature), with or without a signature', async () => {
    const payload = claimsToPayload(claims);
    for (const sig of ['', 'AAAA']) {
      const token = await unsigned({ alg: 'none', kid: 'hs-2026-11', typ: APPROVAL_TOKEN_TYPE }, payload, sig);
      const verdict = await verify(token);
      expect(verdict.valid).toBe(false);
      expect(verdict.reasons).toEqual(['approval/wrong-algorithm']);
    }
  });

  it('an HS256 header against the Ed25519 key fails as wrong-algorithm, even when HMAC-ed with the public key bytes', async () => {
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', edKey.verificationKey));
    const hmacWithPublic = await importApprovalKey({ kid: 'ed-2026-11', alg: 'HS256', secret: raw });
    const forged = await issueApprovalToken(claims, hmacWithPublic);
    const verdict = await verify(forged);
    expect(verdict.reasons).toEqual(['approval/wrong-algorithm']);
    expect(verdict.issues[0]?.path).toEqual(['token', 'header', 'alg']);
  });

  it('an EdDSA header against the HMAC key fails as wrong-algorithm', async () => {
    const fake = await issueApprovalToken(claims, { ...edKey, kid: 'hs-2026-11' });
    expect((await verify(fake)).reasons).toEqual(['approval/wrong-algorithm']);
  });

  it('unknown or missing key id', async () => {
    const other = await importApprovalKey({ kid: 'stranger', alg: 'HS256', secret: new Uint8Array(32).fill(7) });
    expect((await verify(await issueApprovalToken(claims, other))).reasons).toEqual(['approval/unknown-key']);
    const [, p, s] = (await issueApprovalToken(claims, hsKey)).split('.');
    const noKid = `${encodeBase64urlText(JSON.stringify({ alg: 'HS256', typ: APPROVAL_TOKEN_TYPE }))}.${p}.${s}`;
    expect((await verify(noKid)).reasons).toEqual(['approval/unknown-key']);
  });

  it('a JWT of another type signed with the same key is not an approval', async () => {
    const [, p] = (await issueApprovalToken(claims, hsKey)).split('.');
    const header = encodeBase64urlText(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'hs-2026-11' }));
    const sig = new Uint8Array(await crypto.subtle.sign('HMAC', hsKey.signingKey!, new TextEncoder().encode(`${header}.${p}`)));
    const verdict = await verify(`${header}.${p}.${encodeBase64url(sig)}`);
    expect(verdict.reasons).toEqual(['approval/wrong-type']);
  });

  it('a forged signature (someone without the key) fails as bad-signature; the claims are not handed out', async () => {
    const attacker = await importApprovalKey({ kid: 'hs-2026-11', alg: 'HS256', secret: new Uint8Array(32).fill(1) });
    const verdict = await verify(await issueApprovalToken(claims, attacker));
    expect(verdict).toMatchObject({ valid: false, claims: undefined, reasons: ['approval/bad-signature'] });
  });

  it('expired and not yet valid, with the clock skew', async () => {
    const expired = await issueApprovalToken(claimsOf(request, { issuedAt: NOW_S - 1000, notBefore: NOW_S - 1000, expiresAt: NOW_S - 30 }), hsKey);
    expect((await verify(expired)).valid).toBe(true); // within the default 60 s
    expect((await verify(expired, { clockSkew: 0 })).reasons).toEqual(['approval/expired']);
    const future = await issueApprovalToken(claimsOf(request, { issuedAt: NOW_S, notBefore: NOW_S + 120, expiresAt: NOW_S + 1000 }), hsKey);
    expect((await verify(future)).reasons).toEqual(['approval/not-yet-valid']);
    expect((await verify(future, { now: new Date((NOW_S + 60) * 1000) })).valid).toBe(true);
    const atExp = await issueApprovalToken(claimsOf(request, { expiresAt: NOW_S }), hsKey);
    expect((await verify(atExp, { clockSkew: 0 })).reasons).toEqual(['approval/expired']);
  });

  it('every payment mismatch at once, each with its path', async () => {
    const token = await issueApprovalToken(claims, edKey);
    const other: PaymentLine = {
      ...line,
      amount: '99.00',
      currency: 'SEK',
      dueDate: '2027-01-01',
      creditor: { ...line.creditor, account: { bban: '86011117948' } },
      remittance: { type: 'invoice', invoiceNo: '4567' },
    };
    const verdict = await verifyApprovalToken(token, { companyOrgNo: '123456789', line: other }, keyring, { now: NOW });
    expect(verdict.reasons).toEqual(['approval/other-company', 'approval/other-account', 'approval/other-currency', 'approval/other-reference', 'approval/outside-date-window']);
    expect(verdict.issues.map((i) => i.path)).toEqual([['companyOrgNo'], ['line', 'creditor', 'account'], ['line', 'currency'], ['line', 'remittance'], ['line', 'dueDate']]);
    expect(verdict.claims).toEqual(claims); // the signature was good: the claims are trustworthy
  });

  it('amount higher, by one øre', async () => {
    const verdict = await verify(await issueApprovalToken(claims, hsKey), {}, { ...line, amount: '12500.01' });
    expect(verdict.reasons).toEqual(['approval/amount-higher']);
    expect(verdict.issues[0]?.message).toContain('12500.01 NOK');
  });

  it('a bankgiro number never matches an account number with the same digits', async () => {
    const token = await issueApprovalToken(claims, hsKey);
    const bg: PaymentLine = { ...line, creditor: { ...line.creditor, account: { bban: '86011117947', kind: 'bankgiro' } } };
    expect((await verify(token, {}, bg)).reasons).toEqual(['approval/other-account']);
  });

  it('"approved only" (not signed with two-factor) is not a pre-approval unless asked', async () => {
    const token = await issueApprovalToken(claimsOf(request, { paid: false }), hsKey);
    expect((await verify(token)).reasons).toEqual(['approval/not-paid']);
    expect((await verify(token, { requirePaid: false })).valid).toBe(true);
  });

  it('a free-text payment cannot match any approval', async () => {
    const token = await issueApprovalToken(claims, hsKey);
    expect((await verify(token, {}, { ...line, remittance: { type: 'text', text: 'Invoice 100230' } })).reasons).toEqual(['approval/other-reference']);
  });

  it('throws for bad options, not for bad tokens', async () => {
    await expect(verify('x', { now: new Date('nope') })).rejects.toBeInstanceOf(ApprovalError);
    await expect(verify('x', { clockSkew: -1 })).rejects.toMatchObject({ code: 'approval/invalid-options' });
  });
});

describe('single use', () => {
  it('a token used twice fails the second time; a failing check never marks it used', async () => {
    const store = new InMemoryReplayStore();
    const token = await issueApprovalToken(claims, edKey);
    expect((await verify(token, { replayStore: store }, { ...line, amount: '99999.00' })).reasons).toEqual(['approval/amount-higher']);
    expect(store.size).toBe(0);
    expect((await verify(token, { replayStore: store, consume: false })).valid).toBe(true);
    expect(store.size).toBe(0);
    const first = await verify(token, { replayStore: store });
    expect(first).toMatchObject({ valid: true, consumed: true });
    expect((await verify(token, { replayStore: store })).reasons).toEqual(['approval/already-used']);
    // Another token for the same approval (re-issued) is used too.
    expect((await verify(await issueApprovalToken(claims, hsKey), { replayStore: store })).reasons).toEqual(['approval/already-used']);
    // A failing check lists already-used among its reasons.
    expect((await verify(token, { replayStore: store }, { ...line, amount: '99999.00' })).reasons).toEqual(['approval/amount-higher', 'approval/already-used']);
  });

  it('two concurrent checks of one token: exactly one wins', async () => {
    const store = new InMemoryReplayStore();
    const token = await issueApprovalToken(claims, hsKey);
    const verdicts = await Promise.all([verify(token, { replayStore: store }), verify(token, { replayStore: store }), verify(token, { replayStore: store })]);
    expect(verdicts.filter((v) => v.valid)).toHaveLength(1);
  });

  it('revoke stops an issued approval; prune forgets only expired ones', async () => {
    const store = new InMemoryReplayStore();
    store.revoke('APR-1001', claims.expiresAt);
    expect((await verify(await issueApprovalToken(claims, hsKey), { replayStore: store })).reasons).toEqual(['approval/already-used']);
    expect(store.prune(NOW)).toBe(0);
    expect(store.prune(new Date((claims.expiresAt + 61) * 1000))).toBe(1);
  });
});

describe('issueApprovalToken', () => {
  it('lists every bad claim', async () => {
    const bad = { ...claims, maxAmount: '12.345', currency: 'NOK', dateFrom: '2026-12-11', companyOrgNo: '987 654 321', expiresAt: claims.notBefore } as ApprovalClaims;
    const result = await safeIssueApprovalToken(bad, hsKey);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path.join('.')).sort()).toEqual(['claims.companyOrgNo', 'claims.dateTo', 'claims.expiresAt', 'claims.expiresAt', 'claims.maxAmount']);
    expect(result.issues.every((i) => i.code === 'approval/invalid-claims')).toBe(true);
  });

  it('a public key cannot issue', async () => {
    await expect(issueApprovalToken(claims, verificationOnly(edKey))).rejects.toMatchObject({ code: 'approval/key-cannot-sign' });
  });

  it('keys: short HMAC secrets, wrong curves and duplicate key ids are refused', async () => {
    await expect(importApprovalKey({ kid: 'k', alg: 'HS256', secret: new Uint8Array(31) })).rejects.toMatchObject({ code: 'approval/invalid-key' });
    await expect(importApprovalKey({ kid: 'k', alg: 'EdDSA', jwk: { kty: 'OKP', crv: 'X25519', x: 'AA' } })).rejects.toMatchObject({ code: 'approval/invalid-key' });
    await expect(importApprovalKey({ kid: 'k', alg: 'EdDSA', secret: new Uint8Array(32) })).rejects.toMatchObject({ code: 'approval/invalid-key' });
    await expect(importApprovalKey({ kid: 'k', alg: 'HS256', cryptoKey: edKey.verificationKey })).rejects.toMatchObject({ code: 'approval/invalid-key' });
    expect(() => createApprovalKeyring([hsKey, hsKey])).toThrow(expect.objectContaining({ code: 'approval/duplicate-key-id' }));
    expect([...keyring.keys.values()].every((k) => k.signingKey === undefined)).toBe(true);
  });
});

describe('properties', () => {
  const keys = fc.constantFrom(hsKey, edKey);
  const cases = approvalCaseArbitrary(fc);

  it('a token for a line verifies against that line', async () => {
    await fc.assert(
      fc.asyncProperty(cases, keys, async (c, key) => {
        const token = await issueApprovalToken(claimsOf(c.request), key);
        const verdict = await verifyApprovalToken(token, { companyOrgNo: c.companyOrgNo, line: c.line }, keyring, { now: NOW });
        expect(verdict.issues).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('flipping any bit of the header, payload or signature bytes fails', async () => {
    const tokens = { HS256: await issueApprovalToken(claims, hsKey), EdDSA: await issueApprovalToken(claims, edKey) };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<'HS256' | 'EdDSA'>('HS256', 'EdDSA'), fc.integer({ min: 0, max: 2 }), fc.nat(), fc.integer({ min: 0, max: 7 }), async (alg, part, at, bit) => {
        const parts = tokens[alg].split('.');
        const bytes = decodeBase64url(parts[part]!)!;
        const index = at % bytes.length;
        bytes[index] = bytes[index]! ^ (1 << bit);
        parts[part] = encodeBase64url(bytes);
        const verdict = await verify(parts.join('.'));
        expect(verdict.valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('flipping any bit of the token text fails', async () => {
    const token = await issueApprovalToken(claims, edKey);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: token.length - 1 }), fc.integer({ min: 0, max: 6 }), async (at, bit) => {
        const changed = token.slice(0, at) + String.fromCharCode(token.charCodeAt(at) ^ (1 << bit)) + token.slice(at + 1);
        expect((await verify(changed)).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('any bound claim changed fails with the right reason (and only that one)', async () => {
    await fc.assert(
      fc.asyncProperty(cases, approvalClaimChangeArbitrary(fc), keys, async (c, change, key) => {
        const token = await issueApprovalToken(claimsOf(change.apply(c.request)), key);
        const verdict = await verifyApprovalToken(token, { companyOrgNo: c.companyOrgNo, line: c.line }, keyring, { now: NOW });
        expect(verdict.reasons).toEqual([change.reason]);
      }),
      { numRuns: 100 },
    );
  });

  it('a reduced amount passes, an increased one fails', async () => {
    await fc.assert(
      fc.asyncProperty(cases, fc.integer({ min: 1, max: 10_000 }), keys, async (c, minor, key) => {
        const token = await issueApprovalToken(claimsOf(c.request), key);
        const exponent = c.line.amount.includes('.') ? c.line.amount.split('.')[1]!.length : 0;
        const units = BigInt(c.line.amount.replace('.', ''));
        const show = (n: bigint): string => {
          const s = n.toString().padStart(exponent + 1, '0');
          return exponent === 0 ? s : `${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
        };
        const lower = units - BigInt(minor) > 0n ? units - BigInt(minor) : 1n;
        const higher = units + BigInt(minor);
        const check = (amount: string) => verifyApprovalToken(token, { companyOrgNo: c.companyOrgNo, line: { ...c.line, amount } }, keyring, { now: NOW });
        expect((await check(show(lower))).valid).toBe(true);
        expect((await check(show(higher))).reasons).toEqual(['approval/amount-higher']);
      }),
      { numRuns: 60 },
    );
  });

  it('a token used twice fails the second time', async () => {
    await fc.assert(
      fc.asyncProperty(cases, keys, async (c, key) => {
        const store = new InMemoryReplayStore();
        const token = await issueApprovalToken(claimsOf(c.request), key);
        const s = { companyOrgNo: c.companyOrgNo, line: c.line };
        expect((await verifyApprovalToken(token, s, keyring, { now: NOW, replayStore: store })).valid).toBe(true);
        expect((await verifyApprovalToken(token, s, keyring, { now: NOW, replayStore: store })).reasons).toEqual(['approval/already-used']);
      }),
      { numRuns: 40 },
    );
  });
});


describe('the fast claims check agrees with the schema', () => {
  it('never says yes where ApprovalClaimsSchema says no; says yes for valid claims', async () => {
    const { ApprovalClaimsSchema } = await import('../../src/approval');
    const { isWellFormedClaims } = await import('../../src/approval/schemas');
    const fields = Object.keys(claims);
    const odd = fc.oneof(
      fc.constantFrom<unknown>(undefined, null, '', ' ', '0', '0.00', '1.001', '-5', 'NOK', 'nok', 'XXX', '2026-02-30', '2026-12-31', 'iban:', 'cid', 'invoice', true, 1.5, -1, 0, 2 ** 53, 'A'.repeat(200)),
      fc.string({ maxLength: 40 }),
      fc.integer(),
    );
    fc.assert(
      fc.property(approvalCaseArbitrary(fc), fc.array(fc.tuple(fc.constantFrom(...fields), odd), { maxLength: 3 }), (c, changes) => {
        const value: Record<string, unknown> = { ...claimsOf(c.request) };
        expect(isWellFormedClaims(value)).toBe(true);
        for (const [field, v] of changes) value[field] = v;
        if (isWellFormedClaims(value)) expect(ApprovalClaimsSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
