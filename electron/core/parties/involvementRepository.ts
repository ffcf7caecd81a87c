import type { z } from 'zod';
import type { Involvement, InvolvementFieldsSchema } from '../../../shared/contract/parties';
import type { DataCategory, NotificationMethod, PartyRole } from '../../../shared/domain/vocabulary';
import type { Stamp } from '../actor';
import type { Keyset } from '../cursor';
import type { Db } from '../db/openDatabase';
import { prepareVersionedWrite, writeVersioned, type Seen } from '../db/versioning';
import { SUMMARY_COLUMNS, type IncidentSummaryRow } from '../incidents/incidentRow';
import { INVOLVEMENT_SELECT, toInvolvement, type InvolvementRow } from './partyRow';

/**
 * The involvements table (a party's link to an incident) with its roles and data categories. Every write
 * to them is here; the callers hold the transaction.
 */

export type InvolvementFields = z.output<typeof InvolvementFieldsSchema>;

export function getInvolvement(db: Db, incidentId: string, partyId: string): { seq: number; involvement: Involvement } | undefined {
  const row = db.prepare<[string, string], InvolvementRow>(`${INVOLVEMENT_SELECT} WHERE v.incident_id = ? AND v.party_id = ?`).get(incidentId, partyId);
  return row && { seq: row.seq, involvement: toInvolvement(row) };
}

function writeSets(db: Db, seq: number, fields: InvolvementFields): void {
  db.prepare('DELETE FROM involvement_roles WHERE involvement_seq = ?').run(seq);
  db.prepare('DELETE FROM involvement_data_categories WHERE involvement_seq = ?').run(seq);
  const role = db.prepare('INSERT INTO involvement_roles (involvement_seq, role) VALUES (?, ?)');
  for (const r of fields.roles) role.run(seq, r);
  const category = db.prepare('INSERT INTO involvement_data_categories (involvement_seq, category) VALUES (?, ?)');
  for (const c of fields.dataCategories) category.run(seq, c);
}

/** Links a party to an incident at version 1. */
export function insertInvolvementRow(db: Db, incidentId: string, partyId: string, fields: InvolvementFields, stamp: Stamp): void {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO involvements (incident_id, party_id, notification_status, notified_at, notification_method, version, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    )
    .run(incidentId, partyId, fields.notificationStatus, fields.notifiedAt, fields.notificationMethod, stamp.at, stamp.at, stamp.actor);
  writeSets(db, Number(lastInsertRowid), fields);
}

/** Writes an involvement's fields from the version the officer saw (see writeVersioned). */
export function writeInvolvement(db: Db, seq: number, fields: InvolvementFields, stamp: Stamp, seen: Seen): void {
  writeVersioned(
    db,
    'involvements',
    seq,
    { notification_status: fields.notificationStatus, notified_at: fields.notifiedAt, notification_method: fields.notificationMethod },
    stamp,
    seen,
  );
  writeSets(db, seq, fields);
}

export function deleteInvolvement(db: Db, seq: number): void {
  db.prepare('DELETE FROM involvements WHERE seq = ?').run(seq);
}

/** A page of an incident's links in the order they were made, after the cursor, with one row more than asked for. */
export function involvementsOf(db: Db, incidentId: string, afterSeq: number, limit: number): InvolvementRow[] {
  return db
    .prepare<[string, number, number], InvolvementRow>(
      `${INVOLVEMENT_SELECT.replace('FROM involvements v', 'FROM involvements v INDEXED BY involvements_by_incident')} WHERE v.incident_id = ? AND v.seq > ? ORDER BY v.seq LIMIT ?`,
    )
    .all(incidentId, afterSeq, limit + 1);
}

export type PartyIncidentRow = IncidentSummaryRow & InvolvementRow & { involvement_seq: number };

/** A page of the incidents a party is linked to, most recently discovered first, with one row more than asked for. */
export function incidentRowsOfParty(db: Db, partyId: string, after: Keyset | null, limit: number): PartyIncidentRow[] {
  return db
    .prepare<Record<string, unknown>, PartyIncidentRow>(
      `SELECT ${SUMMARY_COLUMNS.split(', ')
        .map((c) => `i.${c}`)
        .join(', ')}, i.seq AS seq,
         v.seq AS involvement_seq, v.incident_id, v.party_id, v.notification_status, v.notified_at, v.notification_method, v.version,
         (SELECT group_concat(role) FROM involvement_roles r WHERE r.involvement_seq = v.seq) AS roles,
         (SELECT group_concat(category) FROM involvement_data_categories c WHERE c.involvement_seq = v.seq) AS data_categories
       FROM involvements v JOIN incidents i ON i.id = v.incident_id
       WHERE v.party_id = @partyId ${after ? 'AND (i.discovered_at, i.seq) < (@afterValue, @afterSeq)' : ''}
       ORDER BY i.discovered_at DESC, i.seq DESC LIMIT @limit`,
    )
    .all({ partyId, ...(after ? { afterValue: after.value, afterSeq: after.seq } : {}), limit: limit + 1 });
}

/** How a link stands on telling the person, for marking people as told. */
export type NotificationLink = { seq: number; party_id: string; notification_status: string; notified_at: number | null; notification_method: string | null };

/** The incident's data subjects not yet recorded as told, in the order they were linked. */
export function untoldDataSubjects(db: Db, incidentId: string): NotificationLink[] {
  return db
    .prepare<[string], NotificationLink>(
      `SELECT v.seq, v.party_id, v.notification_status, v.notified_at, v.notification_method
       FROM involvements v INDEXED BY involvements_by_incident
       WHERE v.incident_id = ? AND v.notification_status <> 'notified'
         AND EXISTS (SELECT 1 FROM involvement_roles r WHERE r.involvement_seq = v.seq AND r.role = 'data_subject')
       ORDER BY v.seq`,
    )
    .all(incidentId);
}

/** The links of these parties to the incident, in the order named; null for a party not linked. */
export function notificationLinks(db: Db, incidentId: string, partyIds: readonly string[]): (NotificationLink | null)[] {
  const byParty = db.prepare<[string, string], NotificationLink>(
    `SELECT seq, party_id, notification_status, notified_at, notification_method FROM involvements WHERE incident_id = ? AND party_id = ?`,
  );
  return partyIds.map((partyId) => byParty.get(incidentId, partyId) ?? null);
}

/** Records the links as told, at one time and by one method, whatever their versions (one mailing reached them all). */
export function markLinksTold(db: Db, seqs: readonly number[], notifiedAt: number, method: NotificationMethod, stamp: Stamp): void {
  const write = prepareVersionedWrite(db, 'involvements', ['notification_status', 'notified_at', 'notification_method']);
  for (const seq of seqs) write(seq, { notification_status: 'notified', notified_at: notifiedAt, notification_method: method }, stamp);
}

/**
 * Links parties to incidents or adds roles and data categories to their links, through statements prepared
 * once for an import that makes thousands. A link that gains something moves its version on. A new link
 * starts at `newLinkStatus` (one without a date or method); an existing link keeps its own.
 */
export function prepareLinkWrites(db: Db, stamp: Stamp, newLinkStatus: 'undecided' | 'pending' | 'not_required' = 'undecided') {
  const find = db.prepare<[string, string], { seq: number }>('SELECT seq FROM involvements WHERE incident_id = ? AND party_id = ?');
  const insert = db.prepare<[string, string, string, number, number, string]>(
    `INSERT INTO involvements (incident_id, party_id, notification_status, notified_at, notification_method, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, NULL, NULL, 1, ?, ?, ?)`,
  );
  const addRole = db.prepare('INSERT OR IGNORE INTO involvement_roles (involvement_seq, role) VALUES (?, ?)');
  const addCategory = db.prepare('INSERT OR IGNORE INTO involvement_data_categories (involvement_seq, category) VALUES (?, ?)');
  const touch = prepareVersionedWrite(db, 'involvements', []);
  return (incidentId: string, partyId: string, roles: Iterable<PartyRole>, dataCategories: Iterable<DataCategory>): void => {
    const existing = find.get(incidentId, partyId);
    const seq = existing?.seq ?? Number(insert.run(incidentId, partyId, newLinkStatus, stamp.at, stamp.at, stamp.actor).lastInsertRowid);
    let added = 0;
    for (const role of roles) added += addRole.run(seq, role).changes;
    for (const category of dataCategories) added += addCategory.run(seq, category).changes;
    if (existing && added > 0) touch(seq, {}, stamp);
  };
}

/** The parties linked to an incident (read through involvements_by_incident). */
export function linkedPartyIds(db: Db, incidentId: string): Set<string> {
  const rows = db.prepare<[string], { party_id: string }>('SELECT party_id FROM involvements INDEXED BY involvements_by_incident WHERE incident_id = ?').all(incidentId);
  return new Set(rows.map((r) => r.party_id));
}

/**
 * Links many parties to one incident with these roles, for an import: the incident's existing links are read
 * in one statement rather than looked up party by party, and a link made here is remembered, so each party is
 * linked once however often it is named. A link that gains a role moves its version on.
 */
export function prepareIncidentLinks(db: Db, stamp: Stamp) {
  const existing = db.prepare<[string], { party_id: string; seq: number }>('SELECT party_id, seq FROM involvements WHERE incident_id = ?');
  const insert = db.prepare<[string, string, number, number, string]>(
    `INSERT INTO involvements (incident_id, party_id, notification_status, notified_at, notification_method, version, created_at, updated_at, updated_by)
     VALUES (?, ?, 'undecided', NULL, NULL, 1, ?, ?, ?)`,
  );
  const addRole = db.prepare('INSERT OR IGNORE INTO involvement_roles (involvement_seq, role) VALUES (?, ?)');
  const touch = prepareVersionedWrite(db, 'involvements', []);
  return (incidentId: string) => {
    const links = new Map(existing.all(incidentId).map((r) => [r.party_id, r.seq]));
    const done = new Set<string>();
    return (partyId: string, roles: readonly PartyRole[]): void => {
      if (done.has(partyId)) return;
      done.add(partyId);
      const seq = links.get(partyId);
      if (seq === undefined) {
        const created = Number(insert.run(incidentId, partyId, stamp.at, stamp.at, stamp.actor).lastInsertRowid);
        for (const role of roles) addRole.run(created, role);
        return;
      }
      let added = 0;
      for (const role of roles) added += addRole.run(seq, role).changes;
      if (added > 0) touch(seq, {}, stamp);
    };
  };
}
