import {
  createApprovalKeyring,
  importApprovalKey,
  type ApprovalClaims,
  type ApprovalKey,
  type ApprovalKeyring,
  type ApprovalRequest,
} from '../../src/approval';
import type { PaymentLine } from '../../src/validation';

/** A fixed HS256 secret (32 bytes): test data, never a real key. */
export const HS_SECRET: Uint8Array = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 255);

/** The RFC 8037 appendix A.1 Ed25519 key pair (public test vector). */
export const RFC8037_JWK: JsonWebKey = {
  kty: 'OKP',
  crv: 'Ed25519',
  d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
  x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
};

export const hsKey: ApprovalKey = await importApprovalKey({ kid: 'hs-2026-11', alg: 'HS256', secret: HS_SECRET });
export const edKey: ApprovalKey = await importApprovalKey({ kid: 'ed-2026-11', alg: 'EdDSA', jwk: RFC8037_JWK });
const pair = (await globalThis.crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
/** A second Ed25519 key, for rotation. */
export const edKey2: ApprovalKey = await importApprovalKey({ kid: 'ed-2026-12', alg: 'EdDSA', cryptoKey: pair.privateKey, publicKey: pair.publicKey });
/** The hub's keyring: public halves only for EdDSA. */
export const keyring: ApprovalKeyring = createApprovalKeyring([hsKey, edKey, edKey2]);

export const NOW: Date = new Date('2026-11-30T10:00:00Z');
export const NOW_S: number = Math.floor(NOW.getTime() / 1000);

export const COMPANY = '987654321';

export const line: PaymentLine = {
  lineId: 'L1',
  supplierNo: '10023',
  amount: '12500.00',
  currency: 'NOK',
  dueDate: '2026-12-04',
  creditor: { name: 'Fjordkraft AS', country: 'NO', account: { bban: '8601.11.17947' } },
  remittance: { type: 'reference', reference: '000000100230' },
};

export const request: ApprovalRequest = {
  approvalId: 'APR-1001',
  companyOrgNo: COMPANY,
  creditorAccount: 'bban:86011117947',
  currency: 'NOK',
  maxAmount: '12500.00',
  referenceType: 'cid',
  reference: '000000100230',
  dateFrom: '2026-12-01',
  dateTo: '2026-12-10',
  approver: 'kari.nordmann',
};

export function claimsOf(r: ApprovalRequest, overrides: Partial<ApprovalClaims> = {}): ApprovalClaims {
  return { ...r, issuedAt: NOW_S - 60, notBefore: NOW_S - 60, expiresAt: NOW_S + 86_400, paid: true, ...overrides };
}

export const claims: ApprovalClaims = claimsOf(request);
