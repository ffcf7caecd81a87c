import { destroyDataKeys } from '../audit/dataKeys';
import { emptyDetails } from '../../../shared/domain/incidentDetails';
import type { IncidentKind } from '../../../shared/domain/vocabulary';
import type { Db } from '../db/openDatabase';
import { reindexIncident } from '../incidents/searchIndex';
import { redactor } from '../reports/redaction';
import { deleteEvidence } from './deleteEvidence';
import { ERASED } from './erased';
import { PERSON_MESSAGE, type ErasureTargets } from './erasurePlan';

type Stamp = { actor: string; at: number };

/** Free text that stays after an erasure (decisions, lessons, actions): names in it are replaced, the rest kept. */
const KEPT_TEXT_COLUMNS = [
  'title',
  'description',
  'how_discovered',
  'staff_details',
  'root_cause',
  'lessons',
  'likely_consequences',
  'prior_measures',
  'regulator_rationale',
  'subjects_rationale',
  'regulator_delay_reason',
  'public_account',
] as const;

function redactStrings(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactStrings(v, redact));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, redact)]));
  return value;
}

/** Replaces these people's names, addresses and numbers in an incident's remaining text; returns how many texts changed. */
function redactIncidentText(db: Db, incidentId: string, redact: (text: string) => string, stamp: Stamp): number {
  const row = db.prepare<[string], Record<string, string>>(`SELECT details, ${KEPT_TEXT_COLUMNS.join(', ')} FROM incidents WHERE id = ?`).get(incidentId)!;
  const changed: Record<string, string> = {};
  for (const column of KEPT_TEXT_COLUMNS) {
    const after = redact(row[column]!);
    if (after !== row[column]) changed[column] = column === 'title' && after.trim() === '' ? ERASED : after;
  }
  const details = JSON.stringify(redactStrings(JSON.parse(row.details!), redact));
  if (details !== row.details) changed.details = details;
  let texts = Object.keys(changed).length;
  if (texts > 0) {
    const sets = Object.keys(changed).map((c) => `${c} = @${c}`);
    db.prepare(`UPDATE incidents SET ${sets.join(', ')}, version = version + 1, updated_at = @at, updated_by = @actor WHERE id = @id`).run({
      ...changed,
      ...stamp,
      id: incidentId,
    });
  }
  const rewrite = (select: string, update: string) => {
    for (const r of db.prepare<[string], { key: number; text: string }>(select).all(incidentId)) {
      const after = redact(r.text);
      if (after !== r.text) {
        db.prepare(update).run(after, r.key);
        texts += 1;
      }
    }
  };
  rewrite('SELECT seq AS key, body AS text FROM notes WHERE incident_id = ?', 'UPDATE notes SET body = ? WHERE seq = ?');
  rewrite('SELECT seq AS key, description AS text FROM actions WHERE incident_id = ?', 'UPDATE actions SET description = ? WHERE seq = ?');
  rewrite('SELECT seq AS key, reason AS text FROM status_history WHERE incident_id = ?', 'UPDATE status_history SET reason = ? WHERE seq = ?');
  return texts;
}

/** A person's identifying details go; the row stays, named "[erased]", so involvements, counts and statistics hold. */
function eraseParties(db: Db, partyIds: readonly string[], stamp: Stamp): void {
  const erase = db.prepare(
    `UPDATE parties SET name = '${ERASED}', email = '', phone = '', organisation = '', notes = '', erased_at = @at,
       version = version + 1, updated_at = @at, updated_by = @actor WHERE id = @id`,
  );
  const unindex = db.prepare('DELETE FROM party_search WHERE rowid = (SELECT seq FROM parties WHERE id = ?)');
  for (const id of partyIds) {
    unindex.run(id);
    erase.run({ ...stamp, id });
  }
}

/** Drafts that mention the people (a half-typed note about them), whoever's they are. */
function deleteDraftsMentioning(db: Db, targets: ErasureTargets): number {
  const needles = targets.people.flatMap((p) => [p.name, p.email, p.phone]).filter((n): n is string => !!n && n.length >= 3);
  const drop = db.prepare(`DELETE FROM drafts WHERE instr(lower(form_values), lower(?)) > 0`);
  return needles.reduce((n, needle) => n + drop.run(needle).changes, 0);
}

/**
 * Erases what `targets` names, inside the caller's transaction: one incident's personal data, or one person
 * across the register (docs/retention.md#what-goes-and-what-stays). Returns the counts for the audit entry.
 */
export function writeErasure(db: Db, targets: ErasureTargets, stamp: Stamp): Record<string, number> {
  const redact = redactor(targets.people);
  const counts: Record<string, number> = {};
  if (targets.scope.type === 'incident') {
    const id = targets.scope.incidentId;
    const { kind } = db.prepare<[string], { kind: IncidentKind }>('SELECT kind FROM incidents WHERE id = ?').get(id)!;
    counts.notes = db.prepare('DELETE FROM notes WHERE incident_id = ?').run(id).changes;
    counts.drafts = db.prepare('DELETE FROM drafts WHERE incident_id = ?').run(id).changes;
    counts.messages = db.prepare('DELETE FROM email_messages WHERE incident_id = ?').run(id).changes;
    db.prepare(
      `UPDATE incidents SET title = '${ERASED}', description = '', how_discovered = '', staff_details = '', details = @details,
         personal_data_erased_at = @at, personal_data_erased_by = @actor, version = version + 1, updated_at = @at, updated_by = @actor WHERE id = @id`,
    ).run({ ...stamp, id, details: JSON.stringify(emptyDetails(kind)) });
  } else {
    const party = db.prepare<[string], { email: string }>('SELECT email FROM parties WHERE id = ?').get(targets.scope.partyId)!;
    const who = { id: targets.scope.partyId, email: party.email };
    counts.messages = db.prepare(`DELETE FROM email_messages AS m WHERE ${PERSON_MESSAGE}`).run(who).changes;
    counts.drafts = deleteDraftsMentioning(db, targets);
  }
  const evidence = deleteEvidence(db, targets.evidenceToDelete, stamp);
  counts.evidenceItems = evidence.items;
  counts.evidenceFilesDeleted = evidence.filesDeleted;
  counts.evidenceFilesKeptShared = evidence.filesKeptShared;
  counts.evidenceKept = targets.evidenceKept.length;
  counts.textsRedacted = targets.incidentIds.reduce((n, id) => n + redactIncidentText(db, id, redact, stamp), 0);
  eraseParties(db, targets.partyIdsToErase, stamp);
  counts.people = targets.partyIdsToErase.length;
  for (const id of targets.incidentIds) reindexIncident(db, id);
  counts.dataKeysDestroyed = destroyDataKeys(db, {
    incidentIds: targets.scope.type === 'incident' ? [targets.scope.incidentId] : [],
    partyIds: [...targets.partyIdsToErase],
  });
  return counts;
}
