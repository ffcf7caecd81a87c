import { existsSync, readFileSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import type { TrustedKeys } from '../audit/signing';
import { verifyAudit } from '../audit/verifyAudit';
import { closeDatabase, openDatabase, type Db } from '../db/openDatabase';

/** What re-opening a copy proved about it. */
export type Inspection = { auditEntryCount: number; auditHeadHash: string; bytes: number; accounts: string[]; keyGeneration: number | null; formerAccess: string[] };

/**
 * Opens a database copy read-only with the key and checks it as the app would rely on it: SQLite's
 * integrity_check, then the audit chain — its signatures too when the roster is given (a backup checked by
 * the session that made or reads it), else its links and hashes only. Throws AppError(code) with `advice` on any failure; writes nothing.
 */
export function inspectCopy(
  dbFile: string,
  keyFile: string | null,
  key: string | null,
  code: 'INVALID_INPUT' | 'CONFLICT',
  advice: string,
  trustedKeys?: TrustedKeys,
): Inspection {
  const fail = (what: string): never => {
    throw new AppError(code, `${what} ${advice}`);
  };
  if (!existsSync(dbFile)) fail(`There is no database copy (${dbFile}).`);
  let db: Db | undefined;
  try {
    try {
      db = openDatabase(dbFile, { ...(key === null ? {} : { key }), readonly: true });
    } catch {
      return fail('The copy does not open with the register’s key: it is damaged, or belongs to another register.');
    }
    let integrity: string[];
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (error) {
      return fail(`The copy cannot be read to the end (${(error as Error).message}).`);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') fail(`The copy fails SQLite’s integrity check (${integrity.slice(0, 3).join('; ')}).`);
    const audit = verifyAudit(db, trustedKeys ? { trustedKeys } : { chainOnly: true });
    if (!audit.ok) fail(`The copy’s audit trail does not verify: ${audit.problem}`);
    const keyBytes = keyFile !== null && existsSync(keyFile) ? readFileSync(keyFile) : null;
    return {
      auditEntryCount: audit.entryCount,
      auditHeadHash: audit.headHash,
      bytes: statSync(dbFile).size + (keyBytes?.length ?? 0),
      accounts: keyBytes === null ? [] : accountNames(keyBytes, fail),
      keyGeneration: keyBytes === null ? null : keyGeneration(keyBytes),
      // Compared with the register's accounts by the vault, which knows them.
      formerAccess: [],
    };
  } finally {
    if (db) closeDatabase(db);
  }
}

/**
 * The account names in a key file. Its layout belongs to the vault; what a backup needs is only the
 * names of the slots (`slots` or `accounts`: an array of names or of objects with `name`). A key file
 * that is not JSON is damaged, and a backup without usable key slots cannot be opened by anyone.
 */
function accountNames(bytes: Buffer, fail: (what: string) => never): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return fail('The key file beside the copy is damaged (it is not readable JSON).');
  }
  const record = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const list = Array.isArray(record.slots) ? record.slots : Array.isArray(record.accounts) ? record.accounts : [];
  return list.flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [entry];
    const name = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).name : undefined;
    return typeof name === 'string' ? [name] : [];
  });
}

/** The register key's generation the copy was taken under (a version-2 key file's `generation`); null before key generations. */
function keyGeneration(bytes: Buffer): number | null {
  try {
    const generation = (JSON.parse(bytes.toString('utf8')) as { generation?: unknown }).generation;
    return typeof generation === 'number' && Number.isInteger(generation) ? generation : null;
  } catch {
    return null;
  }
}
