import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../fixtures/core';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../electron/core/db/openDatabase';
import { SEVERITY } from '../../fixtures/builders';
import { counterIds } from '../../fixtures/db';

/**
 * Migration 0040 on a register written before decisions were flagged for review (schema 30): existing
 * incidents start unflagged, the column refuses anything but 0 and 1, and a re-assessment flags them.
 */
const V30 = MIGRATIONS.filter((m) => m.version <= 30);

describe('migration 0040 (decision review) on a schema-30 register', () => {
  let db: Db;
  afterEach(() => closeDatabase(db));

  it('leaves existing decisions unflagged until a re-assessment moves the band', () => {
    db = openDatabase(':memory:');
    migrate(db, V30);
    const core = createCore(db, { actor: () => 'Old Officer', newId: counterIds(), now: () => Date.UTC(2026, 10, 27, 9, 0), log: { error: () => {}, info: () => {} } });
    const created = core.call('incidents:create', { title: 'Email to army.ml', kind: 'misdirected_email', discoveredAt: Date.UTC(2026, 10, 26, 9, 0), details: {} });
    if (!created.ok) throw new Error('could not record the old incident');
    db.prepare('UPDATE incidents SET regulator_notify = 1 WHERE id = ?').run(created.value.id);

    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare<[], { n: number }>('SELECT decisions_need_review AS n FROM incidents').get()!.n).toBe(0);
    expect(() => db.prepare('UPDATE incidents SET decisions_need_review = 2').run()).toThrow(/CHECK constraint failed/);

    const id = created.value.id;
    for (const severity of [SEVERITY.high, SEVERITY.low]) expect(core.call('assessments:add', { incidentId: id, severity }).ok).toBe(true);
    const after = core.call('incidents:get', { id });
    expect(after.ok && after.value.incident.decisionsNeedReview).toBe(true);
  });
});
