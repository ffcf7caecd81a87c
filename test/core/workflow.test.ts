import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INCIDENT_STATUSES, type IncidentStatus } from '../../shared/domain/vocabulary';
import { expectFailure, incidentAt, issuePaths, readyToCloseAsBreach, SEVERITY } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

/** DOMAIN.md §6 "may move to", written out from the document. */
const MAY_MOVE_TO: Record<IncidentStatus, IncidentStatus[]> = {
  reported: ['triage', 'closed'],
  triage: ['investigating', 'closed'],
  investigating: ['contained', 'triage'],
  contained: ['notifying', 'closed', 'investigating'],
  notifying: ['closed', 'investigating'],
  closed: ['investigating'],
};
/** Moves that need a reason: closing, re-opening, moving back. */
const NEEDS_REASON = (from: IncidentStatus, to: IncidentStatus) =>
  to === 'closed' || from === 'closed' || (from === 'investigating' && to === 'triage') || (to === 'investigating' && (from === 'contained' || from === 'notifying'));

let cb: TestCasebook;
beforeEach(() => {
  cb = createTestCasebook({ memory: true });
});
afterEach(() => cb.close());

describe('incidents:transition through the DOMAIN.md §6 table', () => {
  const pairs = INCIDENT_STATUSES.flatMap((from) => INCIDENT_STATUSES.map((to) => [from, to] as const));

  it.each(pairs.filter(([from, to]) => !MAY_MOVE_TO[from].includes(to)))(
    'refuses %s → %s with INVALID_TRANSITION naming the allowed moves, changing nothing',
    (from, to) => {
      const incident = incidentAt(cb, from);
      const before = contentFingerprint(cb.db);
      const input = to === 'closed' ? { reason: 'Done', outcome: 'not_a_breach' as const } : { reason: 'Because' };
      const error = expectFailure(cb.core.call('incidents:transition', { id: incident.id, version: incident.version, to, ...input }), 'INVALID_TRANSITION');
      for (const allowed of MAY_MOVE_TO[from]) expect(error.message).toContain(allowed);
      expect(contentFingerprint(cb.db)).toBe(before);
    },
  );

  it.each(pairs.filter(([from, to]) => MAY_MOVE_TO[from].includes(to)))('allows %s → %s', (from, to) => {
    const incident = incidentAt(cb, from);
    const extra = to === 'closed' ? { outcome: 'near_miss' as const } : {};
    const moved = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to, reason: 'A reason', ...extra });
    expect(moved.status).toBe(to);
    expect(moved.version).toBe(incident.version + 1);
  });

  it.each(pairs.filter(([from, to]) => MAY_MOVE_TO[from].includes(to)))('asks for a reason on %s → %s exactly when closing, re-opening or moving back', (from, to) => {
    const incident = incidentAt(cb, from);
    const extra = to === 'closed' ? { outcome: 'near_miss' as const } : {};
    const result = cb.core.call('incidents:transition', { id: incident.id, version: incident.version, to, reason: '   ', ...extra });
    if (NEEDS_REASON(from, to)) {
      expect(issuePaths(expectFailure(result, 'INVALID_INPUT'))).toEqual(['reason']);
    } else {
      expect(result.ok).toBe(true);
    }
  });
});

describe('a move', () => {
  it('records who, when, from, to and why in the status history and the audit log', () => {
    const incident = incidentAt(cb, 'investigating');
    const moved = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'triage', reason: 'Need a second opinion' });
    const last = cb.ok('incidents:get', { id: incident.id }).statusHistory.at(-1);
    expect(last).toEqual({ from: 'investigating', to: 'triage', reason: 'Need a second opinion', outcome: null, actor: 'Test Officer', at: moved.updatedAt });
    const [entry] = cb.ok('incidents:history', { id: incident.id, limit: 1 }).items;
    expect(entry).toMatchObject({ action: 'incident.status_changed', actor: 'Test Officer', at: moved.updatedAt });
    expect(entry!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'investigating', after: 'triage' },
        { field: 'reason', before: null, after: 'Need a second opinion' },
      ]),
    );
  });

  it('closes with each outcome, recording it', () => {
    for (const outcome of ['near_miss', 'not_a_breach'] as const) {
      const incident = incidentAt(cb, 'triage');
      const closed = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Done', outcome });
      expect(closed).toMatchObject({ status: 'closed', outcome });
      expect(cb.ok('incidents:get', { id: incident.id }).statusHistory.at(-1)).toMatchObject({ to: 'closed', outcome });
    }
  });

  it('closes a confirmed breach once the decisions, root cause and lessons are recorded', () => {
    const incident = readyToCloseAsBreach(cb, incidentAt(cb, 'notifying'));
    expect(cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'All recorded', outcome: 'breach' }).outcome).toBe('breach');
  });

  it('accepts a breach decided not to notify the ICO, with the Art. 34 ground for not telling people', () => {
    let incident = incidentAt(cb, 'contained');
    cb.ok('assessments:add', { incidentId: incident.id, severity: SEVERITY.low, unintelligible: true });
    incident = cb.ok('incidents:update', {
      id: incident.id,
      version: incident.version,
      patch: {
        dataCategories: ['basic_identifiers'],
        likelyConsequences: 'None while the key is safe.',
        regulatorNotify: false,
        regulatorRationale: 'Encrypted laptop, no risk.',
        subjectsNotify: false,
        subjectsExemption: 'unintelligible',
        subjectsRationale: 'Full-disk encryption.',
        rootCause: 'Left on a train.',
        lessons: 'Reminder issued.',
      },
    });
    expect(cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Done', outcome: 'breach' }).status).toBe('closed');
  });

  it('re-opens a closed incident to investigating, with a reason, and it can then close again', () => {
    const closed = incidentAt(cb, 'closed');
    const reopened = cb.ok('incidents:transition', { id: closed.id, version: closed.version, to: 'investigating', reason: 'Press enquiry' });
    expect(reopened).toMatchObject({ status: 'investigating', outcome: null });
    const contained = cb.ok('incidents:transition', { id: closed.id, version: reopened.version, to: 'contained' });
    expect(cb.ok('incidents:transition', { id: closed.id, version: contained.version, to: 'closed', reason: 'Again', outcome: 'near_miss' }).outcome).toBe('near_miss');
    expect(cb.ok('incidents:get', { id: closed.id }).statusHistory.map((s) => s.to)).toEqual(['closed', 'investigating', 'contained', 'closed']);
  });

  it('needs the version the officer saw: a second move from the same copy conflicts', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    cb.ok('incidents:transition', { id: incident.id, version: 1, to: 'triage' });
    const before = contentFingerprint(cb.db);
    expectFailure(cb.core.call('incidents:transition', { id: incident.id, version: 1, to: 'closed', reason: 'Dup', outcome: 'not_a_breach' }), 'CONFLICT');
    expect(contentFingerprint(cb.db)).toBe(before);
  });
});
