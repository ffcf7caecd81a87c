import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allPages, coreActingAs, expectFailure, incidentAt, okVia } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, steppingClock, type TestCasebook } from '../../fixtures/db';

describe('notes', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ now: steppingClock(Date.UTC(2026, 10, 27, 9, 0)) });
  });
  afterEach(() => cb.close());

  it('adds a note by the acting officer, at the time it was written, trimmed', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const note = cb.ok('notes:add', { incidentId: incident.id, body: '  Recipient confirms deletion.  ' });
    expect(note).toMatchObject({ incidentId: incident.id, body: 'Recipient confirms deletion.', author: 'Test Officer' });
    expect(note.createdAt).toBeGreaterThan(incident.createdAt);
  });

  it('names whoever wrote each note', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const alice = coreActingAs(cb.db, 'Alice Pemberton');
    okVia(alice, 'notes:add', { incidentId: incident.id, body: 'Called the sender.' });
    cb.ok('notes:add', { incidentId: incident.id, body: 'Called the recipient.' });
    expect(cb.ok('notes:list', { incidentId: incident.id }).items.map((n) => [n.author, n.body])).toEqual([
      ['Test Officer', 'Called the recipient.'],
      ['Alice Pemberton', 'Called the sender.'],
    ]);
  });

  it('lists an incident’s timeline newest first, page by page, and only its own notes', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const other = cb.ok('incidents:create', minimalIncident());
    const bodies = Array.from({ length: 9 }, (_, i) => `Update ${i + 1}`);
    for (const [i, body] of bodies.entries()) {
      cb.ok('notes:add', { incidentId: incident.id, body });
      if (i % 2 === 0) cb.ok('notes:add', { incidentId: other.id, body: `Other ${i}` });
    }
    const seen = allPages((cursor) => cb.ok('notes:list', { incidentId: incident.id, limit: 4, cursor })).map((n) => n.body);
    expect(seen).toEqual([...bodies].reverse());
  });

  it('is an empty timeline for a new incident', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    expect(cb.ok('notes:list', { incidentId: incident.id })).toEqual({ items: [], nextCursor: null });
  });

  it('can be added at every open status but not once closed, until re-opened', () => {
    for (const status of ['reported', 'triage', 'investigating', 'contained', 'notifying'] as const) {
      const incident = incidentAt(cb, status);
      expect(cb.core.call('notes:add', { incidentId: incident.id, body: `At ${status}` }).ok).toBe(true);
    }
    const closed = incidentAt(cb, 'closed');
    const before = contentFingerprint(cb.db);
    expectFailure(cb.core.call('notes:add', { incidentId: closed.id, body: 'Late' }), 'INVALID_TRANSITION');
    expect(contentFingerprint(cb.db)).toBe(before);
    cb.ok('incidents:transition', { id: closed.id, version: closed.version, to: 'investigating', reason: 'More to do' });
    expect(cb.ok('notes:add', { incidentId: closed.id, body: 'After re-opening' }).body).toBe('After re-opening');
  });

  it('keeps the notes of a closed incident readable', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    cb.ok('notes:add', { incidentId: incident.id, body: 'Before closing' });
    cb.ok('incidents:transition', { id: incident.id, version: 1, to: 'closed', reason: 'Done', outcome: 'not_a_breach' });
    expect(cb.ok('notes:list', { incidentId: incident.id }).items.map((n) => n.body)).toEqual(['Before closing']);
  });

  it('does not change the incident’s version, so an open edit form does not conflict', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    cb.ok('notes:add', { incidentId: incident.id, body: 'Meanwhile' });
    expect(cb.ok('incidents:update', { id: incident.id, version: 1, patch: { owner: 'Claire' } }).version).toBe(2);
  });
});
