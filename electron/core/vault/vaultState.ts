import type { AccountRole } from '../../../shared/contract/accounts';
import type { Handlers } from '../operations';
import { appendAudit, type AuditDraft } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import type { FileRegistry } from '../files/fileRegistry';
import type { EventBus } from '../jobs/events';
import type { JobRunner } from '../jobs/jobRunner';
import type { Logger } from '../log';
import type { KdfParams } from './keySlots';
import type { AccountKeyPairs } from './accountKeys';
import type { AuditSigner, TrustedKey } from '../audit/signing';

export type VaultDoor = 'app' | 'command line';

/** Who is logged in, and what that unlocks. Dropped whole at lock (the keys are zeroed first). */
export type Session = {
  name: string;
  role: AccountRole;
  /** The account's key-encryption key, kept so a key rotation can rewrap this account's slot. */
  kek: Buffer;
  key: Buffer;
  /** The account's own key pairs and signing key id; null after logging in with a version-1 key file. */
  keys: AccountKeyPairs | null;
  keyId: string | null;
  /** The keys the verified roster trusts, refreshed whenever this session changes the roster. */
  trusted: { current: Map<string, TrustedKey> };
  /** What the session's context signs audit entries with (the account's Ed25519 key). */
  signer: AuditSigner | null;
  db: Db;
  ctx: CoreContext;
  handlers: Handlers;
  /** Failed logins the account missed, shown once after logging in. */
  failedLogins: { at: number; account: string }[];
  /** Plain copies of the register this login encrypted, shown once with the failed logins. */
  copiesEncrypted: string[];
};

/** The vault's own state: where the register lives, the registries that outlive a lock, and the session. */
export type VaultState = {
  file: string;
  keyFilePath: string;
  backupDir: string;
  nativeBinding?: string;
  fontsDir?: string;
  now: () => number;
  log: Logger;
  kdf: KdfParams;
  files: FileRegistry;
  events: EventBus;
  jobs: JobRunner;
  session: Session | null;
  /** The last idle timeout read from the register, so the shell knows it while locked. */
  /** Which door logins come through, for their audit entries. */
  door: VaultDoor;
  idleLockMinutes: number;
};

export function requireSession(state: VaultState): Session {
  if (!state.session) throw new Error('The vault answered an operation that needs a session while locked');
  return state.session;
}

/**
 * Runs an account change and its audit entry in one transaction; `commit` (the key-file write) runs last
 * inside it, so a failure to write the key file rolls the audit entry back with it.
 */
export function auditedChange<T>(session: Session, now: number, drafts: AuditDraft[], commit: () => T, registerWrites?: () => void): T {
  return session.db
    .transaction(() => {
      // The register's own writes come before the entry, so the table digests it records cover them.
      registerWrites?.();
      appendAudit(session.ctx, session.name, now, drafts);
      return commit();
    })
    .immediate();
}
