import type { Db } from '../db/openDatabase';

/**
 * Makes the audit log's personal values for these incidents and people unreadable, inside the erasure's
 * transaction; returns how many data keys were destroyed. On this branch it does nothing and returns 0:
 * replaced at merge by destroyDataKeys (audit/dataKeys.ts).
 */
export function forgetAuditValues(db: Db, scope: { incidentIds: string[]; partyIds: string[] }): number {
  void db;
  void scope;
  return 0;
}
