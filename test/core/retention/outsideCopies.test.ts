import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirBeside } from '../../../electron/core/openCasebook';
import { openVault, type Vault } from '../../../electron/core/vault/vault';
import { minimalIncident } from '../../fixtures/db';
import { clock, ok, tempRegister } from '../vault/vaultHelpers';

/** Copies of the register outside the live file, which an erasure cannot reach (docs/retention.md#copies-outside-the-register). */
describe('copies outside the register', () => {
  let vault: Vault;
  let dir: string;
  let file: string;
  const now = clock();
  beforeEach(() => {
    ({ dir, file } = tempRegister());
    vault = openVault({ file, now, plain: { actor: 'Priya Raman' }, log: { error: () => {}, info: () => {} } });
  });
  afterEach(() => vault.close());

  it('lists backups, pre-migration copies and exported reports with their dates, and deletes backups and Casebook’s copies in one action', async () => {
    ok(vault, 'incidents:create', minimalIncident());
    const drive = join(dir, 'usb');
    mkdirSync(drive);
    const backup = ok(vault, 'backups:create', { folderId: vault.files.putFolder(drive).folderId });
    now.advance(60_000);
    const report = await vault.callAsync('reports:generate', { request: { kind: 'register' }, format: 'csv' });
    expect(report.ok).toBe(true);
    // A copy the migration runner kept before an upgrade (casebook-v<N>-<stamp>.db).
    const copy = join(backupDirBeside(file), 'casebook-v80-2026-11-01T09-00-00.000Z.db');
    mkdirSync(backupDirBeside(file), { recursive: true });
    writeFileSync(copy, 'an earlier register');

    const listed = ok(vault, 'backups:outsideCopies', {});
    expect(listed.lastErasureAt).toBeNull();
    expect(listed.copies.map((c) => [c.kind, c.canDelete])).toEqual([
      ['backup', false],
      ['report', false],
      ['pre_migration', true],
    ]);
    expect(listed.copies[0]).toMatchObject({ name: backup.name, madeAt: backup.createdAt });
    expect(listed.copies[1]!.name).toMatch(/\.csv$/);
    expect(listed.copies[2]!.name).toBe('casebook-v80-2026-11-01T09-00-00.000Z.db');

    const deleted = ok(vault, 'backups:deleteCopies', { backupFolderIds: [vault.files.putFolder(drive).folderId] });
    expect(deleted.deleted.sort()).toEqual([backup.name, 'casebook-v80-2026-11-01T09-00-00.000Z.db'].sort());
    expect(existsSync(copy)).toBe(false);
    expect(readdirSync(drive)).toEqual([]);
    expect(ok(vault, 'audit:verify', {}).ok).toBe(true);
  });
});
