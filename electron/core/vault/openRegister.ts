import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import { DatabaseFromFutureError, LATEST_SCHEMA_VERSION, schemaVersion } from '../db/migrate';
import { closeDatabase, openDatabase, type Db } from '../db/openDatabase';
import { openCasebook } from '../openCasebook';
import { readDatabaseId } from './vaultSettings';

export type RegisterLocation = { file: string; backupDir: string; nativeBinding?: string; now: () => number };

const NOT_THIS_REGISTER =
  'The register does not open with this key file: the key file belongs to another register, or the register file is damaged. Nothing was changed. Restore both from the same backup.';
const DAMAGED = 'The register file is damaged (it may have been cut short or overwritten). Nothing was changed. Restore it from a backup.';

/**
 * Opens the encrypted register with its key, after proving it is the one the key file belongs to and is
 * whole: a wrong key fails with SQLITE_NOTADB and a truncated file with SQLITE_CORRUPT before anything
 * is written, and only then do migrations run (with their VACUUM INTO copy aside).
 */
/** Refuses, before anything is written, a register a newer Casebook wrote (this build cannot migrate it). */
export function requireKnownSchema(db: Db): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    translated(() => {
      throw new DatabaseFromFutureError(
        `This database was written by a newer Casebook (schema ${current}; this build knows up to ${LATEST_SCHEMA_VERSION}). Use the newer version.`,
      );
    });
  }
}

export function openRegister(location: RegisterLocation, rawKey: Buffer, databaseId: string): Db {
  if (!existsSync(location.file)) {
    throw new AppError('NOT_FOUND', 'The register file beside the key file is missing. Nothing was changed. Restore it from a backup.');
  }
  const probe = translated(() => openDatabase(location.file, { rawKey, nativeBinding: location.nativeBinding }));
  try {
    const stored = translated(() => readDatabaseId(probe));
    if (stored !== null && stored !== databaseId) throw new AppError('CONFLICT', NOT_THIS_REGISTER);
    requireKnownSchema(probe);
  } finally {
    closeDatabase(probe);
  }
  return translated(() => openCasebook(location.file, { rawKey, nativeBinding: location.nativeBinding, backupDir: location.backupDir, now: location.now }));
}

/** SQLite's codes for "not this key" and "damaged", and a register from a newer build, as errors that say what happened. */
function translated<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB') throw new AppError('CONFLICT', NOT_THIS_REGISTER);
    if (code === 'SQLITE_CORRUPT') throw new AppError('CONFLICT', DAMAGED);
    if (error instanceof DatabaseFromFutureError) throw new AppError('CONFLICT', `${error.message} Nothing was changed.`);
    throw error;
  }
}
