import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, closeDatabase } from '../../../electron/core/db/openDatabase';
import { keyFileBeside } from '../../../electron/core/vault/keyFile';
import type { Vault } from '../../../electron/core/vault/vault';
import { minimalIncident } from '../../fixtures/db';
import { ADMIN, OFFICER, enrol, fail, ok, registerKey, tempRegister, testVault } from './vaultHelpers';

const open: Vault[] = [];
afterEach(() => {
  for (const v of open.splice(0)) v.close();
});

function setUp() {
  const { file } = tempRegister();
  const vault = testVault(file);
  open.push(vault);
  ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
  return { file, vault };
}

describe('backups through the vault', () => {
  it('creates a verified backup in a chosen folder, verifies it, and restores it, reopening the register', () => {
    const { file, vault } = setUp();
    const kept = ok(vault, 'incidents:create', minimalIncident({ title: 'Kept in the backup' }));
    const drive = join(dirname(file), 'usb');
    mkdirSync(drive);
    const made = ok(vault, 'backups:create', { folderId: vault.files.putFolder(drive).folderId });
    expect(made).toMatchObject({ verified: true, accounts: [ADMIN.name] });
    expect(ok(vault, 'auth:status', {}).backupOverdue).toBeNull();
    const folder = vault.files.putFolder(join(drive, made.name)).folderId;
    expect(ok(vault, 'backups:verify', { folderId: folder }).auditHeadHash).toBe(made.auditHeadHash);

    ok(vault, 'incidents:create', minimalIncident({ title: 'Written after the backup' }));
    ok(vault, 'backups:restore', { folderId: folder });
    expect(ok(vault, 'incidents:list', {}).items.map((i) => i.id)).toEqual([kept.id]);
    expect(ok(vault, 'audit:verify', {}).ok).toBe(true);
  });
});

describe('backups and revocation', () => {
  it('say which accounts an old backup still opens for, open it with the administrator’s own key, and refuse to restore it', () => {
    const { file, vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    const reviewer = { name: 'Rita Reviewer', password: 'pewter island mango crayon 29' };
    enrol(vault, ADMIN, reviewer, 'administrator');
    const drive = join(dirname(file), 'usb');
    mkdirSync(drive);
    const made = ok(vault, 'backups:create', { folderId: vault.files.putFolder(drive).folderId });
    expect(made).toMatchObject({ keyGeneration: 1, formerAccess: [] });
    ok(vault, 'accounts:remove', { name: OFFICER.name });
    ok(vault, 'accounts:changeRole', { name: reviewer.name, role: 'reviewer' });

    const folder = vault.files.putFolder(join(drive, made.name)).folderId;
    const checked = ok(vault, 'backups:verify', { folderId: folder });
    expect(checked).toMatchObject({ verified: true, keyGeneration: 1, auditHeadHash: made.auditHeadHash });
    expect(checked.formerAccess).toEqual([`${OFFICER.name} (removed)`, `${reviewer.name} (was administrator)`]);
    const keysBefore = readFileSync(keyFileBeside(file));
    expect(vault.call('backups:restore', { folderId: folder })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/older register key/) },
    });
    expect(readFileSync(keyFileBeside(file)).equals(keysBefore)).toBe(true);
    vault.lock('user');
    expect(fail(vault, 'auth:login', OFFICER).code).toBe('FORBIDDEN');
    expect(ok(vault, 'auth:login', ADMIN).state).toBe('unlocked');
  });
});

describe('account actions in the audit log', () => {
  it('name the acting account and never hold a password', () => {
    const { file, vault } = setUp();
    ok(vault, 'accounts:create', { ...OFFICER, role: 'officer' });
    ok(vault, 'accounts:remove', { name: OFFICER.name });
    ok(vault, 'security:update', { idleLockMinutes: 5, backupReminderDays: 7 });
    vault.close();
    const db = openDatabase(file, { rawKey: registerKey(file, ADMIN) });
    const rows = db
      .prepare<[], { actor: string; action: string; summary: string; changes: string }>(
        "SELECT actor, action, summary, changes FROM audit_log WHERE action LIKE 'account.%' OR action LIKE 'settings.security%'",
      )
      .all();
    closeDatabase(db);
    expect(rows.map((r) => r.action)).toEqual([
      'account.created',
      'account.keys_recorded',
      'account.created',
      'account.keys_recorded',
      'account.removed',
      'settings.security_updated',
    ]);
    expect(rows.every((r) => r.actor === ADMIN.name)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(OFFICER.password);
    expect(JSON.stringify(rows)).not.toContain(ADMIN.password);
  });
});

describe('a key rotation cut short', () => {
  it('re-keyed register with its new key file still beside the old: the login finishes the rotation', () => {
    const { file, vault } = setUp();
    const keys = keyFileBeside(file);
    copyFileSync(keys, `${keys}.old`);
    ok(vault, 'security:rotateKey', {});
    vault.close();
    // As if the process died after PRAGMA rekey, before renaming .keys.next into place.
    renameSync(keys, `${keys}.next`);
    renameSync(`${keys}.old`, keys);
    const again = testVault(file);
    open.push(again);
    expect(ok(again, 'auth:login', ADMIN).state).toBe('unlocked');
    expect(existsSync(`${keys}.next`)).toBe(false);
    expect(readdirSync(dirname(file)).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(JSON.parse(readFileSync(keys, 'utf8'))).toMatchObject({ generation: 2, pendingRekey: null });
  });
});

describe('key rotation and missing key files', () => {
  it('names who asked for a rotation, and the new key generation, in its audit entry; no account is lost', () => {
    const { file, vault } = setUp();
    ok(vault, 'accounts:create', { ...OFFICER, role: 'officer' });
    ok(vault, 'security:rotateKey', {});
    expect(ok(vault, 'accounts:list', {}).items.map((a) => a.name)).toEqual([ADMIN.name, OFFICER.name]);
    vault.close();
    const db = openDatabase(file, { rawKey: registerKey(file, ADMIN) });
    const entry = db.prepare<[], { actor: string; summary: string }>("SELECT actor, summary FROM audit_log WHERE action = 'security.key_rotated'").get();
    closeDatabase(db);
    expect(entry).toEqual({ actor: ADMIN.name, summary: expect.stringMatching(/generation 2.*key rotated by Alex Admin/) });
  });

  it('refuses to set up over an encrypted register whose key file is missing, changing nothing', () => {
    const { file, vault } = setUp();
    vault.close();
    renameSync(keyFileBeside(file), `${keyFileBeside(file)}.elsewhere`);
    const before = readFileSync(file);
    const again = testVault(file);
    open.push(again);
    expect(ok(again, 'auth:status', {}).state).toBe('setup');
    const result = again.call('auth:setup', { name: 'Someone Else', password: ADMIN.password });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('key file') } });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(keyFileBeside(file))).toBe(false);
  });
});
