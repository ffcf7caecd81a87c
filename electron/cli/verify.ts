import { verifyAudit } from '../core/audit/auditLog';
import type { Db } from '../core/db/openDatabase';

/** SQLite's own integrity check and the audit chain, reported together. */
export function verifyDatabase(db: Db) {
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  const audit = verifyAudit(db);
  const integrityOk = integrity.length === 1 && integrity[0]?.integrity_check === 'ok';
  return {
    ok: integrityOk && foreignKeys.length === 0 && audit.ok,
    integrity: integrityOk ? 'ok' : integrity.map((r) => r.integrity_check),
    foreignKeyViolations: foreignKeys.length,
    audit,
  };
}
