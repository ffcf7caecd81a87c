import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreActingAs, expectFailure, incidentAt, issuePaths, manualClock, okVia } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

let cb: TestCasebook;
const clock = manualClock(Date.UTC(2026, 10, 27, 9, 0));
beforeEach(() => {
  clock.set(Date.UTC(2026, 10, 27, 9, 0));
  cb = createTestCasebook({ memory: true, now: clock.now });
});
afterEach(() => cb.close());

describe('actions', () => {
  it('are planned on an incident with owner, due date and status, and listed in the order planned', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const first = cb.ok('actions:add', {
      incidentId: incident.id,
      kind: 'containment',
      description: 'Recall the message',
      owner: 'Service desk',
      dueAt: Date.UTC(2026, 10, 28),
    });
    const second = cb.ok('actions:add', { incidentId: incident.id, kind: 'preventive', description: 'Block .ml' });
    expect(first).toMatchObject({
      kind: 'containment',
      owner: 'Service desk',
      dueAt: Date.UTC(2026, 10, 28),
      status: 'open',
      completedAt: null,
      version: 1,
      createdBy: 'Test Officer',
      createdAt: Date.UTC(2026, 10, 27, 9, 0),
    });
    expect(second).toMatchObject({ owner: '', dueAt: null, status: 'open' });
    expect(cb.ok('actions:list', { incidentId: incident.id }).items.map((a) => a.id)).toEqual([first.id, second.id]);
    const entry = cb.ok('incidents:history', { id: incident.id }).items[1]!;
    expect(entry).toMatchObject({ action: 'action.added', entityType: 'action', entityId: first.id });
    expect(entry.summary).toMatch(/containment action: Recall the message/);
  });

  it('records when an action was done, and clears it when it is taken out of done', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const action = cb.ok('actions:add', { incidentId: incident.id, kind: 'recovery', description: 'Restore from backup' });
    clock.advance(3_600_000);
    const started = cb.ok('actions:update', { id: action.id, version: action.version, patch: { status: 'in_progress' } });
    expect(started).toMatchObject({ status: 'in_progress', completedAt: null, version: 2 });
    clock.advance(3_600_000);
    const done = cb.ok('actions:update', { id: action.id, version: started.version, patch: { status: 'done' } });
    expect(done).toMatchObject({ status: 'done', completedAt: Date.UTC(2026, 10, 27, 11, 0), version: 3, updatedAt: Date.UTC(2026, 10, 27, 11, 0) });
    clock.advance(3_600_000);
    // Editing a done action keeps its completion time.
    const renamed = cb.ok('actions:update', { id: action.id, version: done.version, patch: { description: 'Restore from the nightly backup' } });
    expect(renamed.completedAt).toBe(Date.UTC(2026, 10, 27, 11, 0));
    const reopened = cb.ok('actions:update', { id: action.id, version: renamed.version, patch: { status: 'open' } });
    expect(reopened).toMatchObject({ status: 'open', completedAt: null });
    const entry = cb.ok('incidents:history', { id: incident.id }).items[0]!;
    expect(entry).toMatchObject({ action: 'action.updated', entityId: action.id });
    expect(entry.changes).toEqual([
      { field: 'status', before: 'done', after: 'open' },
      { field: 'completedAt', before: Date.UTC(2026, 10, 27, 11, 0), after: null },
    ]);
  });

  it('completes an action recorded as already done, at once', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    expect(cb.ok('actions:add', { incidentId: incident.id, kind: 'containment', description: 'Account disabled', status: 'done' })).toMatchObject({
      status: 'done',
      completedAt: Date.UTC(2026, 10, 27, 9, 0),
    });
  });

  it('changes nothing and writes no audit entry for a patch that changes nothing', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const action = cb.ok('actions:add', { incidentId: incident.id, kind: 'containment', description: 'Recall' });
    const before = contentFingerprint(cb.db);
    expect(cb.ok('actions:update', { id: action.id, version: 1, patch: { description: 'Recall', owner: '' } })).toEqual(action);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('clears a due date with null', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const action = cb.ok('actions:add', { incidentId: incident.id, kind: 'containment', description: 'Recall', dueAt: Date.UTC(2026, 11, 1) });
    expect(cb.ok('actions:update', { id: action.id, version: 1, patch: { dueAt: null } }).dueAt).toBeNull();
  });

  it('answers CONFLICT, naming who changed it, when two officers edit the same action', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const action = cb.ok('actions:add', { incidentId: incident.id, kind: 'containment', description: 'Recall' });
    okVia(coreActingAs(cb.db, 'Priya Raman', clock.now), 'actions:update', { id: action.id, version: 1, patch: { owner: 'Priya Raman' } });
    const before = contentFingerprint(cb.db);
    const error = expectFailure(cb.core.call('actions:update', { id: action.id, version: 1, patch: { status: 'done' } }), 'CONFLICT');
    expect(error.message).toMatch(/This action was changed by Priya Raman/);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('are read-only on a closed incident like the rest of it, and writable again once it is re-opened', () => {
    let incident = incidentAt(cb, 'triage');
    const action = cb.ok('actions:add', { incidentId: incident.id, kind: 'preventive', description: 'Training' });
    incident = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Near miss', outcome: 'near_miss' });
    const before = contentFingerprint(cb.db);
    expect(expectFailure(cb.core.call('actions:update', { id: action.id, version: 1, patch: { status: 'done' } }), 'INVALID_TRANSITION').message).toMatch(/Re-open/);
    expectFailure(cb.core.call('actions:add', { incidentId: incident.id, kind: 'preventive', description: 'More training' }), 'INVALID_TRANSITION');
    expect(contentFingerprint(cb.db)).toBe(before);
    expect(cb.ok('actions:list', { incidentId: incident.id }).items).toHaveLength(1);
    cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'investigating', reason: 'Training not done' });
    expect(cb.ok('actions:update', { id: action.id, version: 1, patch: { status: 'done' } }).status).toBe('done');
  });

  it('refuses a blank description in a patch', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const action = cb.ok('actions:add', { incidentId: incident.id, kind: 'containment', description: 'Recall' });
    expect(issuePaths(expectFailure(cb.core.call('actions:update', { id: action.id, version: 1, patch: { description: ' ' } }), 'INVALID_INPUT'))).toEqual([
      'patch.description',
    ]);
  });
});

describe('clock settings', () => {
  it('default to a 24-hour internal report and change with an audit entry; the same value again changes nothing', () => {
    expect(cb.ok('settings:get', {})).toEqual({ internalReportHours: 24 });
    const entries = cb.ok('audit:verify', {}).entryCount;
    expect(cb.ok('settings:update', { internalReportHours: 8 })).toEqual({ internalReportHours: 8 });
    expect(cb.ok('settings:get', {})).toEqual({ internalReportHours: 8 });
    const entry = cb.db.prepare(`SELECT action, actor, entity_id, incident_id, changes FROM audit_log ORDER BY seq DESC LIMIT 1`).get();
    expect(entry).toEqual({
      action: 'settings.clocks_changed',
      actor: 'Test Officer',
      entity_id: 'clocks',
      incident_id: null,
      changes: JSON.stringify([{ after: 8, before: 24, field: 'internalReportHours' }]),
    });
    const before = contentFingerprint(cb.db);
    cb.ok('settings:update', { internalReportHours: 8 });
    expect(contentFingerprint(cb.db)).toBe(before);
    expect(cb.ok('audit:verify', {})).toMatchObject({ ok: true, entryCount: entries + 1 });
  });

  it('fall back to the default when the stored value is unreadable, rather than breaking the clocks', () => {
    cb.db.prepare(`INSERT INTO settings (key, value) VALUES ('clocks', '{"internalReportHours": -3}')`).run();
    expect(cb.ok('settings:get', {})).toEqual({ internalReportHours: 24 });
  });
});

describe('organisation', () => {
  const blank = { name: '', address: '', sector: '', icoRegistrationNumber: '', dpoName: '', dpoEmail: '', dpoPhone: '' };

  it('is blank by default, changes with an audit entry naming the changed fields, and the same values again change nothing', () => {
    expect(cb.ok('organisation:get', {})).toEqual(blank);
    const entries = cb.ok('audit:verify', {}).entryCount;
    const saved = cb.ok('organisation:update', { name: '  Ministry of Examples ', dpoName: 'Dana Price', dpoEmail: 'dpo@example.gov.uk' });
    expect(saved).toEqual({ ...blank, name: 'Ministry of Examples', dpoName: 'Dana Price', dpoEmail: 'dpo@example.gov.uk' });
    expect(cb.ok('organisation:get', {})).toEqual(saved);
    const entry = cb.db.prepare(`SELECT action, actor, entity_type, entity_id, incident_id, changes FROM audit_log ORDER BY seq DESC LIMIT 1`).get();
    expect(entry).toEqual({
      action: 'settings.organisation_changed',
      actor: 'Test Officer',
      entity_type: 'settings',
      entity_id: 'organisation',
      incident_id: null,
      changes: JSON.stringify([
        { after: 'Ministry of Examples', before: '', field: 'name' },
        { after: 'Dana Price', before: '', field: 'dpoName' },
        { after: 'dpo@example.gov.uk', before: '', field: 'dpoEmail' },
      ]),
    });
    const before = contentFingerprint(cb.db);
    cb.ok('organisation:update', saved);
    expect(contentFingerprint(cb.db)).toBe(before);
    expect(cb.ok('audit:verify', {})).toMatchObject({ ok: true, entryCount: entries + 1 });
  });

  it('refuses a DPO email that is not one, changing nothing; an empty one clears it', () => {
    cb.ok('organisation:update', { dpoEmail: 'dpo@example.gov.uk' });
    const before = contentFingerprint(cb.db);
    expect(issuePaths(expectFailure(cb.core.call('organisation:update', { dpoEmail: 'dpo at example' }), 'INVALID_INPUT'))).toEqual(['dpoEmail']);
    expect(contentFingerprint(cb.db)).toBe(before);
    expect(cb.ok('organisation:update', { dpoEmail: '' }).dpoEmail).toBe('');
  });

  it('reads as blank when the stored value is unreadable', () => {
    cb.db.prepare(`INSERT INTO settings (key, value) VALUES ('organisation', '{"name": 42}')`).run();
    expect(cb.ok('organisation:get', {})).toEqual(blank);
  });
});
