import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareVersionedWrite, requireCurrentVersion, writeVersioned, type VersionedTable } from '../../electron/core/db/versioning';
import { AppError } from '../../shared/contract/result';
import { linkNewParty } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

let cb: TestCasebook;
beforeEach(() => {
  cb = createTestCasebook({ memory: true });
});
afterEach(() => cb.close());

type Row = { table: VersionedTable; key: string | number; column: string; value: string };

/** One row of each versioned table, each at version 2 (changed once after it was made), by Test Officer. */
function oneOfEach(): Row[] {
  const incident = cb.ok('incidents:create', minimalIncident());
  cb.ok('incidents:update', { id: incident.id, version: 1, patch: { owner: 'Ann Officer' } });
  const { party } = linkNewParty(cb, incident.id, { name: 'Joanne Harper', email: 'j.harper@army.ml' }, ['unintended_recipient']);
  cb.ok('parties:update', { id: party.id, version: 1, patch: { phone: '0300 000 0000' } });
  cb.ok('involvements:update', { incidentId: incident.id, partyId: party.id, version: 1, involvement: { roles: ['data_subject'] } });
  const action = cb.ok('actions:add', { incidentId: incident.id, kind: 'containment', description: 'Recall the message' });
  cb.ok('actions:update', { id: action.id, version: 1, patch: { status: 'in_progress' } });
  const { seq } = cb.db.prepare<[string], { seq: number }>('SELECT seq FROM involvements WHERE party_id = ?').get(party.id)!;
  return [
    { table: 'incidents', key: incident.id, column: 'title', value: 'Overwritten' },
    { table: 'parties', key: party.id, column: 'name', value: 'Overwritten' },
    { table: 'involvements', key: seq, column: 'notification_status', value: 'not_required' },
    { table: 'actions', key: action.id, column: 'description', value: 'Overwritten' },
  ];
}

const keyColumn = (table: VersionedTable) => (table === 'involvements' ? 'seq' : 'id');
const versionOf = (row: Row) =>
  cb.db.prepare<[string | number], { version: number }>(`SELECT version FROM ${row.table} WHERE ${keyColumn(row.table)} = ?`).get(row.key)!.version;

function refusal(write: () => void): AppError {
  try {
    write();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the write was not refused');
}

describe('the versioned write every repository uses', () => {
  it('refuses a write from a stale version with CONFLICT naming who changed the row, and changes nothing', () => {
    for (const row of oneOfEach()) {
      const before = contentFingerprint(cb.db);
      const error = refusal(() =>
        writeVersioned(cb.db, row.table, row.key, { [row.column]: row.value }, { actor: 'Bob Ikeda', at: Date.UTC(2026, 11, 1) }, { version: 1, what: 'This record' }),
      );
      expect(error.code, row.table).toBe('CONFLICT');
      expect(error.message, row.table).toMatch(/^This record was changed by Test Officer at .* after you opened it\. Reload/);
      expect(contentFingerprint(cb.db), row.table).toBe(before);
    }
  });

  it('writes from the current version, moving it on by one and stamping who and when', () => {
    for (const row of oneOfEach()) {
      writeVersioned(cb.db, row.table, row.key, { [row.column]: row.value }, { actor: 'Bob Ikeda', at: Date.UTC(2026, 11, 1) }, { version: 2, what: 'This record' });
      const after = cb.db.prepare<[string | number], Record<string, unknown>>(`SELECT * FROM ${row.table} WHERE ${keyColumn(row.table)} = ?`).get(row.key)!;
      expect(after, row.table).toMatchObject({ [row.column]: row.value, version: 3, updated_by: 'Bob Ikeda', updated_at: Date.UTC(2026, 11, 1) });
    }
  });

  it('without a version seen (an import adding to a record), writes whatever the version and makes open copies stale', () => {
    for (const row of oneOfEach()) {
      prepareVersionedWrite(cb.db, row.table, [])(row.key, {}, { actor: 'Importer', at: Date.UTC(2026, 11, 1) });
      expect(versionOf(row), row.table).toBe(3);
      expect(refusal(() => requireCurrentVersion(cb.db, row.table, row.key, { version: 2, what: 'This record' })).code, row.table).toBe('CONFLICT');
    }
  });
});
