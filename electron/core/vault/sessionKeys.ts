import { signerOf, type AuditSigner, type TrustedKey, type TrustedKeys } from '../audit/signing';
import { publicKeyFrom, type AccountKeyPairs } from './accountKeys';
import type { AccountRole } from '../../../shared/contract/accounts';
import type { Db } from '../db/openDatabase';
import type { KeyFile } from './keyFile';
import { readFormerKeys } from './vaultSettings';
import { currentKeys, verifiedRoster } from './roster';

/* The session's signing key and the keys the roster trusts, in the audit's shapes (audit/signing.ts). */

export function auditSigner(pairs: AccountKeyPairs): AuditSigner {
  return signerOf(pairs.ed25519.privateKey);
}

/** Every key on the verified roster (and the certified own keys of accounts not yet signed in), by key id. */
export function rosterKeysOf(file: KeyFile): Map<string, TrustedKey> {
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

const ROLE_RANK: Record<AccountRole, number> = { reviewer: 0, officer: 1, administrator: 2 };

/**
 * The roster's keys and the register's former keys (removed accounts, earlier roles), so the history they
 * signed still verifies; a key that has held several roles is judged by the widest.
 */
export function trustedKeysOf(file: KeyFile, db: Db): Map<string, TrustedKey> {
  const trusted = rosterKeysOf(file);
  for (const former of readFormerKeys(db)) {
    const known = trusted.get(former.keyId);
    if (known && ROLE_RANK[known.role] >= ROLE_RANK[former.role]) continue;
    trusted.set(former.keyId, { keyId: former.keyId, name: former.name, role: former.role, publicKey: publicKeyFrom(former.ed25519, 'Ed25519') });
  }
  return trusted;
}

/** A lookup over a map the vault refreshes whenever the roster changes, so the context keeps one function. */
export function trustedKeysLookup(trusted: { current: Map<string, TrustedKey> }): TrustedKeys {
  return (keyId) => trusted.current.get(keyId) ?? null;
}
