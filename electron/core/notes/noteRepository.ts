import type { Note } from '../../../shared/contract/notes';
import type { Db } from '../db/openDatabase';

/** The notes table: every write to it is here; the callers hold the transaction. */

export type NoteRow = { seq: number; id: string; incident_id: string; body: string; author: string; created_at: number };

export const toNote = (r: NoteRow): Note => ({ id: r.id, incidentId: r.incident_id, body: r.body, author: r.author, createdAt: r.created_at });

export function insertNoteRow(db: Db, note: Note): void {
  db.prepare('INSERT INTO notes (id, incident_id, body, author, created_at) VALUES (?, ?, ?, ?, ?)').run(
    note.id,
    note.incidentId,
    note.body,
    note.author,
    note.createdAt,
  );
}

/** A page of an incident's timeline, newest first, before `beforeSeq`, with one row more than asked for. */
export function notesBefore(db: Db, incidentId: string, beforeSeq: number, limit: number): NoteRow[] {
  return db
    .prepare<[string, number, number], NoteRow>('SELECT * FROM notes WHERE incident_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?')
    .all(incidentId, beforeSeq, limit + 1);
}
