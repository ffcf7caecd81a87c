import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../electron/core/db/openDatabase';
import { INCIDENT_STATUSES } from '../../../shared/domain/vocabulary';
import { DPC_ADJUSTMENT_MAX, DPC_ADJUSTMENT_MIN } from '../../../shared/domain/severity';
import { ROWS_AT } from './registerRows';
import { schemaSnapshot } from './schemaSnapshot';

/**
 * Migrations are frozen as written: each schema version has a committed snapshot, and every path to the
 * latest version — from an empty file or from a register written at any earlier version — ends at exactly
 * the latest snapshot, with the earlier rows intact.
 */
const SNAPSHOTS = __dirname;
const snapshotFile = (version: number) => join(SNAPSHOTS, `schema-v${version}.sql`);
const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

/** The committed snapshot; a missing one is written for review and the test fails, so it is never taken on trust. */
function committedSnapshot(version: number, actual: string): string {
  const file = snapshotFile(version);
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    throw new Error(`No snapshot for schema ${version}: wrote ${file}; review it and commit it.`);
  }
  return readFileSync(file, 'utf8');
}

/** The ordinary tables (not FTS's virtual and shadow tables), each with its stored columns. */
function ordinaryTables(db: Db): Map<string, string[]> {
  const names = db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all()
    .map((t) => t.name);
  return new Map(
    names.map((name) => [
      name,
      db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`)
        .all()
        .map((c) => c.name),
    ]),
  );
}

/** Every row of the given tables, restricted to the given columns, in a stable order. */
function rowsOf(db: Db, tables: Map<string, string[]>): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {};
  for (const [table, columns] of tables) {
    const list = columns.map((c) => `"${c}"`).join(', ');
    rows[table] = db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).raw().all();
  }
  return rows;
}

describe('schema snapshots', () => {
  it('has one committed snapshot per migration and none for versions that do not exist', () => {
    const files = readdirSync(SNAPSHOTS).filter((f) => /^schema-v\d+\.sql$/.test(f));
    expect(files.sort()).toEqual(MIGRATIONS.map((m) => `schema-v${m.version}.sql`).sort());
  });

  for (const { version } of MIGRATIONS) {
    it(`migrating an empty register to schema ${version} reproduces schema-v${version}.sql exactly`, () => {
      const db = openDatabase(':memory:');
      migrate(db, upTo(version));
      expect(schemaVersion(db)).toBe(version);
      const actual = schemaSnapshot(db);
      closeDatabase(db);
      expect(actual).toBe(committedSnapshot(version, actual));
    });
  }
});

describe('a register written at an earlier version, migrated to the latest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-snapshot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A register file as a build at `version` left it: each version's rows written when that version was current. */
  function registerAt(version: number): string {
    const file = join(dir, `v${version}.db`);
    const db = openDatabase(file);
    for (const m of upTo(version)) {
      migrate(db, upTo(m.version));
      const rows = ROWS_AT[m.version];
      if (rows === undefined) throw new Error(`test/core/db/registerRows.ts has no rows for schema ${m.version}: add some`);
      db.exec(rows);
    }
    closeDatabase(db);
    return file;
  }

  for (const { version } of MIGRATIONS.slice(0, -1)) {
    it(`from schema ${version}: reaches exactly the latest snapshot and keeps every row`, () => {
      const file = registerAt(version);
      const old = openDatabase(file);
      const tables = ordinaryTables(old);
      const before = rowsOf(old, tables);
      closeDatabase(old);
      // Every table of that version holds rows, so "kept every row" is a claim about real data.
      for (const [table, rows] of Object.entries(before)) expect(rows.length, table).toBeGreaterThan(0);

      const db = openDatabase(file);
      expect(migrate(db)).toBe(version);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const actual = schemaSnapshot(db);
      const after = rowsOf(db, tables);
      closeDatabase(db);
      expect(actual).toBe(readFileSync(snapshotFile(LATEST_SCHEMA_VERSION), 'utf8'));
      expect(after).toEqual(before);
    });
  }
});

/**
 * The migrations hold the vocabularies as literal SQL, so a vocabulary change needs a new migration. The
 * `IN (…)` lists are compared with the vocabulary in test/unit/contract.test.ts; these are the two values
 * the schema derives from the vocabulary in other shapes.
 */
describe('the latest schema against the vocabulary', () => {
  const tableSql = (db: Db, name: string) => db.prepare<[], string>(`SELECT sql FROM sqlite_schema WHERE name = '${name}'`).pluck().get() ?? '';

  it('ranks statuses in INCIDENT_STATUSES order (incidents.status_rank)', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const rank = /status_rank\s+INTEGER GENERATED ALWAYS AS \(CASE status ((?:WHEN '\w+' THEN \d+ ?)+) END\)/.exec(tableSql(db, 'incidents'));
    closeDatabase(db);
    const ranked = [...(rank?.[1] ?? '').matchAll(/WHEN '(\w+)' THEN (\d+)/g)].map((m) => [m[1], Number(m[2])]);
    expect(ranked, 'INCIDENT_STATUSES changed: add a migration that rebuilds incidents.status_rank').toEqual(INCIDENT_STATUSES.map((s, i) => [s, i]));
  });

  it('bounds assessments.dpc_adjustment by DPC_ADJUSTMENT_MIN and DPC_ADJUSTMENT_MAX', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const bounds = /dpc_adjustment BETWEEN (-?\d+) AND (-?\d+)/.exec(tableSql(db, 'assessments'));
    closeDatabase(db);
    expect(bounds?.slice(1).map(Number), 'DPC adjustment bounds changed: add a migration').toEqual([DPC_ADJUSTMENT_MIN, DPC_ADJUSTMENT_MAX]);
  });
});
