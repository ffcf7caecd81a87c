import type { CustodyEntry } from '../../../shared/contract/evidence';
import type { Db } from '../db/openDatabase';

/** The evidence_custody table: every add, export and removal of an evidence item. Append only; the callers hold the transaction. */

export type CustodyStep = {
  evidenceId: string;
  incidentId: string;
  sha256: string;
  fileName: string;
  action: CustodyEntry['action'];
  at: number;
  actor: string;
  reason: string | null;
};

export function recordCustody(db: Db, step: CustodyStep): void {
  db.prepare<CustodyStep>(
    `INSERT INTO evidence_custody (evidence_id, incident_id, sha256, file_name, action, at, actor, reason)
     VALUES (@evidenceId, @incidentId, @sha256, @fileName, @action, @at, @actor, @reason)`,
  ).run(step);
}

type CustodyRow = { evidence_id: string; file_name: string; sha256: string; action: CustodyEntry['action']; at: number; actor: string; reason: string | null };

/** Every custody step of an incident's evidence, by item, oldest first, with the name each item had. */
export function custodyOfIncident(db: Db, incidentId: string): Map<string, { fileName: string; sha256: string; steps: CustodyEntry[] }> {
  const rows = db
    .prepare<[string], CustodyRow>(
      `SELECT evidence_id, file_name, sha256, action, at, actor, reason
       FROM evidence_custody INDEXED BY evidence_custody_by_incident WHERE incident_id = ? ORDER BY seq`,
    )
    .all(incidentId);
  const byItem = new Map<string, { fileName: string; sha256: string; steps: CustodyEntry[] }>();
  for (const r of rows) {
    const item = byItem.get(r.evidence_id) ?? { fileName: r.file_name, sha256: r.sha256, steps: [] };
    item.steps.push({ action: r.action, at: r.at, actor: r.actor, sha256: r.sha256, reason: r.reason });
    byItem.set(r.evidence_id, item);
  }
  return byItem;
}
