import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerification, FieldChange } from '../../../shared/contract/audit';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { CanonicalText, canonicalJson } from './canonicalJson';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditDraft = {
  action: string;
  entityType: string;
  entityId: string;
  incidentId: string | null;
  summary: string;
  changes: FieldChange[];
};

type AuditRow = {
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
};

/** What the hash covers: every column but the hash itself, in canonical form, after the previous hash. */
function entryHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
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
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends entries to the audit log. Call inside the transaction of the write being audited,
 * so the change and its record commit or roll back together.
 */
export function appendAudit(ctx: CoreContext, actor: string, at: number, drafts: AuditDraft[]): void {
  const head = ctx.db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const insert = ctx.db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, incident_id, summary, changes, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @incident_id, @summary, @changes, @prev_hash, @hash)`,
  );
  for (const d of drafts) {
    seq += 1;
    const row = {
      seq,
      at,
      actor,
      action: d.action,
      entity_type: d.entityType,
      entity_id: d.entityId,
      incident_id: d.incidentId,
      summary: d.summary,
      changes: canonicalJson(d.changes),
    };
    const hash = entryHash(prevHash, row);
    insert.run({ ...row, prev_hash: prevHash, hash });
    prevHash = hash;
  }
}

/**
 * Re-computes the chain from the first entry. A changed, removed, inserted or re-ordered entry breaks
 * it at that entry; a truncated tail shows as a different head hash and count.
 */
export function verifyAudit(db: Db): AuditVerification {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const row of db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').iterate()) {
    const fail = (problem: string): AuditVerification => ({
      ok: false,
      entryCount: row.seq,
      headHash: prevHash,
      firstBadSeq: row.seq,
      problem,
    });
    if (row.seq !== expectedSeq) return fail(`Entry ${expectedSeq} is missing: the log jumps to entry ${row.seq}.`);
    if (row.prev_hash !== prevHash) return fail(`Entry ${row.seq} does not follow entry ${row.seq - 1}: its link to the previous hash is broken.`);
    if (entryHash(prevHash, row) !== row.hash) return fail(`Entry ${row.seq} has been altered: its content no longer matches its hash.`);
    prevHash = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, entryCount: expectedSeq - 1, headHash: prevHash, firstBadSeq: null, problem: null };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    incidentId: row.incident_id,
    summary: row.summary,
    changes: JSON.parse(row.changes) as FieldChange[],
    hash: row.hash,
  };
}

/** An incident's entries, newest first, keyset-paginated by sequence number. */
export function incidentHistory(db: Db, incidentId: string, beforeSeq: number | null, limit: number): AuditEntry[] {
  return db
    .prepare<[string, number, number], AuditRow>('SELECT * FROM audit_log WHERE incident_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?')
    .all(incidentId, beforeSeq ?? Number.MAX_SAFE_INTEGER, limit)
    .map(toAuditEntry);
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
