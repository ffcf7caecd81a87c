import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirBeside } from '../../../electron/core/openCasebook';
import { closeDatabase, openDatabase } from '../../../electron/core/db/openDatabase';
import { migrate } from '../../../electron/core/db/migrate';
import { createCore } from '../../fixtures/core';
import { contentFingerprint, minimalIncident } from '../../fixtures/db';
import { ADMIN, ok, registerKey, tempRegister, testVault } from './vaultHelpers';

describe('encrypting an existing plain register at setup', () => {
  it('keeps every row, leaves no plaintext copy behind, and opens only with the account', () => {
    const { dir, file } = tempRegister();
    const plain = openDatabase(file);
    migrate(plain);
    const core = createCore(plain, { actor: () => 'Earlier Officer' });
    const title = 'Unencrypted days: a misdirected payroll file';
    expect(core.call('demo:load', {}).ok).toBe(true);
    expect(core.call('incidents:create', minimalIncident({ title })).ok).toBe(true);
    const fingerprint = contentFingerprint(plain);
    closeDatabase(plain);

    const vault = testVault(file);
    ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    const audit = ok(vault, 'audit:verify', {});
    expect(audit.ok).toBe(true);
    vault.close();

    expect(readFileSync(file).includes(Buffer.from(title))).toBe(false);
    expect(() => openDatabase(file).prepare('SELECT count(*) FROM incidents').get()).toThrow();
    const backups = existsSync(backupDirBeside(file)) ? readdirSync(backupDirBeside(file)) : [];
    expect(backups.filter((f) => f.includes('before-encryption'))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes('encrypting'))).toEqual([]);

    const encrypted = openDatabase(file, { rawKey: registerKey(file, ADMIN) });
    // Setup's own audit entry moves the log and the audited tables' running digests (docs/audit-format.md).
    const rowsOf = (print: string) => print.split('\n').filter((line) => !['settings:', 'audit_log:', 'audit_row_states:'].some((table) => line.startsWith(table)));
    expect(rowsOf(contentFingerprint(encrypted))).toEqual(rowsOf(fingerprint));
    closeDatabase(encrypted);
  });

  it('scrubs a plain copy that a setup cut short left behind, at the next login', () => {
    const { file } = tempRegister();
    const vault = testVault(file);
    ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    vault.lock('user');
    const leftover = join(backupDirBeside(file), 'casebook.db-before-encryption-2026-11-27T09-00-00.000Z.db');
    mkdirSync(backupDirBeside(file), { recursive: true });
    writeFileSync(leftover, 'plain register bytes');
    ok(vault, 'auth:login', ADMIN);
    vault.close();
    expect(existsSync(leftover)).toBe(false);
  });
});
