import { closeSync, existsSync, fsyncSync, openSync } from 'node:fs';
import { formatUkNumeric } from '../../../shared/time/ukTime';

/** The names a backup folder holds: the database copy and, for an encrypted register, its key slots. */
export const BACKUP_DB = 'casebook.db';
export const BACKUP_KEYS = 'casebook.keys';

/** "2026-11-27-1405": London wall time, so the name matches the clock the officer reads. */
export function londonStamp(ms: number): string {
  const [date, time] = formatUkNumeric(ms).split(' ') as [string, string];
  const [day, month, year] = date.split('/');
  return `${year}-${month}-${day}-${time.replace(':', '')}`;
}

/** `base`, or `base-2`, `base-3`… when a file or folder of that name is already there (two backups in a minute). */
export function freePath(base: string, taken: (path: string) => boolean = existsSync): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** Forces a file's bytes to the device, so a backup reported as made survives pulling the drive out. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Forces a folder's entries (new names, renames) to the device. Windows cannot open a folder for
 * syncing; there NTFS journals the metadata itself, so the failure is ignored.
 */
export function fsyncDir(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on platforms that do not sync folders.
  } finally {
    closeSync(fd);
  }
}
