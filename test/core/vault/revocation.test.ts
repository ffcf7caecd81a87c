import { verify } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { keyIdOf } from '../../../electron/core/audit/signing';
import { newKeyPairs, publicKeysOf, sealRegisterKey, unwrapPrivateKeys, wrapPrivateKeys } from '../../../electron/core/vault/accountKeys';
import { closeDatabase, openDatabase, type Db } from '../../../electron/core/db/openDatabase';
import { keyFileBeside, readKeyFile, type KeyFile } from '../../../electron/core/vault/keyFile';
import { deriveKek, newSalt, wrapKey } from '../../../electron/core/vault/keySlots';
import { auditSigner, rosterKeysOf } from '../../../electron/core/vault/sessionKeys';
import type { Vault } from '../../../electron/core/vault/vault';
import { ADMIN, FIRST_PASSWORD, OFFICER, TEST_KDF, enrol, fail, ok, registerKey, tempRegister, testVault } from './vaultHelpers';

const open: Vault[] = [];
const held: Db[] = [];
afterEach(() => {
  for (const v of open.splice(0)) v.close();
  for (const db of held.splice(0)) closeDatabase(db);
});

function setUp() {
  const { file, dir } = tempRegister();
  const vault = testVault(file);
  open.push(vault);
  ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
  return { file, dir, keys: keyFileBeside(file), vault };
}

function keyFileAt(path: string): KeyFile {
  const file = readKeyFile(path)!;
  if (file.version !== 2) throw new Error('expected a version-2 key file');
  return file;
}

/** Whether a raw key opens the register file (what an old key file's key is good for after a re-key). */
function opens(file: string, key: Buffer): boolean {
  try {
    const db = openDatabase(file, { rawKey: key, readonly: true });
    db.prepare('SELECT count(*) FROM audit_log').get();
    closeDatabase(db);
    return true;
  } catch {
    return false;
  }
}

function auditActions(file: string, key: Buffer): { action: string; entity_id: string; changes: string }[] {
  const db = openDatabase(file, { rawKey: key, readonly: true });
  try {
    return db.prepare<[], { action: string; entity_id: string; changes: string }>('SELECT action, entity_id, changes FROM audit_log ORDER BY seq').all();
  } finally {
    closeDatabase(db);
  }
}

describe('removal and role changes revoke', () => {
  it("refuses the removed account's entry pasted back from a copied old key file, and its old key opens nothing current", () => {
    const { file, dir, keys, vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    const oldCopy = `${dir}/old.keys`;
    copyFileSync(keys, oldCopy);
    const oldKey = registerKey(file, OFFICER, oldCopy);
    expect(ok(vault, 'accounts:remove', { name: OFFICER.name }).rekeyPending).toBe(false);
    vault.lock('user');

    const old = keyFileAt(oldCopy);
    const current = keyFileAt(keys);
    writeFileSync(keys, JSON.stringify({ ...current, accounts: [...current.accounts, old.accounts.find((a) => a.name === OFFICER.name)] }));
    expect(fail(vault, 'auth:login', OFFICER)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/not on the register's signed list of accounts/) });

    // The whole old key file back: its roster was genuine once, but its key no longer opens the register.
    copyFileSync(oldCopy, keys);
    expect(fail(vault, 'auth:login', OFFICER).code).toMatch(/CONFLICT|FORBIDDEN/);
    expect(opens(file, oldKey)).toBe(false);
  });

  it("after a role change, the account's old entry pasted back is refused and it logs in only with its new role", () => {
    const { file, dir, keys, vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'administrator');
    const oldCopy = `${dir}/old.keys`;
    copyFileSync(keys, oldCopy);
    const oldKey = registerKey(file, OFFICER, oldCopy);
    const changed = ok(vault, 'accounts:changeRole', { name: OFFICER.name, role: 'reviewer' });
    expect(changed).toMatchObject({ account: { name: OFFICER.name, role: 'reviewer' }, rekeyPending: false });
    vault.lock('user');
    const good = readFileSync(keys);

    const old = keyFileAt(oldCopy);
    const current = keyFileAt(keys);
    const pasted = current.accounts.map((a) => (a.name === OFFICER.name ? old.accounts.find((o) => o.name === OFFICER.name)! : a));
    writeFileSync(keys, JSON.stringify({ ...current, accounts: pasted }));
    expect(fail(vault, 'auth:login', OFFICER)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/out of date/) });
    expect(opens(file, oldKey)).toBe(false);

    writeFileSync(keys, good);
    expect(ok(vault, 'auth:login', OFFICER).account).toMatchObject({ role: 'reviewer' });
    expect(fail(vault, 'accounts:list', {}).code).toBe('FORBIDDEN');
    expect(auditActions(file, registerKey(file, ADMIN)).some((e) => e.action === 'account.role_changed')).toBe(true);
  });

  it('refuses an account added by hand — a loose entry, or one written into the roster as administrator', () => {
    const { file, keys, vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'reviewer');
    vault.lock('user');
    // The insider holds the register key (through their own reviewer account) and makes an account of their own.
    const key = registerKey(file, OFFICER);
    const current = keyFileAt(keys);
    const intruder = { name: 'Mallory', password: 'quartz lemon saddle violin 55' };
    const pairs = newKeyPairs();
    const publicKeys = publicKeysOf(pairs);
    const salt = newSalt();
    const kek = deriveKek(intruder.password, salt, TEST_KDF);
    const account = {
      name: intruder.name,
      businessUnit: '',
      createdAt: 0,
      lastLoginAt: null,
      salt: salt.toString('base64'),
      keys: wrapPrivateKeys(pairs, kek, { databaseId: current.databaseId, name: intruder.name }),
      keysUnder: 'password' as const,
      legacySlot: null,
      enrolling: false,
      sealed: sealRegisterKey(key, publicKeys.x25519, { databaseId: current.databaseId, name: intruder.name, role: 'administrator', generation: current.generation }),
      certificate: null,
    };
    writeFileSync(keys, JSON.stringify({ ...current, accounts: [...current.accounts, account] }));
    expect(fail(vault, 'auth:login', intruder)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/not on the register's signed list/) });

    const entry = { name: intruder.name, role: 'administrator', keyId: keyIdOf(pairs.ed25519.publicKey), ...publicKeys, enrolling: false };
    const roster = { ...current.roster, body: { ...current.roster.body, entries: [...current.roster.body.entries, entry] } };
    writeFileSync(keys, JSON.stringify({ ...current, accounts: [...current.accounts, account], roster }));
    expect(fail(vault, 'auth:login', intruder)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/has been altered/) });
    expect(fail(vault, 'auth:login', ADMIN).code).toBe('CONFLICT');
  });
});

describe('accounts make their own keys', () => {
  it("the administrator's key file holds only enrolment keys for a new account; its first login forces a new password, makes its own keys and records them", () => {
    const { file, keys, vault } = setUp();
    ok(vault, 'accounts:create', { name: OFFICER.name, role: 'officer', password: FIRST_PASSWORD });
    const created = keyFileAt(keys);
    const entry = created.accounts.find((a) => a.name === OFFICER.name)!;
    expect(entry.enrolling).toBe(true);
    const enrolment = unwrapPrivateKeys(entry.keys, deriveKek(FIRST_PASSWORD, Buffer.from(entry.salt, 'base64'), TEST_KDF), {
      databaseId: created.databaseId,
      name: OFFICER.name,
    })!;
    const enrolmentKeys = publicKeysOf(enrolment);
    expect(created.roster.body.entries.find((e) => e.name === OFFICER.name)).toMatchObject({ ...enrolmentKeys, enrolling: true });
    expect(ok(vault, 'accounts:list', {}).items.find((a) => a.name === OFFICER.name)).toMatchObject({ awaitingFirstLogin: true, keyId: null });
    vault.lock('user');

    expect(fail(vault, 'auth:login', { name: OFFICER.name, password: FIRST_PASSWORD })).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'newPassword' }] });
    expect(fail(vault, 'auth:firstLogin', { name: OFFICER.name, password: FIRST_PASSWORD, newPassword: FIRST_PASSWORD }).issues?.[0]?.path).toBe('newPassword');
    expect(fail(vault, 'auth:firstLogin', { name: OFFICER.name, password: FIRST_PASSWORD, newPassword: 'password1' }).issues?.[0]?.path).toBe('newPassword');
    expect(fail(vault, 'auth:firstLogin', { name: OFFICER.name, password: 'not the given one at all', newPassword: OFFICER.password }).code).toBe('FORBIDDEN');
    expect(keyFileAt(keys).accounts.find((a) => a.name === OFFICER.name)!.enrolling).toBe(true);

    const status = ok(vault, 'auth:firstLogin', { name: OFFICER.name, password: FIRST_PASSWORD, newPassword: OFFICER.password });
    expect(status.account).toMatchObject({ name: OFFICER.name, role: 'officer', awaitingFirstLogin: false });
    const own = keyFileAt(keys).accounts.find((a) => a.name === OFFICER.name)!;
    expect(own.enrolling).toBe(false);
    expect(own.certificate).not.toBeNull();
    expect(own.certificate!.ed25519).not.toBe(enrolmentKeys.ed25519);
    const recorded = auditActions(file, registerKey(file, OFFICER)).filter((e) => e.action === 'account.keys_recorded' && e.entity_id === OFFICER.name);
    expect(recorded).toHaveLength(2);
    expect(recorded[1]!.changes).toContain(own.certificate!.ed25519);
    vault.lock('user');

    // The first password opens nothing now; the account logs in with its own.
    expect(fail(vault, 'auth:login', { name: OFFICER.name, password: FIRST_PASSWORD }).code).toBe('FORBIDDEN');
    expect(ok(vault, 'auth:login', OFFICER).state).toBe('unlocked');
    vault.lock('user');

    // The next administrator login signs the account's own keys into the roster; the certificate is no longer needed.
    ok(vault, 'auth:login', ADMIN);
    const signedIn = keyFileAt(keys);
    expect(signedIn.roster.body.entries.find((e) => e.name === OFFICER.name)).toMatchObject({ ed25519: own.certificate!.ed25519, enrolling: false });
    expect(signedIn.accounts.find((a) => a.name === OFFICER.name)!.certificate).toBeNull();
    expect(ok(vault, 'accounts:list', {}).items.find((a) => a.name === OFFICER.name)!.keyId).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('a re-key another process blocks', () => {
  it('waits, tells every administrator, keeps the removed account out, and completes at the next open by anyone', () => {
    const { file, keys, vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    const reviewer = { name: 'Rita Reviewer', password: 'pewter island mango crayon 29' };
    enrol(vault, ADMIN, reviewer, 'reviewer');
    const generation = keyFileAt(keys).generation;
    const keyBefore = registerKey(file, ADMIN);
    // The insider's long-running command: a connection of its own holding the register open.
    const insider = openDatabase(file, { rawKey: registerKey(file, reviewer) });
    held.push(insider);
    insider.prepare('SELECT count(*) FROM incidents').get();
    const oldFile = readFileSync(keys);

    expect(ok(vault, 'accounts:remove', { name: reviewer.name })).toMatchObject({ removed: true, rekeyPending: true });
    expect(ok(vault, 'auth:status', {}).pendingRekey).toMatchObject({ by: ADMIN.name, reason: `account ${reviewer.name} removed` });
    expect(keyFileAt(keys).generation).toBe(generation);
    vault.lock('user');
    expect(fail(vault, 'auth:login', reviewer).code).toBe('FORBIDDEN');
    // Nor does the whole old key file bring it back while the register still has the old key: the register remembers the newer roster.
    const pending = readFileSync(keys);
    writeFileSync(keys, oldFile);
    expect(fail(vault, 'auth:login', reviewer).message).toMatch(/older than the register's list of accounts/);
    writeFileSync(keys, pending);
    // Still blocked: an officer's login opens the register and tries again; still pending, shown to administrators only.
    expect(ok(vault, 'auth:login', OFFICER).pendingRekey).toBeNull();
    expect(keyFileAt(keys).pendingRekey).not.toBeNull();
    vault.lock('user');

    closeDatabase(held.pop()!);
    expect(ok(vault, 'auth:login', OFFICER).state).toBe('unlocked');
    const after = keyFileAt(keys);
    expect(after.pendingRekey).toBeNull();
    expect(after.generation).toBe(generation + 1);
    expect(after.accounts.map((a) => a.name)).toEqual([ADMIN.name, OFFICER.name]);
    expect(opens(file, keyBefore)).toBe(false);
    vault.lock('user');
    expect(ok(vault, 'auth:login', ADMIN).pendingRekey).toBeNull();
    expect(auditActions(file, registerKey(file, ADMIN)).filter((e) => e.action === 'security.key_rotated')).toHaveLength(1);
  });
});

describe('version-1 key files', () => {
  it("convert at an administrator's login, and each other account's at its own next login, keeping its password", () => {
    const { file, keys, vault } = setUp();
    const key = registerKey(file, ADMIN);
    const databaseId = keyFileAt(keys).databaseId;
    vault.lock('user');
    // The register as an earlier Casebook left it: slots in a version-1 key file, no roster recorded.
    const slot = (account: { name: string; password: string }, role: string) => {
      const salt = newSalt();
      const wrapped = wrapKey(key, deriveKek(account.password, salt, TEST_KDF), salt, { databaseId, name: account.name, role });
      return { name: account.name, role, businessUnit: '', createdAt: 0, lastLoginAt: null, ...wrapped };
    };
    const v1 = { version: 1, databaseId, kdf: TEST_KDF, slots: [slot(ADMIN, 'administrator'), slot(OFFICER, 'officer')], failedLogins: [], failuresInARow: 0 };
    writeFileSync(keys, JSON.stringify(v1));
    const db = openDatabase(file, { rawKey: key });
    db.prepare("DELETE FROM settings WHERE key = 'roster'").run();
    closeDatabase(db);

    // Before an administrator converts it, an officer's old slot opens the register but holds no signing key,
    // and this register's history is signed: the login is refused and the key file stays as it was.
    expect(vault.call('auth:login', OFFICER)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(readKeyFile(keys)!.version).toBe(1);

    const admin = ok(vault, 'auth:login', ADMIN);
    expect(admin.rootOfTrust?.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    const converted = keyFileAt(keys);
    expect(converted.roster.body.entries.map((e) => [e.name, e.role, e.enrolling])).toEqual([
      [ADMIN.name, 'administrator', false],
      [OFFICER.name, 'officer', true],
    ]);
    vault.lock('user');

    expect(ok(vault, 'auth:login', OFFICER).account).toMatchObject({ role: 'officer' });
    const own = keyFileAt(keys).accounts.find((a) => a.name === OFFICER.name)!;
    expect(own).toMatchObject({ enrolling: false, keysUnder: 'password', legacySlot: null });
    const recorded = auditActions(file, registerKey(file, OFFICER))
      .filter((e) => e.action === 'account.keys_recorded')
      .map((e) => e.entity_id);
    expect(recorded).toEqual([ADMIN.name, ADMIN.name, OFFICER.name]);
    vault.lock('user');
    expect(ok(vault, 'auth:login', ADMIN).state).toBe('unlocked');
    expect(keyFileAt(keys).roster.body.entries.every((e) => !e.enrolling)).toBe(true);
  });
});

describe("the session's signer and trusted keys", () => {
  it('sign with the account’s own key and trust exactly the keys on the verified roster', () => {
    const { keys, vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    const file = keyFileAt(keys);
    const trusted = rosterKeysOf(file);
    expect([...trusted.values()].map((k) => [k.name, k.role])).toEqual([
      [ADMIN.name, 'administrator'],
      [OFFICER.name, 'officer'],
    ]);
    const entry = file.accounts.find((a) => a.name === OFFICER.name)!;
    const pairs = unwrapPrivateKeys(entry.keys, deriveKek(OFFICER.password, Buffer.from(entry.salt, 'base64'), TEST_KDF), {
      databaseId: file.databaseId,
      name: OFFICER.name,
    })!;
    const signer = auditSigner(pairs);
    expect(signer.keyId).toBe(keyIdOf(pairs.ed25519.publicKey));
    const data = Buffer.from('entry hash');
    expect(verify(null, data, trusted.get(signer.keyId)!.publicKey, signer.sign(data))).toBe(true);
    expect(trusted.get(keyIdOf(newKeyPairs().ed25519.publicKey))).toBeUndefined();
  });
});
