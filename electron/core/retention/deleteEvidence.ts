import type { Db } from '../db/openDatabase';
import { recordCustody } from '../evidence/custodyRepository';
import { eraseBlobIfUnused, findEvidenceItem } from '../evidence/evidenceRepository';
import { ERASED } from './erased';

export type EvidenceDeletion = { items: number; filesDeleted: number; filesKeptShared: number };

/** Why an erasure's custody step says the item went. */
export const ERASURE_CUSTODY_REASON = 'Erased with the personal data under the retention schedule';

/**
 * Deletes evidence items — imported emails (their message rows and attachments' records go with them) and
 * attached files alike — and each stored file that no remaining item uses. Files are stored once by hash and
 * may be shared with another incident, whose copy stays. Each item's custody record stays, closed by a
 * removal step, with the file name (which may name a person) erased. The one place an erasure removes evidence.
 */
export function deleteEvidence(db: Db, evidenceIds: readonly string[], stamp: { at: number; actor: string }): EvidenceDeletion {
  const hashes = new Set<string>();
  let items = 0;
  for (const id of evidenceIds) {
    const item = findEvidenceItem(db, id);
    if (!item) continue;
    hashes.add(item.sha256);
    // email_messages and evidence_attachments go with an imported item (ON DELETE CASCADE).
    items += db.prepare(`DELETE FROM ${item.source === 'file' ? 'evidence_files' : 'evidence'} WHERE id = ?`).run(id).changes;
    recordCustody(db, {
      evidenceId: id,
      incidentId: item.incident_id,
      sha256: item.sha256,
      fileName: ERASED,
      action: 'removed',
      at: stamp.at,
      actor: stamp.actor,
      reason: ERASURE_CUSTODY_REASON,
    });
    db.prepare('UPDATE evidence_custody SET file_name = ? WHERE evidence_id = ?').run(ERASED, id);
  }
  let filesDeleted = 0;
  for (const sha256 of hashes) if (eraseBlobIfUnused(db, sha256)) filesDeleted += 1;
  return { items, filesDeleted, filesKeptShared: hashes.size - filesDeleted };
}

/** How many of these items' stored files another remaining item (imported or attached) also uses (kept by an erasure). */
export function sharedFiles(db: Db, evidenceIds: readonly string[]): number {
  return db
    .prepare<{ ids: string }, { n: number }>(
      `WITH chosen AS (SELECT sha256 FROM evidence WHERE id IN (SELECT value FROM json_each(@ids))
                       UNION SELECT sha256 FROM evidence_files WHERE id IN (SELECT value FROM json_each(@ids)))
       SELECT count(*) AS n FROM chosen c WHERE
         EXISTS (SELECT 1 FROM evidence o WHERE o.sha256 = c.sha256 AND o.id NOT IN (SELECT value FROM json_each(@ids)))
         OR EXISTS (SELECT 1 FROM evidence_files o WHERE o.sha256 = c.sha256 AND o.id NOT IN (SELECT value FROM json_each(@ids)))`,
    )
    .get({ ids: JSON.stringify(evidenceIds) })!.n;
}
