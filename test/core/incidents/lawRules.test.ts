import { afterEach, describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS } from '../../../shared/domain/dateRules';
import type { Input, SyncOperation } from '../../../shared/contract';
import { OPERATION_ACCESS } from '../../../shared/contract/access';
import { assess, COMPLETE_BREACH_DECISIONS, driveTo, expectFailure, issuePaths, linkNewParty, manualClock, SEVERITY, type Incident } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

/**
 * Issue 11 on real SQLite: the register refuses what the law does not allow — decisions not to tell
 * without their reasons, impossible dates — at the field, writing nothing; flags what older records
 * already break; and asks for decisions to be reviewed after a re-assessment into another band.
 */
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The register's clock in these tests: it stands still unless a test moves it. */
const NOW = Date.UTC(2026, 10, 27, 12, 0);
const AWARE = Date.UTC(2026, 10, 26, 14, 30);

let cb: TestCasebook;
let clock: ReturnType<typeof manualClock>;
function open() {
  clock = manualClock(NOW);
  cb = createTestCasebook({ memory: true, now: clock.now });
}
afterEach(() => cb.close());

const auditCount = () => cb.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n;
const get = (id: string) => cb.ok('incidents:get', { id }).incident;

/** Calls an operation expecting INVALID_INPUT, and proves nothing changed: the incident and the audit count. */
function refused<O extends SyncOperation>(incidentId: string | null, operation: O, input: Input<O>) {
  const before = incidentId ? get(incidentId) : null;
  const entries = auditCount();
  const error = expectFailure(cb.core.call(operation, input), 'INVALID_INPUT');
  if (incidentId) expect(get(incidentId)).toEqual(before);
  expect(auditCount()).toBe(entries);
  return error;
}

const update = (i: Incident, patch: Input<'incidents:update'>['patch']) => cb.ok('incidents:update', { id: i.id, version: i.version, patch });

describe('a decision not to notify the ICO needs its reasons when it is decided (Art. 33(5))', () => {
  it('is refused without an assessment and without a rationale, at each field, in plain words', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident());
    const error = refused(incident.id, 'incidents:update', { id: incident.id, version: incident.version, patch: { regulatorNotify: false } });
    expect(error.issues).toEqual([
      { path: 'patch.regulatorNotify', message: 'Assess the severity first: a decision not to notify the ICO rests on a recorded assessment' },
      { path: 'patch.regulatorRationale', message: 'Give the reasons for not notifying the ICO: they must be documented (Art. 33(5))' },
    ]);
    const withReasons = refused(incident.id, 'incidents:update', {
      id: incident.id,
      version: incident.version,
      patch: { regulatorNotify: false, regulatorRationale: 'Known recipient, deleted unread.' },
    });
    expect(issuePaths(withReasons)).toEqual(['patch.regulatorNotify']);
  });

  it('keeps the 72-hour clock running until it is complete, then reads who decided and when', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.low);
    const decided = update(get(incident.id), { regulatorNotify: false, regulatorRationale: 'Known recipient, deleted unread.' });
    expect(decided).toMatchObject({ regulatorNotify: false, regulatorDecidedAt: NOW, regulatorDecidedBy: 'Test Officer' });
    expect(issuePaths(refused(incident.id, 'incidents:update', { id: decided.id, version: decided.version, patch: { regulatorRationale: ' ' } }))).toEqual([
      'patch.regulatorRationale',
    ]);
  });
});

describe('a decision not to tell the people affected (Art. 34)', () => {
  it('needs a rationale or an Art. 34(3) ground, and accepts either', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident());
    const error = refused(incident.id, 'incidents:update', { id: incident.id, version: incident.version, patch: { subjectsNotify: false } });
    expect(error.issues).toEqual([
      { path: 'patch.subjectsRationale', message: 'Give the reasons for not telling the people affected, or choose the Art. 34(3) ground that exempts it' },
    ]);
    const withGround = update(incident, { subjectsNotify: false, subjectsExemption: 'unintelligible' });
    expect(withGround.subjectsNotify).toBe(false);
    const other = cb.ok('incidents:create', minimalIncident());
    expect(update(other, { subjectsNotify: false, subjectsRationale: 'They already know: they reported it.' }).subjectsNotify).toBe(false);
  });
});

describe('a report to the ICO against a recommendation not to notify', () => {
  it('needs a rationale, which the incident then keeps as the decision’s', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.low);
    const report = { incidentId: incident.id, version: incident.version, reportType: 'initial' as const, submittedAt: AWARE + 2 * HOUR };
    const error = refused(incident.id, 'notifications:recordRegulator', report);
    expect(error.issues).toEqual([
      { path: 'rationale', message: 'The latest assessment (Low severity) recommends not notifying the ICO: give the rationale for notifying' },
    ]);
    const { incident: after } = cb.ok('notifications:recordRegulator', { ...report, rationale: 'The recipient is unknown to us.' });
    expect(after).toMatchObject({ regulatorNotify: true, regulatorRationale: 'The recipient is unknown to us.', regulatorNotifiedAt: AWARE + 2 * HOUR });
  });

  it('needs none when the assessment recommends notifying', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.high);
    const { incident: after } = cb.ok('notifications:recordRegulator', {
      incidentId: incident.id,
      version: incident.version,
      reportType: 'initial',
      submittedAt: AWARE + HOUR,
    });
    expect(after).toMatchObject({ regulatorNotify: true, regulatorRationale: '' });
  });
});

describe('no impossible dates', () => {
  it('refuses a discovery in the future, beyond five minutes of clock skew, and accepts one exactly at the limit', () => {
    open();
    const before = auditCount();
    const error = expectFailure(cb.core.call('incidents:create', minimalIncident({ discoveredAt: NOW + CLOCK_SKEW_MS + 1 })), 'INVALID_INPUT');
    expect(error.issues).toEqual([{ path: 'discoveredAt', message: 'Discovered cannot be in the future: it starts the 72-hour clock' }]);
    expect(error.message).toBe('Discovered cannot be in the future: it starts the 72-hour clock. Correct it and try again.');
    expect(auditCount()).toBe(before);
    expect(cb.ok('incidents:create', minimalIncident({ discoveredAt: NOW + CLOCK_SKEW_MS })).discoveredAt).toBe(NOW + CLOCK_SKEW_MS);
  });

  it('refuses occurred or reported in the future, and accepts equal occurred, discovered and reported times', () => {
    open();
    const future = expectFailure(cb.core.call('incidents:create', minimalIncident({ discoveredAt: NOW, occurredAt: NOW, reportedAt: NOW + HOUR })), 'INVALID_INPUT');
    expect(future.issues).toEqual([{ path: 'reportedAt', message: 'Reported cannot be in the future' }]);
    expect(cb.ok('incidents:create', minimalIncident({ occurredAt: AWARE, discoveredAt: AWARE, reportedAt: AWARE }))).toMatchObject({
      occurredAt: AWARE,
      discoveredAt: AWARE,
      reportedAt: AWARE,
    });
  });

  it('applies to the dates a patch touches, in the future or out of order, writing nothing', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident({ reportedAt: AWARE + HOUR }));
    expect(refused(incident.id, 'incidents:update', { id: incident.id, version: incident.version, patch: { discoveredAt: NOW + 10 * MINUTE } }).issues).toEqual([
      { path: 'patch.reportedAt', message: 'It cannot have been reported before it was discovered' },
      { path: 'patch.discoveredAt', message: 'Discovered cannot be in the future: it starts the 72-hour clock' },
    ]);
    expect(issuePaths(refused(incident.id, 'incidents:update', { id: incident.id, version: incident.version, patch: { discoveredAt: AWARE + 2 * HOUR } }))).toEqual([
      'patch.reportedAt',
    ]);
    expect(issuePaths(refused(incident.id, 'incidents:update', { id: incident.id, version: incident.version, patch: { occurredAt: NOW + HOUR } }))).toEqual([
      'patch.occurredAt',
    ]);
    expect(
      issuePaths(
        refused(incident.id, 'incidents:update', { id: incident.id, version: incident.version, patch: { regulatorNotify: true, regulatorNotifiedAt: NOW + HOUR } }),
      ),
    ).toEqual(['patch.regulatorNotifiedAt']);
  });

  it('refuses an ICO report, another organisation told or people told in the future or before awareness; accepts exactly at awareness', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident());
    const subject = linkNewParty(cb, incident.id, { name: 'Jo Harper' }, ['data_subject']);
    const current = get(incident.id);
    const late = NOW + CLOCK_SKEW_MS + MINUTE;
    expect(
      refused(incident.id, 'notifications:recordRegulator', { incidentId: incident.id, version: current.version, reportType: 'initial', submittedAt: late }).issues,
    ).toEqual([{ path: 'submittedAt', message: 'The time of the report cannot be in the future' }]);
    expect(refused(incident.id, 'notifications:recordExternal', { incidentId: incident.id, recipient: 'police', notifiedAt: late }).issues).toEqual([
      { path: 'notifiedAt', message: 'The time they were told cannot be in the future' },
    ]);
    expect(issuePaths(refused(incident.id, 'notifications:recordExternal', { incidentId: incident.id, recipient: 'police', notifiedAt: AWARE - 1 }))).toEqual([
      'notifiedAt',
    ]);
    expect(
      refused(incident.id, 'involvements:markNotified', { incidentId: incident.id, partyIds: [subject.party.id], notifiedAt: late, method: 'letter' }).issues,
    ).toEqual([{ path: 'notifiedAt', message: 'The time they were told cannot be in the future' }]);
    expect(cb.ok('involvements:markNotified', { incidentId: incident.id, partyIds: [subject.party.id], notifiedAt: AWARE, method: 'letter' }).updated).toBe(1);
    expect(cb.ok('notifications:recordExternal', { incidentId: incident.id, recipient: 'police', notifiedAt: NOW + CLOCK_SKEW_MS }).notifiedAt).toBe(NOW + CLOCK_SKEW_MS);
  });

  it('refuses a party linked or updated as told before awareness or in the future, at involvement.notifiedAt', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident());
    const told = (notifiedAt: number) => ({
      roles: ['data_subject' as const],
      notificationStatus: 'notified' as const,
      notifiedAt,
      notificationMethod: 'letter' as const,
    });
    const link = { incidentId: incident.id, party: { new: { name: 'Jo Harper' } } };
    expect(refused(incident.id, 'involvements:link', { ...link, involvement: told(AWARE - 1) }).issues).toEqual([
      { path: 'involvement.notifiedAt', message: 'The time they were told cannot be before the breach was discovered (26 Nov 2026 14:30)' },
    ]);
    const linked = cb.ok('involvements:link', { ...link, involvement: told(AWARE) });
    const moved = { incidentId: incident.id, partyId: linked.party.id, version: linked.involvement.version, involvement: told(NOW + HOUR) };
    expect(issuePaths(refused(incident.id, 'involvements:update', moved))).toEqual(['involvement.notifiedAt']);
  });

  it('refuses closing before the recorded containment (a clock set back), writing nothing', () => {
    open();
    const contained = driveTo(cb, cb.ok('incidents:create', minimalIncident()), 'contained');
    expect(contained.containedAt).toBe(NOW);
    clock.set(NOW - HOUR);
    const error = refused(contained.id, 'incidents:transition', {
      id: contained.id,
      version: contained.version,
      to: 'closed',
      reason: 'Recovered.',
      outcome: 'near_miss',
    });
    expect(issuePaths(error)).toEqual(['containedAt']);
    expect(error.message).toMatch(/cannot be closed before it was contained/);
    clock.set(NOW);
    expect(cb.ok('incidents:transition', { id: contained.id, version: contained.version, to: 'closed', reason: 'Recovered.', outcome: 'near_miss' }).status).toBe(
      'closed',
    );
  });
});

describe('records saved before the date rules', () => {
  it('are flagged in dateChecks, not made uneditable: a patch elsewhere saves, one touching the dates must mend them', () => {
    open();
    const incident = cb.ok('incidents:create', minimalIncident());
    cb.db.prepare('UPDATE incidents SET occurred_at = ?, regulator_notified_at = ?, regulator_notify = 1 WHERE id = ?').run(AWARE + HOUR, AWARE - HOUR, incident.id);
    const flagged = get(incident.id);
    expect(flagged.dateChecks).toEqual([
      { path: 'occurredAt', message: 'It cannot have happened after it was discovered' },
      { path: 'regulatorNotifiedAt', message: 'The ICO notification is before the breach was discovered' },
    ]);
    const edited = update(flagged, { title: 'Movement orders sent to army.ml' });
    expect(edited.title).toBe('Movement orders sent to army.ml');
    expect(issuePaths(refused(incident.id, 'incidents:update', { id: edited.id, version: edited.version, patch: { occurredAt: AWARE + 30 * MINUTE } }))).toEqual([
      'patch.occurredAt',
    ]);
    const mended = update(edited, { occurredAt: AWARE - HOUR });
    expect(mended.dateChecks).toEqual([{ path: 'regulatorNotifiedAt', message: 'The ICO notification is before the breach was discovered' }]);
  });
});

describe('a decision follows its assessment', () => {
  /** Decisions recorded at high severity: notify the ICO, tell the people. */
  function decidedAtHigh() {
    const incident = cb.ok('incidents:create', minimalIncident());
    assess(cb, incident.id, SEVERITY.high);
    return update(get(incident.id), { regulatorNotify: true, subjectsNotify: true });
  }

  it('flags the decisions for review when a re-assessment moves the band, audited with the assessment; not within the same band', () => {
    open();
    const incident = decidedAtHigh();
    assess(cb, incident.id, SEVERITY.high);
    expect(get(incident.id).decisionsNeedReview).toBe(false);
    assess(cb, incident.id, SEVERITY.veryHigh);
    expect(get(incident.id).decisionsNeedReview).toBe(true);
    const [entry] = cb.ok('incidents:history', { id: incident.id, limit: 1 }).items;
    expect(entry).toMatchObject({ action: 'assessment.added', summary: expect.stringMatching(/flagged for review$/) });
    expect(entry!.changes).toContainEqual({ field: 'decisionsNeedReview', before: false, after: true });
  });

  it('flags nothing without a recorded decision, or at the first assessment', () => {
    open();
    const undecided = cb.ok('incidents:create', minimalIncident());
    assess(cb, undecided.id, SEVERITY.high);
    assess(cb, undecided.id, SEVERITY.low);
    expect(get(undecided.id).decisionsNeedReview).toBe(false);
    const decidedFirst = update(cb.ok('incidents:create', minimalIncident()), { regulatorNotify: true });
    assess(cb, decidedFirst.id, SEVERITY.low);
    expect(get(decidedFirst.id).decisionsNeedReview).toBe(false);
  });

  it('refuses closing as a breach while the decisions await review, and says so', () => {
    open();
    const incident = decidedAtHigh();
    let ready = update(incident, { ...COMPLETE_BREACH_DECISIONS, regulatorNotifiedAt: AWARE + 2 * HOUR });
    assess(cb, ready.id, SEVERITY.veryHigh);
    ready = driveTo(cb, get(ready.id), 'notifying');
    const close = { id: ready.id, version: ready.version, to: 'closed' as const, reason: 'Done.', outcome: 'breach' as const };
    const error = expectFailure(cb.core.call('incidents:transition', close), 'INVALID_TRANSITION');
    expect(error.message).toMatch(/Review the regulator and data-subject decisions/);
    const confirmed = cb.ok('incidents:confirmDecisions', { id: ready.id, version: ready.version });
    expect(cb.ok('incidents:transition', { ...close, version: confirmed.version }).status).toBe('closed');
  });

  it('is cleared by confirming (write access, audited, version moves on) or by changing a decision', () => {
    open();
    const incident = decidedAtHigh();
    assess(cb, incident.id, SEVERITY.veryHigh);
    const flagged = get(incident.id);
    const entries = auditCount();
    const confirmed = cb.ok('incidents:confirmDecisions', { id: flagged.id, version: flagged.version });
    expect(confirmed).toMatchObject({ decisionsNeedReview: false, version: flagged.version + 1, updatedBy: 'Test Officer' });
    expect(auditCount()).toBe(entries + 1);
    expect(cb.ok('incidents:history', { id: flagged.id, limit: 1 }).items[0]).toMatchObject({
      action: 'incident.decisions_confirmed',
      changes: [{ field: 'decisionsNeedReview', before: true, after: false }],
    });
    // Confirming what needs no review changes nothing.
    expect(cb.ok('incidents:confirmDecisions', { id: flagged.id, version: confirmed.version })).toEqual(confirmed);
    expect(auditCount()).toBe(entries + 1);

    assess(cb, incident.id, SEVERITY.high);
    const again = get(incident.id);
    expect(again.decisionsNeedReview).toBe(true);
    const changed = update(again, { subjectsRationale: 'Told so they can watch for misuse.' });
    expect(changed.decisionsNeedReview).toBe(false);
    expect(cb.ok('incidents:history', { id: flagged.id, limit: 1 }).items[0]!.changes).toContainEqual({ field: 'decisionsNeedReview', before: true, after: false });
  });

  it('refuses to confirm a decision the new assessment goes against without its rationale: change it instead', () => {
    open();
    const incident = decidedAtHigh();
    assess(cb, incident.id, SEVERITY.low);
    const flagged = get(incident.id);
    const error = refused(flagged.id, 'incidents:confirmDecisions', { id: flagged.id, version: flagged.version });
    expect(issuePaths(error)).toEqual(['regulatorRationale', 'subjectsRationale']);
    expect(error.message).toMatch(/Change the decision \(with its reasons\) instead of confirming it\.$/);
  });

  it('is a write: only administrators and officers may confirm', () => {
    open();
    expect(OPERATION_ACCESS['incidents:confirmDecisions']).toBe('write');
  });
});
