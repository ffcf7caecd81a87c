import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../electron/core/db/openDatabase';
import { createCore } from '../fixtures/core';
import { counterIds } from '../fixtures/db';

/**
 * Migration 0020 on a database written by the foundation (schema 10): the new columns take their
 * defaults, contained_at is recovered from the workflow history, and the core reads the result.
 */
const V10 = MIGRATIONS.filter((m) => m.version <= 10);

const T = (day: number, hour = 9) => Date.UTC(2026, 9, day, hour);

function insertOldIncident(db: Db, n: number, status: string, outcome: string | null = null) {
  const id = `00000000-0000-4000-8000-00000000010${n}`;
  db.prepare(
    `INSERT INTO incidents (id, reference, reference_sort, kind, details, title, discovered_at, record_marking, status, outcome,
       regulator_notify, regulator_notified_at, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @reference, @sort, 'other', '{}', @title, @discovered, 'OFFICIAL', @status, @outcome,
       @notify, @notified, 1, @created, 'Old Officer', @created, 'Old Officer')`,
  ).run({
    id,
    reference: `INC-2026-000${n}`,
    sort: 2026_000_000 + n,
    title: `Old incident ${n}`,
    discovered: T(n),
    status,
    outcome,
    notify: n === 1 ? 1 : null,
    notified: n === 1 ? T(n + 1) : null,
    created: T(n, 10),
  });
  return id;
}

function move(db: Db, incidentId: string, from: string, to: string, at: number) {
  db.prepare(`INSERT INTO status_history (incident_id, from_status, to_status, reason, actor, at) VALUES (?, ?, ?, '', 'Old Officer', ?)`).run(incidentId, from, to, at);
}

describe('migration 0020 (assessment and clocks) on a schema-10 register', () => {
  let db: Db;
  afterEach(() => closeDatabase(db));

  it('adds the columns with their defaults, backfills contained_at from the first move to contained, and the core reads the rows', () => {
    db = openDatabase(':memory:');
    migrate(db, V10);
    expect(schemaVersion(db)).toBe(10);

    // 1: contained twice (re-opened in between), then closed: the first containment counts.
    const twice = insertOldIncident(db, 1, 'closed', 'near_miss');
    move(db, twice, 'reported', 'triage', T(1, 11));
    move(db, twice, 'triage', 'investigating', T(1, 12));
    move(db, twice, 'investigating', 'contained', T(2, 8));
    move(db, twice, 'contained', 'investigating', T(3, 8));
    move(db, twice, 'investigating', 'contained', T(4, 8));
    move(db, twice, 'contained', 'closed', T(5, 8));
    // 2: still investigating, never contained.
    const never = insertOldIncident(db, 2, 'investigating');
    move(db, never, 'reported', 'triage', T(2, 11));
    move(db, never, 'triage', 'investigating', T(2, 12));
    // 3: reported, no history at all.
    const fresh = insertOldIncident(db, 3, 'reported');

    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);

    const row = (id: string) => db.prepare('SELECT * FROM incidents WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row(twice)).toMatchObject({ contained_at: T(2, 8), severity_band: null, severity_score: null });
    expect(row(never).contained_at).toBeNull();
    expect(row(fresh)).toMatchObject({
      contained_at: null,
      regulator_delay_reason: '',
      how_discovered: '',
      caused_by_cyber: 'unknown',
      likely_consequences: '',
      consequence_likelihood: 'not_yet_known',
      staff_involved: 'unknown',
      staff_trained: 'unknown',
      staff_details: '',
      prior_measures: '',
    });
    for (const table of ['assessments', 'regulator_reports', 'external_notifications', 'actions', 'incident_data_categories', 'incident_subject_categories']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }

    const core = createCore(db, { actor: () => 'Test Officer', now: () => T(20), newId: counterIds(), log: { error: () => {}, info: () => {} } });
    const got = core.call('incidents:get', { id: twice });
    if (!got.ok) throw new Error(JSON.stringify(got.error));
    expect(got.value.incident).toMatchObject({
      containedAt: T(2, 8),
      severityBand: null,
      dataCategories: [],
      subjectCategories: [],
      causedByCyber: 'unknown',
      consequenceLikelihood: 'not_yet_known',
      regulatorDelayReason: '',
    });
    const list = core.call('incidents:list', {});
    if (!list.ok) throw new Error(JSON.stringify(list.error));
    expect(list.value.items.find((i) => i.id === twice)).toMatchObject({ severityBand: null, regulatorNotify: true, regulatorNotifiedAt: T(2) });
    // The awaiting-regulator index holds the open incidents owing a decision (2 and 3), not the closed one.
    const awaiting = db
      .prepare(
        `SELECT id FROM incidents INDEXED BY incidents_awaiting_regulator
      WHERE status <> 'closed' AND regulator_notified_at IS NULL AND (regulator_notify IS NULL OR regulator_notify = 1) ORDER BY discovered_at, seq`,
      )
      .pluck()
      .all();
    expect(awaiting).toEqual([never, fresh]);
  });

  it('refuses values outside the closed vocabularies in the new columns', () => {
    db = openDatabase(':memory:');
    migrate(db, V10);
    const id = insertOldIncident(db, 3, 'reported');
    migrate(db);
    expect(() => db.prepare(`UPDATE incidents SET caused_by_cyber = 'maybe' WHERE id = ?`).run(id)).toThrow(/CHECK constraint failed: caused_by_cyber/);
    expect(() => db.prepare(`UPDATE incidents SET severity_band = 'extreme' WHERE id = ?`).run(id)).toThrow(/CHECK constraint failed: severity_band/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO actions (id, incident_id, kind, description, status, completed_at, version, created_at, created_by, updated_at, updated_by)
           VALUES ('a', ?, 'preventive', 'x', 'done', NULL, 1, 0, 'x', 0, 'x')`,
        )
        .run(id),
    ).toThrow(/CHECK constraint failed/);
  });
});
