import { GENESIS_HASH } from '../audit/auditLog';
import type { Db } from '../db/openDatabase';

/**
 * The audit chain's length and head hash when a report was generated. Printed on the
 * report, it lets anyone compare a report with `verify` later: a rewritten history — even one re-hashed
 * by someone holding a password — no longer has this hash at this entry.
 */
export type AuditFingerprint = { entryCount: number; headHash: string };

/**
 * The stored head, read in the caller's transaction (the report's snapshot). It equals what
 * `verifyAudit` reports for an intact chain, without re-hashing the whole log for every report.
 */
export function readAuditFingerprint(db: Db): AuditFingerprint {
  const head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
  return head ? { entryCount: head.seq, headHash: head.hash } : { entryCount: 0, headHash: GENESIS_HASH };
}

/** "Audit trail at generation: 186 entries, head 3f2a9c0d1b7e4f60…": short enough for a page footer. */
export function fingerprintLine(f: AuditFingerprint): string {
  return `Audit trail at generation: ${f.entryCount} ${f.entryCount === 1 ? 'entry' : 'entries'}, head ${f.headHash.slice(0, 16)}…`;
}

/** The same with the whole hash, for where a file has room for it (properties, a sheet, a final CSV row). */
export function fullFingerprintLine(f: AuditFingerprint): string {
  return `${fingerprintLine(f)} (head hash ${f.headHash})`;
}
