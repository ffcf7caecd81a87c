import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBackup, runRestore } from '../../electron/cli/backupCommands';
import { UsageError } from '../../electron/cli/args';
import { verifyAudit } from '../../electron/core/audit/auditLog';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

describe('backup and restore from the CLI', () => {
  let cb: TestCasebook;
  let dir: string;
  beforeEach(() => {
    cb = createTestCasebook();
    dir = join(cb.file!, '..');
    cb.ok('incidents:create', minimalIncident());
  });
  afterEach(() => cb.close());

  it('backs up into a folder named relative to where the command was run, then restores it', () => {
    mkdirSync(join(dir, 'usb'));
    const made = runBackup(cb.db, null, null, 'usb', dir);
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toMatchObject({ verified: true, auditHeadHash: verifyAudit(cb.db).headHash });
    expect(readdirSync(join(dir, 'usb'))).toEqual([made.value.name]);

    const backedUp = contentFingerprint(cb.db);
    cb.ok('incidents:create', minimalIncident({ title: 'After the backup' }));
    closeDatabase(cb.db);
    const restored = runRestore(cb.file!, null, null, join('usb', made.value.name), dir);
    expect(restored).toMatchObject({ ok: true, value: { name: made.value.name } });
    const reopened = openDatabase(cb.file!);
    expect(contentFingerprint(reopened)).toBe(backedUp);
    closeDatabase(reopened);
  });

  it('answers with the error, not a crash, when the drive is not there; a missing folder name is a usage error', () => {
    expect(runBackup(cb.db, null, null, 'no-such-drive', dir)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(() => runBackup(cb.db, null, null, undefined, dir)).toThrow(UsageError);
    expect(runRestore(cb.file!, null, null, 'no-such-backup', dir)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
