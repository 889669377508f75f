import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url, importApprovalKey, parseCompactJws } from '../../src/approval';
import { signCompactJws, verifySignature } from '../../src/approval/jws';

describe('base64url', () => {
  it('round-trips any bytes and is canonical', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects padding, foreign characters, impossible lengths and non-zero unused bits', () => {
    expect(decodeBase64url('QQ==')).toBeUndefined();
    expect(decodeBase64url('QQ')).toEqual(new Uint8Array([65]));
    expect(decodeBase64url('QR')).toBeUndefined(); // same byte, unused bits set
    expect(decodeBase64url('A+B/')).toBeUndefined();
    expect(decodeBase64url('A')).toBeUndefined();
    expect(decodeBase64url('Zm9vYmFyé')).toBeUndefined();
  });
});

// RFC 7515 appendix A.1 "Example JWS Using HMAC SHA-256": key (A.1.1 JWK "k"), and the
// compact JWS (A.1.1, header {"typ":"JWT",\r\n "alg":"HS256"}). https://www.rfc-editor.org/rfc/rfc7515#appendix-A.1
const RFC7515_A1_K = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
const RFC7515_A1_JWS =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

// RFC 8037 appendix A.1 (Ed25519 private key), A.4 (signing "Example of Ed25519 signing"
// with protected header {"alg":"EdDSA"}). https://www.rfc-editor.org/rfc/rfc8037#appendix-A.4
const RFC8037_JWK = { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const RFC8037_A4_JWS =
  'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg';

describe('JWS vectors', () => {
  it('RFC 7515 A.1: the HS256 example verifies, and a changed payload does not', async () => {
    const key = await importApprovalKey({ kid: 'rfc7515', alg: 'HS256', jwk: { kty: 'oct', k: RFC7515_A1_K } });
    const parsed = parseCompactJws(RFC7515_A1_JWS);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(await verifySignature(key, parsed.signingInput, parsed.signature!)).toBe(true);
    const tampered = parseCompactJws(RFC7515_A1_JWS.replace('.eyJpc3MiOiJqb2U', '.eyJpc3MiOiJqb2V'));
    if (typeof tampered === 'string') throw new Error(tampered);
    expect(await verifySignature(key, tampered.signingInput, tampered.signature!)).toBe(false);
  });

  it('RFC 8037 A.4: Ed25519 signing gives the exact token (Ed25519 is deterministic), and it verifies', async () => {
    const key = await importApprovalKey({ kid: 'rfc8037', alg: 'EdDSA', jwk: RFC8037_JWK });
    const token = await signCompactJws({ alg: 'EdDSA' }, new TextEncoder().encode('Example of Ed25519 signing'), key as typeof key & { signingKey: CryptoKey });
    expect(token).toBe(RFC8037_A4_JWS);
    const parsed = parseCompactJws(RFC8037_A4_JWS);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(await verifySignature(key, parsed.signingInput, parsed.signature!)).toBe(true);
  });

  it('RFC 8037 A.5: the same token verifies with the public key alone (x only)', async () => {
    const pub = await importApprovalKey({ kid: 'rfc8037-pub', alg: 'EdDSA', jwk: { kty: 'OKP', crv: 'Ed25519', x: RFC8037_JWK.x } });
    expect(pub.signingKey).toBeUndefined();
    const parsed = parseCompactJws(RFC8037_A4_JWS);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(await verifySignature(pub, parsed.signingInput, parsed.signature!)).toBe(true);
  });

  it('reads only three-part compact tokens with a JSON-object header', () => {
    expect(parseCompactJws('a.b')).toBe('it does not have three parts separated by dots');
    expect(parseCompactJws('a.b.c.d')).toBe('it does not have three parts separated by dots');
    expect(parseCompactJws(`${encodeBase64url(new TextEncoder().encode('[1]'))}.e30.`)).toBe('the header is not a JSON object');
    expect(parseCompactJws('!!!.e30.')).toBe('the header is not base64url');
  });
});
