import type { Note } from '../../../shared/contract/notes';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import { getIncidentOrThrow, requireOpen } from '../incidents/incidentStore';
import { reindexIncident } from '../incidents/searchIndex';

type NoteRow = { seq: number; id: string; incident_id: string; body: string; author: string; created_at: number };

const toNote = (r: NoteRow): Note => ({ id: r.id, incidentId: r.incident_id, body: r.body, author: r.author, createdAt: r.created_at });

/** Inserts a note; the caller holds the transaction. Used by the service and the demo loader. */
export function insertNote(ctx: CoreContext, incidentId: string, body: string, stamp: Stamp): Note {
  const { actor: author, at } = stamp;
  const id = ctx.newId();
  ctx.db.prepare('INSERT INTO notes (id, incident_id, body, author, created_at) VALUES (?, ?, ?, ?, ?)').run(id, incidentId, body, author, at);
  reindexIncident(ctx.db, incidentId);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    { action: 'note.added', entityType: 'note', entityId: id, incidentId, summary: 'Added a note', changes: [{ field: 'body', before: null, after: body }] },
  ]);
  return { id, incidentId, body, author, createdAt: at };
}

/** Adds a note to an open incident's timeline, by the acting officer. */
export function addNote(ctx: CoreContext, incidentId: string, body: string): Note {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => {
    requireOpen(getIncidentOrThrow(ctx.db, incidentId));
    return insertNote(ctx, incidentId, body, stamp);
  }).immediate();
}

/** The timeline, newest first. */
export function listNotes(ctx: CoreContext, incidentId: string, cursor: string | null, limit: number) {
  getIncidentOrThrow(ctx.db, incidentId);
  const after = decodeCursor(cursor);
  const rows = ctx.db
    .prepare<[string, number, number], NoteRow>('SELECT * FROM notes WHERE incident_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?')
    .all(incidentId, after?.seq ?? Number.MAX_SAFE_INTEGER, limit + 1);
  return pageOf(rows, limit, (r) => ({ value: r.seq, seq: r.seq }), toNote);
}
