import { createHash } from 'node:crypto';
import type { AuditEntry, FieldChange } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/contract/result';
import type { CoreContext } from '../context';
import { schemaVersion } from '../db/migrate';
import type { Db } from '../db/openDatabase';
import { CanonicalText, canonicalJson } from './canonicalJson';
import { readPersonal, sealPersonal } from './sealing';
import { signEntry } from './signing';
import { keyReader } from './dataKeys';
import { foldTouchedRows } from './rowDigests';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditDraft = {
  action: string;
  entityType: string;
  entityId: string;
  incidentId: string | null;
  summary: string;
  changes: FieldChange[];
  /**
   * Parts of the summary that identify someone and are not already values of personal fields in
   * `changes` (a party's name, a shortened description): sealed with them (docs/audit-format.md).
   */
  personal?: string[];
};

export type AuditRow = {
  seq: number;
  at: number;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  incident_id: string | null;
  summary: string;
  changes: string;
  prev_hash: string;
  hash: string;
  /** 1: written before signatures (unsigned); 2: signed per write (docs/audit-format.md). */
  format: number;
  key_id: string | null;
  signature: string | null;
  sealed_summary: string | null;
  row_digests: string | null;
};

type HashedColumns = Omit<AuditRow, 'hash' | 'prev_hash' | 'signature'>;

/**
 * What the hash covers: every column but the hash and the signature (which signs the hash), in canonical
 * form, after the previous hash. Format 1 entries keep the body they were hashed with, so a fingerprint
 * printed before signatures still verifies; format 2 adds the format and the signer's key id.
 */
export function entryHash(prevHash: string, row: HashedColumns): string {
  const body = canonicalJson({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    incidentId: row.incident_id,
    summary: row.summary,
    changes: new CanonicalText(row.changes),
    ...(row.format === 1 ? {} : { format: row.format, keyId: row.key_id }),
    ...(row.sealed_summary === null ? {} : { sealedSummary: row.sealed_summary }),
    ...(row.row_digests === null ? {} : { rowDigests: new CanonicalText(row.row_digests) }),
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

const SIGNER_NEEDED = 'This register’s history is signed, and your session holds no signing key, so nothing was changed. Log in with your account and try again.';

/**
 * Appends entries to the audit log. Call inside the transaction of the write being audited,
 * so the change and its record commit or roll back together.
 *
 * With a signer, every entry names its key and the last one carries the signature over its hash, which
 * covers the entries before it through the chain. The first signed write appends "audit.format_changed"
 * first: from there on every write must be signed. A transaction that calls this twice carries two
 * signatures, each over its own entries. Signed times never run backwards: a clock set back records the
 * previous entry's time.
 */
export function appendAudit(ctx: CoreContext, actor: string, at: number, drafts: AuditDraft[]): void {
  if (drafts.length === 0) return;
  if (schemaVersion(ctx.db) < SIGNED_FORMAT_SCHEMA) return appendUnmigrated(ctx, actor, at, drafts);
  const head = ctx.db
    .prepare<[], { seq: number; hash: string; at: number; format: number }>('SELECT seq, hash, at, format FROM audit_log ORDER BY seq DESC LIMIT 1')
    .get();
  const signer = ctx.signer;
  if (!signer && head?.format === 2) throw new AppError('FORBIDDEN', SIGNER_NEEDED);
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const signedAt = signer ? Math.max(at, head?.at ?? at) : at;
  const all: AuditDraft[] = signer && head?.format !== 2 ? [formatChanged(), ...drafts] : drafts;
  const touched = foldTouchedRows(ctx.db);
  const rowDigests = touched === null ? null : canonicalJson(touched);
  const insert = ctx.db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, incident_id, summary, changes, prev_hash, hash, format, key_id, signature, sealed_summary, row_digests)
     VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @incident_id, @summary, @changes, @prev_hash, @hash, @format, @key_id, @signature, @sealed_summary, @row_digests)`,
  );
  all.forEach((d, i) => {
    seq += 1;
    const sealed = sealPersonal(ctx.db, d, at);
    const row: HashedColumns = {
      seq,
      at: signedAt,
      actor,
      action: d.action,
      entity_type: d.entityType,
      entity_id: d.entityId,
      incident_id: d.incidentId,
      summary: sealed.summary,
      sealed_summary: sealed.sealedSummary,
      changes: canonicalJson(sealed.changes),
      format: signer ? 2 : 1,
      key_id: signer?.keyId ?? null,
      row_digests: i === all.length - 1 ? rowDigests : null,
    };
    const hash = entryHash(prevHash, row);
    const signature = signer && i === all.length - 1 ? signEntry(signer, hash) : null;
    insert.run({ ...row, prev_hash: prevHash, hash, signature });
    prevHash = hash;
  });
}

/** The schema from which entries carry their format, signer, sealed values and table digests (migration 0090). */
const SIGNED_FORMAT_SCHEMA = 90;

/**
 * Entries in the shape of a register not yet migrated to 0090: only the migration tests write one, with
 * today's core, to have rows of an older version to migrate. The app migrates every register at open.
 */
function appendUnmigrated(ctx: CoreContext, actor: string, at: number, drafts: AuditDraft[]): void {
  const head = ctx.db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
  let [seq, prevHash] = [head?.seq ?? 0, head?.hash ?? GENESIS_HASH];
  const insert = ctx.db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, incident_id, summary, changes, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @incident_id, @summary, @changes, @prev_hash, @hash)`,
  );
  for (const d of drafts) {
    seq += 1;
    const row = { seq, at, actor, action: d.action, entity_type: d.entityType, entity_id: d.entityId, incident_id: d.incidentId, summary: d.summary };
    const columns = { ...row, changes: canonicalJson(d.changes), format: 1, key_id: null, sealed_summary: null, row_digests: null };
    const hash = entryHash(prevHash, columns);
    insert.run({ ...row, changes: columns.changes, prev_hash: prevHash, hash });
    prevHash = hash;
  }
}

function formatChanged(): AuditDraft {
  return {
    action: 'audit.format_changed',
    entityType: 'audit_log',
    entityId: 'format',
    incidentId: null,
    summary: 'History signed from here on: every later write is signed by the key of the account that made it',
    changes: [{ field: 'format', before: 1, after: 2 }],
  };
}

/** An entry as history shows it: personal values opened with their data keys, "[erased]" where a key is gone. */
export function toAuditEntry(row: AuditRow, keys: ReturnType<typeof keyReader>): AuditEntry {
  const { summary, changes } = readPersonal(row, keys);
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    incidentId: row.incident_id,
    summary,
    changes,
    hash: row.hash,
  };
}

/** An incident's entries, newest first, keyset-paginated by sequence number. */
export function incidentHistory(db: Db, incidentId: string, beforeSeq: number | null, limit: number): AuditEntry[] {
  const keys = keyReader(db);
  return db
    .prepare<[string, number, number], AuditRow>('SELECT * FROM audit_log WHERE incident_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?')
    .all(incidentId, beforeSeq ?? Number.MAX_SAFE_INTEGER, limit)
    .map((row) => toAuditEntry(row, keys));
}

/** The field-by-field differences between two snapshots, for the history's before/after view. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    const a = before[field] ?? null;
    const b = after[field] ?? null;
    if (canonicalJson(a) !== canonicalJson(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}
