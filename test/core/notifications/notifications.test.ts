import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import { assess, expectFailure, incidentAt, issuePaths, linkNewParty, SEVERITY, type Incident } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

const HOUR = 3_600_000;
const discoveredAt = Date.UTC(2026, 10, 20, 14, 30);
let cb: TestCasebook;
beforeEach(() => {
  cb = createTestCasebook({ memory: true });
});
afterEach(() => cb.close());

const current = (incident: { id: string }) => cb.ok('incidents:get', { id: incident.id }).incident;
type Report = Omit<Input<'notifications:recordRegulator'>, 'incidentId' | 'version'>;
const report = (incident: { id: string }, r: Report) =>
  cb.core.call('notifications:recordRegulator', { incidentId: incident.id, version: current(incident).version, ...r });
const reportOk = (incident: { id: string }, r: Report) => {
  const result = report(incident, r);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

function refusedReport(incident: { id: string }, r: Report, code: 'INVALID_INPUT' | 'CONFLICT' | 'INVALID_TRANSITION' = 'INVALID_INPUT') {
  const before = contentFingerprint(cb.db);
  const error = expectFailure(report(incident, r), code);
  expect(contentFingerprint(cb.db)).toBe(before);
  return error;
}

const fresh = () => cb.ok('incidents:create', minimalIncident({ discoveredAt }));

describe('notifications:recordRegulator', () => {
  it('records an initial report: the decision to notify, when the ICO was notified and the case reference, bumping the version', () => {
    const incident = fresh();
    const { incident: after, report: r } = reportOk(incident, {
      reportType: 'initial',
      submittedAt: discoveredAt + 20 * HOUR,
      icoReference: 'IC-412087-Q3T8',
      notes: 'Online form.',
    });
    expect(r).toMatchObject({
      reportType: 'initial',
      submittedAt: discoveredAt + 20 * HOUR,
      icoReference: 'IC-412087-Q3T8',
      recordedBy: 'Test Officer',
      notes: 'Online form.',
    });
    expect(after).toMatchObject({
      regulatorNotify: true,
      regulatorDecidedAt: discoveredAt + 20 * HOUR,
      regulatorDecidedBy: 'Test Officer',
      regulatorNotifiedAt: discoveredAt + 20 * HOUR,
      icoReference: 'IC-412087-Q3T8',
      version: incident.version + 1,
    });
    const entry = cb.ok('incidents:history', { id: incident.id }).items[0]!;
    expect(entry).toMatchObject({ action: 'regulator_report.recorded', entityType: 'regulator_report', entityId: r.id });
    expect(entry.changes).toContainEqual({ field: 'regulatorNotifiedAt', before: null, after: discoveredAt + 20 * HOUR });
    expect(entry.changes).toContainEqual({ field: 'icoReference', before: '', after: 'IC-412087-Q3T8' });
    expect(cb.ok('incidents:list', {}).items[0]).toMatchObject({ regulatorNotify: true, regulatorNotifiedAt: discoveredAt + 20 * HOUR });
  });

  it('keeps an earlier decision and its time, and the earliest initial report as the notification time', () => {
    let incident = fresh();
    incident = cb.ok('incidents:update', {
      id: incident.id,
      version: incident.version,
      patch: { regulatorNotify: true, regulatorRationale: 'Passport numbers.', regulatorDecidedAt: discoveredAt + HOUR },
    });
    reportOk(incident, { reportType: 'initial', submittedAt: discoveredAt + 30 * HOUR, icoReference: 'IC-1' });
    const { incident: after } = reportOk(incident, { reportType: 'initial', submittedAt: discoveredAt + 10 * HOUR, notes: 'The telephone report came first.' });
    expect(after).toMatchObject({ regulatorDecidedAt: discoveredAt + HOUR, regulatorNotifiedAt: discoveredAt + 10 * HOUR, icoReference: 'IC-1' });
    const { incident: later } = reportOk(incident, { reportType: 'initial', submittedAt: discoveredAt + 40 * HOUR });
    expect(later.regulatorNotifiedAt).toBe(discoveredAt + 10 * HOUR);
    expect(cb.ok('notifications:list', { incidentId: incident.id }).regulator.map((r) => r.submittedAt)).toEqual([
      discoveredAt + 10 * HOUR,
      discoveredAt + 30 * HOUR,
      discoveredAt + 40 * HOUR,
    ]);
  });

  it('asks for the reason for the delay when the initial report is more than 72 hours after awareness, not at 72 hours', () => {
    const onTime = fresh();
    expect(reportOk(onTime, { reportType: 'initial', submittedAt: discoveredAt + 72 * HOUR }).incident.regulatorDelayReason).toBe('');

    const late = fresh();
    const error = refusedReport(late, { reportType: 'initial', submittedAt: discoveredAt + 72 * HOUR + 1 });
    expect(issuePaths(error)).toEqual(['delayReason']);
    expect(error.message).toMatch(/72 hours/);
    const { incident, report: r } = reportOk(late, {
      reportType: 'initial',
      submittedAt: discoveredAt + 100 * HOUR,
      delayReason: 'Awareness of personal data only came with the supplier’s log review.',
    });
    expect(r.delayReason).toMatch(/supplier/);
    expect(incident.regulatorDelayReason).toMatch(/supplier/);
  });

  it('needs no new reason when the incident already carries one', () => {
    let incident = fresh();
    incident = cb.ok('incidents:update', {
      id: incident.id,
      version: incident.version,
      patch: { regulatorNotify: true, regulatorNotifiedAt: discoveredAt + 80 * HOUR, regulatorDelayReason: 'Holiday cover failed.' },
    });
    expect(reportOk(incident, { reportType: 'initial', submittedAt: discoveredAt + 79 * HOUR }).incident.regulatorDelayReason).toBe('Holiday cover failed.');
  });

  it('records a follow-up after an initial report, quoting the case reference given now or before', () => {
    const incident = fresh();
    reportOk(incident, { reportType: 'initial', submittedAt: discoveredAt + 20 * HOUR, icoReference: 'IC-77' });
    const { report: r } = reportOk(incident, { reportType: 'follow_up', submittedAt: discoveredAt + 150 * HOUR, notes: 'Phase two (Art. 33(4)).' });
    expect(r).toMatchObject({ reportType: 'follow_up', icoReference: 'IC-77' });
    expect(cb.ok('notifications:list', { incidentId: incident.id }).regulator.map((x) => x.reportType)).toEqual(['initial', 'follow_up']);
  });

  it('refuses a follow-up with no earlier initial report, or without a case reference', () => {
    const incident = fresh();
    expect(issuePaths(refusedReport(incident, { reportType: 'follow_up', submittedAt: discoveredAt + HOUR, icoReference: 'IC-9' }))).toEqual(['reportType']);
    reportOk(incident, { reportType: 'initial', submittedAt: discoveredAt + 20 * HOUR });
    expect(issuePaths(refusedReport(incident, { reportType: 'follow_up', submittedAt: discoveredAt + 10 * HOUR, icoReference: 'IC-9' }))).toEqual(['reportType']);
    expect(issuePaths(refusedReport(incident, { reportType: 'follow_up', submittedAt: discoveredAt + 30 * HOUR }))).toEqual(['icoReference']);
  });

  it('refuses a case reference different from the one recorded', () => {
    const incident = fresh();
    reportOk(incident, { reportType: 'initial', submittedAt: discoveredAt + 20 * HOUR, icoReference: 'IC-77' });
    const error = refusedReport(incident, { reportType: 'follow_up', submittedAt: discoveredAt + 30 * HOUR, icoReference: 'IC-78' });
    expect(issuePaths(error)).toEqual(['icoReference']);
    expect(error.message).toContain('IC-77');
  });

  it('refuses a report before the discovery, at submittedAt', () => {
    expect(issuePaths(refusedReport(fresh(), { reportType: 'initial', submittedAt: discoveredAt - 1 }))).toEqual(['submittedAt']);
  });

  it('refuses a report while the recorded decision is not to notify, rather than overturning it', () => {
    let incident = fresh();
    assess(cb, incident.id, SEVERITY.low);
    incident = cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { regulatorNotify: false, regulatorRationale: 'Low risk.' } });
    const error = refusedReport(incident, { reportType: 'initial', submittedAt: discoveredAt + HOUR });
    expect(issuePaths(error)).toEqual(['reportType']);
    expect(error.message).toMatch(/not to notify/);
  });

  it('answers CONFLICT from a stale copy of the incident, and refuses a closed incident', () => {
    const incident = fresh();
    cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { owner: 'Priya Raman' } });
    const before = contentFingerprint(cb.db);
    expectFailure(
      cb.core.call('notifications:recordRegulator', { incidentId: incident.id, version: incident.version, reportType: 'initial', submittedAt: discoveredAt + HOUR }),
      'CONFLICT',
    );
    expect(contentFingerprint(cb.db)).toBe(before);
    const closed = incidentAt(cb, 'closed');
    expect(refusedReport(closed, { reportType: 'initial', submittedAt: closed.discoveredAt + HOUR }, 'INVALID_TRANSITION').message).toMatch(/Re-open/);
  });

  it('takes the e2e path on a breach assessed as high: follow the recommendation, report late with a reason, then close', () => {
    let incident = incidentAt(cb, 'notifying', { discoveredAt });
    assess(cb, incident.id, SEVERITY.high);
    incident = cb.ok('incidents:update', { id: incident.id, version: current(incident).version, patch: { regulatorNotify: true, subjectsNotify: true } });
    expect(issuePaths(refusedReport(incident, { reportType: 'initial', submittedAt: discoveredAt + 100 * HOUR, icoReference: 'IC-5' }))).toEqual(['delayReason']);
    reportOk(incident, { reportType: 'initial', submittedAt: discoveredAt + 100 * HOUR, icoReference: 'IC-5', delayReason: 'Found over a weekend.' });
    incident = current(incident);
    incident = cb.ok('incidents:update', {
      id: incident.id,
      version: incident.version,
      patch: {
        regulatorRationale: 'High severity.',
        dataCategories: ['basic_identifiers'],
        likelyConsequences: 'Targeting of applicants.',
        rootCause: 'CC instead of BCC.',
        lessons: 'Bulk-mail tool.',
      },
    });
    expect(cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Done', outcome: 'breach' }).status).toBe('closed');
  });
});

describe('notifications:recordExternal', () => {
  it('records who was told, when and with what reference, audited, listed in the order they were told', () => {
    const incident = fresh();
    const police = cb.ok('notifications:recordExternal', {
      incidentId: incident.id,
      recipient: 'police',
      recipientDetail: 'Kent Police',
      notifiedAt: discoveredAt + 5 * HOUR,
      reference: 'KP-1',
    });
    cb.ok('notifications:recordExternal', { incidentId: incident.id, recipient: 'ministers_private_office', notifiedAt: discoveredAt + 2 * HOUR });
    expect(police).toMatchObject({ recipient: 'police', recipientDetail: 'Kent Police', reference: 'KP-1', recordedBy: 'Test Officer' });
    expect(cb.ok('notifications:list', { incidentId: incident.id }).external.map((n) => n.recipient)).toEqual(['ministers_private_office', 'police']);
    const entry = cb.ok('incidents:history', { id: incident.id }).items[1]!;
    expect(entry).toMatchObject({ action: 'external_notification.recorded', entityId: police.id });
    expect(entry.summary).toMatch(/Police \(Kent Police\)/);
    // Telling others does not change the incident itself.
    expect(current(incident).version).toBe(incident.version);
  });

  it('needs the name of an "other" organisation, at recipientDetail', () => {
    const incident = fresh();
    const before = contentFingerprint(cb.db);
    const error = expectFailure(
      cb.core.call('notifications:recordExternal', { incidentId: incident.id, recipient: 'other', recipientDetail: '  ', notifiedAt: discoveredAt }),
      'INVALID_INPUT',
    );
    expect(issuePaths(error)).toEqual(['recipientDetail']);
    expect(contentFingerprint(cb.db)).toBe(before);
    expect(
      cb.ok('notifications:recordExternal', {
        incidentId: incident.id,
        recipient: 'other',
        recipientDetail: 'Information Commissioner of Guernsey',
        notifiedAt: discoveredAt,
      }).recipientDetail,
    ).toBe('Information Commissioner of Guernsey');
  });
});

describe('involvements:markNotified', () => {
  function incidentWithParties(): { incident: Incident; subjects: string[]; recipient: string; toldEarlier: string } {
    const incident = fresh();
    const subjects = ['Ahmad Rahimi', 'Farida Noori', 'Nasir Popal'].map((name) => linkNewParty(cb, incident.id, { name }, ['data_subject']).party.id);
    const recipient = linkNewParty(cb, incident.id, { name: 'Unintended recipient' }, ['unintended_recipient']).party.id;
    const toldEarlier = linkNewParty(cb, incident.id, { name: 'Told by phone' }, ['data_subject', 'unintended_recipient'], {
      notificationStatus: 'notified',
      notifiedAt: discoveredAt + HOUR,
      notificationMethod: 'phone',
    }).party.id;
    return { incident, subjects, recipient, toldEarlier };
  }
  const involvementsOf = (incidentId: string) => new Map(cb.ok('involvements:list', { incidentId }).items.map((l) => [l.party.id, l.involvement]));

  it('with no names, marks every data subject not yet told, in one audit entry; those told earlier keep their record', () => {
    const { incident, subjects, recipient, toldEarlier } = incidentWithParties();
    const entriesBefore = cb.ok('audit:verify', {}).entryCount;
    expect(cb.ok('involvements:markNotified', { incidentId: incident.id, notifiedAt: discoveredAt + 30 * HOUR, method: 'letter' })).toEqual({ updated: 3 });
    const links = involvementsOf(incident.id);
    for (const id of subjects)
      expect(links.get(id)).toMatchObject({ notificationStatus: 'notified', notifiedAt: discoveredAt + 30 * HOUR, notificationMethod: 'letter', version: 2 });
    expect(links.get(recipient)).toMatchObject({ notificationStatus: 'undecided', version: 1 });
    expect(links.get(toldEarlier)).toMatchObject({ notifiedAt: discoveredAt + HOUR, notificationMethod: 'phone', version: 1 });
    expect(cb.ok('audit:verify', {}).entryCount).toBe(entriesBefore + 1);
    const entry = cb.ok('incidents:history', { id: incident.id }).items[0]!;
    expect(entry).toMatchObject({ action: 'involvements.marked_notified', entityType: 'incident', entityId: incident.id });
    expect(entry.summary).toMatch(/3 parties/);
    expect(entry.changes).toContainEqual({ field: 'count', before: null, after: 3 });
    expect(entry.changes).toContainEqual({ field: 'partyIds', before: null, after: subjects });
    // Nothing left to mark: nothing changes and nothing is audited.
    expect(cb.ok('involvements:markNotified', { incidentId: incident.id, notifiedAt: discoveredAt + 31 * HOUR, method: 'letter' })).toEqual({ updated: 0 });
    expect(cb.ok('audit:verify', {}).entryCount).toBe(entriesBefore + 1);
  });

  it('dates the telling of the people (subjectsToldAt) only once every data subject is marked told', () => {
    const { incident, subjects } = incidentWithParties();
    expect(current(incident).subjectsToldAt).toBeNull();
    cb.ok('involvements:markNotified', { incidentId: incident.id, partyIds: subjects.slice(0, 2), notifiedAt: discoveredAt + 20 * HOUR, method: 'email' });
    expect(current(incident).subjectsToldAt).toBeNull();
    cb.ok('involvements:markNotified', { incidentId: incident.id, partyIds: subjects.slice(2), notifiedAt: discoveredAt + 26 * HOUR, method: 'letter' });
    expect(current(incident).subjectsToldAt).toBe(discoveredAt + 26 * HOUR);
  });

  it('marks exactly the parties named, whatever their role, even if told before, and each only once', () => {
    const { incident, subjects, recipient, toldEarlier } = incidentWithParties();
    const result = cb.ok('involvements:markNotified', {
      incidentId: incident.id,
      partyIds: [recipient, toldEarlier, recipient],
      notifiedAt: discoveredAt + 40 * HOUR,
      method: 'email',
    });
    expect(result).toEqual({ updated: 2 });
    const links = involvementsOf(incident.id);
    expect(links.get(recipient)).toMatchObject({ notificationStatus: 'notified', notificationMethod: 'email' });
    expect(links.get(toldEarlier)).toMatchObject({ notifiedAt: discoveredAt + 40 * HOUR, notificationMethod: 'email', version: 2 });
    for (const id of subjects) expect(links.get(id)).toMatchObject({ notificationStatus: 'undecided' });
  });

  it('changes nothing when one named party is not linked, answering NOT_FOUND', () => {
    const { incident, subjects } = incidentWithParties();
    const stranger = cb.ok('parties:create', { name: 'Not linked' });
    const before = contentFingerprint(cb.db);
    const error = expectFailure(
      cb.core.call('involvements:markNotified', { incidentId: incident.id, partyIds: [...subjects, stranger.id], notifiedAt: discoveredAt + HOUR, method: 'letter' }),
      'NOT_FOUND',
    );
    expect(error.message).toMatch(/nobody was marked/);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('makes a later update of an involvement from the copy before the marking conflict', () => {
    const { incident, subjects } = incidentWithParties();
    cb.ok('involvements:markNotified', { incidentId: incident.id, notifiedAt: discoveredAt + 30 * HOUR, method: 'letter' });
    expectFailure(
      cb.core.call('involvements:update', { incidentId: incident.id, partyId: subjects[0]!, version: 1, involvement: { roles: ['data_subject'] } }),
      'CONFLICT',
    );
  });

  it('refuses a closed incident and a time before the discovery', () => {
    const closed = incidentAt(cb, 'closed');
    expectFailure(cb.core.call('involvements:markNotified', { incidentId: closed.id, notifiedAt: closed.discoveredAt + HOUR, method: 'letter' }), 'INVALID_TRANSITION');
    const { incident } = incidentWithParties();
    const error = expectFailure(cb.core.call('involvements:markNotified', { incidentId: incident.id, notifiedAt: discoveredAt - 1, method: 'letter' }), 'INVALID_INPUT');
    expect(issuePaths(error)).toEqual(['notifiedAt']);
  });
});
