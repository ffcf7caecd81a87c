import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBackup, runRestore } from '../../electron/cli/backupCommands';
import { UsageError } from '../../electron/cli/args';
import { plainRegisterKey } from '../../electron/core/audit/plainRegisterKey';
import { verifyAudit } from '../../electron/core/audit/verifyAudit';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { startCore, type CoreClient } from '../../electron/core/host/coreClient';
import { contentFingerprint, minimalIncident } from '../fixtures/db';

/** The register's content and audit head, read from the file while the core is closed. */
function snapshot(file: string) {
  const db = openDatabase(file, { readonly: true });
  try {
    return {
      content: contentFingerprint(db),
      audit: verifyAudit(db, { trustedKeys: plainRegisterKey(file).trustedKeys }),
      actions: db.prepare<[], { action: string; actor: string }>('SELECT action, actor FROM audit_log ORDER BY seq').all(),
    };
  } finally {
    closeDatabase(db);
  }
}

describe('backup and restore from the CLI, through the vault', () => {
  let dir: string;
  let file: string;
  let core: CoreClient;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-backup-cli-'));
    file = join(dir, 'casebook.db');
    core = await startCore({ file, plain: { actor: 'Priya Raman' } });
    expect((await core.callAsync('incidents:create', minimalIncident())).ok).toBe(true);
  }, 60_000);
  afterEach(async () => {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up into a folder named relative to where the command was run, then restores it, auditing both', async () => {
    mkdirSync(join(dir, 'usb'));
    const made = await runBackup(core, 'usb', dir);
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toMatchObject({ verified: true });
    expect(readdirSync(join(dir, 'usb'))).toEqual([made.value.name]);

    expect((await core.callAsync('incidents:create', minimalIncident({ title: 'After the backup' }))).ok).toBe(true);
    const restored = await runRestore(core, join('usb', made.value.name), dir);
    expect(restored).toMatchObject({ ok: true, value: { name: made.value.name } });
    await core.close();

    const after = snapshot(file);
    expect(after.audit.ok).toBe(true);
    // The copy is taken before its own entry is written: the restore is recorded on top of what was backed up (the plain register signs from its first write).
    expect(after.actions.map((a) => a.action)).toEqual(['audit.format_changed', 'incident.created', 'backup.restored']);
    expect(after.actions.at(-1)!.actor).toBe('Priya Raman');
    core = await startCore({ file, plain: {} });
    const titles = await core.callAsync('incidents:list', {});
    expect(titles.ok && titles.value.items.map((i) => i.title)).not.toContain('After the backup');
  });

  it('answers with the error, not a crash, when the drive is not there; a missing folder name is a usage error', async () => {
    expect(await runBackup(core, 'no-such-drive', dir)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(runBackup(core, undefined, dir)).rejects.toThrow(UsageError);
    expect(await runRestore(core, 'no-such-backup', dir)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
