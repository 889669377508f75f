import { CompactSign, SignJWT, compactVerify, importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  APPROVAL_TOKEN_TYPE,
  claimsToPayload,
  exportPublicJwk,
  importApprovalKey,
  issueApprovalToken,
  verifyApprovalToken,
} from '../../src/approval';
import { encodeBase64url } from '../../src/approval/base64url';
import { COMPANY, HS_SECRET, NOW, RFC8037_JWK, claims, edKey, hsKey, keyring, line } from './fixtures';

// Interoperability with `jose` (panva/jose 6, a devDependency): tokens eftkit issues verify
// with jose, and tokens jose signs verify with eftkit, for HS256 and EdDSA.

const joseHs = HS_SECRET;
const joseEdPrivate = await importJWK({ ...RFC8037_JWK, alg: 'EdDSA' }, 'EdDSA');

describe('eftkit → jose', () => {
  it('HS256: jose verifies the signature, the header and the registered claims', async () => {
    const token = await issueApprovalToken(claims, hsKey);
    const { payload, protectedHeader } = await jwtVerify(token, joseHs, {
      algorithms: ['HS256'],
      typ: APPROVAL_TOKEN_TYPE,
      currentDate: NOW,
    });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: APPROVAL_TOKEN_TYPE, kid: 'hs-2026-11' });
    expect(payload).toEqual(claimsToPayload(claims));
  });

  it('EdDSA: jose verifies with the exported public JWK only', async () => {
    const token = await issueApprovalToken(claims, edKey);
    const jwk = await exportPublicJwk(edKey);
    expect(jwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: RFC8037_JWK.x, kid: 'ed-2026-11', alg: 'EdDSA', use: 'sig' });
    const publicKey = await importJWK(jwk, 'EdDSA');
    const { payload, protectedHeader } = await jwtVerify(token, publicKey, { algorithms: ['EdDSA'], currentDate: NOW });
    expect(protectedHeader.kid).toBe('ed-2026-11');
    expect(payload['jti']).toBe(claims.approvalId);
  });

  it('jose rejects our token changed by one character of the payload', async () => {
    const token = await issueApprovalToken(claims, edKey);
    const [h, p, s] = token.split('.') as [string, string, string];
    const changed = `${h}.${p.slice(0, 10)}${p[10] === 'A' ? 'B' : 'A'}${p.slice(11)}.${s}`;
    await expect(compactVerify(changed, await importJWK(await exportPublicJwk(edKey), 'EdDSA'))).rejects.toThrow();
  });
});

describe('jose → eftkit', () => {
  for (const alg of ['HS256', 'EdDSA'] as const) {
    it(`${alg}: a token jose signs (SignJWT) pre-approves the line`, async () => {
      const kid = alg === 'HS256' ? 'hs-2026-11' : 'ed-2026-11';
      const key = alg === 'HS256' ? joseHs : joseEdPrivate;
      const token = await new SignJWT({ ...claimsToPayload(claims) }).setProtectedHeader({ alg, kid, typ: APPROVAL_TOKEN_TYPE }).sign(key);
      const verdict = await verifyApprovalToken(token, { companyOrgNo: COMPANY, line }, keyring, { now: NOW });
      expect(verdict.valid).toBe(true);
      expect(verdict.claims).toEqual(claims);
    });

    it(`${alg}: a token jose signs with a changed amount limit fails as amount-higher`, async () => {
      const kid = alg === 'HS256' ? 'hs-2026-11' : 'ed-2026-11';
      const key = alg === 'HS256' ? joseHs : joseEdPrivate;
      const payload = new TextEncoder().encode(JSON.stringify({ ...claimsToPayload(claims), max: '100.00' }));
      const token = await new CompactSign(payload).setProtectedHeader({ alg, kid, typ: APPROVAL_TOKEN_TYPE }).sign(key);
      const verdict = await verifyApprovalToken(token, { companyOrgNo: COMPANY, line }, keyring, { now: NOW });
      expect(verdict.reasons).toEqual(['approval/amount-higher']);
    });
  }

  it('jose-made tokens for a key of the other algorithm fail as wrong-algorithm', async () => {
    // HS256 header, kid of the Ed25519 key, HMAC keyed with the raw public key: the classic confusion.
    const pubRaw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', edKey.verificationKey));
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(claimsToPayload(claims))))
      .setProtectedHeader({ alg: 'HS256', kid: 'ed-2026-11', typ: APPROVAL_TOKEN_TYPE })
      .sign(pubRaw);
    const verdict = await verifyApprovalToken(token, { companyOrgNo: COMPANY, line }, keyring, { now: NOW });
    expect(verdict.valid).toBe(false);
    expect(verdict.reasons).toEqual(['approval/wrong-algorithm']);
    expect(encodeBase64url(pubRaw)).toBe(RFC8037_JWK.x);
  });

  it('a key imported from the same secret in another form verifies the same tokens', async () => {
    const again = await importApprovalKey({ kid: 'hs-2026-11', alg: 'HS256', jwk: { kty: 'oct', k: encodeBase64url(HS_SECRET) } });
    const token = await new SignJWT({ ...claimsToPayload(claims) }).setProtectedHeader({ alg: 'HS256', kid: 'hs-2026-11', typ: APPROVAL_TOKEN_TYPE }).sign(joseHs);
    const { createApprovalKeyring } = await import('../../src/approval');
    const verdict = await verifyApprovalToken(token, { companyOrgNo: COMPANY, line }, createApprovalKeyring([again]), { now: NOW });
    expect(verdict.valid).toBe(true);
  });
});
