import { createHash } from 'node:crypto';
import type { Output, ParsedInput } from '../../../shared/contract';
import type { FieldChange } from '../../../shared/contract/audit';
import { EVIDENCE_MAX_BYTES, isThumbnailShown, THUMBNAIL_MEDIA_TYPES, type Evidence } from '../../../shared/contract/evidence';
import { AppError } from '../../../shared/contract/result';
import { stampNow, type Stamp } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { requireOpen } from '../incidents/incidentRules';
import { recordCustody, type CustodyStep } from './custodyRepository';
import {
  deleteFileEvidence,
  eraseBlobIfUnused,
  findEvidenceItem,
  insertFileEvidence,
  itemWithBytesInIncident,
  keepBlob,
  readBlob,
  type EvidenceItemRow,
} from './evidenceRepository';
import { sniffMediaType } from './sniffMediaType';

const MB = 1024 * 1024;

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const shortHash = (sha256: string) => `${sha256.slice(0, 12)}…`;

/**
 * Keeps an uploaded file as evidence of an open incident (docs/evidence.md): the bytes hashed and their type
 * sniffed before anything is written, then one immediate transaction for the blob (once per SHA-256), the
 * item, its first custody step and the audit entry.
 */
export async function addEvidence(ctx: CoreContext, input: ParsedInput<'evidence:add'>): Promise<Output<'evidence:add'>> {
  const stamp = stampNow(ctx);
  const file = ctx.files.get(input.fileId);
  if (file.size > EVIDENCE_MAX_BYTES) {
    throw new AppError(
      'INVALID_INPUT',
      `${file.name} is larger than ${EVIDENCE_MAX_BYTES / MB} MB, the most Casebook keeps as evidence. Nothing was added. Keep the file in the department's evidence store and say where in a note.`,
      [{ path: 'fileId', message: `Larger than ${EVIDENCE_MAX_BYTES / MB} MB` }],
    );
  }
  const bytes = file.readAll();
  const sha256 = sha256Of(bytes);
  const mediaType = await sniffMediaType(bytes);
  if (!ctx.db.open) throw lockedMeanwhile(file.name);
  const evidence = ctx.db
    .transaction((): Evidence => {
      const incident = getIncidentOrThrow(ctx.db, input.incidentId);
      requireOpen(incident);
      const kept = itemWithBytesInIncident(ctx.db, incident.id, sha256);
      if (kept) {
        throw new AppError('CONFLICT', `${incident.reference} already keeps this file, as ${kept.file_name} (the same SHA-256). Nothing was added.`, [
          { path: 'fileId', message: 'Already kept in this incident' },
        ]);
      }
      keepBlob(ctx.db, sha256, bytes);
      const id = ctx.newId();
      const row = { id, incidentId: incident.id, sha256, fileName: file.name, mediaType, size: bytes.length, description: input.description };
      insertFileEvidence(ctx.db, { ...row, addedAt: stamp.at, addedBy: stamp.actor });
      const step = record(ctx, stamp, { evidenceId: id, incidentId: incident.id, sha256, fileName: file.name, action: 'added', reason: null }, [
        { field: 'evidence', before: null, after: { fileName: file.name, sha256, size: bytes.length, mediaType, description: input.description } },
      ]);
      return { ...row, source: 'file', addedAt: stamp.at, addedBy: stamp.actor, attachments: [], custody: [step] };
    })
    .immediate();
  // The upload has done its work: its bytes are now inside the register, and need not stay in memory.
  ctx.files.release(input.fileId);
  ctx.events.emit({ type: 'data:changed', entities: ['incidents'] });
  return evidence;
}

/**
 * A copy of an item to save where the officer chooses. The stored bytes are hashed again and must match
 * the hash recorded when the item was added, else nothing is handed out; the export is recorded (custody
 * and audit) in the same transaction that reads them, so no copy leaves without its record.
 */
export function exportEvidence(ctx: CoreContext, input: ParsedInput<'evidence:export'>): Output<'evidence:export'> {
  const stamp = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const item = itemOrThrow(ctx, input.evidenceId);
      const bytes = readBlob(ctx.db, item.sha256);
      if (bytes === null || bytes.length !== item.size || sha256Of(bytes) !== item.sha256) {
        throw new AppError(
          'CONFLICT',
          `The stored copy of ${item.file_name} no longer matches the SHA-256 recorded when it was added, so it was not exported. Nothing was changed. Tell the register's administrator: the register needs checking and restoring from a verified backup.`,
        );
      }
      record(ctx, stamp, { evidenceId: item.id, incidentId: item.incident_id, sha256: item.sha256, fileName: item.file_name, action: 'exported', reason: null }, []);
      return { fileName: item.file_name, mimeType: item.media_type, base64: bytes.toString('base64'), sha256: item.sha256 };
    })
    .immediate();
}

/**
 * Removes an attached file from its incident, with a reason. Its custody records stay (they outlive the
 * item); the bytes are erased only when no other item, in any incident, still cites them.
 */
export function removeEvidence(ctx: CoreContext, input: ParsedInput<'evidence:remove'>): Output<'evidence:remove'> {
  const stamp = stampNow(ctx);
  const result = ctx.db
    .transaction(() => {
      const item = itemOrThrow(ctx, input.evidenceId);
      requireOpen(getIncidentOrThrow(ctx.db, item.incident_id));
      if (item.source !== 'file') {
        throw new AppError(
          'INVALID_INPUT',
          `${item.file_name} is the imported email the incident's messages and parties were read from, so it cannot be removed on its own. Nothing was changed.`,
          [{ path: 'evidenceId', message: 'An imported email stays with its incident' }],
        );
      }
      deleteFileEvidence(ctx.db, item.id);
      const bytesErased = eraseBlobIfUnused(ctx.db, item.sha256);
      record(ctx, stamp, { evidenceId: item.id, incidentId: item.incident_id, sha256: item.sha256, fileName: item.file_name, action: 'removed', reason: input.reason }, [
        { field: 'evidence', before: { fileName: item.file_name, sha256: item.sha256, size: item.size }, after: null },
      ]);
      return { evidenceId: item.id, bytesErased };
    })
    .immediate();
  ctx.events.emit({ type: 'data:changed', entities: ['incidents'] });
  return result;
}

/** An image's bytes for its thumbnail: only a PNG, JPEG, WebP or GIF by the type sniffed when it was added, and not too large. */
export function thumbnailOf(ctx: CoreContext, input: ParsedInput<'evidence:thumbnail'>): Output<'evidence:thumbnail'> {
  const item = itemOrThrow(ctx, input.evidenceId);
  const mimeType = THUMBNAIL_MEDIA_TYPES.find((t) => t === item.media_type);
  if (!mimeType || !isThumbnailShown({ mediaType: item.media_type, size: item.size })) {
    throw new AppError('INVALID_INPUT', `${item.file_name} is not shown in Casebook: only PNG, JPEG, WebP and GIF images up to 20 MB are. Export a copy to look at it.`, [
      { path: 'evidenceId', message: 'Not an image Casebook shows' },
    ]);
  }
  const bytes = readBlob(ctx.db, item.sha256);
  if (bytes === null) throw new AppError('NOT_FOUND', `The stored copy of ${item.file_name} is missing.`);
  return { mimeType, base64: bytes.toString('base64') };
}

function itemOrThrow(ctx: CoreContext, evidenceId: string): EvidenceItemRow {
  const item = findEvidenceItem(ctx.db, evidenceId);
  if (!item) throw new AppError('NOT_FOUND', 'That evidence item does not exist (it may have been removed). Reload the Evidence tab.');
  return item;
}

const ACTION_WORDS = { added: 'added', exported: 'exported (a copy handed out to be saved)', removed: 'removed' } as const;

/** The custody step and its audit entry, written together by the caller's transaction; returns the step as listed. */
function record(ctx: CoreContext, stamp: Stamp, step: Omit<CustodyStep, 'at' | 'actor'>, changes: FieldChange[]): Evidence['custody'][number] {
  recordCustody(ctx.db, { ...step, at: stamp.at, actor: stamp.actor });
  const reason = step.reason === null ? '' : `: ${step.reason}`;
  appendAudit(ctx, stamp.actor, stamp.at, [
    {
      action: `evidence.${step.action}`,
      entityType: 'evidence',
      entityId: step.evidenceId,
      incidentId: step.incidentId,
      summary: `Evidence ${ACTION_WORDS[step.action]}: ${step.fileName} (sha256 ${shortHash(step.sha256)})${reason}`,
      changes: step.reason === null ? changes : [...changes, { field: 'reason', before: null, after: step.reason }],
    },
  ]);
  return { action: step.action, at: stamp.at, actor: stamp.actor, sha256: step.sha256, reason: step.reason };
}

function lockedMeanwhile(fileName: string): AppError {
  return new AppError('LOCKED', `Casebook was locked while ${fileName} was being read, so nothing was added. Unlock it and add the file again.`);
}
