import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/api';
import { createHandlers } from '../../electron/core/operations';
import { readSecurity, writeSecurity } from '../../electron/core/vault/vaultSettings';
import { allows, mayCall, OPERATION_ACCESS } from '../../shared/contract/access';
import type { AccountRole } from '../../shared/contract/accounts';
import { CORE_OPERATIONS, VAULT_OPERATIONS, type Operation } from '../../shared/contract';
import type { AccessLevel, AccessRule } from '../../shared/contract/operation';
import { SecuritySettingsSchema } from '../../shared/contract/security';
import { createCore, type Core } from '../fixtures/core';
import { expectFailure } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, sharedContext } from '../fixtures/db';
import { buildWorld, OPERATION_CASES, type World } from './operationCases';

/*
 * Roles are enforced in the core, per operation (issue 6, "Reviewer role: every write operation answers
 * FORBIDDEN — generated from the contract, not a hand list"). Every list below is derived from
 * the access rules declared beside each operation in the contract (OPERATION_ACCESS) and CORE_OPERATIONS; the inputs are the valid ones of
 * OPERATION_CASES, so a refusal is about the role and never about the input.
 */

const levelOf = (op: Operation): AccessLevel | 'setting' => {
  const rule = OPERATION_ACCESS[op];
  return typeof rule === 'function' ? 'setting' : rule;
};
const byAccess = (...levels: AccessLevel[]) => CORE_OPERATIONS.filter((op) => (levels as string[]).includes(levelOf(op)));
/** The security settings a fresh register holds. */
const DEFAULT_SETTINGS = SecuritySettingsSchema.parse({});
const CHANGING = byAccess('write', 'admin');
const READING = byAccess('read', 'report');
const ADMIN = byAccess('admin');
const READ_ONLY = byAccess('read');
/** Operations on the caller's own things (its drafts): every role, each reaching only its own. */
const OWN = byAccess('self');

/** A core on the test casebook's database acting with `role`, sharing its files and jobs (as the app's one core does). */
function coreAs(db: World['cb']['db'], role: AccountRole): Core {
  const shared = sharedContext(db);
  let n = 20_000;
  return createCore(db, {
    role,
    ...(shared ? { files: shared.files, jobs: shared.jobs, events: shared.events } : {}),
    newId: () => `00000000-0000-4000-a000-${String((n += 1)).padStart(12, '0')}`,
    log: { error: () => {}, info: () => {} },
  });
}

/**
 * The operation's valid input, with any job it started (jobs:get and jobs:cancel start an import to have a
 * job to name) run to its end first, so the fingerprint taken next is not moved by that job's own write.
 */
async function validInput(w: World, op: (typeof CORE_OPERATIONS)[number]): Promise<unknown> {
  const input = OPERATION_CASES[op].valid(w);
  const jobId = (input as { jobId?: unknown }).jobId;
  if (typeof jobId === 'string') await w.cb.core.context.jobs.settled(jobId);
  return input;
}

/** Settles a job an operation started, so its write (or failure) is over before the test looks. */
async function settleStarted(w: World, value: unknown): Promise<void> {
  const jobId = (value as { jobId?: unknown } | null)?.jobId;
  if (typeof jobId === 'string') await w.cb.core.context.jobs.settled(jobId);
}

describe('roles, generated from the contract', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  it('classifies every core operation, and some of each kind exist (so the generated lists below are not empty)', () => {
    for (const op of CORE_OPERATIONS) expect(['self', 'read', 'report', 'write', 'admin', 'setting'], op).toContain(levelOf(op));
    expect(CHANGING.length).toBeGreaterThan(10);
    expect(READING.length).toBeGreaterThan(10);
    expect(ADMIN.length).toBeGreaterThan(0);
  });

  it.each(CHANGING)('a reviewer calling %s with its valid input is FORBIDDEN and nothing changes', async (op) => {
    const input = await validInput(w, op);
    const reviewer = coreAs(w.cb.db, 'reviewer');
    const before = contentFingerprint(w.cb.db);
    const result = await reviewer.callAsync(op, input);
    const error = expectFailure(result, 'FORBIDDEN');
    expect(error.message).toMatch(/reviewer/);
    expect(contentFingerprint(w.cb.db), `${op} changed the register although it was refused`).toBe(before);
  });

  it.each(CHANGING)('a reviewer calling %s is FORBIDDEN before the input is read (even with no input at all)', async (op) => {
    const before = contentFingerprint(w.cb.db);
    expectFailure(await coreAs(w.cb.db, 'reviewer').callAsync(op, undefined), 'FORBIDDEN');
    expectFailure(await coreAs(w.cb.db, 'reviewer').callAsync(op, { __proto__: { admin: true } }), 'FORBIDDEN');
    expect(contentFingerprint(w.cb.db)).toBe(before);
  });

  it.each(READING)('a reviewer may call %s with its valid input', async (op) => {
    const input = await validInput(w, op);
    const result = await coreAs(w.cb.db, 'reviewer').callAsync(op, input);
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
    if (result.ok) await settleStarted(w, result.value);
  });

  it.each(OWN)('a reviewer may call %s, which reaches only its own drafts', async (op) => {
    const input = await validInput(w, op);
    const result = await coreAs(w.cb.db, 'reviewer').callAsync(op, input);
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
  });

  it.each(ADMIN)('an officer calling %s (an administrator’s operation) is FORBIDDEN and nothing changes', async (op) => {
    const input = await validInput(w, op);
    const before = contentFingerprint(w.cb.db);
    const error = expectFailure(await coreAs(w.cb.db, 'officer').callAsync(op, input), 'FORBIDDEN');
    expect(error.message).toMatch(/officer/);
    expect(contentFingerprint(w.cb.db)).toBe(before);
  });

  it.each(byAccess('write', 'read', 'report'))('an officer may call %s with its valid input', async (op) => {
    const input = await validInput(w, op);
    const result = await coreAs(w.cb.db, 'officer').callAsync(op, input);
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
    if (result.ok) await settleStarted(w, result.value);
  });

  it.each(ADMIN)('an administrator may call %s with its valid input', async (op) => {
    const result = await coreAs(w.cb.db, 'administrator').callAsync(op, await validInput(w, op));
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
  });

  it('answers FORBIDDEN, not NOT_FOUND, for the vault’s administrator and writing operations a reviewer calls on the core', async () => {
    const guarded = VAULT_OPERATIONS.filter((op) => !mayCall('reviewer', op, DEFAULT_SETTINGS));
    expect(guarded.length).toBeGreaterThan(0);
    for (const op of guarded) expectFailure(await coreAs(w.cb.db, 'reviewer').callAsync(op as Operation, {}), 'FORBIDDEN');
  });
});

describe('the access classes agree with what operations do', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  it('classes no writing operation as read', () => {
    // A rule that depends on a setting (erasures:confirm) is tested role by role in its own domain's tests.
    const misclassed = CORE_OPERATIONS.filter((op) => OPERATION_CASES[op].writes && !['write', 'admin', 'report', 'self', 'setting'].includes(levelOf(op)));
    expect(misclassed, 'operations that write (OPERATION_CASES) but are classed read or public (OPERATION_ACCESS)').toEqual([]);
  });

  it.each(READ_ONLY)('%s, classed read, leaves the register’s content unchanged when it succeeds', async (op) => {
    const input = await validInput(w, op);
    const before = contentFingerprint(w.cb.db);
    const result = await coreAs(w.cb.db, 'reviewer').callAsync(op, input);
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
    expect(contentFingerprint(w.cb.db), `${op} is classed read but changed the register`).toBe(before);
  });
});

describe('a rule that depends on the administrator’s settings', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  /*
   * Declared here, beside the one in the contract (erasures:confirm, test/core/retention/twoPeople.test.ts): it
   * reads a real setting, stored in the register, as that rule does.
   */
  const officersOnShortLocks: AccessRule = (role, settings) => role === 'administrator' || (role === 'officer' && settings.idleLockMinutes <= 5);

  it('decides from the settings as they stand when it is asked, role by role', () => {
    const settings = () => readSecurity(w.cb.db);
    expect(allows(officersOnShortLocks, 'officer', settings)).toBe(false);
    writeSecurity(w.cb.db, { ...readSecurity(w.cb.db), idleLockMinutes: 5 });
    expect(allows(officersOnShortLocks, 'officer', settings)).toBe(true);
    expect(allows(officersOnShortLocks, 'reviewer', settings)).toBe(false);
    expect(allows(officersOnShortLocks, 'administrator', settings)).toBe(true);
  });

  it('leaves a level rule to the role alone, never reading the settings', () => {
    const unreadable = () => {
      throw new Error('read the settings for a level rule');
    };
    expect(allows('write', 'officer', unreadable)).toBe(true);
    expect(allows('admin', 'officer', unreadable)).toBe(false);
  });

  it('is what mayCall applies to an operation, with the settings it is given', () => {
    for (const op of CORE_OPERATIONS) {
      for (const role of ['administrator', 'officer', 'reviewer'] as const) {
        expect(mayCall(role, op, DEFAULT_SETTINGS), `${role} ${op}`).toBe(allows(OPERATION_ACCESS[op], role, () => DEFAULT_SETTINGS));
      }
    }
  });

  it('is the only reason the dispatcher reads its accessSettings: a level rule is answered without them', async () => {
    let reads = 0;
    const handlers = createHandlers(w.cb.core.context) as Record<string, (input: unknown) => unknown>;
    const dispatcher = createDispatcher({
      handlerFor: (op) => handlers[op]!,
      role: () => 'officer',
      accessSettings: () => {
        reads += 1;
        return readSecurity(w.cb.db);
      },
      log: { error: () => {}, info: () => {} },
    });
    expect((await dispatcher.callAsync('incidents:list', {})).ok).toBe(true);
    expect((await dispatcher.callAsync('notes:add', { incidentId: w.open.id, body: 'Checked.' })).ok).toBe(true);
    expectFailure(await dispatcher.callAsync('settings:update', { internalReportHours: 12 }), 'FORBIDDEN');
    expect(reads).toBe(0);
  });
});
