import { signerOf, type AuditSigner, type TrustedKey, type TrustedKeys } from '../audit/signing';
import { publicKeyFrom, type AccountKeyPairs } from './accountKeys';
import type { KeyFile } from './keyFile';
import { currentKeys, verifiedRoster } from './roster';

/* The session's signing key and the keys the roster trusts, in the audit's shapes (audit/signing.ts). */

export function auditSigner(pairs: AccountKeyPairs): AuditSigner {
  return signerOf(pairs.ed25519.privateKey);
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
