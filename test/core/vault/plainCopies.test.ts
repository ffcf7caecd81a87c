import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/core/db/openDatabase';
import { migrate } from '../../../electron/core/db/migrate';
import { backupDirBeside } from '../../../electron/core/openCasebook';
import { createCore } from '../../fixtures/core';
import { ADMIN, ok, registerKey, tempRegister, testVault } from './vaultHelpers';

const NAME = 'Grace Okafor';

/** A plain register holding one named party, and a plain copy of it made as Casebook makes them. */
function plainRegisterWithCopy(file: string, copy: string): void {
  const plain = openDatabase(file);
  migrate(plain);
  expect(createCore(plain, { actor: () => 'Earlier Officer' }).call('parties:create', { name: NAME }).ok).toBe(true);
  plain.prepare('VACUUM INTO ?').run(copy);
  closeDatabase(plain);
}

const readable = (file: string) => readFileSync(file).includes(Buffer.from(NAME));
const partiesIn = (file: string, key: Buffer) => {
  const db = openDatabase(file, { rawKey: key, readonly: true });
  try {
    return db.prepare('SELECT name FROM parties').pluck().all();
  } finally {
    closeDatabase(db);
  }
};

describe('plain copies Casebook made of a register', () => {
  it('are encrypted with the register’s key at setup, recorded, and told once', () => {
    const { dir, file } = tempRegister();
    mkdirSync(backupDirBeside(file), { recursive: true });
    const preMigration = join(backupDirBeside(file), 'casebook-v30-2026-11-20T09-00-00.000Z.db');
    const asideByRestore = join(dir, 'casebook.db.before-restore-2026-11-21T09-00-00.000Z');
    plainRegisterWithCopy(file, preMigration);
    plainRegisterWithCopy(join(dir, 'other.db'), asideByRestore);
    expect(readable(preMigration) && readable(asideByRestore)).toBe(true);

    const vault = testVault(file);
    const status = ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    expect(status.copiesEncrypted.sort()).toEqual(['casebook-v30-2026-11-20T09-00-00.000Z.db', 'casebook.db.before-restore-2026-11-21T09-00-00.000Z']);
    const history = ok(vault, 'audit:verify', {});
    expect(history.ok).toBe(true);
    vault.close();

    expect(readable(preMigration)).toBe(false);
    expect(readable(asideByRestore)).toBe(false);
    const key = registerKey(file, ADMIN);
    expect(partiesIn(preMigration, key)).toEqual([NAME]);
    expect(partiesIn(asideByRestore, key)).toEqual([NAME]);
    const db = openDatabase(file, { rawKey: key, readonly: true });
    const entry = db.prepare(`SELECT actor, summary FROM audit_log WHERE action = 'register.copies_encrypted'`).get() as { actor: string; summary: string };
    closeDatabase(db);
    expect(entry.actor).toBe(ADMIN.name);
    expect(entry.summary).toContain('2 plain copies');
  });

  it('are found at each login, and a login with none to encrypt says nothing', () => {
    const { dir, file } = tempRegister();
    const vault = testVault(file);
    ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    vault.lock('user');
    const left = join(backupDirBeside(file), 'casebook-v20-2026-11-19T09-00-00.000Z.db');
    mkdirSync(backupDirBeside(file), { recursive: true });
    plainRegisterWithCopy(join(dir, 'earlier.db'), left);

    expect(ok(vault, 'auth:login', ADMIN).copiesEncrypted).toEqual(['casebook-v20-2026-11-19T09-00-00.000Z.db']);
    expect(readable(left)).toBe(false);
    vault.lock('user');
    expect(ok(vault, 'auth:login', ADMIN).copiesEncrypted).toEqual([]);
    vault.close();
    expect(partiesIn(left, registerKey(file, ADMIN))).toEqual([NAME]);
  });
});
