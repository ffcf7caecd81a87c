import type { Db } from '../db/openDatabase';

export type EvidenceDeletion = { items: number; filesDeleted: number; filesKeptShared: number };

/**
 * Deletes evidence items with their message rows and attachments' records, and each stored file that no
 * remaining item uses. Files are stored once by hash and may be shared with another incident, whose copy
 * stays. The one place an erasure removes evidence, so a new kind of evidence is added here.
 */
export function deleteEvidence(db: Db, evidenceIds: readonly string[]): EvidenceDeletion {
  if (evidenceIds.length === 0) return { items: 0, filesDeleted: 0, filesKeptShared: 0 };
  const ids = JSON.stringify(evidenceIds);
  const hashes = db
    .prepare<[string], { sha256: string }>('SELECT DISTINCT sha256 FROM evidence WHERE id IN (SELECT value FROM json_each(?))')
    .all(ids)
    .map((r) => r.sha256);
  // email_messages and evidence_attachments go with their item (ON DELETE CASCADE).
  const items = db.prepare('DELETE FROM evidence WHERE id IN (SELECT value FROM json_each(?))').run(ids).changes;
  const stillUsed = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM evidence WHERE sha256 = ?');
  const dropBlob = db.prepare('DELETE FROM evidence_blobs WHERE sha256 = ?');
  let filesDeleted = 0;
  for (const sha256 of hashes) {
    if (stillUsed.get(sha256)!.n === 0) filesDeleted += dropBlob.run(sha256).changes;
  }
  return { items, filesDeleted, filesKeptShared: hashes.length - filesDeleted };
}

/** How many of these items' files another remaining item also uses (kept by an erasure). */
export function sharedFiles(db: Db, evidenceIds: readonly string[]): number {
  return db
    .prepare<[string, string], { n: number }>(
      `SELECT count(DISTINCT e.sha256) AS n FROM evidence e WHERE e.id IN (SELECT value FROM json_each(?))
         AND EXISTS (SELECT 1 FROM evidence o WHERE o.sha256 = e.sha256 AND o.id NOT IN (SELECT value FROM json_each(?)))`,
    )
    .get(JSON.stringify(evidenceIds), JSON.stringify(evidenceIds))!.n;
}
