import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseFromFutureError, LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, needsMigration, schemaVersion, type Migration } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../electron/core/db/openDatabase';
import { openCasebook } from '../../electron/core/openCasebook';
import { contentFingerprint, createTestCasebook, minimalIncident } from '../fixtures/db';

const userTables = (db: Db) =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all()
    .map((r) => r.name);

const schemaSql = (db: Db) =>
  db
    .prepare<[], { sql: string }>(`SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name`)
    .all()
    .map((r) => r.sql)
    .join('\n');

/** A migration that was shipped before the register existed, so a database can sit at an older version. */
const EARLIER: Migration = { version: 5, name: 'earlier', sql: 'CREATE TABLE earlier_notes (x TEXT) STRICT;' };

describe('migrate', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists migrations in increasing version order, numbered in tens, ending at the latest version', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const v of versions) expect(v % 10).toBe(0);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('brings a new database from version 0 to the latest and reports it was at 0', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db)).toBe(0);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(userTables(db)).toEqual(expect.arrayContaining(['incidents', 'parties', 'involvements', 'notes', 'audit_log', 'settings']));
    closeDatabase(db);
  });

  it('is a no-op the second time: same version, same schema, same content', () => {
    const cb = createTestCasebook({ memory: true });
    cb.ok('incidents:create', minimalIncident());
    const schemaBefore = schemaSql(cb.db);
    const contentBefore = contentFingerprint(cb.db);
    expect(migrate(cb.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(cb.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaSql(cb.db)).toBe(schemaBefore);
    expect(contentFingerprint(cb.db)).toBe(contentBefore);
    cb.close();
  });

  it('refuses a database written by a newer build with DatabaseFromFutureError, changing nothing', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    const before = schemaSql(db);
    expect(() => migrate(db)).toThrow(DatabaseFromFutureError);
    expect(() => migrate(db)).toThrow(/newer Casebook/);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 10);
    expect(schemaSql(db)).toBe(before);
    closeDatabase(db);
  });

  it('rolls a failing migration back completely: no new tables, version unchanged', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const before = schemaSql(db);
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'broken',
      sql: 'CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaSql(db)).toBe(before);
    expect(userTables(db)).not.toContain('half_done');
    closeDatabase(db);
  });

  it('rolls back every migration of a run when a later one fails, leaving a new database empty at version 0', () => {
    const db = openDatabase(':memory:');
    const broken: Migration = { version: LATEST_SCHEMA_VERSION + 10, name: 'broken', sql: 'SELECT no_such_function();' };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(userTables(db)).toEqual([]);
    closeDatabase(db);
  });

  it('refuses a migration list that is out of order before touching the database', () => {
    const db = openDatabase(':memory:');
    const m = (version: number): Migration => ({ version, name: `m${version}`, sql: `CREATE TABLE t${version} (x) STRICT;` });
    expect(() => migrate(db, [m(20), m(10)])).toThrow(/not in order/);
    expect(() => migrate(db, [m(10), m(10)])).toThrow(/not in order/);
    expect(userTables(db)).toEqual([]);
    closeDatabase(db);
  });

  it('applies only the migrations above the current version', () => {
    const db = openDatabase(':memory:');
    migrate(db, [EARLIER]);
    expect(schemaVersion(db)).toBe(5);
    const next: Migration = { version: 7, name: 'next', sql: 'CREATE TABLE later_notes (x TEXT) STRICT;' };
    // Re-running migration 5 would fail: its table exists.
    expect(migrate(db, [EARLIER, next])).toBe(5);
    expect(userTables(db)).toEqual(['earlier_notes', 'later_notes']);
    expect(schemaVersion(db)).toBe(7);
    closeDatabase(db);
  });

  it('says a database needs migrating only when it exists at an older, non-zero version', () => {
    const fresh = openDatabase(':memory:');
    expect(needsMigration(fresh)).toBe(false); // version 0: a new file, nothing to back up
    migrate(fresh, [EARLIER]);
    expect(needsMigration(fresh)).toBe(true);
    migrate(fresh, [EARLIER, ...MIGRATIONS]);
    expect(needsMigration(fresh)).toBe(false);
    closeDatabase(fresh);
  });
});

describe('openDatabase', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-open-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a file in WAL mode with foreign keys, a busy timeout, full synchronous writes and an untrusted schema', () => {
    const db = openDatabase(join(dir, 'c.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    closeDatabase(db);
  });

  it('enforces foreign keys: an involvement cannot name a party that does not exist', () => {
    const cb = createTestCasebook();
    const incident = cb.ok('incidents:create', minimalIncident());
    expect(() =>
      cb.db
        .prepare(
          `INSERT INTO involvements (incident_id, party_id, notification_status, version, created_at, updated_at, updated_by) VALUES (?, ?, 'undecided', 1, 0, 0, 'x')`,
        )
        .run(incident.id, 'no-such-party'),
    ).toThrow(/FOREIGN KEY/);
    cb.close();
  });

  it('opens an encrypted database only with its key', () => {
    const file = join(dir, 'secret.db');
    const db = openDatabase(file, { key: "it's a secret" });
    migrate(db);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('probe', '"marker-text-8841"')`).run();
    closeDatabase(db);
    expect(readFileSync(file).includes('marker-text-8841')).toBe(false);
    expect(() => openDatabase(file)).toThrow();
    expect(() => openDatabase(file, { key: 'wrong' })).toThrow();
    const again = openDatabase(file, { key: "it's a secret" });
    expect(again.prepare(`SELECT value FROM settings WHERE key = 'probe'`).pluck().get()).toBe('"marker-text-8841"');
    closeDatabase(again);
  });
});

describe('the migrated schema', () => {
  it('makes every ordinary table STRICT (only FTS virtual tables and their shadow tables are not)', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const tables = db
      .prepare<[], { name: string; type: string; strict: number }>(`SELECT name, type, strict FROM pragma_table_list WHERE schema = 'main'`)
      .all()
      .filter((t) => !t.name.startsWith('sqlite_'));
    const ordinary = tables.filter((t) => t.type === 'table');
    expect(ordinary.length).toBeGreaterThanOrEqual(9);
    expect(ordinary.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
    const others = tables.filter((t) => t.type !== 'table');
    expect(new Set(others.map((t) => t.type))).toEqual(new Set(['virtual', 'shadow']));
    for (const t of others.filter((o) => o.type === 'virtual')) expect(['incident_search', 'party_search']).toContain(t.name);
    closeDatabase(db);
  });

  it('forbids UPDATE and DELETE on the audit log with triggers', () => {
    const cb = createTestCasebook({ memory: true });
    expect(() => cb.db.prepare(`UPDATE audit_log SET summary = 'x'`).run()).toThrow(/append-only/);
    expect(() => cb.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    cb.close();
  });
});

describe('openCasebook', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-opencb-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A database file left at schema 5 by an older build, holding one row of its own. */
  function olderFile(): string {
    const file = join(dir, 'older.db');
    const db = openDatabase(file);
    migrate(db, [EARLIER]);
    db.prepare(`INSERT INTO earlier_notes VALUES ('kept from the older build')`).run();
    closeDatabase(db);
    return file;
  }

  it('copies an older database aside with VACUUM INTO, at its old version, before migrating it', () => {
    const file = olderFile();
    const backupDir = join(dir, 'backups');
    const db = openCasebook(file, { backupDir, now: () => Date.UTC(2026, 10, 27, 9, 30) });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    closeDatabase(db);

    expect(readdirSync(backupDir)).toEqual(['casebook-v5-2026-11-27T09-30-00.000Z.db']);
    const backup = new Database(join(backupDir, 'casebook-v5-2026-11-27T09-30-00.000Z.db'), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(5);
    expect(backup.prepare('SELECT x FROM earlier_notes').pluck().all()).toEqual(['kept from the older build']);
    expect(backup.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'incidents'`).pluck().get()).toBe(0);
    backup.close();
  });

  it('makes no backup of a brand-new file or of a database already at the latest version', () => {
    const backupDir = join(dir, 'backups');
    const file = join(dir, 'new.db');
    closeDatabase(openCasebook(file, { backupDir }));
    closeDatabase(openCasebook(file, { backupDir }));
    expect(existsSync(backupDir) ? readdirSync(backupDir) : []).toEqual([]);
  });

  it('leaves the file at its old version, with the backup made, when the migration fails', () => {
    const file = join(dir, 'clash.db');
    const db = openDatabase(file);
    // An older build that happened to create a table the register migration also creates.
    migrate(db, [{ version: 5, name: 'clash', sql: 'CREATE TABLE incidents (x TEXT) STRICT;' }]);
    closeDatabase(db);
    const backupDir = join(dir, 'backups');
    expect(() => openCasebook(file, { backupDir })).toThrow(/already exists/);
    expect(readdirSync(backupDir)).toHaveLength(1);
    const after = openDatabase(file);
    expect(schemaVersion(after)).toBe(5);
    expect(userTables(after)).toEqual(['incidents']);
    closeDatabase(after);
  });

  it('refuses a database from a newer build and leaves it untouched', () => {
    const file = join(dir, 'future.db');
    const db = openDatabase(file);
    migrate(db);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    closeDatabase(db);
    expect(() => openCasebook(file, { backupDir: join(dir, 'backups') })).toThrow(DatabaseFromFutureError);
    const after = openDatabase(file);
    expect(schemaVersion(after)).toBe(LATEST_SCHEMA_VERSION + 10);
    closeDatabase(after);
  });
});
