import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CORE_OPERATIONS as OPERATIONS, type Operation, type SyncOperation, contract } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import { assess, coreActingAs, expectFailure, incidentAt, issuePaths, readyToCloseAsBreach, UNKNOWN_ID } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';
import { buildWorld, OPERATION_CASES, type World } from './operationCases';

// Every operation through the generic dispatcher, awaited: the same path the IPC bridge and the CLI take.
const call = (w: World, op: Operation, input: unknown): Promise<Result<unknown>> => w.cb.core.callAsync(op, input);

/** zod's own English ("Too big: expected string to have <=200 characters"), which officers must never see. */
const ZOD_ENGLISH = /expected|received|Too big|Too small|Invalid (input|option|string|UUID|GUID|email|element|key)|Unrecognized/;

/** Runs a failing call and proves the database content is exactly as it was. */
async function failsCleanly(w: World, op: Operation, input: unknown, code: Parameters<typeof expectFailure>[1]) {
  const before = contentFingerprint(w.cb.db);
  const error = expectFailure(await call(w, op, input), code);
  expect(contentFingerprint(w.cb.db)).toBe(before);
  expect(error.message.length).toBeGreaterThan(0);
  for (const message of [error.message, ...(error.issues ?? []).map((i) => i.message)]) expect(message).not.toMatch(ZOD_ENGLISH);
  return error;
}

const topLevelKeys = (op: Operation) => Object.keys((z.toJSONSchema(contract[op].input, { io: 'input' }) as { properties?: object }).properties ?? {});

describe('bad input, for every operation', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  it('has a case for every core operation and for nothing else (the vault’s have their own tests)', () => {
    expect(Object.keys(OPERATION_CASES).sort()).toEqual([...OPERATIONS].sort());
  });

  it('has a stale-version case for every operation whose input carries a version, and an unknown-id case for every one naming an id', () => {
    for (const op of OPERATIONS) {
      const keys = topLevelKeys(op);
      if (keys.includes('version')) expect(OPERATION_CASES[op].stale, op).not.toBeNull();
      if (keys.some((k) => ['id', 'incidentId', 'partyId'].includes(k))) expect(OPERATION_CASES[op].unknown, op).not.toBeNull();
      const fields = keys.length > 0;
      if (fields) expect(OPERATION_CASES[op].wrongType, `${op} needs a wrong-type case`).not.toBeNull();
    }
  });

  it.each(OPERATIONS)('%s succeeds on its valid input (so the failures below are about the input)', async (op) => {
    const result = await call(w, op, OPERATION_CASES[op].valid(w));
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
  });

  it.each(OPERATIONS)('%s refuses an input that is not an object with INVALID_INPUT at the root', async (op) => {
    for (const input of [42, 'text', [], true]) {
      const error = await failsCleanly(w, op, input, 'INVALID_INPUT');
      expect(issuePaths(error)).toEqual(['']);
    }
  });

  it.each(OPERATIONS)('%s refuses an unknown key with INVALID_INPUT naming the key', async (op) => {
    const input = { ...(OPERATION_CASES[op].valid(w) as object), bogusField: 1 };
    const error = await failsCleanly(w, op, input, 'INVALID_INPUT');
    expect(error.issues).toContainEqual({ path: 'bogusField', message: expect.stringContaining('bogusField') });
  });

  it.each(OPERATIONS)('%s refuses a field of the wrong type, a missing required field and other violations at their paths', async (op) => {
    const c = OPERATION_CASES[op];
    const violations = [c.wrongType, c.missingRequired, ...(c.moreViolations ?? [])].filter((v) => v !== null);
    for (const v of violations) {
      const error = await failsCleanly(w, op, v.input(w), 'INVALID_INPUT');
      expect(issuePaths(error), `${op}: ${v.what}`).toEqual(expect.arrayContaining(v.paths));
      for (const issue of error.issues ?? []) expect(issue.message, `${op}: ${v.what}`).not.toBe('');
    }
  });

  it.each(OPERATIONS.filter((op) => OPERATION_CASES[op].unknown !== null))('%s answers NOT_FOUND for what does not exist', async (op) => {
    for (const make of OPERATION_CASES[op].unknown!) await failsCleanly(w, op, make(w), 'NOT_FOUND');
  });

  it.each(OPERATIONS.filter((op) => OPERATION_CASES[op].stale !== null))('%s answers CONFLICT when sent from a stale copy', async (op) => {
    const stale = OPERATION_CASES[op].stale!;
    const input = stale.input(w);
    stale.bump(w);
    const error = await failsCleanly(w, op, input, 'CONFLICT');
    expect(error.message).toMatch(/Reload/);
  });

  it.each(OPERATIONS.filter((op) => OPERATION_CASES[op].onClosed !== null))('%s refuses to change a closed incident with INVALID_TRANSITION', async (op) => {
    const error = await failsCleanly(w, op, OPERATION_CASES[op].onClosed!(w), 'INVALID_TRANSITION');
    expect(error.message).toMatch(/closed/);
    expect(error.message).toMatch(/Re-open/);
  });

  it.each(OPERATIONS.filter((op) => OPERATION_CASES[op].writes))('%s is FORBIDDEN while Casebook does not know who is acting, and writes nothing', async (op) => {
    const input = OPERATION_CASES[op].valid(w);
    const nobody = coreActingAs(w.cb.db, null);
    const before = contentFingerprint(w.cb.db);
    const error = expectFailure(await nobody.callAsync(op, input), 'FORBIDDEN');
    expect(error.message).toMatch(/name/);
    expect(contentFingerprint(w.cb.db)).toBe(before);
  });

  it.each(OPERATIONS.filter((op) => !OPERATION_CASES[op].writes))('%s still answers while nobody is named (reads need no officer)', async (op) => {
    const input = OPERATION_CASES[op].valid(w);
    const result = await coreActingAs(w.cb.db, null).callAsync(op, input);
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
  });

  it.each(
    OPERATIONS.filter((op) => {
      const keys = topLevelKeys(op);
      return keys.includes('cursor');
    }),
  )('%s refuses a cursor it did not issue with INVALID_INPUT at cursor', async (op) => {
    const input = { ...(OPERATION_CASES[op].valid(w) as object), cursor: 'not-a-cursor' };
    const error = await failsCleanly(w, op, input, 'INVALID_INPUT');
    expect(issuePaths(error)).toEqual(['cursor']);
  });

  it('answers NOT_FOUND for an operation that is not in the contract', async () => {
    expectFailure(await w.cb.core.callAsync('incidents:delete' as Operation, { id: w.open.id }), 'NOT_FOUND');
  });
});

describe('an unexpected failure inside a write', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  it.each(OPERATIONS.filter((op) => OPERATION_CASES[op].startsJob))(
    '%s starts a job that fails with INTERNAL without details and leaves nothing behind when its audit entry cannot be appended',
    async (op) => {
      const input = OPERATION_CASES[op].valid(w);
      w.cb.db.exec(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
      const before = contentFingerprint(w.cb.db);
      const started = await w.cb.core.callAsync(op, input);
      if (!started.ok) throw new Error(JSON.stringify(started.error));
      const job = await w.cb.core.context.jobs.settled((started.value as { jobId: string }).jobId);
      expect(job).toMatchObject({ state: 'failed', error: { code: 'INTERNAL' }, result: null });
      expect(job.error!.message).not.toMatch(/disk on fire|SQLITE|audit_log/);
      expect(contentFingerprint(w.cb.db)).toBe(before);
      w.cb.db.exec('DROP TRIGGER temp.fail_audit');
    },
  );

  it.each(OPERATIONS.filter((op) => OPERATION_CASES[op].writes && !OPERATION_CASES[op].startsJob && !OPERATION_CASES[op].unaudited))(
    '%s reports INTERNAL without details and leaves nothing half-written when its audit entry cannot be appended',
    async (op) => {
      const input = OPERATION_CASES[op].valid(w);
      // The audit entry is the last thing every write appends; failing it proves the whole write rolls back.
      w.cb.db.exec(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
      const before = contentFingerprint(w.cb.db);
      const error = expectFailure(await w.cb.core.callAsync(op, input), 'INTERNAL');
      expect(error.message).not.toMatch(/disk on fire|SQLITE|audit_log/);
      expect(contentFingerprint(w.cb.db)).toBe(before);
      w.cb.db.exec('DROP TRIGGER temp.fail_audit');
    },
  );

  it('does not use up a reference number when recording fails', () => {
    w.cb.db.exec(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    expectFailure(w.cb.core.call('incidents:create', minimalIncident()), 'INTERNAL');
    w.cb.db.exec('DROP TRIGGER temp.fail_audit');
    // The world recorded two incidents in 2026; the failed one must not have taken the third number.
    expect(w.cb.ok('incidents:create', minimalIncident()).reference).toBe('INC-2026-0003');
  });
});

describe('rules the schema alone cannot check', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  const failsUnchanged = (op: SyncOperation, input: unknown, code: Parameters<typeof expectFailure>[1]) => {
    const before = contentFingerprint(cb.db);
    const error = expectFailure(cb.core.call(op, input), code);
    expect(contentFingerprint(cb.db)).toBe(before);
    return error;
  };

  it('refuses to close a confirmed breach with nothing recorded, listing everything still missing', () => {
    const incident = incidentAt(cb, 'notifying');
    const error = failsUnchanged(
      'incidents:transition',
      { id: incident.id, version: incident.version, to: 'closed', reason: 'Done', outcome: 'breach' },
      'INVALID_TRANSITION',
    );
    expect(error.message).toMatch(/Assess the severity/i);
    expect(error.message).toMatch(/categories of personal data/i);
    expect(error.message).toMatch(/likely consequences/i);
    expect(error.message).toMatch(/regulator decision/i);
    expect(error.message).toMatch(/data-subject decision/i);
    expect(error.message).toMatch(/root cause/i);
    expect(error.message).toMatch(/lessons/i);
  });

  it('lists only what is still missing once some decisions are recorded', () => {
    let incident = incidentAt(cb, 'notifying');
    assess(cb, incident.id);
    incident = cb.ok('incidents:update', {
      id: incident.id,
      version: incident.version,
      patch: { regulatorNotify: true, regulatorRationale: 'Risk to the people named.', rootCause: 'Autocomplete.', lessons: 'Block .ml.', dataCategories: ['health'] },
    });
    const error = failsUnchanged(
      'incidents:transition',
      { id: incident.id, version: incident.version, to: 'closed', reason: 'Done', outcome: 'breach' },
      'INVALID_TRANSITION',
    );
    expect(error.message).toMatch(/report made to the ICO/i);
    expect(error.message).toMatch(/ICO case reference/i);
    expect(error.message).toMatch(/data-subject decision/i);
    expect(error.message).toMatch(/likely consequences/i);
    expect(error.message).not.toMatch(/root cause|lessons|regulator decision|Assess the severity|categories of personal data/i);
  });

  it('closes a confirmed breach once every decision is recorded', () => {
    const incident = readyToCloseAsBreach(cb, incidentAt(cb, 'notifying'));
    const closed = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Done', outcome: 'breach' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'breach' });
  });

  it('refuses to close without an outcome, at outcome', () => {
    const incident = incidentAt(cb, 'triage');
    const error = failsUnchanged('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Done' }, 'INVALID_INPUT');
    expect(issuePaths(error)).toEqual(['outcome']);
  });

  it('refuses an outcome on a move that does not close', () => {
    const incident = incidentAt(cb, 'reported');
    const error = failsUnchanged('incidents:transition', { id: incident.id, version: incident.version, to: 'triage', outcome: 'near_miss' }, 'INVALID_INPUT');
    expect(issuePaths(error)).toEqual(['outcome']);
  });

  it('needs the incident a duplicate duplicates, and it must exist and be another incident', () => {
    const incident = incidentAt(cb, 'triage');
    const base = { id: incident.id, version: incident.version, to: 'closed', reason: 'Same as the earlier one', outcome: 'duplicate' };
    expect(issuePaths(failsUnchanged('incidents:transition', base, 'INVALID_INPUT'))).toEqual(['duplicateOf']);
    failsUnchanged('incidents:transition', { ...base, duplicateOf: 'INC-2026-0099' }, 'INVALID_INPUT');
    failsUnchanged('incidents:transition', { ...base, duplicateOf: UNKNOWN_ID }, 'INVALID_INPUT');
    expect(issuePaths(failsUnchanged('incidents:transition', { ...base, duplicateOf: incident.reference }, 'INVALID_INPUT'))).toEqual(['duplicateOf']);
    expect(issuePaths(failsUnchanged('incidents:transition', { ...base, duplicateOf: incident.id }, 'INVALID_INPUT'))).toEqual(['duplicateOf']);
  });

  it('accepts a duplicate of another incident by its reference, in any case, or by its id', () => {
    const original = cb.ok('incidents:create', minimalIncident());
    const a = incidentAt(cb, 'triage');
    const b = incidentAt(cb, 'triage');
    const byRef = cb.ok('incidents:transition', {
      id: a.id,
      version: a.version,
      to: 'closed',
      reason: 'Same',
      outcome: 'duplicate',
      duplicateOf: original.reference.toLowerCase(),
    });
    expect(byRef.duplicateOf).toBe(original.id);
    const byId = cb.ok('incidents:transition', { id: b.id, version: b.version, to: 'closed', reason: 'Same', outcome: 'duplicate', duplicateOf: original.id });
    expect(byId.duplicateOf).toBe(original.id);
  });

  it('refuses an occurrence after the discovery when recording, at occurredAt', () => {
    const error = failsUnchanged(
      'incidents:create',
      minimalIncident({ occurredAt: Date.UTC(2026, 10, 26, 15, 0), discoveredAt: Date.UTC(2026, 10, 26, 14, 30) }),
      'INVALID_INPUT',
    );
    expect(issuePaths(error)).toEqual(['occurredAt']);
  });

  it('refuses a report before the discovery when recording, at reportedAt', () => {
    const error = failsUnchanged(
      'incidents:create',
      minimalIncident({ reportedAt: Date.UTC(2026, 10, 26, 14, 0), discoveredAt: Date.UTC(2026, 10, 26, 14, 30) }),
      'INVALID_INPUT',
    );
    expect(issuePaths(error)).toEqual(['reportedAt']);
  });

  it('refuses an edit that puts the occurrence after the discovery, at patch.occurredAt, whichever date moved', () => {
    const incident = cb.ok('incidents:create', minimalIncident({ occurredAt: Date.UTC(2026, 10, 20), discoveredAt: Date.UTC(2026, 10, 26) }));
    const moveOccurrence = failsUnchanged(
      'incidents:update',
      { id: incident.id, version: incident.version, patch: { occurredAt: Date.UTC(2026, 10, 27) } },
      'INVALID_INPUT',
    );
    expect(issuePaths(moveOccurrence)).toEqual(['patch.occurredAt']);
    const moveDiscovery = failsUnchanged(
      'incidents:update',
      { id: incident.id, version: incident.version, patch: { discoveredAt: Date.UTC(2026, 10, 19) } },
      'INVALID_INPUT',
    );
    expect(issuePaths(moveDiscovery)).toEqual(['patch.occurredAt']);
    const reportBefore = failsUnchanged(
      'incidents:update',
      { id: incident.id, version: incident.version, patch: { reportedAt: Date.UTC(2026, 10, 25) } },
      'INVALID_INPUT',
    );
    expect(issuePaths(reportBefore)).toEqual(['patch.reportedAt']);
  });

  it('refuses decision fields that contradict the decision', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const notifiedWithoutDecision = failsUnchanged(
      'incidents:update',
      { id: incident.id, version: incident.version, patch: { icoReference: 'IC-1', regulatorNotify: false, regulatorRationale: 'Low risk.' } },
      'INVALID_INPUT',
    );
    expect(issuePaths(notifiedWithoutDecision)).toEqual(['patch.regulatorNotify']);
    const exemptionWhileTelling = failsUnchanged(
      'incidents:update',
      { id: incident.id, version: incident.version, patch: { subjectsNotify: true, subjectsExemption: 'unintelligible' } },
      'INVALID_INPUT',
    );
    expect(issuePaths(exemptionWhileTelling)).toEqual(['patch.subjectsExemption']);
  });

  it('refuses details that do not fit a new kind, at patch.details', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const error = failsUnchanged(
      'incidents:update',
      { id: incident.id, version: incident.version, patch: { kind: 'lost_device', details: { encrypted: 'yes' } } },
      'INVALID_INPUT',
    );
    expect(issuePaths(error)).toEqual(['patch.details.encrypted']);
  });

  it('refuses a second party with an address already used, in any letter case, with CONFLICT at email', () => {
    cb.ok('parties:create', { name: 'Jo Harper', email: 'j.harper@army.mil' });
    const error = failsUnchanged('parties:create', { name: 'Joanne Harper', email: 'J.Harper@Army.MIL' }, 'CONFLICT');
    expect(issuePaths(error)).toEqual(['email']);
    expect(error.message).toMatch(/Jo Harper/);
  });

  it('refuses changing a party address to one another party has, with CONFLICT', () => {
    cb.ok('parties:create', { name: 'Jo Harper', email: 'j.harper@army.mil' });
    const other = cb.ok('parties:create', { name: 'Sam Okoro', email: 'sam@example.gov.uk' });
    failsUnchanged('parties:update', { id: other.id, version: other.version, patch: { email: 'j.harper@army.mil' } }, 'CONFLICT');
  });

  it('refuses creating a new party with a used address while linking, creating nothing', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    cb.ok('parties:create', { name: 'Jo Harper', email: 'j.harper@army.mil' });
    failsUnchanged(
      'involvements:link',
      { incidentId: incident.id, party: { new: { name: 'J Harper', email: 'j.harper@army.mil' } }, involvement: { roles: ['data_subject'] } },
      'CONFLICT',
    );
  });

  it('allows any number of parties without an address', () => {
    cb.ok('parties:create', { name: 'Unknown finder' });
    expect(cb.core.call('parties:create', { name: 'Another unknown finder' }).ok).toBe(true);
  });

  it('refuses linking the same party to the same incident twice, with CONFLICT', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const party = cb.ok('parties:create', { name: 'Jo Harper' });
    cb.ok('involvements:link', { incidentId: incident.id, party: { id: party.id }, involvement: { roles: ['data_subject'] } });
    const error = failsUnchanged('involvements:link', { incidentId: incident.id, party: { id: party.id }, involvement: { roles: ['unintended_recipient'] } }, 'CONFLICT');
    expect(error.message).toMatch(/already linked/);
  });

  it.each([
    ['notified without a date', { notificationStatus: 'notified', notificationMethod: 'email' }, ['involvement.notifiedAt']],
    ['notified without a method', { notificationStatus: 'notified', notifiedAt: Date.UTC(2026, 10, 27) }, ['involvement.notificationMethod']],
    ['notified with neither', { notificationStatus: 'notified' }, ['involvement.notifiedAt', 'involvement.notificationMethod']],
    ['a date while still pending', { notificationStatus: 'pending', notifiedAt: Date.UTC(2026, 10, 27) }, ['involvement.notificationStatus']],
    ['a method while undecided', { notificationMethod: 'letter' }, ['involvement.notificationStatus']],
  ])('refuses a notification %s', (_what, fields, paths) => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const error = failsUnchanged(
      'involvements:link',
      { incidentId: incident.id, party: { new: { name: 'Jo Harper' } }, involvement: { roles: ['data_subject'], ...fields } },
      'INVALID_INPUT',
    );
    expect(issuePaths(error).sort()).toEqual([...paths].sort());
  });

  it('searches text containing FTS5 syntax literally instead of failing', () => {
    cb.ok('incidents:create', minimalIncident({ title: 'Quote "NEAR" AND stars*' }));
    for (const text of ['"', 'NEAR(a b)', 'AND', 'a OR b', '*', 'title:x', '^start', '-minus', "O'Brien"]) {
      const result = cb.core.call('incidents:list', { filter: { text } });
      expect(result.ok, text).toBe(true);
    }
    expect(cb.ok('incidents:list', { filter: { text: '"NEAR" AND' } }).total).toBe(1);
    expect(cb.ok('parties:search', { text: 'NEAR(' }).items).toEqual([]);
  });
});
