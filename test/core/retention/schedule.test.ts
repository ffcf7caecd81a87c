import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../../shared/domain/vocabulary';
import { expectFailure } from '../../fixtures/builders';
import { contentFingerprint } from '../../fixtures/db';
import { call, closedIncidentWithPeople, retentionWorld, type RetentionWorld } from './retentionWorld';

const every = (amount: number, unit: 'days' | 'months' | 'years') =>
  Object.fromEntries(OUTCOMES.map((o) => [o, { amount, unit }])) as Record<(typeof OUTCOMES)[number], { amount: number; unit: typeof unit }>;

describe('the retention schedule and what is due for review', () => {
  let w: RetentionWorld;
  beforeEach(() => {
    // 27 Nov 2026 09:00 GMT.
    w = retentionWorld({ memory: true });
  });
  afterEach(() => w.close());

  it('shows six years after closure for every outcome until an administrator confirms it, and audits the confirmation', () => {
    expect(w.cb.ok('retention:getSchedule', {})).toEqual({ periods: every(6, 'years'), confirmedAt: null, confirmedBy: '' });
    const confirmed = w.cb.ok('retention:setSchedule', { periods: { ...every(6, 'years'), near_miss: { amount: 2, unit: 'years' } } });
    expect(confirmed).toMatchObject({ confirmedAt: w.clock.now, confirmedBy: 'Test Officer' });
    const entry = w.cb.db.prepare<[], { summary: string }>(`SELECT summary FROM audit_log WHERE action = 'settings.retention_changed'`).get()!;
    expect(entry.summary).toBe('Retention schedule confirmed: confirmed breach 6 years, near miss 2 years, not a breach 6 years, duplicate 6 years after closure');
    expect(w.cb.ok('retention:due', {}).scheduleConfirmed).toBe(true);
  });

  it('is an administrator’s to set: an officer is refused and nothing changes', () => {
    const before = contentFingerprint(w.cb.db);
    expectFailure(w.second('officer').call('retention:setSchedule', { periods: every(1, 'days') }), 'FORBIDDEN');
    expect(contentFingerprint(w.cb.db)).toBe(before);
  });

  it('lists a closed incident on its due date exactly, not the day before, in London dates', () => {
    // Closed 27 Nov 2026 09:00 GMT, a near miss kept 1 day: due on 28 Nov (London).
    const { incident } = closedIncidentWithPeople(w.cb);
    w.cb.ok('retention:setSchedule', { periods: every(1, 'days') });
    w.clock.now = Date.UTC(2026, 10, 27, 23, 59);
    expect(w.cb.ok('retention:due', {})).toMatchObject({ count: 0, incidents: [] });
    w.clock.now = Date.UTC(2026, 10, 28, 0, 0);
    const due = w.cb.ok('retention:due', {});
    expect(due.count).toBe(1);
    expect(due.incidents[0]).toMatchObject({ id: incident.id, reference: incident.reference, outcome: 'near_miss', dueOn: '2026-11-28' });
    // Each outcome has its own period.
    w.cb.ok('retention:setSchedule', { periods: { ...every(1, 'days'), near_miss: { amount: 2, unit: 'days' } } });
    expect(w.cb.ok('retention:due', {}).count).toBe(0);
  });

  it('never lists a held incident, nor one holding a held person; lifting the hold makes it due again; nothing is erased', () => {
    const { incident, only } = closedIncidentWithPeople(w.cb);
    w.cb.ok('retention:setSchedule', { periods: every(1, 'days') });
    w.clock.now = Date.UTC(2026, 11, 1, 12, 0);
    expect(w.cb.ok('retention:due', {}).count).toBe(1);

    const hold = w.cb.ok('retention:hold', { subject: { type: 'incident', id: incident.id }, reason: 'ICO investigation' });
    expect(hold).toMatchObject({ label: incident.reference, reason: 'ICO investigation', placedBy: 'Test Officer' });
    expect(w.cb.ok('retention:due', {}).count).toBe(0);
    const before = contentFingerprint(w.cb.db);
    const refused = expectFailure(w.cb.core.call('erasures:propose', { scope: { type: 'incident', incidentId: incident.id } }), 'CONFLICT');
    expect(refused.message).toBe(
      `${incident.reference} is on legal hold (placed by Test Officer: ICO investigation). Nothing was erased. Lift the hold first if it no longer applies.`,
    );
    expect(contentFingerprint(w.cb.db)).toBe(before);
    w.cb.ok('retention:release', { holdId: hold.id });

    const personHold = w.cb.ok('retention:hold', { subject: { type: 'party', id: only.id }, reason: 'A claim' });
    expect(w.cb.ok('retention:due', {}).count).toBe(0);
    expectFailure(w.cb.core.call('erasures:propose', { scope: { type: 'party', partyId: only.id } }), 'CONFLICT');
    expectFailure(w.cb.core.call('erasures:propose', { scope: { type: 'incident', incidentId: incident.id } }), 'CONFLICT');
    expectFailure(w.cb.core.call('retention:hold', { subject: { type: 'party', id: only.id }, reason: 'Again' }), 'CONFLICT');
    w.cb.ok('retention:release', { holdId: personHold.id });
    expect(w.cb.ok('retention:due', {}).count).toBe(1);
    expect(w.cb.ok('incidents:get', { id: incident.id }).incident.personalDataErased).toBeNull();
  });

  it('stops an erasure proposed before a hold was placed, at confirmation', () => {
    const { incident } = closedIncidentWithPeople(w.cb);
    const proposal = w.cb.ok('erasures:propose', { scope: { type: 'incident', incidentId: incident.id } });
    w.cb.ok('retention:hold', { subject: { type: 'incident', id: incident.id }, reason: 'An inquiry' });
    const before = contentFingerprint(w.cb.db);
    expectFailure(w.second().call('erasures:confirm', { id: proposal.id }), 'CONFLICT');
    expect(contentFingerprint(w.cb.db)).toBe(before);
    expect(call(w.second(), 'erasures:list', {})[0]!.plan.stays[0]).toMatch(/on legal hold/);
  });
});
