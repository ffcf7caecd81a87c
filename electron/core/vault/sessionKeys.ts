import { sign, type KeyObject } from 'node:crypto';
import type { AccountRole } from '../../../shared/contract/accounts';
import { publicKeyFrom, type AccountKeyPairs } from './accountKeys';
import type { KeyFile } from './keyFile';
import { currentKeys, verifiedRoster } from './roster';

/*
 * The session's signing key and the keys the roster trusts, in the shapes agreed with the audit's signing
 * (audit/signing.ts on the history branch, whose CoreContext gains `signer` and `trustedKeys`). Typed here
 * until the branches meet.
 */
export type AuditSigner = { keyId: string; sign(data: Buffer): Buffer };
export type TrustedKey = { keyId: string; name: string; role: AccountRole; publicKey: KeyObject };
export type TrustedKeys = (keyId: string) => TrustedKey | null;

export function auditSigner(keyId: string, pairs: AccountKeyPairs): AuditSigner {
  const privateKey = pairs.ed25519.privateKey;
  return { keyId, sign: (data) => sign(null, data, privateKey) };
}

/** Every key on the verified roster (and the certified own keys of accounts not yet signed in), by key id. */
export function trustedKeysOf(file: KeyFile): Map<string, TrustedKey> {
  const body = verifiedRoster(file);
  const trusted = new Map<string, TrustedKey>();
  for (const entry of body.entries) {
    const keys = currentKeys(
      file.databaseId,
      entry,
      file.accounts.find((a) => a.name === entry.name),
    );
    trusted.set(keys.keyId, { keyId: keys.keyId, name: entry.name, role: entry.role, publicKey: publicKeyFrom(keys.ed25519, 'Ed25519') });
  }
  return trusted;
}

/** A lookup over a map the vault refreshes whenever the roster changes, so the context keeps one function. */
export function trustedKeysLookup(trusted: { current: Map<string, TrustedKey> }): TrustedKeys {
  return (keyId) => trusted.current.get(keyId) ?? null;
}
