import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/core/audit/canonicalJson';
import { setOfficer } from '../../../electron/core/session/sessionService';
import { contract } from '../../../shared/contract';
import { allPages, coreActingAs, linkNewParty, manualClock, okVia } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

let cb: TestCasebook;
afterEach(() => cb.close());

type Row = {
  seq: number;
  at: number;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  incident_id: string | null;
  summary: string;
  changes: string;
  prev_hash: string;
  hash: string;
  sealed_summary: string | null;
  row_digests: string | null;
};
const rows = () => cb.db.prepare<[], Row>('SELECT * FROM audit_log ORDER BY seq').all();
const verify = () => cb.ok('audit:verify', {});

/** Allows the tampering an attacker with the file could do: removes the append-only triggers. */
const dropTriggers = () => cb.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

/** The hash docs/architecture.md#the-audit-chain describes (unsigned entries, docs/audit-format.md): SHA-256 over the previous hash and the entry as canonical JSON. */
function hashOf(prev: string, r: Omit<Row, 'hash' | 'prev_hash'>): string {
  const body = canonicalJson({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    incidentId: r.incident_id,
    summary: r.summary,
    changes: JSON.parse(r.changes),
    // Personal parts of a summary are sealed (docs/audit-format.md): the sealed text is hashed with it.
    ...(r.sealed_summary === null ? {} : { sealedSummary: r.sealed_summary }),
    ...(r.row_digests === null ? {} : { rowDigests: JSON.parse(r.row_digests) }),
  });
  return createHash('sha256').update(prev).update('\n').update(body).digest('hex');
}

describe('incidents:history', () => {
  beforeEach(() => {
    const clock = manualClock(Date.UTC(2026, 10, 27, 9, 0));
    cb = createTestCasebook({ now: () => (clock.advance(60_000), clock.now()) });
  });

  it('shows every change to an incident, newest first, with before and after values and who made it', () => {
    const incident = cb.ok('incidents:create', minimalIncident({ owner: 'Claire' }));
    const updated = cb.ok('incidents:update', { id: incident.id, version: 1, patch: { title: 'Itinerary sent to army.ml', owner: '' } });
    const linked = linkNewParty(cb, incident.id, { name: 'Grace Okafor' }, ['data_subject'], { dataCategories: ['location'] });
    cb.ok('notes:add', { incidentId: incident.id, body: 'Trace requested.' });
    cb.ok('involvements:unlink', { incidentId: incident.id, partyId: linked.party.id, version: 1 });
    cb.ok('incidents:transition', { id: incident.id, version: updated.version, to: 'closed', reason: 'Not personal data', outcome: 'not_a_breach' });

    const history = cb.ok('incidents:history', { id: incident.id });
    expect(contract['incidents:history'].output.safeParse(history).success).toBe(true);
    expect(history.items.map((e) => e.action)).toEqual([
      'incident.status_changed',
      'involvement.unlinked',
      'note.added',
      'involvement.linked',
      'incident.updated',
      'incident.created',
    ]);
    for (const e of history.items) expect(e).toMatchObject({ actor: 'Test Officer', incidentId: incident.id });
    const seqs = history.items.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    const byAction = Object.fromEntries(history.items.map((e) => [e.action, e]));
    expect(byAction['incident.updated']!.changes).toEqual([
      { field: 'title', before: 'Email to army.ml instead of army.mil', after: 'Itinerary sent to army.ml' },
      { field: 'owner', before: 'Claire', after: '' },
    ]);
    expect(byAction['incident.created']!.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', before: null, after: 'Email to army.ml instead of army.mil' },
        { field: 'status', before: null, after: 'reported' },
        { field: 'discoveredAt', before: null, after: incident.discoveredAt },
      ]),
    );
    expect(byAction['involvement.linked']!.changes).toEqual(
      expect.arrayContaining([
        { field: 'party', before: null, after: 'Grace Okafor' },
        { field: 'roles', before: null, after: ['data_subject'] },
        { field: 'dataCategories', before: null, after: ['location'] },
      ]),
    );
    expect(byAction['involvement.unlinked']!.changes).toEqual(expect.arrayContaining([{ field: 'party', before: 'Grace Okafor', after: null }]));
    expect(byAction['note.added']!.changes).toEqual([{ field: 'body', before: null, after: 'Trace requested.' }]);
    expect(byAction['incident.status_changed']!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'reported', after: 'closed' },
        { field: 'outcome', before: null, after: 'not_a_breach' },
      ]),
    );
  });

  it('names each change’s actor as the officer who made it', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    okVia(coreActingAs(cb.db, 'Alice Pemberton'), 'incidents:update', { id: incident.id, version: 1, patch: { owner: 'Alice' } });
    expect(cb.ok('incidents:history', { id: incident.id }).items.map((e) => e.actor)).toEqual(['Alice Pemberton', 'Test Officer']);
  });

  it('pages through a long history exactly once each', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    for (let i = 0; i < 14; i += 1) cb.ok('notes:add', { incidentId: incident.id, body: `Note ${i}` });
    const seen = allPages((cursor) => cb.ok('incidents:history', { id: incident.id, limit: 4, cursor })).map((e) => e.seq);
    expect(seen).toHaveLength(15);
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => b - a));
  });

  it('keeps other incidents’ and parties’ own changes out of an incident’s history', () => {
    const a = cb.ok('incidents:create', minimalIncident());
    const b = cb.ok('incidents:create', minimalIncident());
    const party = linkNewParty(cb, a.id, { name: 'Jo Harper' }, ['data_subject']).party;
    cb.ok('parties:update', { id: party.id, version: 1, patch: { phone: '0300' } });
    cb.ok('notes:add', { incidentId: b.id, body: 'For b' });
    expect(cb.ok('incidents:history', { id: a.id }).items.map((e) => e.action)).toEqual(['involvement.linked', 'incident.created']);
  });
});

describe('the audit log', () => {
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
    const incident = cb.ok('incidents:create', minimalIncident());
    cb.ok('notes:add', { incidentId: incident.id, body: 'First note' });
    cb.ok('incidents:update', { id: incident.id, version: 1, patch: { owner: 'Claire' } });
    cb.ok('parties:create', { name: 'Jo Harper' });
  });

  it('chains each entry to the one before with SHA-256 over the previous hash and the entry’s canonical JSON', () => {
    const all = rows();
    expect(all.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    let prev = '0'.repeat(64);
    for (const r of all) {
      expect(r.prev_hash).toBe(prev);
      expect(r.hash).toBe(hashOf(prev, r));
      prev = r.hash;
    }
    expect(verify()).toEqual({ ok: true, entryCount: 5, headHash: prev, firstBadSeq: null, problem: null });
  });

  it('records the officer being named as the actor of naming them, and nothing when the name does not change', () => {
    expect(rows()[0]).toMatchObject({ seq: 1, actor: 'Test Officer', action: 'settings.officer_set' });
    setOfficer(cb.core.context, { name: 'Test Officer', businessUnit: 'Departmental Security' });
    expect(rows()).toHaveLength(5);
    setOfficer(cb.core.context, { name: 'Priya Raman', businessUnit: '' });
    expect(rows().at(-1)).toMatchObject({ actor: 'Priya Raman', action: 'settings.officer_set' });
    expect(cb.ok('parties:create', { name: 'After the change' }).updatedBy).toBe('Priya Raman');
  });

  it('refuses UPDATE and DELETE while its triggers stand', () => {
    expect(() => cb.db.prepare('UPDATE audit_log SET summary = ? WHERE seq = 2').run('Edited')).toThrow(/append-only/);
    expect(() => cb.db.prepare('DELETE FROM audit_log WHERE seq = 5').run()).toThrow(/append-only/);
    expect(verify().ok).toBe(true);
  });

  it.each([
    ['summary', `'Nothing happened'`],
    ['changes', `'[]'`],
    ['actor', `'Someone Else'`],
    ['at', 'at + 1'],
    ['action', `'note.deleted'`],
    ['incident_id', 'NULL'],
  ])('names the entry whose %s was altered', (column, value) => {
    dropTriggers();
    cb.db.exec(`UPDATE audit_log SET ${column} = ${value} WHERE seq = 3`);
    expect(verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: expect.stringMatching(/Entry 3 has been altered/) });
  });

  it('names an entry whose link to the previous hash was rewritten', () => {
    dropTriggers();
    cb.db.exec(`UPDATE audit_log SET prev_hash = '${'f'.repeat(64)}' WHERE seq = 4`);
    expect(verify()).toMatchObject({ ok: false, firstBadSeq: 4, problem: expect.stringMatching(/Entry 4 does not follow entry 3/) });
  });

  it('names the gap where a middle entry was deleted', () => {
    dropTriggers();
    cb.db.exec('DELETE FROM audit_log WHERE seq = 3');
    expect(verify()).toMatchObject({ ok: false, firstBadSeq: 4, problem: expect.stringMatching(/Entry 3 is missing/) });
  });

  it('names a forged entry appended with a made-up hash', () => {
    const head = rows().at(-1)!;
    cb.db
      .prepare(
        `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, incident_id, summary, changes, prev_hash, hash)
                VALUES (6, 0, 'Mallory', 'note.added', 'note', 'x', NULL, 'Forged', '[]', ?, ?)`,
      )
      .run(head.hash, 'a'.repeat(64));
    expect(verify()).toMatchObject({ ok: false, firstBadSeq: 6 });
  });

  it('shows a truncated tail as a shorter chain with a different head hash', () => {
    const recorded = verify();
    dropTriggers();
    cb.db.exec('DELETE FROM audit_log WHERE seq = 5');
    const after = verify();
    expect(after).toMatchObject({ ok: true, entryCount: 4 });
    expect(after.headHash).not.toBe(recorded.headHash);
  });

  it('shows a re-hashed chain, consistent in itself, by its different head hash', () => {
    const recorded = verify();
    dropTriggers();
    cb.db.exec(`UPDATE audit_log SET summary = 'Rewritten history' WHERE seq = 2`);
    let prev = '0'.repeat(64);
    for (const r of rows()) {
      const hash = hashOf(prev, r);
      cb.db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, r.seq);
      prev = hash;
    }
    const after = verify();
    expect(after).toMatchObject({ ok: true, entryCount: recorded.entryCount });
    expect(after.headHash).not.toBe(recorded.headHash);
  });

  it('verifies an empty log as OK with the genesis hash', () => {
    const empty = createTestCasebook({ memory: true, officer: null });
    expect(empty.ok('audit:verify', {})).toEqual({ ok: true, entryCount: 0, headHash: '0'.repeat(64), firstBadSeq: null, problem: null });
    empty.close();
  });
});
