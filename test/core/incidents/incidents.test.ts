import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { coreActingAs, driveTo, expectFailure, incidentAt, issuePaths, linkNewParty, manualClock, okVia, SEVERITY } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, steppingClock, type TestCasebook } from '../../fixtures/db';

let cb: TestCasebook;
afterEach(() => cb?.close());

const auditCount = () => cb.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

describe('incidents:create', () => {
  it('records a new incident as reported, version 1, by the acting officer, with its kind’s details completed', () => {
    cb = createTestCasebook({ now: () => Date.UTC(2026, 10, 27, 9, 30) });
    const created = cb.ok('incidents:create', minimalIncident({ owner: 'Claire Ashdown' }));
    expect(created).toMatchObject({
      reference: 'INC-2026-0001',
      status: 'reported',
      outcome: null,
      version: 1,
      createdBy: 'Test Officer',
      updatedBy: 'Test Officer',
      createdAt: Date.UTC(2026, 10, 27, 9, 30),
      recordMarking: 'OFFICIAL-SENSITIVE',
      owner: 'Claire Ashdown',
      affectedCount: 0,
      partyCount: 0,
      isDemo: false,
      regulatorNotify: null,
      subjectsNotify: null,
    });
    expect(created.details).toEqual({
      sender: 'a.officer@mod.gov.uk',
      intendedRecipients: ['j.harper@army.mil'],
      actualRecipients: ['j.harper@army.ml'],
      messageId: '',
      sentAt: null,
      recallAttempted: null,
      recipientResponse: '',
    });
    expect(contract['incidents:create'].output.safeParse(created).success).toBe(true);
  });

  it('trims what was typed', () => {
    cb = createTestCasebook();
    const created = cb.ok('incidents:create', minimalIncident({ title: '  Papers at a bus stop  ', owner: ' Claire ' }));
    expect(created.title).toBe('Papers at a bus stop');
    expect(created.owner).toBe('Claire');
  });

  it('reads back exactly what it returned', () => {
    cb = createTestCasebook();
    const created = cb.ok('incidents:create', minimalIncident({ materialMarking: 'SECRET', materialItemCount: 50, occurredAt: Date.UTC(2026, 10, 20) }));
    expect(cb.ok('incidents:get', { id: created.id })).toEqual({ incident: created, statusHistory: [] });
  });
});

describe('incident references', () => {
  it('numbers incidents INC-YYYY-NNNN in the order they are recorded', () => {
    cb = createTestCasebook();
    const refs = Array.from({ length: 12 }, () => cb.ok('incidents:create', minimalIncident()).reference);
    expect(refs).toEqual(Array.from({ length: 12 }, (_, i) => `INC-2026-${String(i + 1).padStart(4, '0')}`));
  });

  it('uses the year of recording, not of discovery, and starts again at 0001 at the London new year', () => {
    const clock = manualClock(Date.UTC(2026, 11, 31, 23, 59, 59));
    cb = createTestCasebook({ now: clock.now });
    const late2026 = cb.ok('incidents:create', minimalIncident({ discoveredAt: Date.UTC(2025, 5, 1) }));
    clock.set(Date.UTC(2027, 0, 1, 0, 0, 0));
    const first2027 = cb.ok('incidents:create', minimalIncident({ discoveredAt: Date.UTC(2026, 11, 31) }));
    clock.advance(60_000);
    const second2027 = cb.ok('incidents:create', minimalIncident());
    expect([late2026.reference, first2027.reference, second2027.reference]).toEqual(['INC-2026-0001', 'INC-2027-0001', 'INC-2027-0002']);
  });

  it('keeps counting a year where it left off when an earlier year is recorded again (clock set back)', () => {
    const clock = manualClock(Date.UTC(2026, 5, 1));
    cb = createTestCasebook({ now: clock.now });
    const discoveredAt = Date.UTC(2026, 4, 1);
    cb.ok('incidents:create', minimalIncident({ discoveredAt }));
    clock.set(Date.UTC(2027, 5, 1));
    cb.ok('incidents:create', minimalIncident({ discoveredAt }));
    clock.set(Date.UTC(2026, 6, 1));
    expect(cb.ok('incidents:create', minimalIncident({ discoveredAt })).reference).toBe('INC-2026-0002');
  });

  it('grows past 9999 and still sorts numerically by reference', () => {
    cb = createTestCasebook();
    const last = cb.ok('incidents:create', minimalIncident());
    cb.db.prepare('UPDATE reference_counters SET last_number = 9998 WHERE year = 2026').run();
    const n9999 = cb.ok('incidents:create', minimalIncident());
    const n10000 = cb.ok('incidents:create', minimalIncident());
    expect([n9999.reference, n10000.reference]).toEqual(['INC-2026-9999', 'INC-2026-10000']);
    const sorted = cb.ok('incidents:list', { sort: { field: 'reference', direction: 'asc' } }).items.map((i) => i.reference);
    expect(sorted).toEqual([last.reference, 'INC-2026-9999', 'INC-2026-10000']);
  });
});

describe('incidents:update', () => {
  it('changes the fields sent, bumps the version and records who changed it and when', () => {
    const clock = manualClock(Date.UTC(2026, 10, 27, 9, 0));
    cb = createTestCasebook({ now: clock.now });
    const created = cb.ok('incidents:create', minimalIncident());
    clock.advance(5 * 60_000);
    const updated = cb.ok('incidents:update', { id: created.id, version: 1, patch: { title: 'Itinerary sent to army.ml', owner: 'Claire Ashdown' } });
    expect(updated).toMatchObject({
      title: 'Itinerary sent to army.ml',
      owner: 'Claire Ashdown',
      description: created.description,
      version: 2,
      updatedAt: Date.UTC(2026, 10, 27, 9, 5),
      updatedBy: 'Test Officer',
      createdAt: created.createdAt,
    });
  });

  it('treats a patch that changes nothing as no change: same version, no audit entry', () => {
    cb = createTestCasebook();
    const created = cb.ok('incidents:create', minimalIncident());
    const entries = auditCount();
    const same = cb.ok('incidents:update', { id: created.id, version: 1, patch: { title: created.title, details: created.details, kind: created.kind } });
    expect(same.version).toBe(1);
    expect(auditCount()).toBe(entries);
  });

  it('lets the second of two edits made from the same copy fail with CONFLICT naming who changed it, until reloaded', () => {
    const clock = manualClock(Date.UTC(2026, 10, 27, 14, 5));
    cb = createTestCasebook({ now: clock.now });
    const alice = coreActingAs(cb.db, 'Alice Pemberton', clock.now);
    const bob = coreActingAs(cb.db, 'Bob Ikeda', clock.now);
    const created = okVia(alice, 'incidents:create', minimalIncident());
    const aliceCopy = okVia(alice, 'incidents:get', { id: created.id }).incident;
    const bobCopy = okVia(bob, 'incidents:get', { id: created.id }).incident;

    clock.set(Date.UTC(2026, 10, 27, 14, 30));
    okVia(alice, 'incidents:update', { id: aliceCopy.id, version: aliceCopy.version, patch: { owner: 'Alice Pemberton' } });
    const before = contentFingerprint(cb.db);
    const error = expectFailure(bob.call('incidents:update', { id: bobCopy.id, version: bobCopy.version, patch: { owner: 'Bob Ikeda' } }), 'CONFLICT');
    expect(error.message).toContain('Alice Pemberton');
    expect(error.message).toContain('27 Nov 2026 14:30');
    expect(error.message).toContain(created.reference);
    expect(error.message).toMatch(/Reload/);
    expect(contentFingerprint(cb.db)).toBe(before);

    const reloaded = okVia(bob, 'incidents:get', { id: created.id }).incident;
    expect(reloaded.owner).toBe('Alice Pemberton');
    expect(okVia(bob, 'incidents:update', { id: reloaded.id, version: reloaded.version, patch: { owner: 'Bob Ikeda' } }).owner).toBe('Bob Ikeda');
  });

  it('treats a move through the workflow as a change too: an edit from before the move conflicts', () => {
    cb = createTestCasebook();
    const created = cb.ok('incidents:create', minimalIncident());
    cb.ok('incidents:transition', { id: created.id, version: 1, to: 'triage' });
    expectFailure(cb.core.call('incidents:update', { id: created.id, version: 1, patch: { title: 'Stale' } }), 'CONFLICT');
  });

  it('changes the kind of an open incident and re-validates the details against the new kind', () => {
    cb = createTestCasebook();
    const created = cb.ok('incidents:create', minimalIncident());
    const device = cb.ok('incidents:update', {
      id: created.id,
      version: 1,
      patch: { kind: 'lost_device', details: { deviceType: 'Laptop', assetTag: 'MOD-1234', encrypted: true } },
    });
    expect(device.kind).toBe('lost_device');
    expect(device.details).toEqual({ deviceType: 'Laptop', assetTag: 'MOD-1234', encrypted: true, remoteWiped: null });

    const wrong = expectFailure(
      cb.core.call('incidents:update', { id: created.id, version: device.version, patch: { kind: 'misdirected_post', details: { deviceType: 'Laptop' } } }),
      'INVALID_INPUT',
    );
    expect(issuePaths(wrong)[0]).toMatch(/^patch\.details/);
  });

  it('gives a new kind sent without details that kind’s empty details', () => {
    cb = createTestCasebook();
    const created = cb.ok('incidents:create', minimalIncident());
    const changed = cb.ok('incidents:update', { id: created.id, version: 1, patch: { kind: 'insecure_disposal' } });
    expect(changed).toMatchObject({ kind: 'insecure_disposal', details: { what: '', where: '' } });
  });

  it('stamps the regulator and data-subject decisions with who made them and when, and clears them when withdrawn', () => {
    const clock = manualClock(Date.UTC(2026, 10, 27, 11, 0));
    cb = createTestCasebook({ now: clock.now });
    const created = cb.ok('incidents:create', minimalIncident());
    cb.ok('assessments:add', { incidentId: created.id, severity: SEVERITY.low });
    const decided = cb.ok('incidents:update', {
      id: created.id,
      version: 1,
      patch: { regulatorNotify: false, regulatorRationale: 'Low risk.', subjectsNotify: false, subjectsExemption: 'not_high_risk' },
    });
    expect(decided).toMatchObject({
      regulatorDecidedAt: Date.UTC(2026, 10, 27, 11, 0),
      regulatorDecidedBy: 'Test Officer',
      subjectsDecidedAt: Date.UTC(2026, 10, 27, 11, 0),
      subjectsDecidedBy: 'Test Officer',
    });
    const backdated = cb.ok('incidents:update', {
      id: created.id,
      version: decided.version,
      patch: { regulatorNotify: true, regulatorDecidedAt: Date.UTC(2026, 10, 26, 16, 0) },
    });
    expect(backdated.regulatorDecidedAt).toBe(Date.UTC(2026, 10, 26, 16, 0));
    const withdrawn = cb.ok('incidents:update', { id: created.id, version: backdated.version, patch: { regulatorNotify: null } });
    expect(withdrawn).toMatchObject({ regulatorNotify: null, regulatorDecidedAt: null, regulatorDecidedBy: '' });
  });
});

describe('a closed incident', () => {
  it('is read-only until it is re-opened with a reason, and re-opening clears the outcome', () => {
    cb = createTestCasebook();
    const closed = incidentAt(cb, 'closed');
    expect(closed).toMatchObject({ status: 'closed', outcome: 'not_a_breach' });
    expectFailure(cb.core.call('incidents:update', { id: closed.id, version: closed.version, patch: { title: 'Too late' } }), 'INVALID_TRANSITION');

    const noReason = expectFailure(cb.core.call('incidents:transition', { id: closed.id, version: closed.version, to: 'investigating' }), 'INVALID_INPUT');
    expect(issuePaths(noReason)).toEqual(['reason']);

    const reopened = cb.ok('incidents:transition', { id: closed.id, version: closed.version, to: 'investigating', reason: 'New evidence from the recipient.' });
    expect(reopened).toMatchObject({ status: 'investigating', outcome: null, duplicateOf: null });
    expect(cb.ok('incidents:update', { id: closed.id, version: reopened.version, patch: { title: 'Now editable' } }).title).toBe('Now editable');
  });

  it('loses its duplicate link when re-opened', () => {
    cb = createTestCasebook();
    const original = cb.ok('incidents:create', minimalIncident());
    const dup = incidentAt(cb, 'triage');
    const closed = cb.ok('incidents:transition', {
      id: dup.id,
      version: dup.version,
      to: 'closed',
      reason: 'Same',
      outcome: 'duplicate',
      duplicateOf: original.reference,
    });
    expect(closed.duplicateOf).toBe(original.id);
    const reopened = cb.ok('incidents:transition', { id: dup.id, version: closed.version, to: 'investigating', reason: 'Not the same after all' });
    expect(reopened).toMatchObject({ outcome: null, duplicateOf: null });
  });
});

describe('the affected count', () => {
  it('counts distinct parties whose own data was involved: data subjects only, each once', () => {
    cb = createTestCasebook();
    const incident = cb.ok('incidents:create', minimalIncident({ kind: 'cc_exposure', details: {} }));
    linkNewParty(cb, incident.id, { name: 'Applicant One' }, ['unintended_recipient', 'data_subject']);
    linkNewParty(cb, incident.id, { name: 'Applicant Two' }, ['data_subject', 'unintended_recipient']);
    linkNewParty(cb, incident.id, { name: 'Outside recipient' }, ['unintended_recipient']);
    linkNewParty(cb, incident.id, { name: 'Caseworker' }, ['sender']);
    const after = cb.ok('incidents:get', { id: incident.id }).incident;
    expect(after.affectedCount).toBe(2);
    expect(after.partyCount).toBe(4);
    const row = cb.ok('incidents:list', {}).items.find((i) => i.id === incident.id)!;
    expect(row.affectedCount).toBe(2);
  });

  it('follows role changes and unlinking', () => {
    cb = createTestCasebook();
    const incident = cb.ok('incidents:create', minimalIncident());
    const recipient = linkNewParty(cb, incident.id, { name: 'Recipient' }, ['unintended_recipient']);
    const subject = linkNewParty(cb, incident.id, { name: 'Subject' }, ['data_subject']);
    const count = () => cb.ok('incidents:get', { id: incident.id }).incident.affectedCount;
    expect(count()).toBe(1);
    cb.ok('involvements:update', { incidentId: incident.id, partyId: recipient.party.id, version: 1, involvement: { roles: ['unintended_recipient', 'data_subject'] } });
    expect(count()).toBe(2);
    cb.ok('involvements:unlink', { incidentId: incident.id, partyId: subject.party.id, version: 1 });
    expect(count()).toBe(1);
    expect(cb.ok('incidents:get', { id: incident.id }).incident.partyCount).toBe(1);
  });

  it('counts a party in each incident it is a data subject of, independently', () => {
    cb = createTestCasebook();
    const a = cb.ok('incidents:create', minimalIncident());
    const b = cb.ok('incidents:create', minimalIncident());
    const party = linkNewParty(cb, a.id, { name: 'Jo Harper' }, ['data_subject']).party;
    cb.ok('involvements:link', { incidentId: b.id, party: { id: party.id }, involvement: { roles: ['unintended_recipient'] } });
    expect(cb.ok('incidents:get', { id: a.id }).incident.affectedCount).toBe(1);
    expect(cb.ok('incidents:get', { id: b.id }).incident.affectedCount).toBe(0);
  });
});

describe('incidents:get', () => {
  it('returns the status history oldest first, with who, when, from, to, reason and outcome', () => {
    const clock = steppingClock(Date.UTC(2026, 10, 27, 9, 0));
    cb = createTestCasebook({ now: clock });
    const incident = cb.ok('incidents:create', minimalIncident());
    const moved = driveTo(cb, incident, 'investigating');
    const back = cb.ok('incidents:transition', { id: incident.id, version: moved.version, to: 'triage', reason: 'Scope unclear' });
    cb.ok('incidents:transition', { id: incident.id, version: back.version, to: 'closed', reason: 'No personal data', outcome: 'not_a_breach' });
    const { statusHistory } = cb.ok('incidents:get', { id: incident.id });
    expect(statusHistory.map((s) => [s.from, s.to, s.reason, s.outcome, s.actor])).toEqual([
      ['reported', 'triage', '', null, 'Test Officer'],
      ['triage', 'investigating', '', null, 'Test Officer'],
      ['investigating', 'triage', 'Scope unclear', null, 'Test Officer'],
      ['triage', 'closed', 'No personal data', 'not_a_breach', 'Test Officer'],
    ]);
    const times = statusHistory.map((s) => s.at);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(new Set(times).size).toBe(4);
  });
});
