import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/result';
import { appendAudit } from '../audit/auditLog';
import { writeCheckpoint } from '../audit/checkpoint';
import { plainRegisterKey } from '../audit/plainRegisterKey';
import { createBackup, restoreBackup, verifyBackup } from '../backup';
import { createContext, officerName } from '../context';
import { DatabaseFromFutureError } from '../db/migrate';
import { closeDatabase, type Db } from '../db/openDatabase';
import { createHandlers } from '../operations';
import { openCasebook } from '../openCasebook';
import { recordVerifiedBackup } from './backupHandlers';
import { readKeyFile } from './keyFile';
import { requireSession, type Session, type VaultState } from './vaultState';

/** Who acts in a plain register: the named actor, else the officer recorded in it, else `fallbackActor`. */
export type PlainActor = { actor?: string; fallbackActor?: string };

const ENCRYPTED = 'This register is encrypted, but its key file (ending in .keys) is not beside it, so it cannot be opened plain. Nothing was changed.';

/**
 * Opens an unencrypted register directly, for tests and development only: no key file, no login, acting
 * with the administrator's role. A register that has accounts is refused, so nobody bypasses its login.
 */
export function openPlainRegister(state: VaultState, who: PlainActor): Session {
  if (readKeyFile(state.keyFilePath) !== null) {
    throw new AppError('CONFLICT', 'This register has accounts and is encrypted: log in to it; it cannot be opened plain.');
  }
  const memory = state.file === ':memory:';
  let db: Db;
  try {
    db = openCasebook(state.file, { nativeBinding: state.nativeBinding, now: state.now, ...(memory ? {} : { backupDir: state.backupDir }) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') throw new AppError('CONFLICT', ENCRYPTED);
    if (error instanceof DatabaseFromFutureError) throw new AppError('CONFLICT', `${error.message} Nothing was changed.`);
    throw error;
  }
  return startPlainSession(state, db, who);
}

function startPlainSession(state: VaultState, db: Db, who: PlainActor): Session {
  const actor = () => who.actor ?? officerName(db) ?? who.fallbackActor ?? null;
  const ctx = createContext(db, {
    ...plainRegisterKey(state.file),
    now: state.now,
    actor,
    files: state.files,
    events: state.events,
    jobs: state.jobs,
    ...(state.fontsDir ? { fontsDir: state.fontsDir } : {}),
  });
  const session: Session = {
    name: actor() ?? 'plain register',
    role: 'administrator',
    // A plain register has no key: these stay empty, and the lock's zeroing of them is harmless.
    kek: Buffer.alloc(0),
    key: Buffer.alloc(0),
    // Nor accounts: no roster, no account keys (the audit's signing of plain registers is its own).
    keys: null,
    keyId: null,
    trusted: { current: new Map() },
    signer: null,
    db,
    ctx,
    handlers: createHandlers(ctx),
    failedLogins: [],
    copiesEncrypted: [],
  };
  state.session = session;
  return session;
}

/** The backups of a plain register: no key, no key slots; a restore reopens it plain, and is audited. */
export function createPlainBackupHandlers(state: VaultState, who: PlainActor) {
  const actorOf = (session: Session) => session.ctx.actor() ?? session.name;
  return {
    'backups:create': (input: ParsedInput<'backups:create'>) => {
      const session = requireSession(state);
      const backup = createBackup({
        db: session.db,
        keyFilePath: null,
        destinationDir: state.files.folder(input.folderId),
        key: null,
        now: state.now,
        trustedKeys: session.ctx.trustedKeys,
      });
      recordVerifiedBackup(session.ctx, actorOf(session), backup);
      return backup;
    },
    'backups:verify': (input: ParsedInput<'backups:verify'>) => {
      const session = requireSession(state);
      return verifyBackup({ dir: state.files.folder(input.folderId), key: null, trustedKeys: session.ctx.trustedKeys });
    },
    'backups:restore': (input: ParsedInput<'backups:restore'>) => {
      const session = requireSession(state);
      const sourceDir = state.files.folder(input.folderId);
      verifyBackup({ dir: sourceDir, key: null });
      closeDatabase(session.db);
      let backup;
      try {
        backup = restoreBackup({ sourceDir, liveFile: state.file, liveKeyFile: null, key: null, now: state.now });
      } finally {
        startPlainSession(state, openCasebook(state.file, { nativeBinding: state.nativeBinding, backupDir: state.backupDir, now: state.now }), who);
      }
      const reopened = requireSession(state);
      reopened.db
        .transaction(() => {
          appendAudit(reopened.ctx, actorOf(reopened), state.now(), [
            {
              action: 'backup.restored',
              entityType: 'backup',
              entityId: backup.name,
              incidentId: null,
              summary: `Register restored from backup ${backup.name}`,
              changes: [],
            },
          ]);
        })
        .immediate();
      // The restore rewinds the log on purpose, and says so in its entry: the checkpoint follows it.
      writeCheckpoint(reopened.ctx);
      return backup;
    },
  };
}
