import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../fixtures/core';
import { verifyAudit } from '../../../electron/core/audit/verifyAudit';
import { createBackup, restoreBackup, verifyBackup } from '../../../electron/core/backup';
import { migrate } from '../../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../electron/core/db/openDatabase';
import { AppError } from '../../../shared/contract/result';
import { contentFingerprint, counterIds, minimalIncident, steppingClock } from '../../fixtures/db';

/** A title that must never appear in an encrypted file's bytes. */
const TITLE = 'Payroll of Ashdown Barracks left on the 07:42 train';
/** 1 Jul 2026 13:05 UTC is 14:05 in London (BST). */
const NOW = Date.UTC(2026, 6, 1, 13, 5);
const KEY_FILE = JSON.stringify({
  version: 1,
  slots: [
    { name: 'admin', role: 'administrator' },
    { name: 'r.reviewer', role: 'reviewer' },
  ],
});

type Register = { dir: string; file: string; keyFile: string | null; key: string | null; db: Db; core: Core };

function openRegister(file: string, key: string | null): Db {
  const db = openDatabase(file, key === null ? {} : { key });
  migrate(db);
  return db;
}

/**
 * The SQLCipher key as text, in both forms openDatabase passes on: a passphrase (derived with PBKDF2) and
 * the vault's raw 256-bit key written `x'<64 hex>'` (used as is).
 */
type KeyForm = 'passphrase' | 'raw';
const newKey = (form: KeyForm) => (form === 'raw' ? `x'${randomBytes(32).toString('hex')}'` : randomBytes(32).toString('hex'));

function createRegister(keyForm: KeyForm | null): Register {
  const encrypted = keyForm !== null;
  const dir = mkdtempSync(join(tmpdir(), 'casebook-backup-'));
  const file = join(dir, 'casebook.db');
  const key = keyForm === null ? null : newKey(keyForm);
  const keyFile = encrypted ? `${file}.keys` : null;
  if (keyFile) writeFileSync(keyFile, KEY_FILE);
  const db = openRegister(file, key);
  const core = createCore(db, { now: steppingClock(), newId: counterIds(), actor: () => 'Test Officer', log: { error: () => {}, info: () => {} } });
  const created = core.call('incidents:create', minimalIncident({ title: TITLE }));
  if (!created.ok) throw new Error(created.error.message);
  return { dir, file, keyFile, key, db, core };
}

function addIncident(r: Register, title: string, description = ''): void {
  const created = r.core.call('incidents:create', minimalIncident({ title, description }));
  if (!created.ok) throw new Error(created.error.message);
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file beside the register and its hash: what "left exactly as it was" means. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== 'media')
      .sort()
      .map((f) => [f, sha(join(dir, f))]),
  );
}

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe.each([
  ['plain', null],
  ['passphrase-encrypted', 'passphrase'],
  ['raw-key-encrypted', 'raw'],
] as const)('backups of a %s register', (_label, keyForm) => {
  const encrypted = keyForm !== null;
  let r: Register;
  let media: string;
  beforeEach(() => {
    r = createRegister(keyForm);
    media = join(r.dir, 'media');
    mkdirSync(media);
  });
  afterEach(() => {
    closeDatabase(r.db);
    rmSync(r.dir, { recursive: true, force: true });
  });
  const backup = () => createBackup({ db: r.db, keyFilePath: r.keyFile, destinationDir: media, key: r.key, now: () => NOW });

  it('writes the database and its key slots, re-opens them, and records the audit head, size and accounts', () => {
    const audit = verifyAudit(r.db);
    const made = backup();
    const dir = join(media, made.name);
    // The checkpoint beside the register travels with it (docs/audit-format.md).
    expect(readdirSync(dir).sort()).toEqual(encrypted ? ['casebook.db', 'casebook.db.checkpoint', 'casebook.keys'] : ['casebook.db', 'casebook.db.checkpoint']);
    expect(made).toMatchObject({ createdAt: NOW, verified: true, auditEntryCount: audit.entryCount, auditHeadHash: audit.headHash });
    expect(made.auditEntryCount).toBeGreaterThan(0);
    expect(made.accounts).toEqual(encrypted ? ['admin', 'r.reviewer'] : []);
    expect(made.bytes).toBe(readFileSync(join(dir, 'casebook.db')).length + (encrypted ? Buffer.byteLength(KEY_FILE) : 0));
    expect(JSON.parse(readFileSync(join(dir, 'casebook.db.checkpoint'), 'utf8'))).toMatchObject({ entryCount: audit.entryCount, headHash: audit.headHash });
    if (encrypted) expect(readFileSync(join(dir, 'casebook.keys'), 'utf8')).toBe(KEY_FILE);
    const before = snapshot(dir);
    expect(verifyBackup({ dir, key: r.key })).toEqual({ ...made, createdAt: expect.any(Number) });
    expect(snapshot(dir)).toEqual(before); // verifying writes nothing, not even a -wal or -shm
  });

  it('names the folder with the London date and time, and counts up when that name is taken', () => {
    expect([backup().name, backup().name, backup().name]).toEqual([
      'casebook-backup-2026-07-01-1405',
      'casebook-backup-2026-07-01-1405-2',
      'casebook-backup-2026-07-01-1405-3',
    ]);
  });

  it('refuses a truncated copy and a corrupted copy with an error that says so', () => {
    for (let i = 0; i < 20; i++) addIncident(r, `Filler incident ${i}`, 'x'.repeat(2000));
    const copy = join(media, backup().name, 'casebook.db');
    const original = readFileSync(copy);

    const bytes = Buffer.from(original);
    for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 4096; i++) bytes[i] = bytes[i]! ^ 0x5a;
    writeFileSync(copy, bytes);
    const corrupted = thrown(() => verifyBackup({ dir: join(media, 'casebook-backup-2026-07-01-1405'), key: r.key }));
    expect(corrupted.code).toBe('INVALID_INPUT');
    expect(corrupted.message).toMatch(/integrity check|cannot be read|does not open|audit trail/);
    expect(corrupted.message).toContain('This backup cannot be trusted: choose another.');

    writeFileSync(copy, original);
    truncateSync(copy, Math.floor(original.length / 2));
    const truncated = thrown(() => verifyBackup({ dir: join(media, 'casebook-backup-2026-07-01-1405'), key: r.key }));
    expect(truncated.code).toBe('INVALID_INPUT');
    expect(truncated.message).toContain('This backup cannot be trusted: choose another.');
  });

  it('says when the folder is not a backup or the drive is not there', () => {
    expect(thrown(() => verifyBackup({ dir: media, key: r.key })).code).toBe('NOT_FOUND');
    const gone = thrown(() => createBackup({ db: r.db, keyFilePath: r.keyFile, destinationDir: join(media, 'unplugged'), key: r.key, now: () => NOW }));
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain('Is the removable drive plugged in?');
  });

  it('restores: the register is as it was when backed up, and the previous file is kept beside it', () => {
    const made = backup();
    const backedUp = contentFingerprint(r.db);
    addIncident(r, 'Written after the backup');
    const later = contentFingerprint(r.db);
    closeDatabase(r.db);

    const restored = restoreBackup({ sourceDir: join(media, made.name), liveFile: r.file, liveKeyFile: r.keyFile, key: r.key, now: () => NOW + 60_000 });
    expect(restored).toMatchObject({ name: made.name, auditEntryCount: made.auditEntryCount, auditHeadHash: made.auditHeadHash });
    r.db = openRegister(r.file, r.key);
    expect(contentFingerprint(r.db)).toBe(backedUp);
    expect(verifyAudit(r.db)).toMatchObject({ ok: true, entryCount: made.auditEntryCount, headHash: made.auditHeadHash });

    const kept = readdirSync(r.dir).filter((f) => f.startsWith('casebook.db.before-restore-2026-07-01-1406'));
    expect(kept).toContain('casebook.db.before-restore-2026-07-01-1406');
    if (encrypted) expect(readFileSync(`${r.keyFile}.before-restore-2026-07-01-1406`, 'utf8')).toBe(KEY_FILE);
    const previous = openDatabase(join(r.dir, 'casebook.db.before-restore-2026-07-01-1406'), r.key === null ? { readonly: true } : { key: r.key, readonly: true });
    expect(contentFingerprint(previous)).toBe(later);
    closeDatabase(previous);
    expect(readdirSync(r.dir).some((f) => f.includes('incoming'))).toBe(false);
  });

  it('refuses a corrupted backup and leaves the live register byte for byte as it was', () => {
    const made = backup();
    const copy = join(media, made.name, 'casebook.db');
    const bytes = readFileSync(copy);
    truncateSync(copy, Math.floor(bytes.length / 3));
    closeDatabase(r.db);
    const before = snapshot(r.dir);

    const error = thrown(() => restoreBackup({ sourceDir: join(media, made.name), liveFile: r.file, liveKeyFile: r.keyFile, key: r.key, now: () => NOW }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(snapshot(r.dir)).toEqual(before);
    r.db = openRegister(r.file, r.key);
  });

  it('removes a copy that fails verification instead of leaving it looking like a backup', () => {
    const wrongKey = encrypted ? newKey(keyForm) : 'a key the plain copy does not have';
    const error = thrown(() => createBackup({ db: r.db, keyFilePath: r.keyFile, destinationDir: media, key: wrongKey, now: () => NOW }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('try another');
    expect(readdirSync(media)).toEqual([]);
  });
});

describe.each(['passphrase', 'raw'] as const)('an encrypted backup (%s key)', (keyForm) => {
  let r: Register;
  beforeEach(() => {
    r = createRegister(keyForm);
  });
  afterEach(() => {
    closeDatabase(r.db);
    rmSync(r.dir, { recursive: true, force: true });
  });

  it('holds no plaintext and opens only with the register’s key', () => {
    const media = mkdtempSync(join(r.dir, 'media-'));
    const made = createBackup({ db: r.db, keyFilePath: r.keyFile, destinationDir: media, key: r.key, now: () => NOW });
    const copy = join(media, made.name, 'casebook.db');
    const bytes = readFileSync(copy);
    expect(bytes.includes(Buffer.from(TITLE))).toBe(false);
    expect(bytes.includes(Buffer.from('Test Officer'))).toBe(false);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(() => openDatabase(copy, { readonly: true })).toThrow();
    expect(() => openDatabase(copy, { key: newKey(keyForm), readonly: true })).toThrow();
    expect(thrown(() => verifyBackup({ dir: join(media, made.name), key: null })).message).toContain('does not open');
    const opened = openDatabase(copy, { key: r.key!, readonly: true });
    expect(
      opened
        .prepare<[], { title: string }>('SELECT title FROM incidents')
        .all()
        .map((i) => i.title),
    ).toContain(TITLE);
    closeDatabase(opened);
    expect(existsSync(`${copy}-wal`)).toBe(false);
  });
});
