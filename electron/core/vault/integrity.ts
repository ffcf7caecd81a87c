import type { Db } from '../db/openDatabase';

export type Integrity = { ok: boolean; integrity: 'ok' | string[]; foreignKeyViolations: number };

/** SQLite's own integrity and foreign-key checks of the open register (the CLI's verify prints them beside the audit chain's). */
export function checkIntegrity(db: Db): Integrity {
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  const integrityOk = integrity.length === 1 && integrity[0]?.integrity_check === 'ok';
  return {
    ok: integrityOk && foreignKeys.length === 0,
    integrity: integrityOk ? 'ok' : integrity.map((r) => r.integrity_check),
    foreignKeyViolations: foreignKeys.length,
  };
}
