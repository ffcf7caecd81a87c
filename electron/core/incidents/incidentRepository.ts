import type { Incident, StatusChange } from '../../../shared/contract/incidents';
import { recommend, type Recommendation, type SeverityBand } from '../../../shared/domain/severity';
import type { IncidentStatus, Outcome } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import type { Stamp } from '../actor';
import type { Db } from '../db/openDatabase';
import { writeVersioned, type Seen } from '../db/versioning';
import { editableColumns, INCIDENT_SELECT, toIncident, type IncidentRowWithSets } from './incidentRow';

/**
 * The incidents table and what hangs off a row of it alone: its ICO category sets, its status history and
 * the reference counters. Every write to these tables is here; the callers hold the transaction.
 */

/** Reads one incident, or fails with NOT_FOUND in words an officer understands. */
export function getIncidentOrThrow(db: Db, id: string): Incident {
  const row = db.prepare<[string], IncidentRowWithSets>(`${INCIDENT_SELECT} WHERE i.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', 'That incident does not exist (it may have been removed). Go back to the register and reload it.');
  return toIncident(row);
}

/** The id of the incident with this id or reference (any letter case), if there is one. */
export function findIncidentId(db: Db, idOrReference: string): string | null {
  return (
    db.prepare<[string, string], { id: string }>('SELECT id FROM incidents WHERE id = ? OR reference = ?').get(idOrReference, idOrReference.toUpperCase())?.id ?? null
  );
}

/** The next number of a year of recording, counted in reference_counters. */
export function nextReferenceNumber(db: Db, year: number): number {
  return db
    .prepare<[number], { last_number: number }>(
      `INSERT INTO reference_counters (year, last_number) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`,
    )
    .get(year)!.last_number;
}

/** Inserts a new incident, reported and at version 1. */
export function insertIncidentRow(db: Db, draft: Incident, row: { referenceSort: number; isDemo: boolean }, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO incidents (id, reference, reference_sort, kind, details, title, description, business_unit, reporting_officer,
       owner, occurred_at, discovered_at, reported_at, record_marking, material_marking, material_item_count, status,
       is_demo, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @reference, @reference_sort, @kind, @details, @title, @description, @business_unit, @reporting_officer,
       @owner, @occurred_at, @discovered_at, @reported_at, @record_marking, @material_marking, @material_item_count, 'reported',
       @is_demo, 1, @at, @actor, @at, @actor)`,
  ).run({
    ...editableColumns(draft),
    id: draft.id,
    reference: draft.reference,
    reference_sort: row.referenceSort,
    is_demo: row.isDemo ? 1 : 0,
    at: stamp.at,
    actor: stamp.actor,
  });
}

type EditableColumn = keyof ReturnType<typeof editableColumns>;

/**
 * Writes every editable column of `next` and its review flag (an officer changing a decision reviews it),
 * moving the incident's version on (see writeVersioned).
 */
export function writeIncident(db: Db, next: Incident, stamp: Stamp, seen: Seen): void {
  writeVersioned(db, 'incidents', next.id, { ...editableColumns(next), decisions_need_review: next.decisionsNeedReview ? 1 : 0 }, stamp, seen);
}

/** Writes some editable columns of `next`, moving the incident's version on (see writeVersioned). */
export function writeIncidentColumns(db: Db, next: Incident, columns: readonly EditableColumn[], stamp: Stamp, seen?: Seen): void {
  const all = editableColumns(next);
  writeVersioned(db, 'incidents', next.id, Object.fromEntries(columns.map((c) => [c, all[c]])), stamp, seen);
}

/** Replaces an incident's ICO category sets. */
export function writeIncidentSets(db: Db, incidentId: string, i: Pick<Incident, 'dataCategories' | 'subjectCategories'>): void {
  db.prepare('DELETE FROM incident_data_categories WHERE incident_id = ?').run(incidentId);
  db.prepare('DELETE FROM incident_subject_categories WHERE incident_id = ?').run(incidentId);
  const data = db.prepare('INSERT INTO incident_data_categories (incident_id, category) VALUES (?, ?)');
  for (const c of i.dataCategories) data.run(incidentId, c);
  const subjects = db.prepare('INSERT INTO incident_subject_categories (incident_id, category) VALUES (?, ?)');
  for (const c of i.subjectCategories) subjects.run(incidentId, c);
}

export type StatusMove = { from: IncidentStatus; to: IncidentStatus; reason: string; outcome: Outcome | null; duplicateOf: string | null; containedAt: number | null };

/** Moves an incident to another status from the version the officer saw, and records the move in its history. */
export function writeStatusMove(db: Db, id: string, move: StatusMove, stamp: Stamp, seen: Seen): void {
  writeVersioned(db, 'incidents', id, { status: move.to, outcome: move.outcome, duplicate_of: move.duplicateOf, contained_at: move.containedAt }, stamp, seen);
  db.prepare(
    `INSERT INTO status_history (incident_id, from_status, to_status, reason, outcome, actor, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, move.from, move.to, move.reason, move.outcome, stamp.actor, stamp.at);
}

/** An incident's moves, in the order they were made. */
export function statusHistoryOf(db: Db, incidentId: string): StatusChange[] {
  return db
    .prepare<[string], { from_status: IncidentStatus; to_status: IncidentStatus; reason: string; outcome: Outcome | null; actor: string; at: number }>(
      'SELECT from_status, to_status, reason, outcome, actor, at FROM status_history WHERE incident_id = ? ORDER BY seq',
    )
    .all(incidentId)
    .map((r) => ({ from: r.from_status, to: r.to_status, reason: r.reason, outcome: r.outcome, actor: r.actor, at: r.at }));
}

/**
 * The register's copy of the latest assessment's band and score. Derived from the assessment, so it
 * leaves the incident's version alone: an officer's open copy of the incident is not made stale by it.
 */
export function writeSeverity(db: Db, incidentId: string, band: SeverityBand, score: number): void {
  db.prepare('UPDATE incidents SET severity_band = ?, severity_score = ? WHERE id = ?').run(band, score, incidentId);
}

/**
 * Flags the recorded decisions for review after a re-assessment into another band. Like the severity it
 * follows from an assessment, so it leaves the incident's version alone.
 */
export function flagDecisionsForReview(db: Db, incidentId: string): void {
  db.prepare('UPDATE incidents SET decisions_need_review = 1 WHERE id = ?').run(incidentId);
}

/** The officer confirms the flagged decisions from the version they saw (see writeVersioned). */
export function writeDecisionsConfirmed(db: Db, incidentId: string, stamp: Stamp, seen: Seen): void {
  writeVersioned(db, 'incidents', incidentId, { decisions_need_review: 0 }, stamp, seen);
}

/** Recounts the parties linked to an incident and those whose own data was involved (ICO's "affected"). */
export function refreshPartyCounts(db: Db, incidentId: string): void {
  db.prepare(
    `UPDATE incidents SET
       party_count = (SELECT count(*) FROM involvements WHERE incident_id = @id),
       affected_count = (SELECT count(*) FROM involvements v WHERE v.incident_id = @id
                         AND EXISTS (SELECT 1 FROM involvement_roles r WHERE r.involvement_seq = v.seq AND r.role = 'data_subject'))
     WHERE id = @id`,
  ).run({ id: incidentId });
}

/** A recommendation with the band it came from, for the messages that quote it. */
export type StoredRecommendation = Recommendation & { band: SeverityBand };

/**
 * What the incident's latest assessment recommends, with its band, or null when it is not assessed yet:
 * the decisions recorded on the incident are checked against it. Read through the (incident_id, number) key.
 */
export function latestRecommendation(db: Db, incidentId: string): StoredRecommendation | null {
  const latest = db
    .prepare<[string], { band: SeverityBand; score: number; unintelligible: 0 | 1; people_affected: number | null }>(
      'SELECT band, score, unintelligible, people_affected FROM assessments WHERE incident_id = ? ORDER BY number DESC LIMIT 1',
    )
    .get(incidentId);
  if (!latest) return null;
  return {
    band: latest.band,
    ...recommend({ band: latest.band, score: latest.score, unintelligible: latest.unintelligible === 1, peopleAffected: latest.people_affected }),
  };
}

/** Whether any demo incident is loaded. */
export function hasDemoIncidents(db: Db): boolean {
  return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM incidents WHERE is_demo = 1').get()!.n > 0;
}

/** The search-index rows (seq) of the demo incidents. */
export function demoIncidentSeqs(db: Db): number[] {
  return db
    .prepare<[], { seq: number }>('SELECT seq FROM incidents WHERE is_demo = 1')
    .all()
    .map((r) => r.seq);
}

/** References of real incidents closed as duplicates of a demo incident. */
export function realDuplicatesOfDemo(db: Db): string[] {
  return db
    .prepare<[], { reference: string }>(`SELECT reference FROM incidents WHERE is_demo = 0 AND duplicate_of IN (SELECT id FROM incidents WHERE is_demo = 1)`)
    .all()
    .map((d) => d.reference);
}

/** Deletes every demo incident (its notes, links and history go with it); returns how many. */
export function deleteDemoIncidents(db: Db): number {
  return db.prepare('DELETE FROM incidents WHERE is_demo = 1').run().changes;
}
