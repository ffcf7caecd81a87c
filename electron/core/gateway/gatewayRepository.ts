import type { GatewayLogFormat } from '../../../shared/contract/gatewayLogs';
import type { Stamp } from '../actor';
import type { Db } from '../db/openDatabase';

/** The gateway_imports table: every write to it is here; the caller holds the transaction. */

export type GatewayImportRow = { id: string; fileName: string; sha256: string; size: number; format: GatewayLogFormat; rowCount: number; messageCount: number };

export function insertGatewayImport(db: Db, row: GatewayImportRow, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO gateway_imports (id, file_name, sha256, size, format, row_count, message_count, imported_at, imported_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.fileName, row.sha256, row.size, row.format, row.rowCount, row.messageCount, stamp.at, stamp.actor);
}

/** The first import of a file with these bytes, if there was one. */
export function firstImportOf(db: Db, sha256: string): { file_name: string; imported_at: number; imported_by: string } | undefined {
  return db
    .prepare<[string], { file_name: string; imported_at: number; imported_by: string }>(
      'SELECT file_name, imported_at, imported_by FROM gateway_imports WHERE sha256 = ? ORDER BY seq LIMIT 1',
    )
    .get(sha256);
}

/**
 * The open incident already holding messages to this lookalike domain (the oldest, if several), so a second
 * log showing the same typo adds to it rather than opening another; null when none is open.
 */
export function openIncidentForDomain(db: Db, domain: string): string | null {
  const row = db
    .prepare<[string], { id: string }>(
      `SELECT i.id FROM email_messages m INDEXED BY email_messages_by_domain JOIN incidents i ON i.id = m.incident_id
       WHERE m.recipient_domain = ? AND m.domain_class = 'lookalike' AND i.status <> 'closed' ORDER BY i.seq LIMIT 1`,
    )
    .get(domain);
  return row?.id ?? null;
}
