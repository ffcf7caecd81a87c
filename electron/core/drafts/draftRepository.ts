import type { Draft, DraftKind, DraftSummary } from '../../../shared/contract/drafts';
import type { Db } from '../db/openDatabase';

/** The drafts table: every read and write of it is here; the callers hold the transaction. */

type DraftRow = { kind: DraftKind; incident_id: string | null; form_values: string; updated_at: number };
type DraftSummaryRow = { kind: DraftKind; incident_id: string | null; reference: string | null; title: string | null; updated_at: number };

export type DraftKey = { account: string; kind: DraftKind; incidentId: string | null };

const toDraft = (r: DraftRow): Draft => ({
  kind: r.kind,
  incidentId: r.incident_id,
  values: JSON.parse(r.form_values) as Record<string, unknown>,
  updatedAt: r.updated_at,
});

const toDraftSummary = (r: DraftSummaryRow): DraftSummary => ({
  kind: r.kind,
  incidentId: r.incident_id,
  incidentReference: r.reference,
  incidentTitle: r.title,
  updatedAt: r.updated_at,
});

/** One draft per account, form and incident: a later save replaces the earlier. */
export function upsertDraftRow(db: Db, key: DraftKey, values: Record<string, unknown>, at: number): void {
  db.prepare(
    `INSERT INTO drafts (account, kind, incident_id, form_values, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account, kind, ifnull(incident_id, '')) DO UPDATE SET form_values = excluded.form_values, updated_at = excluded.updated_at`,
  ).run(key.account, key.kind, key.incidentId, JSON.stringify(values), at);
}

export function draftRow(db: Db, key: DraftKey): Draft | null {
  const row = db
    .prepare<[string, string, string], DraftRow>(
      `SELECT kind, incident_id, form_values, updated_at FROM drafts WHERE account = ? AND kind = ? AND ifnull(incident_id, '') = ?`,
    )
    .get(key.account, key.kind, key.incidentId ?? '');
  return row ? toDraft(row) : null;
}

/** The account's drafts, newest first, with the incident each belongs to. */
export function draftSummaries(db: Db, account: string): DraftSummary[] {
  return db
    .prepare<[string], DraftSummaryRow>(
      `SELECT d.kind, d.incident_id, i.reference, i.title, d.updated_at FROM drafts d LEFT JOIN incidents i ON i.id = d.incident_id
       WHERE d.account = ? ORDER BY d.updated_at DESC, d.rowid DESC`,
    )
    .all(account)
    .map(toDraftSummary);
}

/** Returns whether there was a draft to delete. */
export function deleteDraftRow(db: Db, key: DraftKey): boolean {
  return db.prepare(`DELETE FROM drafts WHERE account = ? AND kind = ? AND ifnull(incident_id, '') = ?`).run(key.account, key.kind, key.incidentId ?? '').changes > 0;
}

/** An account that is removed takes its drafts with it, so a later account of the same name never sees them. */
export function deleteDraftsOf(db: Db, account: string): void {
  db.prepare('DELETE FROM drafts WHERE account = ?').run(account);
}
