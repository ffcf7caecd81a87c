import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../fixtures/core';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../electron/core/db/openDatabase';
import { counterIds } from '../../fixtures/db';

/**
 * Migration 0030 on a register written before the email issue (schema 20): existing parties and email
 * incidents gain their indexed email domain and sender at once, so related incidents include them, and
 * are found by their reference.
 */
const V20 = MIGRATIONS.filter((m) => m.version <= 20);

describe('migration 0030 (email evidence) on a schema-20 register', () => {
  let db: Db;
  afterEach(() => closeDatabase(db));

  it('derives the email domain of existing parties and the sender of existing incidents, and the core relates them', () => {
    db = openDatabase(':memory:');
    migrate(db, V20);
    const core = createCore(db, { actor: () => 'Old Officer', newId: counterIds(), log: { error: () => {}, info: () => {} } });
    const incident = (sender: string) =>
      core.call('incidents:create', { title: 'Email to army.ml', kind: 'misdirected_email', discoveredAt: Date.UTC(2023, 2, 1), details: { sender } });
    const a = incident(' J.Harper@MOD.gov.uk ');
    const b = incident('j.harper@mod.gov.uk');
    if (!a.ok || !b.ok) throw new Error('could not record the old incidents');

    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const byReference = core.call('incidents:list', { filter: { text: a.value.reference } });
    expect(byReference.ok && byReference.value.items.map((i) => i.id)).toEqual([a.value.id]);
    const senders = db.prepare<[], { sender_address: string }>('SELECT sender_address FROM incidents ORDER BY seq').all();
    expect(senders.map((r) => r.sender_address)).toEqual(['j.harper@mod.gov.uk', 'j.harper@mod.gov.uk']);

    const linked = core.call('involvements:link', {
      incidentId: a.value.id,
      party: { new: { name: 'Ops', email: 'Ops@Army.ML' } },
      involvement: { roles: ['unintended_recipient'] },
    });
    expect(linked.ok).toBe(true);
    expect(db.prepare<[], { email_domain: string }>('SELECT email_domain FROM parties').get()?.email_domain).toBe('army.ml');
    const related = core.call('incidents:related', { incidentId: b.value.id });
    expect(related.ok && related.value.groups.map((g) => [g.basis, g.key, g.count])).toEqual([['sender', 'j.harper@mod.gov.uk', 1]]);
  });
});
