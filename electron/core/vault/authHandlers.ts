import { existsSync, statSync } from 'node:fs';
import type { AuthStatus } from '../../../shared/contract/auth';
import type { ParsedInput } from '../../../shared/contract';
import { AppError, lockedError } from '../../../shared/contract/result';
import { appendAudit } from '../audit/auditLog';
import { openDatabase, closeDatabase } from '../db/openDatabase';
import { openCasebook } from '../openCasebook';
import { setOfficer } from '../session/sessionService';
import { retryAfterMs } from './backoff';
import { encryptPlainRegister, scrubFile, scrubLeftoverPlainCopies } from './encryptInPlace';
import { encryptPlainCopies } from './plainCopies';
import { newDatabaseId, readKeyFile, writeKeyFile, type KeyFile, type Slot } from './keyFile';
import { deriveKek, newDatabaseKey, newSalt, wrapKey } from './keySlots';
import { requireKnownSchema } from './openRegister';
import { judgePassword, requireStrongPassword } from './passwordStrength';
import { findSlot, slotToAccount, type Session, type VaultState } from './vaultState';
import { startSession } from './startSession';
import { unlockRegister, recordLogin } from './unlock';
import { readLastVerifiedBackup, readSecurity, writeDatabaseId } from './vaultSettings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Setting up, logging in, locking and the status the lock screen shows. */
export function createAuthHandlers(state: VaultState, lock: (reason: 'idle' | 'os' | 'user') => void) {
  /** The key file, or null; a damaged one reads as locked here and is explained by the login that needs it. */
  function keyFileForStatus(): KeyFile | null | 'damaged' {
    try {
      return readKeyFile(state.keyFilePath);
    } catch {
      return 'damaged';
    }
  }

  function status(): AuthStatus {
    const keyFile = keyFileForStatus();
    const session = state.session;
    if (session) {
      const slot = keyFile && keyFile !== 'damaged' ? findSlot(keyFile, session.name) : undefined;
      return {
        state: 'unlocked',
        account: slot ? slotToAccount(slot) : { name: session.name, role: session.role, businessUnit: '', createdAt: 0, lastLoginAt: null },
        failedLogins: session.failedLogins,
        copiesEncrypted: session.copiesEncrypted,
        retryAfterMs: 0,
        idleLockMinutes: state.idleLockMinutes,
        backupOverdue: session.role === 'administrator' ? backupOverdue() : null,
      };
    }
    return {
      state: keyFile === null ? 'setup' : 'locked',
      account: null,
      failedLogins: [],
      copiesEncrypted: [],
      retryAfterMs: keyFile && keyFile !== 'damaged' ? retryAfterMs(keyFile, state.now()) : 0,
      idleLockMinutes: state.idleLockMinutes,
      backupOverdue: null,
    };
  }

  function backupOverdue(): AuthStatus['backupOverdue'] {
    const db = state.session!.db;
    const lastVerifiedAt = readLastVerifiedBackup(db);
    const reminderDays = readSecurity(db).backupReminderDays;
    if (lastVerifiedAt !== null && state.now() - lastVerifiedAt < reminderDays * DAY_MS) return null;
    return { lastVerifiedAt, reminderDays };
  }

  function setup(input: ParsedInput<'auth:setup'>): AuthStatus {
    if (readKeyFile(state.keyFilePath) !== null) throw new AppError('CONFLICT', 'Casebook is already set up: log in instead.');
    requireStrongPassword(input.password, input.name, 'password');
    const now = state.now();
    const key = newDatabaseKey();
    const salt = newSalt();
    const kek = deriveKek(input.password, salt, state.kdf);
    const databaseId = newDatabaseId();
    const slot: Slot = {
      name: input.name,
      role: 'administrator',
      businessUnit: input.businessUnit,
      createdAt: now,
      lastLoginAt: now,
      ...wrapKey(key, kek, salt, { databaseId, name: input.name, role: 'administrator' }),
    };
    const existing = existsSync(state.file) && statSync(state.file).size > 0;
    if (existing) requirePlain(state);
    // An existing plain register is encrypted first; the key file that opens it is written before its
    // plain copy is scrubbed, so the data is never held only under a key nobody has.
    const plainCopy = existing ? encryptPlainRegister(state.file, key, state.backupDir, { nativeBinding: state.nativeBinding, now }) : null;
    writeKeyFile(state.keyFilePath, { version: 1, databaseId, kdf: state.kdf, slots: [slot], failedLogins: [], failuresInARow: 0 });
    const db = openCasebook(state.file, { rawKey: key, nativeBinding: state.nativeBinding, backupDir: state.backupDir, now: state.now });
    const session = startSession(state, { name: slot.name, role: slot.role, kek, key, db, failedLogins: [] });
    session.db
      .transaction(() => {
        writeDatabaseId(session.db, databaseId);
        appendAudit(session.ctx, slot.name, now, [
          {
            action: 'account.created',
            entityType: 'account',
            entityId: slot.name,
            incidentId: null,
            summary: `Casebook set up: administrator ${slot.name} created, register encrypted`,
            changes: [{ field: 'role', before: null, after: 'administrator' }],
          },
        ]);
      })
      .immediate();
    // The account is the foundation's officer: writes made before accounts existed name the same person.
    setOfficer(session.ctx, { name: slot.name, businessUnit: slot.businessUnit });
    if (plainCopy) scrubFile(plainCopy);
    encryptCopies(session);
    return status();
  }

  function login(input: ParsedInput<'auth:login'>): AuthStatus {
    const location = { file: state.file, backupDir: state.backupDir, nativeBinding: state.nativeBinding, now: state.now };
    const unlocked = unlockRegister(location, state.keyFilePath, input.name, input.password);
    if (state.session) lock('user');
    const { db, key, kek, slot, missed } = unlocked;
    const session = startSession(state, { name: slot.name, role: slot.role, kek, key, db, failedLogins: missed });
    try {
      recordLogin(session.ctx, state.keyFilePath, unlocked, state.door);
    } catch (error) {
      lock('user');
      throw error;
    }
    scrubLeftoverPlainCopies(state.backupDir);
    encryptCopies(session);
    return status();
  }

  /**
   * Any plain copy Casebook made of the register while it was unencrypted is encrypted with its key now,
   * and the encryption recorded, so no copy keeps the records readable (at setup and at every login).
   */
  function encryptCopies(session: Session): void {
    const encrypted = encryptPlainCopies(state.file, state.backupDir, session.key, { nativeBinding: state.nativeBinding });
    if (encrypted.length === 0) return;
    session.copiesEncrypted = encrypted;
    appendAudit(session.ctx, session.name, state.now(), [
      {
        action: 'register.copies_encrypted',
        entityType: 'settings',
        entityId: 'register',
        incidentId: null,
        summary: `Encrypted ${encrypted.length === 1 ? 'a plain copy' : `${encrypted.length} plain copies`} Casebook had made of the register before it was encrypted: ${encrypted.join(', ')}`,
        changes: [{ field: 'files', before: null, after: encrypted }],
      },
    ]);
  }

  return {
    status,
    'auth:status': () => status(),
    'auth:setup': setup,
    'auth:login': login,
    'auth:lock': () => {
      lock('user');
      return status();
    },
    // Answered while locked only for the first setup, before any account exists; otherwise for someone logged in.
    'auth:checkPassword': (input: ParsedInput<'auth:checkPassword'>) => {
      if (!state.session && keyFileForStatus() !== null) throw lockedError();
      return judgePassword(input.password, input.name);
    },
  };
}

/** A register file without a key file must be a plain one this build can migrate; an encrypted one has lost its key file. */
function requirePlain(state: VaultState): void {
  let db;
  try {
    db = openDatabase(state.file, { nativeBinding: state.nativeBinding });
  } catch {
    throw new AppError(
      'CONFLICT',
      'There is an encrypted register here but its key file (ending in .keys) is missing. Nothing was changed. Put the key file back beside it, or restore both from a backup.',
    );
  }
  try {
    requireKnownSchema(db);
  } finally {
    closeDatabase(db);
  }
}
