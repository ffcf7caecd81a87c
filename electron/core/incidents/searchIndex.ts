import { detailsSearchText, type IncidentDetails } from '../../../shared/domain/incidentDetails';
import type { Db } from '../db/openDatabase';

/**
 * Parties indexed with an incident. A gateway import can link tens of thousands of recipients to one
 * incident; indexing them all would make its row megabytes long and every later write to the incident
 * (each re-indexes it) take a second. Beyond these, a party is found by the party search, whose page
 * lists its incidents.
 */
export const INDEXED_PARTIES = 1000;

/**
 * Keeps an incident's row in the full-text index in step with its title, description, details, notes
 * and parties. Called inside the transaction of every write that changes one of them.
 */
export function reindexIncident(db: Db, incidentId: string): void {
  const incident = db
    .prepare<[string], { seq: number; reference: string; title: string; description: string; details: string }>(
      'SELECT seq, reference, title, description, details FROM incidents WHERE id = ?',
    )
    .get(incidentId);
  if (!incident) return;
  const notes = db
    .prepare<[string], { body: string }>('SELECT body FROM notes WHERE incident_id = ? ORDER BY seq')
    .all(incidentId)
    .map((n) => n.body);
  const parties = db
    .prepare<[string], { name: string; email: string; organisation: string }>(
      `SELECT p.name, p.email, p.organisation FROM involvements v JOIN parties p ON p.id = v.party_id
       WHERE v.incident_id = ? ORDER BY v.seq LIMIT ${INDEXED_PARTIES}`,
    )
    .all(incidentId)
    .map((p) => [p.name, p.email, p.organisation].filter(Boolean).join(' '));
  const body = [incident.description, detailsSearchText(JSON.parse(incident.details) as IncidentDetails), ...notes].filter(Boolean).join('\n');
  db.prepare('DELETE FROM incident_search WHERE rowid = ?').run(incident.seq);
  db.prepare('INSERT INTO incident_search (rowid, title, body, parties) VALUES (?, ?, ?, ?)').run(
    incident.seq,
    // The reference travels with the title, so an officer can find INC-2026-0042 by typing it.
    `${incident.reference} ${incident.title}`,
    body,
    parties.join('\n'),
  );
}

/** Re-indexes every incident a party is linked to (after the party's name or address changes). */
export function reindexIncidentsOfParty(db: Db, partyId: string): void {
  const ids = db.prepare<[string], { incident_id: string }>('SELECT incident_id FROM involvements WHERE party_id = ?').all(partyId);
  for (const { incident_id } of ids) reindexIncident(db, incident_id);
}

/**
 * Turns what an officer types into an FTS5 query: every word must appear; a word with dots or @ in it
 * ("army.ml", "j.smith@army.ml") must appear as a phrase; the last word may be a prefix (search as you
 * type). Returns null when nothing searchable was typed. Quoting every token means FTS5 syntax in the
 * input (AND, NEAR, *, ") is searched for literally instead of being interpreted.
 */
export function toFtsQuery(text: string): string | null {
  const terms = text
    .split(/\s+/)
    .map((term) => term.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    .filter((tokens) => tokens.length > 0);
  if (terms.length === 0) return null;
  return terms
    .map((tokens, i) => {
      const phrase = `"${tokens.join(' ')}"`;
      return i === terms.length - 1 ? `${phrase}*` : phrase;
    })
    .join(' ');
}

/** Drops the index rows of incidents about to be deleted. */
export function dropIncidentIndex(db: Db, seqs: readonly number[]): void {
  const drop = db.prepare('DELETE FROM incident_search WHERE rowid = ?');
  for (const seq of seqs) drop.run(seq);
}
