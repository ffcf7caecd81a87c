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
import { fingerprintOf, publicKeysOf } from './accountKeys';
import { accountsOf } from './accounts';
import { keysRecordedDraft } from './enrolment';
import { newDatabaseId, readKeyFile, writeKeyFile, type AnyKeyFile } from './keyFile';
import { updateKeyFile } from './keyFileLock';
import { deriveKek, newDatabaseKey, newSalt } from './keySlots';
import { requireKnownSchema } from './openRegister';
import { judgePassword, requireStrongPassword } from './passwordStrength';
import { completePendingRekey, signInCertifiedKeys } from './revocation';
import { convertKeyFile, newKeyFile } from './rootKeyFile';
import { type Session, type VaultState } from './vaultState';
import { startSession } from './startSession';
import { unlockRegister, recordLogin, type FirstLogin, type Unlocked } from './unlock';
import { readLastVerifiedBackup, readSecurity, writeDatabaseId, writeRosterRecord } from './vaultSettings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Setting up, logging in, locking and the status the lock screen shows. */
export function createAuthHandlers(state: VaultState, lock: (reason: 'idle' | 'os' | 'user') => void) {
  /** The key file, or null; a damaged one reads as locked here and is explained by the login that needs it. */
  function keyFileForStatus(): AnyKeyFile | null | 'damaged' {
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
      const file = keyFile && keyFile !== 'damaged' ? keyFile : null;
      const account = file ? listed(file).find((a) => a.name === session.name) : undefined;
      const v2 = file?.version === 2 ? file : null;
      return {
        state: 'unlocked',
        account: account ?? {
          name: session.name,
          role: session.role,
          businessUnit: '',
          createdAt: 0,
          lastLoginAt: null,
          keyId: session.keyId,
          awaitingFirstLogin: false,
        },
        failedLogins: session.failedLogins,
        copiesEncrypted: session.copiesEncrypted,
        retryAfterMs: 0,
        idleLockMinutes: state.idleLockMinutes,
        backupOverdue: session.role === 'administrator' ? backupOverdue() : null,
        pendingRekey: session.role === 'administrator' ? (v2?.pendingRekey ?? null) : null,
        rootOfTrust: v2 ? { keyId: v2.roster.body.root.keyId, fingerprint: fingerprintOf(v2.roster.body.root.ed25519) } : null,
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
      pendingRekey: null,
      rootOfTrust: null,
    };
  }

  /** The roster's accounts for the status line; an altered roster shows none here (the next login says why). */
  function listed(file: AnyKeyFile) {
    try {
      return accountsOf(file);
    } catch {
      return [];
    }
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
    const admin = { name: input.name, businessUnit: input.businessUnit, createdAt: now, lastLoginAt: now, salt, kek };
    const { file, pairs, keyId } = newKeyFile(databaseId, state.kdf, key, admin, now);
    const existing = existsSync(state.file) && statSync(state.file).size > 0;
    if (existing) requirePlain(state);
    // An existing plain register is encrypted first; the key file that opens it is written before its
    // plain copy is scrubbed, so the data is never held only under a key nobody has.
    const plainCopy = existing ? encryptPlainRegister(state.file, key, state.backupDir, { nativeBinding: state.nativeBinding, now }) : null;
    writeKeyFile(state.keyFilePath, file);
    const db = openCasebook(state.file, { rawKey: key, nativeBinding: state.nativeBinding, backupDir: state.backupDir, now: state.now });
    const session = startSession(state, { name: input.name, role: 'administrator', kek, key, db, keys: pairs, keyId, failedLogins: [] });
    session.db
      .transaction(() => {
        writeDatabaseId(session.db, databaseId);
        writeRosterRecord(session.db, { seq: file.roster.body.seq, rootKeyId: keyId });
        appendAudit(session.ctx, input.name, now, [
          {
            action: 'account.created',
            entityType: 'account',
            entityId: input.name,
            incidentId: null,
            summary: `Casebook set up: administrator ${input.name} created, register encrypted`,
            changes: [{ field: 'role', before: null, after: 'administrator' }],
          },
          keysRecordedDraft(input.name, publicKeysOf(pairs), keyId, 'the first administrator: the root of trust'),
        ]);
      })
      .immediate();
    // The account is the foundation's officer: writes made before accounts existed name the same person.
    setOfficer(session.ctx, { name: input.name, businessUnit: input.businessUnit });
    if (plainCopy) scrubFile(plainCopy);
    encryptCopies(session);
    return status();
  }

  function login(input: ParsedInput<'auth:login'>): AuthStatus {
    return open(input.name, input.password, null);
  }

  function firstLogin(input: ParsedInput<'auth:firstLogin'>): AuthStatus {
    return open(input.name, input.password, { newPassword: input.newPassword });
  }

  function open(name: string, password: string, first: FirstLogin): AuthStatus {
    const location = { file: state.file, backupDir: state.backupDir, nativeBinding: state.nativeBinding, now: state.now };
    const unlocked = convertedAtLogin(unlockRegister(location, state.keyFilePath, name, password, first));
    if (state.session) lock('user');
    const { db, key, kek, role, keys, keyId, missed } = unlocked;
    const session = startSession(state, { name: unlocked.name, role, kek, key, db, keys, keyId, failedLogins: missed });
    try {
      const file = readKeyFile(state.keyFilePath)!;
      recordLogin(session.ctx, state.keyFilePath, unlocked, state.door, file.databaseId);
      // An administrator signs waiting first logins into the roster; anyone completes a waiting re-key.
      signInCertifiedKeys(state, session);
      completePendingRekey(state, session);
    } catch (error) {
      lock('user');
      throw error;
    }
    scrubLeftoverPlainCopies(state.backupDir);
    encryptCopies(session);
    return status();
  }

  /**
   * A version-1 key file is converted at an administrator's login (rootKeyFile.ts): the administrator's own
   * keys become the root of trust, and their public keys are recorded with the login.
   */
  function convertedAtLogin(unlocked: Unlocked): Unlocked {
    if (unlocked.role !== 'administrator' || unlocked.keys) return unlocked;
    let converted: ReturnType<typeof convertKeyFile> | null = null;
    updateKeyFile(state.keyFilePath, (latest) => {
      if (latest.version !== 1) return latest;
      converted = convertKeyFile(latest, unlocked.key, unlocked.name, unlocked.kek, state.now());
      return converted.file;
    });
    if (!converted) return unlocked;
    const { file, pairs, keyId } = converted as ReturnType<typeof convertKeyFile>;
    const how = 'key file converted to version 2; this administrator is its root of trust';
    return { ...unlocked, keys: pairs, keyId, enrolled: { account: file.accounts[0]!, publicKeys: publicKeysOf(pairs), keyId, how } };
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
    'auth:firstLogin': firstLogin,
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
