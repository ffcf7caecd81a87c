import type { AccountRole } from '../../../shared/contract/accounts';
import { createContext, type CoreOptions } from '../context';
import type { Db } from '../db/openDatabase';
import { createHandlers } from '../operations';
import type { AccountKeyPairs } from './accountKeys';
import { readKeyFile } from './keyFile';
import type { TrustedKey } from '../audit/signing';
import { auditSigner, trustedKeysLookup, trustedKeysOf } from './sessionKeys';
import type { Session, VaultState } from './vaultState';
import { readSecurity } from './vaultSettings';

/**
 * Unlocks: the core's handlers over the open register, acting as the account and signing with its key,
 * trusting the keys on the verified roster. The registries (files, events, jobs) are the vault's, so
 * handles and subscriptions survive a lock.
 */
export function startSession(
  state: VaultState,
  unlocked: {
    name: string;
    role: AccountRole;
    kek: Buffer;
    key: Buffer;
    db: Db;
    keys: AccountKeyPairs | null;
    keyId: string | null;
    failedLogins: Session['failedLogins'];
  },
): Session {
  const file = readKeyFile(state.keyFilePath);
  const trusted = { current: file && file.version === 2 ? trustedKeysOf(file, unlocked.db) : new Map<string, TrustedKey>() };
  const signer = unlocked.keys ? auditSigner(unlocked.keys) : null;
  const options: CoreOptions = {
    now: state.now,
    actor: () => unlocked.name,
    files: state.files,
    events: state.events,
    jobs: state.jobs,
    ...(state.fontsDir ? { fontsDir: state.fontsDir } : {}),
    signer,
    trustedKeys: trustedKeysLookup(trusted),
  };
  const ctx = createContext(unlocked.db, options);
  const session: Session = { ...unlocked, trusted, signer, ctx, handlers: createHandlers(ctx), copiesEncrypted: [] };
  state.session = session;
  state.idleLockMinutes = readSecurity(unlocked.db).idleLockMinutes;
  return session;
}
