import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, restoreBackup } from '../../electron/core/backup';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

/** The next rename to this target fails (once: putting the previous file back uses the same name). */
const failRenameTo = vi.hoisted(() => ({ path: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (to === failRenameTo.path) {
        failRenameTo.path = null;
        throw Object.assign(new Error(`EIO: i/o error, rename '${String(from)}'`), { code: 'EIO' });
      }
      real.renameSync(from, to);
    },
  };
});

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('a restore that fails after the live files were moved aside', () => {
  let cb: TestCasebook;
  let media: string;
  beforeEach(() => {
    cb = createTestCasebook();
    cb.ok('incidents:create', minimalIncident());
    media = fs.mkdtempSync(join(tmpdir(), 'casebook-media-'));
  });
  afterEach(() => {
    failRenameTo.path = null;
    cb.close();
    fs.rmSync(media, { recursive: true, force: true });
  });

  it('puts every previous file back byte for byte and removes the copy', () => {
    const made = createBackup({ db: cb.db, keyFilePath: null, destinationDir: media, key: null, now: Date.now });
    cb.ok('incidents:create', minimalIncident({ title: 'After the backup' }));
    const dir = join(cb.file!, '..');
    const keyFile = `${cb.file}.keys`;
    fs.writeFileSync(keyFile, '{"slots":[{"name":"admin"}]}');
    closeDatabase(cb.db);
    const before = Object.fromEntries(
      fs
        .readdirSync(dir)
        .sort()
        .map((f) => [f, sha(join(dir, f))]),
    );

    failRenameTo.path = cb.file;
    expect(() => restoreBackup({ sourceDir: join(media, made.name), liveFile: cb.file!, liveKeyFile: keyFile, key: null, now: Date.now })).toThrow(
      /could not be put in place \(EIO.*The previous register was put back as it was\./,
    );
    expect(
      Object.fromEntries(
        fs
          .readdirSync(dir)
          .sort()
          .map((f) => [f, sha(join(dir, f))]),
      ),
    ).toEqual(before);
  });
});
