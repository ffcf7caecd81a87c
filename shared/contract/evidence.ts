import { z } from '../zodConfig';
import { IdSchema, InstantSchema } from './common';
import { EmailAttachmentSchema, EVIDENCE_SOURCES } from './emails';
import { FileIdSchema } from './files';
import { IncidentRefSchema } from './incidents';
import type { OperationSpec } from './operation';

/** The largest file kept as evidence (docs/evidence.md#limits): a phone video or a scanned bundle, not a disk image. */
export const EVIDENCE_MAX_BYTES = 200 * 1024 * 1024;

/** Where an evidence item came from: an imported email or gateway log, or a file an officer attached. */
export const EVIDENCE_ITEM_SOURCES = [...EVIDENCE_SOURCES, 'file'] as const;

/** Images shown as thumbnails, by the type sniffed from their bytes; nothing else is ever rendered. */
export const THUMBNAIL_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
/** Larger images get no thumbnail: the page would hold the whole file to show a small picture. */
export const THUMBNAIL_MAX_BYTES = 20 * 1024 * 1024;

/** Whether an item is shown as a thumbnail: an image by its sniffed type, small enough to hold in the page. */
export function isThumbnailShown(item: { mediaType: string; size: number }): boolean {
  return (THUMBNAIL_MEDIA_TYPES as readonly string[]).includes(item.mediaType) && item.size <= THUMBNAIL_MAX_BYTES;
}

export const CUSTODY_ACTIONS = ['added', 'exported', 'removed'] as const;

/** One step in an evidence item's chain of custody: who did what to it, when, and the hash it had. */
export const CustodyEntrySchema = z.object({
  action: z.enum(CUSTODY_ACTIONS),
  at: InstantSchema,
  actor: z.string(),
  sha256: z.string(),
  /** Why it was removed; null for the other steps. */
  reason: z.string().nullable(),
});
export type CustodyEntry = z.output<typeof CustodyEntrySchema>;

export const EvidenceSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  fileName: z.string(),
  /** For a file, the type sniffed from its bytes (application/octet-stream when they say nothing), never from its name. */
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  source: z.enum(EVIDENCE_ITEM_SOURCES),
  /** What the officer said the file is; empty for imported emails and logs. */
  description: z.string(),
  addedAt: InstantSchema,
  addedBy: z.string(),
  /** What the message carried as attachments, read when it was imported (empty for anything but an email). */
  attachments: z.array(EmailAttachmentSchema),
  custody: z.array(CustodyEntrySchema),
});
export type Evidence = z.output<typeof EvidenceSchema>;

/** An item removed from the incident: its name and its custody, kept after the file itself is gone. */
export const RemovedEvidenceSchema = z.object({ id: IdSchema, fileName: z.string(), sha256: z.string(), custody: z.array(CustodyEntrySchema) });

const EvidenceRefSchema = z.strictObject({ evidenceId: IdSchema });

/** Evidence kept with an incident: imported emails, and any file attached, each with its chain of custody. */
export const evidenceContract = {
  /** The evidence items of an incident (names, sizes, SHA-256, custody; never the content), the removed ones' custody, and the total size. */
  'evidence:list': {
    access: 'read',
    input: IncidentRefSchema,
    output: z.object({ items: z.array(EvidenceSchema), removed: z.array(RemovedEvidenceSchema), totalBytes: z.number().int().min(0) }),
  },
  /**
   * Keeps an uploaded file as evidence of an open incident: hashed, its type sniffed from its bytes, stored
   * once per SHA-256 inside the register, the addition recorded in its custody and the audit log.
   */
  'evidence:add': {
    access: 'write',
    async: true,
    input: z.strictObject({ incidentId: IdSchema, fileId: FileIdSchema, description: z.string().trim().max(1000).default('') }),
    output: EvidenceSchema,
  },
  /**
   * A copy of an evidence item to save: the stored bytes re-hashed and refused unless they match the
   * recorded SHA-256; the export recorded in its custody and the audit log when the copy is handed out.
   */
  'evidence:export': {
    access: 'report',
    input: EvidenceRefSchema,
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), sha256: z.string() }),
  },
  /** Removes an attached file from its incident with a reason; its custody stays, and the bytes go once no item needs them. */
  'evidence:remove': {
    access: 'write',
    input: z.strictObject({ evidenceId: IdSchema, reason: z.string().trim().min(1, 'Say why the file is removed').max(500) }),
    output: z.object({ evidenceId: IdSchema, bytesErased: z.boolean() }),
  },
  /** An image item's bytes for a thumbnail (PNG, JPEG, WebP or GIF by its sniffed type only); viewing is not an export. */
  'evidence:thumbnail': {
    access: 'read',
    input: EvidenceRefSchema,
    output: z.object({ mimeType: z.enum(THUMBNAIL_MEDIA_TYPES), base64: z.string() }),
  },
} as const satisfies Record<string, OperationSpec>;
