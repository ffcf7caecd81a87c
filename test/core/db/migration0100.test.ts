import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../electron/core/db/openDatabase';
import { ROWS_AT } from './registerRows';

/**
 * Migration 0100 on a register written before files could be attached (schema 80): each .eml already kept
 * gets its "added" custody step from the row that says who added it and when, so every item has a chain.
 */
describe('migration 0100 (evidence files and custody) on a schema-80 register', () => {
  let db: Db;
  afterEach(() => closeDatabase(db));

  it('gives each evidence item already kept its added step, naming who added it, when, and its hash', () => {
    db = openDatabase(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 80),
    );
    for (const [version, rows] of Object.entries(ROWS_AT)) if (Number(version) <= 80) db.exec(rows);
    const evidence = db.prepare('SELECT id, incident_id, sha256, file_name, added_at, added_by FROM evidence ORDER BY seq').all();
    expect(evidence).toHaveLength(1);

    migrate(db);
    const custody = db
      .prepare("SELECT evidence_id AS id, incident_id, sha256, file_name, at AS added_at, actor AS added_by FROM evidence_custody WHERE action = 'added'")
      .all();
    expect(custody).toEqual(evidence);
    expect(db.prepare('SELECT reason FROM evidence_custody').pluck().all()).toEqual([null]);
  });
});
