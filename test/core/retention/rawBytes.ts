import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../../../electron/core/db/openDatabase';

/** What an erasure in these tests removes, as it was typed and as the full-text index stores its words. */
export const ERASED_NEEDLES = ['Mira Castellanos', 'mira.castellanos@example.org', 'castellanos', '07700 900123', 'Dev Okonkwo', 'dev.okonkwo@example.org', 'okonkwo'];

/** The audit log's own pages: its values are forgotten by destroying their keys (test/core/retention/erasureAuditBytes.test.ts). */
const AUDIT_TABLES = ['audit_log', 'audit_log_by_incident', 'sqlite_autoindex_audit_log_1'];

/**
 * The raw bytes of a plain register file and its WAL, lower-cased, optionally without the pages SQLite's
 * dbstat attributes to the audit log. Free pages and every other table's pages are kept, so a deleted row's
 * leftovers are searched too.
 */
export function registerBytes(db: Db, file: string, options: { withoutAuditLog: boolean }): { database: string; wal: string } {
  const bytes = readFileSync(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const skipped = new Set<number>(
    options.withoutAuditLog
      ? db
          .prepare<[string], { pageno: number }>(`SELECT pageno FROM dbstat WHERE name IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(AUDIT_TABLES))
          .map((r) => r.pageno)
      : [],
  );
  const kept: Buffer[] = [];
  for (let page = 1; page * pageSize <= bytes.length; page++) {
    if (!skipped.has(page)) kept.push(bytes.subarray((page - 1) * pageSize, page * pageSize));
  }
  const wal = existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0);
  return { database: Buffer.concat(kept).toString('latin1').toLowerCase(), wal: wal.toString('latin1').toLowerCase() };
}

/** Which of the needles the bytes still hold. */
export function found(bytes: { database: string; wal: string }, needles: readonly string[] = ERASED_NEEDLES): string[] {
  return needles.filter((n) => bytes.database.includes(n.toLowerCase()) || bytes.wal.includes(n.toLowerCase()));
}
