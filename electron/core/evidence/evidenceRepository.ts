import type { Db } from '../db/openDatabase';

/**
 * The evidence_files table and the blobs behind every evidence item. The bytes live once per SHA-256 in
 * evidence_blobs, shared by attached files and imported emails alike; the callers hold the transaction.
 */

/** An evidence item wherever it is kept: an attached file, or an imported email or log. */
export type EvidenceItemRow = {
  id: string;
  incident_id: string;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  source: 'email' | 'gateway_log' | 'file';
  description: string;
  added_at: number;
  added_by: string;
};

const EMAIL_ITEMS = `SELECT id, incident_id, sha256, file_name, media_type, size, source, '' AS description, added_at, added_by FROM evidence`;
const FILE_ITEMS = `SELECT id, incident_id, sha256, file_name, media_type, size, 'file' AS source, description, added_at, added_by FROM evidence_files`;

/** One evidence item by id, attached or imported, or null. */
export function findEvidenceItem(db: Db, evidenceId: string): EvidenceItemRow | null {
  return (
    db.prepare<[string], EvidenceItemRow>(`${FILE_ITEMS} WHERE id = ?`).get(evidenceId) ??
    db.prepare<[string], EvidenceItemRow>(`${EMAIL_ITEMS} WHERE id = ?`).get(evidenceId) ??
    null
  );
}

/**
 * An incident's evidence items, oldest first, imported and attached together: each table read in order
 * through its incident index, then the two short lists merged here (an ORDER BY over a UNION would sort in
 * a temporary B-tree).
 */
export function evidenceItemsOfIncident(db: Db, incidentId: string): EvidenceItemRow[] {
  const emails = db.prepare<[string], EvidenceItemRow>(`${EMAIL_ITEMS} INDEXED BY evidence_by_incident WHERE incident_id = ? ORDER BY seq`).all(incidentId);
  const files = db.prepare<[string], EvidenceItemRow>(`${FILE_ITEMS} INDEXED BY evidence_files_by_incident WHERE incident_id = ? ORDER BY seq`).all(incidentId);
  const merged: EvidenceItemRow[] = [];
  let e = 0;
  let f = 0;
  while (e < emails.length || f < files.length) {
    const takeEmail = f >= files.length || (e < emails.length && emails[e]!.added_at <= files[f]!.added_at);
    merged.push(takeEmail ? emails[e++]! : files[f++]!);
  }
  return merged;
}

/** The item already keeping these bytes in this incident, attached or imported, or null. */
export function itemWithBytesInIncident(db: Db, incidentId: string, sha256: string): { id: string; file_name: string } | null {
  return (
    db
      .prepare<[string, string, string, string], { id: string; file_name: string }>(
        `SELECT id, file_name FROM evidence WHERE incident_id = ? AND sha256 = ?
         UNION ALL SELECT id, file_name FROM evidence_files WHERE incident_id = ? AND sha256 = ? LIMIT 1`,
      )
      .get(incidentId, sha256, incidentId, sha256) ?? null
  );
}

/** Stores the bytes under their hash unless they are kept already (content-addressed: one copy however many items cite it). */
export function keepBlob(db: Db, sha256: string, bytes: Buffer): void {
  db.prepare('INSERT OR IGNORE INTO evidence_blobs (sha256, size, content) VALUES (?, ?, ?)').run(sha256, bytes.length, bytes);
}

/** The stored bytes of a hash; null if they are gone. */
export function readBlob(db: Db, sha256: string): Buffer | null {
  return db.prepare<[string], { content: Buffer }>('SELECT content FROM evidence_blobs WHERE sha256 = ?').get(sha256)?.content ?? null;
}

export type NewFileEvidence = {
  id: string;
  incidentId: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  description: string;
  addedAt: number;
  addedBy: string;
};

export function insertFileEvidence(db: Db, row: NewFileEvidence): void {
  db.prepare<NewFileEvidence>(
    `INSERT INTO evidence_files (id, incident_id, sha256, file_name, media_type, size, description, added_at, added_by)
     VALUES (@id, @incidentId, @sha256, @fileName, @mediaType, @size, @description, @addedAt, @addedBy)`,
  ).run(row);
}

export function deleteFileEvidence(db: Db, evidenceId: string): void {
  db.prepare('DELETE FROM evidence_files WHERE id = ?').run(evidenceId);
}

/**
 * Deletes the bytes of a hash once no item (attached file or imported email, in any incident) cites it;
 * true when they were deleted. The register's secure_delete overwrites the freed pages.
 */
export function eraseBlobIfUnused(db: Db, sha256: string): boolean {
  const cited = db
    .prepare<[string, string], { n: number }>(
      `SELECT (SELECT count(*) FROM evidence_files INDEXED BY evidence_files_by_sha256 WHERE sha256 = ?)
            + (SELECT count(*) FROM evidence INDEXED BY evidence_by_sha256 WHERE sha256 = ?) AS n`,
    )
    .get(sha256, sha256)!;
  if (cited.n > 0) return false;
  return db.prepare('DELETE FROM evidence_blobs WHERE sha256 = ?').run(sha256).changes > 0;
}
