import { decodeBase64url, encodeBase64url, encodeBase64urlText } from './base64url';
import type { ApprovalAlgorithm, ApprovalKey } from './keys';

/**
 * The `typ` header of approval tokens (explicit typing, RFC 8725 §3.11): a JWT of another kind
 * signed with the same key is never taken for an approval.
 */
export const APPROVAL_TOKEN_TYPE = 'eftkit-approval+jwt';

/** The Web Crypto parameters of each pinned algorithm. */
const SUBTLE_ALGORITHM: Record<ApprovalAlgorithm, AlgorithmIdentifier> = {
  HS256: { name: 'HMAC' },
  EdDSA: { name: 'Ed25519' },
};

/** The protected header of an approval token. */
export interface ApprovalTokenHeader {
  /** The algorithm (informational: the key decides). */
  readonly alg: string;
  /** Always {@link APPROVAL_TOKEN_TYPE} for tokens eftkit issues. */
  readonly typ?: string | undefined;
  /** The id of the key that signed. */
  readonly kid?: string | undefined;
}

/** A compact JWS split into its parts. */
export interface ParsedCompactJws {
  /** The decoded protected header. */
  readonly header: Readonly<Record<string, unknown>>;
  /** The payload bytes. */
  readonly payload: Uint8Array;
  /** ASCII bytes of `header.payload` as they were in the token: what was signed. */
  readonly signingInput: Uint8Array;
  /** The signature bytes, `undefined` when that part is not base64url. */
  readonly signature: Uint8Array | undefined;
}

const encoder = new TextEncoder();
/**
 * Parsed headers by their base64url text: tokens of one issuer share a handful of headers.
 * Bounded (cleared at 64 entries); only well-formed JSON objects are kept, frozen.
 */
const HEADER_CACHE = new Map<string, Readonly<Record<string, unknown>>>();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses bytes as a JSON object, or `undefined`. */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits a JWS compact serialisation (RFC 7515 §7.1): three base64url parts. Returns why it
 * cannot be read instead of a value when the header or payload is not base64url, or the header
 * is not a JSON object.
 */
export function parseCompactJws(token: string): ParsedCompactJws | string {
  if (token.length > 16_384) return 'it is longer than 16 384 characters';
  const first = token.indexOf('.');
  const second = first < 0 ? -1 : token.indexOf('.', first + 1);
  if (second < 0 || token.indexOf('.', second + 1) >= 0) return 'it does not have three parts separated by dots';
  const headerText = token.slice(0, first);
  let header = HEADER_CACHE.get(headerText);
  if (header === undefined) {
    const headerBytes = decodeBase64url(headerText);
    if (headerBytes === undefined || headerBytes.length === 0) return 'the header is not base64url';
    header = parseJsonObject(headerBytes);
    if (header === undefined) return 'the header is not a JSON object';
    Object.freeze(header);
    if (HEADER_CACHE.size >= 64) HEADER_CACHE.clear();
    HEADER_CACHE.set(headerText, header);
  }
  const payload = decodeBase64url(token.slice(first + 1, second));
  if (payload === undefined) return 'the payload is not base64url';
  const signature = decodeBase64url(token.slice(second + 1));
  // The two parts decoded as base64url, so they are ASCII: one byte per character.
  const signingInput = new Uint8Array(second);
  for (let i = 0; i < second; i++) signingInput[i] = token.charCodeAt(i);
  return { header, payload, signingInput, signature };
}

/**
 * Checks a signature with the key's pinned algorithm (never the header's). HMAC is compared by
 * Web Crypto's `verify`, which does not leak through timing where the comparison stops.
 */
export async function verifySignature(key: ApprovalKey, signingInput: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const expected = key.alg === 'HS256' ? 32 : 64;
  if (signature.length !== expected) return false;
  return globalThis.crypto.subtle.verify(SUBTLE_ALGORITHM[key.alg], key.verificationKey, signature as Uint8Array<ArrayBuffer>, signingInput as Uint8Array<ArrayBuffer>);
}

/**
 * Signs a header and payload as a JWS compact serialisation with the key's pinned algorithm.
 * The key must have a signing half (checked by the caller).
 */
export async function signCompactJws(header: ApprovalTokenHeader, payload: Uint8Array, key: ApprovalKey & { readonly signingKey: CryptoKey }): Promise<string> {
  const signingInput = `${encodeBase64urlText(JSON.stringify(header))}.${encodeBase64url(payload)}`;
  const signature = await globalThis.crypto.subtle.sign(SUBTLE_ALGORITHM[key.alg], key.signingKey, encoder.encode(signingInput));
  return `${signingInput}.${encodeBase64url(new Uint8Array(signature))}`;
}
