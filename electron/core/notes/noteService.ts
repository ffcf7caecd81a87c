import type { Note } from '../../../shared/contract/notes';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { requireOpen } from '../incidents/incidentRules';
import { reindexIncident } from '../incidents/searchIndex';
import { insertNoteRow, notesBefore, toNote } from './noteRepository';

/** Inserts a note; the caller holds the transaction. Used by the service and the demo loader. */
export function insertNote(ctx: CoreContext, incidentId: string, body: string, stamp: Stamp): Note {
  const { actor: author, at } = stamp;
  const note: Note = { id: ctx.newId(), incidentId, body, author, createdAt: at };
  insertNoteRow(ctx.db, note);
  reindexIncident(ctx.db, incidentId);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    { action: 'note.added', entityType: 'note', entityId: note.id, incidentId, summary: 'Added a note', changes: [{ field: 'body', before: null, after: body }] },
  ]);
  return note;
}

/** Adds a note to an open incident's timeline, by the acting officer. */
export function addNote(ctx: CoreContext, incidentId: string, body: string): Note {
  const stamp = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      requireOpen(getIncidentOrThrow(ctx.db, incidentId));
      return insertNote(ctx, incidentId, body, stamp);
    })
    .immediate();
}

/** The timeline, newest first. */
export function listNotes(ctx: CoreContext, incidentId: string, cursor: string | null, limit: number) {
  getIncidentOrThrow(ctx.db, incidentId);
  const after = decodeCursor(cursor);
  const rows = notesBefore(ctx.db, incidentId, after?.seq ?? Number.MAX_SAFE_INTEGER, limit);
  return pageOf(rows, limit, (r) => ({ value: r.seq, seq: r.seq }), toNote);
}
