import { renameSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { retryAfterMs } from './backoff';
import { MAX_FAILED_LOGINS, readKeyFile, writeKeyFile, type KeyFile, type Slot } from './keyFile';
import { deriveKek, newSalt, unwrapKey } from './keySlots';
import { openRegister, type RegisterLocation } from './openRegister';
import { pendingRotation } from './securityHandlers';
import { updateKeyFile, withKeyFileLock } from './keyFileLock';
import { findSlot } from './vaultState';
import { writeDatabaseId } from './vaultSettings';

const WRONG = 'Wrong account name or password. Nothing was opened.';

export type Unlocked = { db: Db; key: Buffer; kek: Buffer; slot: Slot; keyFile: KeyFile; missed: KeyFile['failedLogins'] };

/**
 * Logging in, for the vault and the CLI alike: the back-off, the password against the account's slot (a
 * wrong one recorded in the key file), then the register opened with the unwrapped key. Returns the open
 * register and the failed attempts this account should be shown; `recordLogin` completes it.
 */
export function unlockRegister(location: RegisterLocation, keyFilePath: string, name: string, password: string): Unlocked {
  return withKeyFileLock(keyFilePath, () => attempt(location, keyFilePath, name, password));
}

/** One attempt, in the key file's lock: the back-off read and the failure written by the same turn. */
function attempt(location: RegisterLocation, keyFilePath: string, name: string, password: string): Unlocked {
  const current = readKeyFile(keyFilePath);
  if (!current) throw new AppError('NOT_FOUND', 'Casebook has not been set up yet: create the first administrator.');
  const now = location.now();
  const wait = retryAfterMs(current, now);
  if (wait > 0) throw new AppError('FORBIDDEN', `Too many wrong passwords. Try again in ${Math.ceil(wait / 1000)} seconds.`);
  const found = findSlot(current, name);
  // An unknown name costs the same scrypt as a known one, so timing does not tell which names exist.
  const kek = deriveKek(password, found ? Buffer.from(found.salt, 'base64') : newSalt(), current.kdf);
  const unwrapped = found ? unwrapKey(found, kek, { databaseId: current.databaseId, name: found.name, role: found.role }) : null;
  if (!found || !unwrapped) {
    const failedLogins = [...current.failedLogins, { at: now, account: name }].slice(-MAX_FAILED_LOGINS);
    writeKeyFile(keyFilePath, { ...current, failedLogins, failuresInARow: current.failuresInARow + 1 });
    throw new AppError('FORBIDDEN', WRONG, [{ path: 'password', message: 'Wrong account name or password' }]);
  }
  const { db, keyFile, key } = openUnlocked(location, keyFilePath, current, found, kek, unwrapped);
  const slot = findSlot(keyFile, found.name)!;
  // Failed attempts at this account are shown once; administrators also see guesses at names that do not exist.
  const names = new Set(keyFile.slots.map((s) => s.name));
  const missed = keyFile.failedLogins.filter((f) => f.account === slot.name || (slot.role === 'administrator' && !names.has(f.account)));
  return { db, key, kek, slot, keyFile, missed };
}

/**
 * The audit entry for the login, and the key file's bookkeeping (last login, the shown failures cleared,
 * the back-off reset), in one transaction.
 */
export function recordLogin(ctx: CoreContext, keyFilePath: string, unlocked: Unlocked, via: string): void {
  const { keyFile, slot, missed } = unlocked;
  const now = ctx.now();
  ctx.db
    .transaction(() => {
      writeDatabaseId(ctx.db, keyFile.databaseId);
      appendAudit(ctx, slot.name, now, [
        {
          action: 'account.logged_in',
          entityType: 'account',
          entityId: slot.name,
          incidentId: null,
          summary: `${slot.name} logged in (${via})${missed.length ? `; ${missed.length} failed attempts before` : ''}`,
          changes: [],
        },
      ]);
      // Re-read in the lock: a failure another process recorded since this login began is kept.
      updateKeyFile(keyFilePath, (latest) => ({
        ...latest,
        slots: latest.slots.map((s) => (s.name === slot.name ? { ...s, lastLoginAt: now } : s)),
        failedLogins: latest.failedLogins.filter((f) => !missed.some((m) => m.at === f.at && m.account === f.account)),
        failuresInARow: 0,
      }));
    })
    .immediate();
}

/**
 * Opens the register with the unwrapped key — or, when a key rotation was cut short after re-keying the
 * register but before its new key file was renamed into place, with the key in `.keys.next`, and then
 * finishes the rotation's rename.
 */
function openUnlocked(location: RegisterLocation, keyFilePath: string, keyFile: KeyFile, slot: Slot, kek: Buffer, key: Buffer) {
  try {
    return { db: openRegister(location, key, keyFile.databaseId), keyFile, key };
  } catch (error) {
    const next = pendingRotation(keyFilePath);
    const nextFile = next && error instanceof AppError && error.code === 'CONFLICT' ? readKeyFile(next) : null;
    const nextSlot = nextFile ? findSlot(nextFile, slot.name) : undefined;
    const nextKey = nextFile && nextSlot ? unwrapKey(nextSlot, kek, { databaseId: nextFile.databaseId, name: nextSlot.name, role: nextSlot.role }) : null;
    if (!next || !nextFile || !nextKey) throw error;
    const db = openRegister(location, nextKey, nextFile.databaseId);
    renameSync(next, keyFilePath);
    return { db, keyFile: nextFile, key: nextKey };
  }
}
