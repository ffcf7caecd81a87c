import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/core/db/openDatabase';
import { expectFailure, linkNewParty } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

let cb: TestCasebook;
beforeEach(() => {
  cb = createTestCasebook();
});
afterEach(() => cb.close());

/** An edit with another tool (sqlite3, a script): a second connection, where Casebook notes nothing. */
function editOutsideCasebook(sql: string): void {
  const other = openDatabase(cb.file!);
  try {
    other.exec(sql);
  } finally {
    closeDatabase(other);
  }
}

function recordSome() {
  const incident = cb.ok('incidents:create', minimalIncident());
  const linked = linkNewParty(cb, incident.id, { name: 'Grace Okafor' }, ['data_subject']);
  cb.ok('notes:add', { incidentId: incident.id, body: 'Trace requested.' });
  return { incident, party: linked.party };
}

describe('tables checked against the log', () => {
  it('verifies tables written only by audited writes', () => {
    recordSome();
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('names a table whose row was changed outside the audit trail', () => {
    const { incident } = recordSome();
    editOutsideCasebook(`UPDATE incidents SET title = 'Nothing happened' WHERE id = '${incident.id}'`);
    expect(cb.ok('audit:verify', {})).toMatchObject({
      ok: false,
      problem: 'Rows of incidents were changed, added or removed outside the audit trail: the table no longer matches what the log last recorded of it.',
    });
  });

  it('names a row added, and a row removed, outside the audit trail', () => {
    const { incident, party } = recordSome();
    editOutsideCasebook(`INSERT INTO notes (id, incident_id, body, author, created_at) SELECT 'n2', incident_id, 'Planted', author, created_at FROM notes LIMIT 1`);
    expect(cb.ok('audit:verify', {}).problem).toContain('Rows of notes were changed');
    editOutsideCasebook(
      `DELETE FROM notes WHERE id = 'n2'; DELETE FROM involvement_roles; DELETE FROM involvements WHERE party_id = '${party.id}' AND incident_id = '${incident.id}'`,
    );
    expect(cb.ok('audit:verify', {}).problem).toContain('Rows of involvement_roles, involvements were changed');
  });

  it('writes nothing of a refused write into the digests', () => {
    const { incident } = recordSome();
    expectFailure(cb.core.call('incidents:update', { id: incident.id, version: 99, patch: { title: 'Stale' } }), 'CONFLICT');
    cb.ok('notes:add', { incidentId: incident.id, body: 'After the refusal.' });
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('keeps the digests through a large write of many rows and entries (the demo data)', () => {
    cb.ok('demo:load', {});
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
    cb.ok('demo:remove', {});
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });
});
