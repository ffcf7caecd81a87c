import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { verifyBackup, type Backup } from './backup';
import { BACKUP_DB, BACKUP_KEYS, freePath, fsyncDir, fsyncFile, londonStamp } from './files';
import { inspectCopy } from './inspect';

export type RestoreOptions = {
  sourceDir: string;
  /** The live register's file. The caller closes its handle first. */
  liveFile: string;
  /** The live key slots (`<db>.keys`); null for a plain register. */
  liveKeyFile: string | null;
  /** The backup's database key (null for a plain backup): the restored register opens with it. */
  key: string | null;
  now: () => number;
};

/** SQLite's companions of a database file: the WAL holds committed pages not yet in the main file. */
const DB_FILES = ['', '-wal', '-shm'] as const;

/**
 * Replaces the live register with a backup, never leaving it half-replaced:
 * 1. the backup is verified where it is, then copied beside the live file and verified again there
 *    (the drive and the disk both proven) — nothing live is touched until then;
 * 2. the live file with its -wal/-shm, and its key file, are renamed to `….before-restore-<stamp>` (the
 *    WAL keeps the suffix SQLite looks for, so the previous register still opens as it was) and kept;
 * 3. the copy and the backup's key slots are renamed into place, and the result is opened and verified.
 * Any failure renames everything back and removes the copy, so the live files are byte for byte as before.
 */
export function restoreBackup(options: RestoreOptions): Backup {
  const { sourceDir, liveFile, liveKeyFile, key } = options;
  const backup = verifyBackup({ dir: sourceDir, key });
  const sourceKeys = join(sourceDir, BACKUP_KEYS);
  const hasKeys = existsSync(sourceKeys);
  if (hasKeys && liveKeyFile === null) {
    throw new AppError('INVALID_INPUT', 'This backup is encrypted and carries key slots, but the register has no key file to restore them to. Restore it from the app.');
  }

  const stamp = londonStamp(options.now());
  const taken = (tag: string) => [liveFile, liveKeyFile].some((f) => f !== null && DB_FILES.some((s) => existsSync(`${f}.${tag}${s}`)));
  const incomingTag = freePath(`incoming-${stamp}`, taken);
  const incomingDb = `${liveFile}.${incomingTag}`;
  const incomingKeys = hasKeys ? `${liveKeyFile}.${incomingTag}` : null;
  const removeIncoming = () => [incomingDb, incomingKeys].forEach((f) => f !== null && rmSync(f, { force: true }));

  try {
    copyFileSync(join(sourceDir, BACKUP_DB), incomingDb);
    fsyncFile(incomingDb);
    if (incomingKeys !== null) {
      copyFileSync(sourceKeys, incomingKeys);
      fsyncFile(incomingKeys);
    }
    inspectCopy(incomingDb, incomingKeys, key, 'CONFLICT', 'The copy made beside the register did not verify: the disk may be full. The register was not changed.');
  } catch (error) {
    removeIncoming();
    if (error instanceof AppError) throw error;
    throw new AppError(
      'CONFLICT',
      `The backup could not be copied beside the register (${(error as Error).message}). Free some disk space and try again. The register was not changed.`,
    );
  }

  const asideTag = freePath(`before-restore-${stamp}`, taken);
  const moved: [from: string, to: string][] = [];
  const move = (from: string, to: string) => {
    renameSync(from, to);
    moved.push([from, to]);
  };
  try {
    for (const s of DB_FILES) if (existsSync(liveFile + s)) move(liveFile + s, `${liveFile}.${asideTag}${s}`);
    if (liveKeyFile !== null && existsSync(liveKeyFile)) move(liveKeyFile, `${liveKeyFile}.${asideTag}`);
    move(incomingDb, liveFile);
    if (incomingKeys !== null && liveKeyFile !== null) move(incomingKeys, liveKeyFile);
    fsyncDir(dirname(liveFile));
    if (liveKeyFile !== null) fsyncDir(dirname(liveKeyFile));
    inspectCopy(liveFile, hasKeys ? liveKeyFile : null, key, 'CONFLICT', 'The previous register was put back as it was.');
    return backup;
  } catch (error) {
    const stranded = putBack(moved);
    removeIncoming();
    if (stranded.length > 0) {
      throw new AppError(
        'CONFLICT',
        `The restore failed (${(error as Error).message}) and the previous register could not all be put back: rename ${stranded.map(([from, to]) => `${to} to ${from}`).join(', ')} by hand before opening Casebook.`,
      );
    }
    if (error instanceof AppError) throw error;
    throw new AppError('CONFLICT', `The backup could not be put in place (${(error as Error).message}). The previous register was put back as it was.`);
  }
}

/** Undoes the renames, newest first, carrying on past a failure; returns the ones that could not be undone. */
function putBack(moved: [from: string, to: string][]): [from: string, to: string][] {
  const stranded: [string, string][] = [];
  for (const [from, to] of [...moved].reverse()) {
    try {
      renameSync(to, from);
    } catch {
      stranded.push([from, to]);
    }
  }
  return stranded;
}
