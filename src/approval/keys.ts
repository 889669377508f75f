import { fail, issue, ok, unwrap, type EftkitIssue, type Result } from '../errors';
import { decodeBase64url } from './base64url';
import { ApprovalError } from './errors';
import { APPROVAL_MESSAGES as M } from './messages';

/**
 * The signature algorithms of approval tokens (RFC 7518 §3.2 `HS256`, RFC 8037 `EdDSA` with
 * the Ed25519 curve). Each key is pinned to one of them; a token's header never chooses.
 */
export type ApprovalAlgorithm = 'HS256' | 'EdDSA';

/** The algorithms eftkit signs and verifies with. */
export const APPROVAL_ALGORITHMS: readonly ApprovalAlgorithm[] = Object.freeze(['HS256', 'EdDSA'] as const);

/**
 * A key for approval tokens: its key id (`kid` in the token header), the one algorithm it is
 * used with, and the Web Crypto keys. `signingKey` is absent for a public Ed25519 key (the hub's
 * copy): such a key verifies but cannot issue.
 */
export interface ApprovalKey {
  /** Key id, written to the token header as `kid`. */
  readonly kid: string;
  /** The only algorithm this key is used with. */
  readonly alg: ApprovalAlgorithm;
  /** Web Crypto key that signs: the HMAC secret or the Ed25519 private key. */
  readonly signingKey?: CryptoKey | undefined;
  /** Web Crypto key that verifies: the HMAC secret or the Ed25519 public key. */
  readonly verificationKey: CryptoKey;
}

/**
 * What {@link importApprovalKey} reads: a key id, the algorithm it is pinned to, and exactly one
 * source of key material.
 */
export interface ApprovalKeyInput {
  /** Key id (1–64 characters, no spaces). */
  readonly kid: string;
  /** The algorithm the key is pinned to. */
  readonly alg: ApprovalAlgorithm;
  /** HS256: the shared secret, at least 32 random bytes (RFC 7518 §3.2). */
  readonly secret?: Uint8Array | undefined;
  /** A JWK: `oct` for HS256; `OKP`/`Ed25519` for EdDSA (with `d` it signs, without it only verifies). */
  readonly jwk?: JsonWebKey | undefined;
  /** EdDSA: the raw 32-byte Ed25519 public key (verifies only). */
  readonly publicKeyBytes?: Uint8Array | undefined;
  /** Web Crypto keys already imported or generated. For HS256 one key does both. */
  readonly cryptoKey?: CryptoKey | undefined;
  /** EdDSA with `cryptoKey` being the private key: the matching public key. */
  readonly publicKey?: CryptoKey | undefined;
}

const KID = /^[A-Za-z0-9._:@\-]{1,64}$/;
const HMAC_PARAMS: HmacImportParams = { name: 'HMAC', hash: 'SHA-256' };
const ED25519 = { name: 'Ed25519' } as const;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (s === undefined) throw new ApprovalError('approval/invalid-key', M.invalidKey('(any)', 'Web Crypto (crypto.subtle) is not available in this runtime'));
  return s;
}

/**
 * Checks that a Web Crypto key fits the algorithm it is pinned to; returns the problems.
 * `role` says whether it must sign or verify.
 */
export function cryptoKeyIssues(kid: string, alg: ApprovalAlgorithm, key: CryptoKey, role: 'sign' | 'verify'): EftkitIssue[] {
  const bad = (why: string): EftkitIssue[] => [issue('approval/invalid-key', M.invalidKey(kid, why), ['key'])];
  if (alg === 'HS256') {
    const algorithm = key.algorithm as HmacKeyAlgorithm;
    if (algorithm.name !== 'HMAC' || algorithm.hash?.name !== 'SHA-256') return bad(`HS256 needs an HMAC SHA-256 key, not ${describe(algorithm)}`);
    if (typeof algorithm.length === 'number' && algorithm.length < 256) return bad(`an HS256 secret must have at least 256 bits, this one has ${algorithm.length}`);
    if (key.type !== 'secret') return bad('an HS256 key must be a secret key');
  } else {
    if (key.algorithm.name !== 'Ed25519') return bad(`EdDSA needs an Ed25519 key, not ${describe(key.algorithm)}`);
    const wanted = role === 'sign' ? 'private' : 'public';
    if (key.type !== wanted) return bad(`to ${role}, EdDSA needs the ${wanted} key, not the ${key.type} one`);
  }
  if (!key.usages.includes(role)) return bad(`the Web Crypto key was not imported for "${role}"`);
  return [];
}

function describe(algorithm: KeyAlgorithm): string {
  const hash = (algorithm as { hash?: { name?: string } }).hash?.name;
  return hash === undefined ? algorithm.name : `${algorithm.name}/${hash}`;
}

/**
 * Imports a key for approval tokens, pinned to one algorithm, returning every problem instead
 * of throwing. HS256 secrets must have at least 32 bytes; an Ed25519 JWK with `d` gives a key
 * that signs and verifies, one without `d` (or raw public key bytes) a key that only verifies.
 */
export async function safeImportApprovalKey(input: ApprovalKeyInput): Promise<Result<ApprovalKey>> {
  const kid = typeof input.kid === 'string' ? input.kid : '';
  const bad = (why: string, path: string = 'key'): Result<ApprovalKey> => fail([issue('approval/invalid-key', M.invalidKey(kid, why), [path])]);
  if (!KID.test(kid)) return bad('a key id has 1–64 letters, digits or . _ : @ -', 'kid');
  if (input.alg !== 'HS256' && input.alg !== 'EdDSA') return bad(`the algorithm must be HS256 or EdDSA, not "${String(input.alg)}"`, 'alg');
  const sources = [input.secret, input.jwk, input.publicKeyBytes, input.cryptoKey].filter((s) => s !== undefined).length;
  if (sources !== 1) return bad('give exactly one of secret, jwk, publicKeyBytes or cryptoKey');
  const s = subtle();
  try {
    if (input.alg === 'HS256') {
      let secret: Uint8Array | undefined = input.secret;
      if (input.jwk !== undefined) {
        if (input.jwk.kty !== 'oct' || typeof input.jwk.k !== 'string') return bad('an HS256 JWK must be of type "oct" with "k"');
        if (input.jwk.alg !== undefined && input.jwk.alg !== 'HS256') return bad(`the JWK is for ${input.jwk.alg}, not HS256`);
        secret = decodeBase64url(input.jwk.k);
        if (secret === undefined) return bad('the JWK\'s "k" is not base64url');
      }
      if (input.publicKeyBytes !== undefined || input.publicKey !== undefined) return bad('HS256 has no public key; give the shared secret');
      if (input.cryptoKey !== undefined) {
        const problems = [...cryptoKeyIssues(kid, 'HS256', input.cryptoKey, 'sign'), ...cryptoKeyIssues(kid, 'HS256', input.cryptoKey, 'verify')];
        return problems.length > 0 ? fail(problems.slice(0, 1)) : ok({ kid, alg: 'HS256', signingKey: input.cryptoKey, verificationKey: input.cryptoKey });
      }
      if (secret === undefined || !(secret instanceof Uint8Array)) return bad('the secret must be bytes (Uint8Array)');
      if (secret.length < 32) return bad(`an HS256 secret must have at least 32 bytes (256 bits), this one has ${secret.length}`);
      const key = await s.importKey('raw', secret as Uint8Array<ArrayBuffer>, HMAC_PARAMS, false, ['sign', 'verify']);
      return ok({ kid, alg: 'HS256', signingKey: key, verificationKey: key });
    }
    // EdDSA
    if (input.secret !== undefined) return bad('EdDSA keys are Ed25519 key pairs, not shared secrets');
    if (input.publicKeyBytes !== undefined) {
      if (!(input.publicKeyBytes instanceof Uint8Array) || input.publicKeyBytes.length !== 32) return bad('an Ed25519 public key has exactly 32 bytes');
      const key = await s.importKey('raw', input.publicKeyBytes as Uint8Array<ArrayBuffer>, ED25519, true, ['verify']);
      return ok({ kid, alg: 'EdDSA', verificationKey: key });
    }
    if (input.jwk !== undefined) {
      const jwk = input.jwk;
      if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') return bad('an EdDSA JWK must be of type "OKP", curve "Ed25519", with "x"');
      if (jwk.alg !== undefined && jwk.alg !== 'EdDSA' && jwk.alg !== 'Ed25519') return bad(`the JWK is for ${jwk.alg}, not EdDSA`);
      const publicJwk: JsonWebKey = { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
      const verificationKey = await s.importKey('jwk', publicJwk, ED25519, true, ['verify']);
      if (typeof jwk.d !== 'string') return ok({ kid, alg: 'EdDSA', verificationKey });
      const signingKey = await s.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d }, ED25519, false, ['sign']);
      return ok({ kid, alg: 'EdDSA', signingKey, verificationKey });
    }
    const cryptoKey = input.cryptoKey as CryptoKey;
    if (cryptoKey.type === 'public') {
      const problems = cryptoKeyIssues(kid, 'EdDSA', cryptoKey, 'verify');
      return problems.length > 0 ? fail(problems) : ok({ kid, alg: 'EdDSA', verificationKey: cryptoKey });
    }
    if (input.publicKey === undefined) return bad('with an Ed25519 private key, give its public key too (publicKey)');
    const problems = [...cryptoKeyIssues(kid, 'EdDSA', cryptoKey, 'sign'), ...cryptoKeyIssues(kid, 'EdDSA', input.publicKey, 'verify')];
    return problems.length > 0 ? fail(problems) : ok({ kid, alg: 'EdDSA', signingKey: cryptoKey, verificationKey: input.publicKey });
  } catch (error) {
    return bad(`the key material was refused by Web Crypto (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Imports a key for approval tokens; see {@link safeImportApprovalKey}.
 *
 * @throws {ApprovalError} `approval/invalid-key` when the key material does not fit the algorithm.
 */
export async function importApprovalKey(input: ApprovalKeyInput): Promise<ApprovalKey> {
  return unwrap(await safeImportApprovalKey(input), ApprovalError);
}

/**
 * The verifying half of a key: what the hub gets. For EdDSA this holds only the public key, so
 * its holder can check tokens but never issue one.
 */
export function verificationOnly(key: ApprovalKey): ApprovalKey {
  return { kid: key.kid, alg: key.alg, verificationKey: key.verificationKey };
}

/**
 * The public JWK of an EdDSA key (with `kid`, `alg` and `use`), to hand to the hub or publish
 * in a JWK set.
 *
 * @throws {ApprovalError} `approval/invalid-key` for an HS256 key (a shared secret has no public half).
 */
export async function exportPublicJwk(key: ApprovalKey): Promise<JsonWebKey & { kid: string }> {
  if (key.alg !== 'EdDSA') throw new ApprovalError('approval/invalid-key', M.invalidKey(key.kid, 'an HS256 secret has no public half to export'), { path: ['key'] });
  const jwk = await subtle().exportKey('jwk', key.verificationKey);
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x as string, kid: key.kid, alg: 'EdDSA', use: 'sig' };
}

/**
 * The keys a verifier trusts, by key id. Several keys may be active at once (rotation: a new
 * key signs while tokens of the previous one are still out); remove a key to retire it.
 */
export interface ApprovalKeyring {
  /** Keys by `kid`. */
  readonly keys: ReadonlyMap<string, ApprovalKey>;
}

/**
 * Builds a keyring, returning every problem instead of throwing: key ids must be unique and
 * every key must verify with its pinned algorithm.
 */
export function safeCreateApprovalKeyring(keys: readonly ApprovalKey[]): Result<ApprovalKeyring> {
  const map = new Map<string, ApprovalKey>();
  const problems: EftkitIssue[] = [];
  keys.forEach((key, index) => {
    if (map.has(key.kid)) {
      problems.push(issue('approval/duplicate-key-id', M.duplicateKeyId(key.kid), [index, 'kid']));
      return;
    }
    const keyProblems = cryptoKeyIssues(key.kid, key.alg, key.verificationKey, 'verify');
    if (keyProblems.length > 0) problems.push(...keyProblems.map((p) => ({ ...p, path: [index, 'verificationKey'] })));
    else map.set(key.kid, verificationOnly(key));
  });
  return problems.length > 0 ? fail(problems) : ok({ keys: map });
}

/**
 * Builds a keyring from keys; see {@link safeCreateApprovalKeyring}. Only the verifying half of
 * each key is kept.
 *
 * @throws {ApprovalError} `approval/duplicate-key-id` or `approval/invalid-key`.
 */
export function createApprovalKeyring(keys: readonly ApprovalKey[]): ApprovalKeyring {
  return unwrap(safeCreateApprovalKeyring(keys), ApprovalError);
}
