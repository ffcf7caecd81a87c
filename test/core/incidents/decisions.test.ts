import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import { assess, expectFailure, incidentAt, issuePaths, SEVERITY, type Incident } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

const HOUR = 3_600_000;
let cb: TestCasebook;
beforeEach(() => {
  cb = createTestCasebook({ memory: true });
});
afterEach(() => cb.close());

const update = (incident: Incident, patch: Input<'incidents:update'>['patch']) => cb.core.call('incidents:update', { id: incident.id, version: incident.version, patch });

function refused(incident: Incident, patch: Input<'incidents:update'>['patch']) {
  const before = contentFingerprint(cb.db);
  const error = expectFailure(update(incident, patch), 'INVALID_INPUT');
  expect(contentFingerprint(cb.db)).toBe(before);
  return error;
}

describe('decisions against the latest assessment’s recommendation', () => {
  it('needs a rationale for not notifying the ICO when the assessment recommends it, and says what it recommends', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.high);
    const error = refused(incident, { regulatorNotify: false });
    expect(issuePaths(error)).toEqual(['patch.regulatorRationale']);
    expect(error.issues![0]!.message).toMatch(/High severity\) recommends notifying the ICO/);
    expect(error.message).toMatch(/recommends notifying the ICO/);
    expect(update(incident, { regulatorNotify: false, regulatorRationale: 'Recipient is a partner department bound by the same rules.' }).ok).toBe(true);
  });

  it('needs a rationale for notifying the ICO when the assessment recommends not to', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.low);
    const error = refused(incident, { regulatorNotify: true });
    expect(issuePaths(error)).toEqual(['patch.regulatorRationale']);
    expect(error.issues![0]!.message).toMatch(/recommends not notifying the ICO/);
  });

  it('needs no rationale for a decision that follows the recommendation', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.high);
    const decided = cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { regulatorNotify: true, subjectsNotify: true } });
    expect(decided).toMatchObject({ regulatorNotify: true, subjectsNotify: true, regulatorDecidedBy: 'Test Officer' });
  });

  it('needs a rationale for not telling the people when the assessment says they are at high risk, and for telling them when it does not', () => {
    const high = cb.ok('incidents:create', minimalIncident());
    assess(cb, high.id, SEVERITY.high);
    const notTold = refused(high, { subjectsNotify: false, subjectsExemption: 'disproportionate_effort' });
    expect(issuePaths(notTold)).toEqual(['patch.subjectsRationale']);
    expect(notTold.issues![0]!.message).toMatch(/recommends telling the people affected/);

    const low = cb.ok('incidents:create', minimalIncident());
    assess(cb, low.id, SEVERITY.low);
    const told = refused(low, { subjectsNotify: true });
    expect(issuePaths(told)).toEqual(['patch.subjectsRationale']);
    expect(told.issues![0]!.message).toMatch(/recommends not telling/);
    expect(update(low, { subjectsNotify: true, subjectsRationale: 'Told as good practice.' }).ok).toBe(true);
  });

  it('reports both rationales at once when both decisions go against the recommendation', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.veryHigh);
    const error = refused(incident, { regulatorNotify: false, subjectsNotify: false, subjectsExemption: 'not_high_risk' });
    expect(issuePaths(error)).toEqual(['patch.regulatorRationale', 'patch.subjectsRationale']);
  });

  it('judges against the latest assessment, not an earlier one', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.veryHigh);
    assess(cb, incident.id, SEVERITY.low);
    const decided = update(incident, {
      regulatorNotify: false,
      regulatorRationale: 'Known recipient, deleted.',
      subjectsNotify: false,
      subjectsExemption: 'not_high_risk',
    });
    expect(decided.ok).toBe(true);
  });

  it('follows the unintelligible-data recommendation: not telling anyone needs no rationale', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.high, { unintelligible: true });
    expect(update(incident, { regulatorNotify: false, regulatorRationale: 'Encrypted at rest.', subjectsNotify: false, subjectsExemption: 'unintelligible' }).ok).toBe(
      true,
    );
  });

  it('asks for no rationale against a recommendation before an assessment exists (a decision to notify needs none)', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    expect(update(incident, { regulatorNotify: true, subjectsNotify: true }).ok).toBe(true);
  });

  it('does not block unrelated edits of a decision an assessment made later went against', () => {
    let incident = cb.ok('incidents:create', minimalIncident());
    // A decision not to notify recorded before the rules asked for its reasons.
    cb.db.prepare('UPDATE incidents SET regulator_notify = 0 WHERE id = ?').run(incident.id);
    assess(cb, incident.id, SEVERITY.veryHigh);
    incident = cb.ok('incidents:get', { id: incident.id }).incident;
    incident = cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { title: 'Corrected title' } });
    // Touching the decision again asks for the rationale.
    expect(issuePaths(refused(incident, { regulatorRationale: '  ' }))).toEqual(['patch.regulatorRationale']);
  });
});

describe('a regulator notification more than 72 hours after awareness (Art. 33(1))', () => {
  // A week before the test clock (27 Nov 2026 09:00), so notifications 96 hours later are in the past.
  const discoveredAt = Date.UTC(2026, 10, 20, 14, 30);

  it('needs the reason for the delay, at patch.regulatorDelayReason; exactly 72 hours does not', () => {
    const incident = cb.ok('incidents:create', minimalIncident({ discoveredAt }));
    const onTime = cb.ok('incidents:update', {
      id: incident.id,
      version: incident.version,
      patch: { regulatorNotify: true, regulatorNotifiedAt: discoveredAt + 72 * HOUR },
    });
    expect(onTime.regulatorNotifiedAt).toBe(discoveredAt + 72 * HOUR);
    const error = refused(onTime, { regulatorNotifiedAt: discoveredAt + 72 * HOUR + 60_000 });
    expect(issuePaths(error)).toEqual(['patch.regulatorDelayReason']);
    expect(error.message).toMatch(/72 hours/);
    const late = cb.ok('incidents:update', {
      id: incident.id,
      version: onTime.version,
      patch: { regulatorNotifiedAt: discoveredAt + 96 * HOUR, regulatorDelayReason: 'The scale was only known from the forensic report.' },
    });
    expect(late.regulatorDelayReason).toBe('The scale was only known from the forensic report.');
    // Clearing the reason while the notification stays late is refused too.
    expect(issuePaths(refused(late, { regulatorDelayReason: '' }))).toEqual(['patch.regulatorDelayReason']);
  });

  it('counts the 72 hours from awareness even when awareness is moved earlier after the notification was recorded', () => {
    let incident = cb.ok('incidents:create', minimalIncident({ discoveredAt }));
    incident = cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { regulatorNotify: true, regulatorNotifiedAt: discoveredAt + 48 * HOUR } });
    const error = refused(incident, { discoveredAt: discoveredAt - 48 * HOUR });
    expect(issuePaths(error)).toEqual(['patch.regulatorDelayReason']);
  });

  it('refuses a notification before the discovery, at patch.regulatorNotifiedAt', () => {
    const incident = cb.ok('incidents:create', minimalIncident({ discoveredAt }));
    expect(issuePaths(refused(incident, { regulatorNotify: true, regulatorNotifiedAt: discoveredAt - HOUR }))).toEqual(['patch.regulatorNotifiedAt']);
  });
});

describe('the ICO form fields on an incident', () => {
  it('are recorded with incidents:update, the category sets without repeats in the form’s order, and audited', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const updated = cb.ok('incidents:update', {
      id: incident.id,
      version: incident.version,
      patch: {
        dataCategories: ['official_documents', 'basic_identifiers', 'official_documents'],
        subjectCategories: ['vulnerable_adults', 'employees'],
        howDiscovered: 'The recipient replied.',
        causedByCyber: 'no',
        likelyConsequences: 'Identity misuse.',
        consequenceLikelihood: 'likely',
        staffInvolved: 'yes',
        staffTrained: 'no',
        staffDetails: 'Training booked.',
        priorMeasures: 'BCC guidance.',
      },
    });
    expect(updated).toMatchObject({
      dataCategories: ['basic_identifiers', 'official_documents'],
      subjectCategories: ['employees', 'vulnerable_adults'],
      howDiscovered: 'The recipient replied.',
      causedByCyber: 'no',
      consequenceLikelihood: 'likely',
      staffInvolved: 'yes',
      staffTrained: 'no',
    });
    expect(cb.ok('incidents:get', { id: incident.id }).incident.dataCategories).toEqual(['basic_identifiers', 'official_documents']);
    const entry = cb.ok('incidents:history', { id: incident.id }).items[0]!;
    expect(entry.changes).toContainEqual({ field: 'dataCategories', before: [], after: ['basic_identifiers', 'official_documents'] });
    expect(entry.changes).toContainEqual({ field: 'consequenceLikelihood', before: 'not_yet_known', after: 'likely' });
    // The same sets in another order are no change at all.
    const again = cb.ok('incidents:update', { id: incident.id, version: updated.version, patch: { dataCategories: ['official_documents', 'basic_identifiers'] } });
    expect(again.version).toBe(updated.version);
  });

  it('refuses an unknown category or likelihood at its path', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    expect(issuePaths(refused(incident, { dataCategories: ['shoe_size' as never] }))).toEqual(['patch.dataCategories.0']);
    expect(issuePaths(refused(incident, { consequenceLikelihood: 'certain' as never }))).toEqual(['patch.consequenceLikelihood']);
  });

  it('are removed with the incident when demo data goes', () => {
    cb.ok('demo:load', {});
    expect(cb.db.prepare('SELECT count(*) FROM incident_data_categories').pluck().get()).toBeGreaterThan(0);
    cb.ok('demo:remove', {});
    for (const table of ['incident_data_categories', 'incident_subject_categories', 'assessments', 'regulator_reports', 'external_notifications', 'actions']) {
      expect(cb.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });
});

describe('containment time', () => {
  it('is set on the first move to contained and kept through re-opening and containing again', () => {
    const contained = incidentAt(cb, 'contained');
    expect(contained.containedAt).not.toBeNull();
    const first = contained.containedAt!;
    expect(cb.ok('incidents:get', { id: contained.id }).statusHistory.at(-1)).toMatchObject({ to: 'contained', at: first });
    const back = cb.ok('incidents:transition', { id: contained.id, version: contained.version, to: 'investigating', reason: 'New evidence' });
    const again = cb.ok('incidents:transition', { id: contained.id, version: back.version, to: 'contained' });
    expect(again.containedAt).toBe(first);
    expect(cb.ok('incidents:history', { id: contained.id }).items.filter((e) => e.changes.some((c) => c.field === 'containedAt'))).toHaveLength(1);
  });

  it('stays empty for an incident that never reached containment', () => {
    expect(incidentAt(cb, 'investigating').containedAt).toBeNull();
    expect(incidentAt(cb, 'closed').containedAt).toBeNull();
  });
});
