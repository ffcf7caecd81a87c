import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessSeverity, recommend } from '../../shared/domain/severity';
import { assess, expectFailure, incidentAt, issuePaths, manualClock, SEVERITY } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

let cb: TestCasebook;
const clock = manualClock(Date.UTC(2026, 10, 27, 9, 0));
beforeEach(() => {
  clock.set(Date.UTC(2026, 10, 27, 9, 0));
  cb = createTestCasebook({ memory: true, now: clock.now });
});
afterEach(() => cb.close());

const lastAudit = () =>
  cb.db.prepare(`SELECT action, actor, at, entity_type, entity_id, incident_id, summary, changes FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as {
    action: string;
    entity_type: string;
    entity_id: string;
    incident_id: string;
    summary: string;
    changes: string;
  };

describe('assessments:add', () => {
  it('computes SE = DPC × EI + CB and its band in the core, numbers the assessment, and puts the band on the incident', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const a = assess(cb, incident.id, SEVERITY.high, { peopleAffected: 40, recordsAffected: 41, notes: 'Bank details of 40 staff.' });
    expect(a).toMatchObject({ number: 1, dpc: 3, ei: 1, cb: 0.25, score: 3.25, band: 'high', peopleAffected: 40, recordsAffected: 41, unintelligible: false });
    expect(a).toMatchObject({ assessedBy: 'Test Officer', assessedAt: Date.UTC(2026, 10, 27, 9, 0), notes: 'Bank details of 40 staff.' });
    expect(a.severity).toEqual(SEVERITY.high);
    const { incident: after } = cb.ok('incidents:get', { id: incident.id });
    expect(after).toMatchObject({ severityBand: 'high', severityScore: 3.25 });
    // A derived field, like the party counts: the officer's copy of the incident stays current.
    expect(after.version).toBe(incident.version);
    expect(cb.ok('incidents:list', {}).items[0]).toMatchObject({ id: incident.id, severityBand: 'high' });
  });

  it.each([
    ['low', SEVERITY.low, 1.25, 'low'],
    ['medium', SEVERITY.medium, 2.5, 'medium'],
    ['high', SEVERITY.high, 3.25, 'high'],
    ['very high', SEVERITY.veryHigh, 5, 'very_high'],
  ] as const)('stores what the shared method computes for the %s example', (_name, severity, score, band) => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const stored = assess(cb, incident.id, severity);
    expect(assessSeverity(severity)).toMatchObject({ score, band });
    expect(stored).toMatchObject({ score, band });
  });

  it('keeps a DPC adjustment within 1–4 as the method says', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const a = assess(cb, incident.id, { ...SEVERITY.veryHigh, dpcAdjustment: 3, dpcFactors: ['individuals'] });
    expect(a.dpc).toBe(4);
    const b = assess(cb, incident.id, { ...SEVERITY.low, dpcAdjustment: -3, dpcFactors: ['public_availability'] });
    expect(b.dpc).toBe(1);
  });

  it('keeps earlier assessments when re-assessing; the list is newest first and the incident shows the latest band', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.veryHigh);
    clock.advance(3_600_000);
    assess(cb, incident.id, SEVERITY.low, { notes: 'Recipient confirmed deletion.' });
    const { items } = cb.ok('assessments:list', { incidentId: incident.id });
    expect(items.map((a) => [a.number, a.band])).toEqual([
      [2, 'low'],
      [1, 'very_high'],
    ]);
    expect(cb.ok('incidents:get', { id: incident.id }).incident).toMatchObject({ severityBand: 'low', severityScore: 1.25 });
  });

  it('lists each assessment with the recommendation the shared method gives for its band, people and unintelligibility', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.high, { peopleAffected: 55 });
    assess(cb, incident.id, SEVERITY.high, { unintelligible: true });
    const [encrypted, plain] = cb.ok('assessments:list', { incidentId: incident.id }).items;
    expect(plain!.recommendation).toEqual(recommend({ band: 'high', score: 3.25, unintelligible: false, peopleAffected: 55 }));
    expect(plain!.recommendation).toMatchObject({ notifyRegulator: true, notifySubjects: true, suggestedExemption: null });
    expect(encrypted!.recommendation).toMatchObject({ notifyRegulator: false, notifySubjects: false, suggestedExemption: 'unintelligible' });
  });

  it('records every input and result in one audit entry, beside the previous assessment', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const first = assess(cb, incident.id, SEVERITY.medium, { peopleAffected: 3 });
    let entry = lastAudit();
    expect(entry).toMatchObject({ action: 'assessment.added', entity_type: 'assessment', entity_id: first.id, incident_id: incident.id });
    expect(entry.summary).toMatch(/Medium, SE 2\.50/);
    let changes = JSON.parse(entry.changes) as { field: string; before: unknown; after: unknown }[];
    expect(changes.map((c) => c.field)).toEqual(
      expect.arrayContaining([
        'dpcCategory',
        'dpcAdjustment',
        'dpcFactors',
        'ease',
        'confidentiality',
        'integrity',
        'availability',
        'maliciousIntent',
        'peopleAffected',
        'score',
        'band',
      ]),
    );
    expect(changes.find((c) => c.field === 'score')).toEqual({ field: 'score', before: null, after: 2.5 });
    assess(cb, incident.id, SEVERITY.high);
    entry = lastAudit();
    changes = JSON.parse(entry.changes);
    expect(changes.find((c) => c.field === 'band')).toEqual({ field: 'band', before: 'medium', after: 'high' });
    expect(changes.find((c) => c.field === 'number')).toEqual({ field: 'number', before: 1, after: 2 });
    expect(cb.ok('incidents:history', { id: incident.id }).items[0]!.action).toBe('assessment.added');
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('stores the DPC factors once each, in the method’s order, whatever order they were chosen in', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const a = assess(cb, incident.id, { ...SEVERITY.low, dpcAdjustment: 2, dpcFactors: ['individuals', 'volume'] });
    expect(a.severity.dpcFactors).toEqual(['volume', 'individuals']);
  });

  it('refuses the same factor twice, at severity.dpcFactors', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const before = contentFingerprint(cb.db);
    const error = expectFailure(
      cb.core.call('assessments:add', { incidentId: incident.id, severity: { ...SEVERITY.low, dpcAdjustment: 1, dpcFactors: ['volume', 'volume'] } }),
      'INVALID_INPUT',
    );
    expect(issuePaths(error)).toEqual(['severity.dpcFactors']);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('refuses to assess a closed incident, changing nothing', () => {
    const closed = incidentAt(cb, 'closed');
    const before = contentFingerprint(cb.db);
    const error = expectFailure(cb.core.call('assessments:add', { incidentId: closed.id, severity: SEVERITY.low }), 'INVALID_TRANSITION');
    expect(error.message).toMatch(/closed/);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('lists nothing for an incident never assessed', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    expect(cb.ok('assessments:list', { incidentId: incident.id }).items).toEqual([]);
    expect(cb.ok('incidents:get', { id: incident.id }).incident).toMatchObject({ severityBand: null, severityScore: null });
  });
});
