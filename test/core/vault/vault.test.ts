import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { OPERATION_ACCESS } from '../../../shared/contract/access';
import { OPERATIONS } from '../../../shared/contract/operationNames';
import { keyFileBeside } from '../../../electron/core/vault/keyFile';
import type { Vault } from '../../../electron/core/vault/vault';
import { minimalIncident } from '../../fixtures/db';
import { ADMIN, OFFICER, clock, enrol, fail, fileHashes, ok, tempRegister, testVault } from './vaultHelpers';

const open: Vault[] = [];
afterEach(() => {
  for (const v of open.splice(0)) v.close();
});

function setUp(now = clock()) {
  const { file } = tempRegister();
  const vault = testVault(file, now);
  open.push(vault);
  ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
  return { file, keys: keyFileBeside(file), vault, now };
}

describe('setting up and logging in', () => {
  it('starts in setup, creates an encrypted register and its administrator, and logs in', () => {
    const { file } = tempRegister();
    const vault = testVault(file);
    open.push(vault);
    expect(ok(vault, 'auth:status', {}).state).toBe('setup');
    const status = ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    expect(status).toMatchObject({ state: 'unlocked', account: { name: ADMIN.name, role: 'administrator' } });
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
    const keyFile = readFileSync(keyFileBeside(file), 'utf8');
    expect(keyFile).not.toContain(ADMIN.password);
    expect(fail(vault, 'auth:setup', { name: 'Someone', password: ADMIN.password }).code).toBe('CONFLICT');
  });

  it('refuses a weak password at setup, with advice', () => {
    const { file } = tempRegister();
    const vault = testVault(file);
    open.push(vault);
    const error = fail(vault, 'auth:setup', { name: ADMIN.name, password: 'password123' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toBe('password');
    expect(ok(vault, 'auth:checkPassword', { password: 'granite kettle orchard lantern 42' }).acceptable).toBe(true);
  });

  it('judges a password while locked only at first setup; once accounts exist, only for someone logged in', () => {
    const { vault } = setUp();
    ok(vault, 'auth:lock', {});
    expect(fail(vault, 'auth:checkPassword', { password: 'granite kettle orchard lantern 42' }).code).toBe('LOCKED');
    ok(vault, 'auth:login', ADMIN);
    expect(ok(vault, 'auth:checkPassword', { password: 'granite kettle orchard lantern 42' }).acceptable).toBe(true);
  });

  it('judges only the first 64 characters of a long password, so 1,024 characters cannot hold the vault', () => {
    const { vault } = setUp();
    const start = 'qz' + 'a'.repeat(62);
    const long = start + 'Xk9#mPq2$vLw8!'.repeat(73).slice(0, 1024 - 64);
    expect(ok(vault, 'auth:checkPassword', { password: long })).toEqual(ok(vault, 'auth:checkPassword', { password: start }));
  });

  it('keeps no plaintext in the database file or its WAL after writes', () => {
    const { file, vault } = setUp();
    const title = 'Passport scans left at the Leeds bus stop';
    const email = 'harriet.quill@example.org';
    const incident = ok(vault, 'incidents:create', minimalIncident({ title }));
    ok(vault, 'involvements:link', { incidentId: incident.id, party: { new: { name: 'Harriet Quill', email } }, involvement: { roles: ['data_subject'] } });
    for (const path of [file, `${file}-wal`]) {
      const bytes = readFileSync(path);
      expect(bytes.length).toBeGreaterThan(0);
      for (const secret of [title, email, 'Harriet Quill', ADMIN.name]) expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
  });

  it('locks: every non-public operation answers LOCKED, and the register reopens at login', async () => {
    const { vault } = setUp();
    const events: unknown[] = [];
    vault.events.subscribe((e) => events.push(e));
    ok(vault, 'auth:lock', {});
    expect(events).toEqual([{ type: 'session:locked', reason: 'user' }]);
    for (const operation of OPERATIONS.filter((o) => OPERATION_ACCESS[o] !== 'public')) {
      const result = await vault.callAsync(operation, {});
      expect(result.ok ? `${operation} answered` : `${operation} ${result.error.code}`).toBe(`${operation} LOCKED`);
    }
    expect(ok(vault, 'auth:status', {}).state).toBe('locked');
    expect(ok(vault, 'auth:login', ADMIN).state).toBe('unlocked');
    expect(ok(vault, 'incidents:list', {}).items).toEqual([]);
  });
});

describe('refusals that change nothing', () => {
  it('wrong password and unknown account: a clear error, files unchanged but for the failure record', () => {
    const { file, keys, vault } = setUp();
    ok(vault, 'auth:lock', {});
    const before = fileHashes(file);
    expect(fail(vault, 'auth:login', { name: ADMIN.name, password: 'not the password at all' })).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/wrong/i),
    });
    expect(fail(vault, 'auth:login', { name: 'Nobody', password: ADMIN.password }).code).toBe('FORBIDDEN');
    expect(fileHashes(file)).toEqual(before);
    expect(JSON.parse(readFileSync(keys, 'utf8')).failedLogins).toHaveLength(2);
  });

  it('a corrupted key file', () => {
    const { file, keys, vault } = setUp();
    ok(vault, 'auth:lock', {});
    writeFileSync(keys, readFileSync(keys, 'utf8').slice(0, 200));
    const before = fileHashes(file, keys);
    expect(fail(vault, 'auth:login', ADMIN)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/key file .*damaged/) });
    expect(fileHashes(file, keys)).toEqual(before);
  });

  it('a key file from another register', () => {
    const first = setUp();
    const second = setUp();
    first.vault.lock('user');
    second.vault.lock('user');
    writeFileSync(first.keys, readFileSync(second.keys));
    const before = fileHashes(first.file, first.keys);
    expect(fail(first.vault, 'auth:login', ADMIN)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/another register/) });
    expect(fileHashes(first.file, first.keys)).toEqual(before);
  });

  it('a truncated register', () => {
    const { file, keys, vault } = setUp();
    ok(vault, 'demo:load', {});
    vault.lock('user');
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    const before = fileHashes(file, keys);
    expect(fail(vault, 'auth:login', ADMIN)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/damaged/) });
    expect(fileHashes(file, keys)).toEqual(before);
  });

  it("an account's role edited in the key file's roster no longer opens anything", () => {
    const { keys, vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    vault.lock('user');
    const keyFile = JSON.parse(readFileSync(keys, 'utf8'));
    keyFile.roster.body.entries[1].role = 'administrator';
    writeFileSync(keys, JSON.stringify(keyFile));
    expect(fail(vault, 'auth:login', OFFICER)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/list of accounts in the key file has been altered/) });
    expect(fail(vault, 'auth:login', ADMIN).code).toBe('CONFLICT');
  });
});

describe('back-off and failed attempts', () => {
  it('after three wrong passwords, waits 2^(n-3) seconds without sleeping, then lets the right one in', () => {
    const now = clock();
    const { vault } = setUp(now);
    vault.lock('user');
    const wrong = { name: ADMIN.name, password: 'wrong password number one' };
    for (let i = 0; i < 3; i++) expect(fail(vault, 'auth:login', wrong).message).toMatch(/Wrong/);
    expect(ok(vault, 'auth:status', {}).retryAfterMs).toBe(1000);
    expect(fail(vault, 'auth:login', ADMIN).message).toMatch(/Try again in 1 seconds/);
    now.advance(1000);
    expect(fail(vault, 'auth:login', wrong).message).toMatch(/Wrong/);
    expect(ok(vault, 'auth:status', {}).retryAfterMs).toBe(2000);
    now.advance(2000);
    const status = ok(vault, 'auth:login', ADMIN);
    expect(status.failedLogins).toHaveLength(4);
    expect(status.failedLogins[0]).toEqual({ at: expect.any(Number), account: ADMIN.name });
    vault.lock('user');
    expect(ok(vault, 'auth:login', ADMIN).failedLogins).toEqual([]);
  });

  it('caps the wait at five minutes', () => {
    const now = clock();
    const { vault, keys } = setUp(now);
    vault.lock('user');
    const keyFile = JSON.parse(readFileSync(keys, 'utf8'));
    writeFileSync(keys, JSON.stringify({ ...keyFile, failuresInARow: 30, failedLogins: [{ at: now(), account: 'x' }] }));
    expect(ok(vault, 'auth:status', {}).retryAfterMs).toBe(300_000);
  });
});

describe('accounts', () => {
  it("changing a password rewraps only that account's private keys", () => {
    const { keys, vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    const before = JSON.parse(readFileSync(keys, 'utf8'));
    const newPassword = 'saffron glacier pepper window 88';
    expect(fail(vault, 'accounts:changePassword', { currentPassword: 'not it at all, sorry', newPassword }).issues?.[0]?.path).toBe('currentPassword');
    ok(vault, 'accounts:changePassword', { currentPassword: ADMIN.password, newPassword });
    const after = JSON.parse(readFileSync(keys, 'utf8'));
    expect(after.accounts[1]).toEqual(before.accounts[1]);
    expect(after.accounts[0].keys.data).not.toBe(before.accounts[0].keys.data);
    expect(after.roster).toEqual(before.roster);
    vault.lock('user');
    expect(fail(vault, 'auth:login', ADMIN).code).toBe('FORBIDDEN');
    expect(ok(vault, 'auth:login', { name: ADMIN.name, password: newPassword }).state).toBe('unlocked');
  });

  it('protects the last administrator and oneself; removes others; names the actor in the audit', () => {
    const { vault } = setUp();
    ok(vault, 'accounts:create', { ...OFFICER, role: 'officer' });
    expect(fail(vault, 'accounts:remove', { name: ADMIN.name }).code).toBe('CONFLICT');
    expect(ok(vault, 'accounts:remove', { name: OFFICER.name })).toMatchObject({ removed: true, rekeyPending: false });
    expect(ok(vault, 'accounts:list', {}).items.map((a) => a.name)).toEqual([ADMIN.name]);
    vault.lock('user');
    expect(fail(vault, 'auth:login', OFFICER).code).toBe('FORBIDDEN');
    ok(vault, 'auth:login', ADMIN);
    const audit = vault.call('audit:verify', {});
    expect(audit.ok).toBe(true);
  });

  it('an officer acts as itself and may not manage accounts', () => {
    const { vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    vault.lock('user');
    ok(vault, 'auth:login', OFFICER);
    expect(fail(vault, 'accounts:list', {}).code).toBe('FORBIDDEN');
    const incident = ok(vault, 'incidents:create', minimalIncident());
    const history = ok(vault, 'incidents:history', { id: incident.id });
    expect(history.items.every((e) => e.actor === OFFICER.name)).toBe(true);
  });
});

describe('security settings and key rotation', () => {
  it('stores the idle lock, audited; rotation re-keys and every account still opens the register with the key sealed to it', () => {
    const { file, vault } = setUp();
    expect(ok(vault, 'security:get', {})).toEqual({ idleLockMinutes: 10, backupReminderDays: 7, officersMayConfirmErasure: false });
    ok(vault, 'security:update', { idleLockMinutes: 3, backupReminderDays: 14 });
    expect(ok(vault, 'auth:status', {}).idleLockMinutes).toBe(3);
    enrol(vault, ADMIN, OFFICER, 'officer');
    const headBefore = readFileSync(file).subarray(0, 64);
    expect(ok(vault, 'security:rotateKey', {}).rekeyPending).toBe(false);
    expect(ok(vault, 'accounts:list', {}).items.map((a) => a.name)).toEqual([ADMIN.name, OFFICER.name]);
    vault.lock('user');
    expect(ok(vault, 'auth:login', OFFICER).state).toBe('unlocked');
    vault.lock('user');
    expect(readFileSync(file).subarray(0, 64).equals(headBefore)).toBe(false);
    ok(vault, 'auth:login', ADMIN);
    expect(ok(vault, 'security:get', {}).idleLockMinutes).toBe(3);
    expect(ok(vault, 'audit:verify', {}).ok).toBe(true);
  });

  it('reminds administrators when no verified backup is recent', () => {
    const { vault } = setUp();
    expect(ok(vault, 'auth:status', {}).backupOverdue).toEqual({ lastVerifiedAt: null, reminderDays: 7 });
  });
});
