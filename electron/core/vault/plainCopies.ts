import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OpenOptions } from '../db/openDatabase';
import { encryptPlainCopy } from './encryptInPlace';

const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * The copies Casebook itself makes of a register: pre-migration copies (`casebook-v<N>-<stamp>.db`) in
 * the backup folder, and a register set aside by a restore (`<register>.before-restore-<stamp>`) beside
 * it. Copies of an encrypted register are encrypted already; those made while it was plain are not, and
 * would keep every record readable after the register was encrypted.
 */
export function copiesCasebookMade(register: string, backupDir: string): string[] {
  const found: string[] = [];
  if (existsSync(backupDir)) {
    for (const name of readdirSync(backupDir)) if (/^casebook-v\d+-.+\.db$/.test(name)) found.push(join(backupDir, name));
  }
  const folder = dirname(register);
  const asidePrefix = `${basename(register)}.before-restore-`;
  for (const name of readdirSync(folder)) if (name.startsWith(asidePrefix) && !/-(wal|shm)$/.test(name)) found.push(join(folder, name));
  return found;
}

function isPlainSqlite(file: string): boolean {
  const header = Buffer.alloc(PLAIN_SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(PLAIN_SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Finds every plain copy Casebook made of this register and encrypts it with the register's key (at
 * setup and at each login). Returns the names of the copies it encrypted, for the audit and the notice.
 */
export function encryptPlainCopies(register: string, backupDir: string, rawKey: Buffer, options: Pick<OpenOptions, 'nativeBinding'>): string[] {
  const encrypted: string[] = [];
  for (const copy of copiesCasebookMade(register, backupDir)) {
    if (!isPlainSqlite(copy)) continue;
    encryptPlainCopy(copy, rawKey, options);
    encrypted.push(basename(copy));
  }
  return encrypted;
}
