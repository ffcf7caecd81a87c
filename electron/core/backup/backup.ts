import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { BackupSchema } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/contract/result';
import type { Db } from '../db/openDatabase';
import { BACKUP_DB, BACKUP_KEYS, freePath, fsyncDir, fsyncFile, londonStamp } from './files';
import { checkpointFileOf, checkpointPath } from '../audit/checkpoint';
import type { TrustedKeys } from '../audit/signing';
import { inspectCopy } from './inspect';

/** What the backups:* operations return: the contract's description of one verified backup. */
export type Backup = z.output<typeof BackupSchema>;

const DRIVE_ADVICE = 'The removable drive may be full, read-only or failing: try another. Nothing was kept on it.';

export type CreateBackupOptions = {
  /** The open register. VACUUM INTO reads it through this handle, so an encrypted copy keeps its key. */
  db: Db;
  /** The register's key slots (`<db>.keys`); null for a plain register, which has none. */
  keyFilePath: string | null;
  destinationDir: string;
  /** The database key, to prove the copy opens with it; null for a plain register. */
  key: string | null;
  now: () => number;
  /** The roster, so the copy's signatures are checked as it is verified. */
  trustedKeys?: TrustedKeys;
};

/**
 * Writes `casebook-backup-YYYY-MM-DD-HHMM/` (London time) into the destination: the database as
 * VACUUM INTO writes it (a compact, consistent copy, encrypted with the same key — better-sqlite3's
 * backup() refuses encrypted sources) and the key slots, so the copy opens with the accounts it was
 * made with and nothing else. Both are synced to the device, then re-opened and checked; a copy that
 * fails is removed, never left looking like a backup.
 */
export function createBackup(options: CreateBackupOptions): Backup {
  const { db, keyFilePath, destinationDir, key } = options;
  const createdAt = options.now();
  if (!existsSync(destinationDir) || !statSync(destinationDir).isDirectory()) {
    throw new AppError('NOT_FOUND', `The folder ${destinationDir} is not there. Is the removable drive plugged in? Choose the folder again.`);
  }
  const dir = freePath(join(destinationDir, `casebook-backup-${londonStamp(createdAt)}`));
  const dbCopy = join(dir, BACKUP_DB);
  const keysCopy = keyFilePath === null ? null : join(dir, BACKUP_KEYS);
  try {
    mkdirSync(dir);
    db.prepare('VACUUM INTO ?').run(dbCopy);
    if (keyFilePath !== null && keysCopy !== null) {
      copyFileSync(keyFilePath, keysCopy);
      fsyncFile(keysCopy);
      // A drive that drops writes silently is caught here, not on the day the backup is needed.
      if (!readFileSync(keysCopy).equals(readFileSync(keyFilePath))) throw new Error('the key file copy differs from the original');
    }
    const checkpoint = checkpointFileOf(db);
    if (checkpoint !== null && existsSync(checkpoint)) {
      // The log's head as the register last signed it, kept with the copy: compared later, it names a log cut short since.
      copyFileSync(checkpoint, checkpointPath(dbCopy));
      fsyncFile(checkpointPath(dbCopy));
    }
    fsyncFile(dbCopy);
    fsyncDir(dir);
    fsyncDir(destinationDir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('CONFLICT', `The backup could not be written to ${destinationDir} (${(error as Error).message}). ${DRIVE_ADVICE}`);
  }
  try {
    const inspection = inspectCopy(dbCopy, keysCopy, key, 'CONFLICT', `The backup was written but did not verify. ${DRIVE_ADVICE}`, options.trustedKeys);
    return { name: basename(dir), createdAt, verified: true, ...inspection };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Checks an existing backup folder as createBackup checked it when it was made, writing nothing. The
 * creation time is the copy's modification time: the folder holds nothing else that could say it.
 */
export function verifyBackup(options: { dir: string; key: string | null; trustedKeys?: TrustedKeys }): Backup {
  const dbCopy = join(options.dir, BACKUP_DB);
  if (!existsSync(dbCopy)) {
    throw new AppError('NOT_FOUND', `${options.dir} is not a Casebook backup: it holds no ${BACKUP_DB}. Choose the casebook-backup-… folder itself.`);
  }
  const keysCopy = join(options.dir, BACKUP_KEYS);
  const inspection = inspectCopy(
    dbCopy,
    existsSync(keysCopy) ? keysCopy : null,
    options.key,
    'INVALID_INPUT',
    'This backup cannot be trusted: choose another.',
    options.trustedKeys,
  );
  return { name: basename(options.dir), createdAt: Math.round(statSync(dbCopy).mtimeMs), verified: true, ...inspection };
}
