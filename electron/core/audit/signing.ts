import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { AccountRole } from '../../../shared/contract/accounts';

/** Who signs the audit entries a write transaction appends: the logged-in account's Ed25519 key. */
export type AuditSigner = { keyId: string; sign(data: Buffer): Buffer };

/** A key the roster trusts (from the signed roster in the key file; or the plain register's own key). */
export type TrustedKey = { keyId: string; name: string; role: AccountRole; publicKey: KeyObject };
export type TrustedKeys = (keyId: string) => TrustedKey | null;

/**
 * The name a plain register's own key is trusted under: it signs for whoever the register names as its
 * officer, because a plain register has no accounts to tell apart (docs/audit-format.md).
 */
export const ANY_ACTOR = '*';

/** What is signed: the entry's hash, behind a label so a signature made for anything else never passes as one. */
function signedBytes(hash: string): Buffer {
  return Buffer.from(`casebook audit entry\n${hash}`, 'utf8');
}

/** The first 16 hex characters of SHA-256 over the Ed25519 public key's raw 32 bytes. */
export function keyIdOf(publicKey: KeyObject): string {
  const raw = publicKey.export({ format: 'jwk' }).x;
  if (typeof raw !== 'string') throw new TypeError('Not an Ed25519 public key');
  return createHash('sha256').update(Buffer.from(raw, 'base64url')).digest('hex').slice(0, 16);
}

/** A signer over an Ed25519 private key. */
export function signerOf(privateKey: KeyObject): AuditSigner {
  return { keyId: keyIdOf(createPublicKey(privateKey)), sign: (data) => sign(null, data, privateKey) };
}

export function signEntry(signer: AuditSigner, hash: string): string {
  return signer.sign(signedBytes(hash)).toString('base64');
}

export function isEntrySignedBy(key: TrustedKey, hash: string, signature: string): boolean {
  try {
    return verify(null, signedBytes(hash), key.publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** Trusts exactly these keys (tests, and the plain register's own key). */
export function trustOnly(keys: readonly TrustedKey[]): TrustedKeys {
  const byId = new Map(keys.map((k) => [k.keyId, k]));
  return (keyId) => byId.get(keyId) ?? null;
}

/** The default until a roster is given: nothing is trusted, so nothing signed verifies. */
export const TRUSTS_NOTHING: TrustedKeys = () => null;
