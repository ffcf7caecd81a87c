import { isAbsolute, resolve } from 'node:path';
import { AppError, type Result } from '../../shared/contract/result';
import { createBackup, restoreBackup, type Backup } from '../core/backup';
import type { Db } from '../core/db/openDatabase';
import { UsageError } from './args';

function resolvePath(path: string | undefined, what: string, base: string): string {
  if (!path) throw new UsageError(`Name the ${what} folder`);
  return isAbsolute(path) ? path : resolve(base, path);
}

/** A failed backup or restore is an answer (exit 1 with its message), not a crash. */
function asResult(work: () => Backup): Result<Backup> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}

/**
 * `backup DEST`: a verified copy of the open register and its key slots in a new dated folder inside
 * DEST. DEST must already exist — creating it would quietly write to the laptop's own disk when the
 * removable drive is not mounted.
 */
export function runBackup(db: Db, key: string | null, keyFilePath: string | null, destination: string | undefined, base = process.cwd()): Result<Backup> {
  const destinationDir = resolvePath(destination, 'destination', base);
  return asResult(() => createBackup({ db, keyFilePath, destinationDir, key, now: Date.now }));
}

/**
 * `restore SRC`: replaces the register at `liveFile` with the backup folder SRC. The caller closes its
 * handle on the register first; the previous files stay beside it as `….before-restore-<stamp>`.
 */
export function runRestore(liveFile: string, key: string | null, liveKeyFile: string | null, source: string | undefined, base = process.cwd()): Result<Backup> {
  const sourceDir = resolvePath(source, 'backup', base);
  return asResult(() => restoreBackup({ sourceDir, liveFile, liveKeyFile, key, now: Date.now }));
}
