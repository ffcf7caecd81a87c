import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSecurity, readSecurity } from '../../../electron/core/vault/vaultSettings';
import { expectFailure } from '../../fixtures/builders';
import { contentFingerprint } from '../../fixtures/db';
import { call, closedIncidentWithPeople, retentionWorld, type RetentionWorld } from './retentionWorld';

describe('the two-person rule', () => {
  let w: RetentionWorld;
  beforeEach(() => {
    w = retentionWorld({ memory: true });
  });
  afterEach(() => w.close());

  const proposal = () => w.cb.ok('erasures:propose', { scope: { type: 'incident', incidentId: closedIncidentWithPeople(w.cb).incident.id } });

  it('never lets the proposer confirm their own proposal, even as an administrator', () => {
    const { id } = proposal();
    const before = contentFingerprint(w.cb.db);
    const refused = expectFailure(w.cb.core.call('erasures:confirm', { id }), 'FORBIDDEN');
    expect(refused.message).toBe('You proposed this erasure: a second account must confirm it, so nobody removes a record alone. Nothing was changed.');
    expect(contentFingerprint(w.cb.db)).toBe(before);
  });

  it('lets an administrator confirm; an officer only when the security settings allow it; a reviewer never', () => {
    const { id } = proposal();
    const before = contentFingerprint(w.cb.db);
    expectFailure(w.second('reviewer').call('erasures:confirm', { id }), 'FORBIDDEN');
    expectFailure(w.second('officer').call('erasures:confirm', { id }), 'FORBIDDEN');
    expect(contentFingerprint(w.cb.db)).toBe(before);
    writeSecurity(w.cb.db, { ...readSecurity(w.cb.db), officersMayConfirmErasure: true });
    expectFailure(w.second('reviewer').call('erasures:confirm', { id }), 'FORBIDDEN');
    expect(call(w.second('officer'), 'erasures:confirm', { id }).counts.people).toBe(1);
  });

  it('shows the confirmer exactly what goes and what stays, and one proposal per scope at a time', () => {
    const p = proposal();
    expect(p.plan.label).toMatch(/^INC-2026-\d{4}$/);
    expect(p.plan.goes[0]).toBe('The names, email addresses, telephone numbers and notes of 1 person linked only to this incident (they show as [erased])');
    expect(p.plan.stays).toContain('1 person also linked to an incident still open to review: their details stay for it');
    expect(call(w.second(), 'erasures:list', {})).toEqual([p]);
    expectFailure(w.second().call('erasures:propose', { scope: p.scope }), 'CONFLICT');
    const withdrawn = call(w.second(), 'erasures:withdraw', { id: p.id });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', decidedBy: 'Second Officer' });
    expectFailure(w.second().call('erasures:confirm', { id: p.id }), 'CONFLICT');
    expect(call(w.second(), 'erasures:list', {})).toEqual([]);
  });
});
