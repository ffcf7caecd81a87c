import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrate, needsMigration, schemaVersion } from './db/migrate';
import { closeDatabase, openDatabase, type Db, type OpenOptions } from './db/openDatabase';

/** Where the CLI and the harness keep pre-migration copies: beside the database they open. */
export function backupDirBeside(file: string): string {
  return join(dirname(file), 'casebook-backups');
}

/**
 * Opens Casebook's database ready for use: opens it, copies it aside with VACUUM INTO before any
 * migration changes an existing file (VACUUM INTO also works on encrypted files, unlike backup()),
 * then migrates. A failure closes the handle and leaves the file as it was.
 */
export function openCasebook(file: string, options: OpenOptions & { backupDir?: string; now?: () => number } = {}): Db {
  const db = openDatabase(file, options);
  try {
    if (options.backupDir && needsMigration(db)) {
      mkdirSync(options.backupDir, { recursive: true });
      const stamp = new Date((options.now ?? Date.now)()).toISOString().replaceAll(':', '-');
      db.prepare('VACUUM INTO ?').run(join(options.backupDir, `casebook-v${schemaVersion(db)}-${stamp}.db`));
    }
    migrate(db);
    return db;
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
}
