import type { Db } from './openDatabase';
import { sql as m0010 } from './migrations/0010_createRegister';
import { sql as m0020 } from './migrations/0020_addAssessmentAndClocks';
import { sql as m0030 } from './migrations/0030_addEmailEvidence';
import { sql as m0040 } from './migrations/0040_addDecisionReview';
import { sql as m0050 } from './migrations/0050_addDrafts';
import { sql as m0060 } from './migrations/0060_addImportKnowledge';
import { sql as m0070 } from './migrations/0070_watchIncompleteNotNotifying';
import { sql as m0080 } from './migrations/0080_addPublicAccount';
import { sql as m0090 } from './migrations/0090_signAuditEntries';
import { sql as m0100 } from './migrations/0100_addEvidenceFiles';
import { sql as m0110 } from './migrations/0110_addRetention';

export type Migration = { version: number; name: string; sql: string };

/**
 * Append only. Never renumber, never edit a shipped entry: each is literal SQL as it shipped (vocabulary
 * lists written out, not imported), so a vocabulary change needs a new migration, and
 * test/core/migrationSnapshots.test.ts holds every version's schema to its committed snapshot.
 * A step that must compute (re-encrypting, re-keying) would be a TypeScript step with its own test.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'createRegister', sql: m0010 },
  { version: 20, name: 'addAssessmentAndClocks', sql: m0020 },
  { version: 30, name: 'addEmailEvidence', sql: m0030 },
  { version: 40, name: 'addDecisionReview', sql: m0040 },
  { version: 50, name: 'addDrafts', sql: m0050 },
  { version: 60, name: 'addImportKnowledge', sql: m0060 },
  { version: 70, name: 'watchIncompleteNotNotifying', sql: m0070 },
  { version: 80, name: 'addPublicAccount', sql: m0080 },
  { version: 90, name: 'signAuditEntries', sql: m0090 },
  { version: 100, name: 'addEvidenceFiles', sql: m0100 },
  { version: 110, name: 'addRetention', sql: m0110 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export class DatabaseFromFutureError extends Error {
  override name = 'DatabaseFromFutureError';
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date in one transaction, tracked by `PRAGMA user_version`.
 * Refuses a database written by a newer build rather than guessing at its shape.
 * Returns the version the database was at before.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && previous.version >= m.version) throw new Error(`Migrations are not in order at ${m.version}`);
  });
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new DatabaseFromFutureError(`This database was written by a newer Casebook (schema ${current}; this build knows up to ${latest}). Use the newer version.`);
  }
  if (current === latest) return current;
  db.transaction(() => {
    for (const m of migrations) if (m.version > current) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return current;
}

/** Whether opening this database will change its schema (the caller backs it up first). */
export function needsMigration(db: Db, migrations: readonly Migration[] = MIGRATIONS): boolean {
  const current = schemaVersion(db);
  return current > 0 && current < (migrations.at(-1)?.version ?? 0);
}
