import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { verifyAudit } from '../audit/verifyAudit';
import { closeDatabase, openDatabase, rekeyDatabase, type Db, type OpenOptions } from '../db/openDatabase';

const PLAIN_COPY_MARK = '-before-encryption-';

/**
 * Scrubs plain copies a setup left behind when it stopped (a crash, a power cut) between writing the key
 * file and scrubbing its copy: once the encrypted register has opened with the key, they are not needed.
 */
export function scrubLeftoverPlainCopies(backupDir: string): void {
  if (!existsSync(backupDir)) return;
  for (const name of readdirSync(backupDir)) if (name.includes(PLAIN_COPY_MARK)) scrubFile(join(backupDir, name));
}

/**
 * Encrypts a register that earlier versions, the CLI or the harness left unencrypted:
 * 1. a plain copy (VACUUM INTO the backup folder), integrity-checked — the way back if anything below fails;
 * 2. a second copy beside the register, encrypted in place with PRAGMA rekey (this driver has no
 *    sqlcipher_export, and VACUUM INTO from a plain file writes a plain file — both measured);
 * 3. the encrypted copy reopened with the key: integrity_check, and the same audit chain (count and head);
 * 4. only then renamed over the register (atomic), and the old file's blocks overwritten.
 * Returns the plain copy's path: the caller scrubs it once the key file that opens the new file is written,
 * so there is never a moment when the data exists only under a key nobody holds.
 */
export function encryptPlainRegister(file: string, rawKey: Buffer, backupDir: string, options: Pick<OpenOptions, 'nativeBinding'> & { now: number }): string {
  mkdirSync(backupDir, { recursive: true });
  const stamp = new Date(options.now).toISOString().replaceAll(':', '-');
  const plainCopy = join(backupDir, `${basename(file)}${PLAIN_COPY_MARK}${stamp}.db`);
  const encrypted = `${file}.encrypting-${randomBytes(6).toString('hex')}`;
  try {
    const source = openDatabase(file, { nativeBinding: options.nativeBinding });
    let chain;
    try {
      chain = verifyAudit(source, { chainOnly: true });
      source.prepare('VACUUM INTO ?').run(plainCopy);
      source.prepare('VACUUM INTO ?').run(encrypted);
    } finally {
      closeDatabase(source);
    }
    withDatabase(plainCopy, {}, options, (db) => requireIntact(db, 'the plain copy'));
    rekeyCopy(encrypted, rawKey, options, (db) => {
      const after = verifyAudit(db, { chainOnly: true });
      if (after.entryCount !== chain.entryCount || after.headHash !== chain.headHash) {
        throw new Error('The encrypted copy does not carry the same audit chain as the register');
      }
    });
  } catch (error) {
    // The register itself was not touched: the copies go.
    rmSync(encrypted, { force: true });
    scrubFile(plainCopy);
    throw error;
  }
  replaceAndScrubOld(file, encrypted);
  return plainCopy;
}

/**
 * Encrypts a plain copy Casebook made earlier (a pre-migration copy, a register set aside by a restore)
 * with the register's key, by the same steps: a second copy rekeyed, proved whole with the same rows in
 * every table, renamed over the plain one, whose blocks are then overwritten.
 */
export function encryptPlainCopy(file: string, rawKey: Buffer, options: Pick<OpenOptions, 'nativeBinding'>): void {
  const encrypted = `${file}.encrypting-${randomBytes(6).toString('hex')}`;
  try {
    let rows = '';
    withDatabase(file, {}, options, (db) => {
      requireIntact(db, basename(file));
      rows = rowCounts(db);
      db.prepare('VACUUM INTO ?').run(encrypted);
    });
    rekeyCopy(encrypted, rawKey, options, (db) => {
      if (rowCounts(db) !== rows) throw new Error(`The encrypted copy of ${basename(file)} does not hold the same rows`);
    });
  } catch (error) {
    rmSync(encrypted, { force: true });
    throw error;
  }
  replaceAndScrubOld(file, encrypted);
}

/** Rekeys a fresh copy in place, reopens it with the key, and checks it is whole before `check` judges it. */
function rekeyCopy(copy: string, rawKey: Buffer, options: Pick<OpenOptions, 'nativeBinding'>, check: (db: Db) => void): void {
  withDatabase(copy, {}, options, (db) => rekeyDatabase(db, rawKey));
  withDatabase(copy, { rawKey }, options, (db) => {
    requireIntact(db, 'the encrypted copy');
    check(db);
  });
}

/** Every table's row count, as one string to compare. */
function rowCounts(db: Db): string {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return tables
    .map(
      (t) =>
        `${t}:${String(
          db
            .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
            .pluck()
            .get(),
        )}`,
    )
    .join(',');
}

function withDatabase(file: string, key: Pick<OpenOptions, 'rawKey'>, options: Pick<OpenOptions, 'nativeBinding'>, work: (db: Db) => void): void {
  const db = openDatabase(file, { ...key, nativeBinding: options.nativeBinding });
  try {
    work(db);
  } finally {
    closeDatabase(db);
  }
}

function requireIntact(db: Db, what: string): void {
  const result = db.pragma('integrity_check', { simple: true });
  if (result !== 'ok') throw new Error(`integrity_check failed on ${what}`);
}

/**
 * Renames the encrypted file over the register, then overwrites the old (plain) file's bytes through a
 * handle still open on it. A journaling or copy-on-write filesystem, or an SSD's wear levelling, may keep
 * older copies of those blocks: this is as far as a program can go; full-disk encryption covers the rest.
 */
function replaceAndScrubOld(file: string, replacement: string): void {
  const old = openSync(file, 'r+');
  try {
    renameSync(replacement, file);
    overwrite(old);
  } finally {
    closeSync(old);
  }
}

/** Overwrites a file with zeros, flushes, and removes it (the same limits as above apply). */
export function scrubFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch {
    return;
  }
  try {
    overwrite(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
}

function overwrite(fd: number): void {
  const size = fstatSync(fd).size;
  const zeros = Buffer.alloc(Math.min(size, 1024 * 1024));
  for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
  fsyncSync(fd);
}
