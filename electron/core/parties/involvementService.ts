import { z } from 'zod';
import type { InvolvementFieldsSchema, LinkedParty, NewPartySchema } from '../../../shared/contract/parties';
import { PARTY_ROLE_LABELS } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import { auditStamp, requireActor, stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import type { Db } from '../db/openDatabase';
import { SUMMARY_COLUMNS, toIncidentSummary, type IncidentSummaryRow } from '../incidents/incidentRow';
import { getIncidentOrThrow, refreshPartyCounts, requireOpen } from '../incidents/incidentStore';
import { reindexIncident } from '../incidents/searchIndex';
import { getPartyOrThrow, insertParty } from './partyService';
import { INVOLVEMENT_SELECT, PARTY_SELECT, toInvolvement, toParty, type InvolvementRow, type PartyRow } from './partyRow';

type Fields = z.output<typeof InvolvementFieldsSchema>;
type PartyChoice = { id: string } | { new: z.output<typeof NewPartySchema> };

function getInvolvement(db: Db, incidentId: string, partyId: string) {
  const row = db.prepare<[string, string], InvolvementRow>(`${INVOLVEMENT_SELECT} WHERE v.incident_id = ? AND v.party_id = ?`).get(incidentId, partyId);
  return row && { seq: row.seq, involvement: toInvolvement(row) };
}

function writeSets(db: Db, seq: number, fields: Fields): void {
  db.prepare('DELETE FROM involvement_roles WHERE involvement_seq = ?').run(seq);
  db.prepare('DELETE FROM involvement_data_categories WHERE involvement_seq = ?').run(seq);
  const role = db.prepare('INSERT INTO involvement_roles (involvement_seq, role) VALUES (?, ?)');
  for (const r of fields.roles) role.run(seq, r);
  const category = db.prepare('INSERT INTO involvement_data_categories (involvement_seq, category) VALUES (?, ?)');
  for (const c of fields.dataCategories) category.run(seq, c);
}

const snapshot = (f: Fields) => ({
  roles: [...f.roles].sort(),
  dataCategories: [...f.dataCategories].sort(),
  notificationStatus: f.notificationStatus,
  notifiedAt: f.notifiedAt,
  notificationMethod: f.notificationMethod,
});

const rolesText = (f: Fields) => f.roles.map((r) => PARTY_ROLE_LABELS[r].toLowerCase()).join(', ');

/** Links a party to an incident; the caller holds the transaction. Used by the service and the demo loader. */
export function insertInvolvement(ctx: CoreContext, incidentId: string, partyId: string, fields: Fields, stamp: Stamp): LinkedParty {
  const { db } = ctx;
  const { actor, at } = stamp;
  const incident = getIncidentOrThrow(db, incidentId);
  const party = getPartyOrThrow(db, partyId);
  if (getInvolvement(db, incidentId, partyId)) {
    throw new AppError('CONFLICT', `${party.name} is already linked to ${incident.reference}. Edit their involvement instead.`);
  }
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO involvements (incident_id, party_id, notification_status, notified_at, notification_method, version, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    )
    .run(incidentId, partyId, fields.notificationStatus, fields.notifiedAt, fields.notificationMethod, at, at, actor);
  writeSets(db, Number(lastInsertRowid), fields);
  refreshPartyCounts(db, incidentId);
  reindexIncident(db, incidentId);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'involvement.linked',
      entityType: 'party',
      entityId: partyId,
      incidentId,
      summary: `Linked ${party.name} as ${rolesText(fields)}`,
      changes: diffFields({}, { party: party.name, ...snapshot(fields) }),
    },
  ]);
  return { party: getPartyOrThrow(db, partyId), involvement: getInvolvement(db, incidentId, partyId)!.involvement };
}

/** Links an existing party, or creates one and links it, in one transaction. */
export function linkParty(ctx: CoreContext, incidentId: string, choice: PartyChoice, fields: Fields): LinkedParty {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => {
    requireOpen(getIncidentOrThrow(ctx.db, incidentId));
    const partyId = 'id' in choice ? choice.id : insertParty(ctx, choice.new, stamp).id;
    return insertInvolvement(ctx, incidentId, partyId, fields, stamp);
  }).immediate();
}

function requireLink(db: Db, incidentId: string, partyId: string, version: number) {
  const found = getInvolvement(db, incidentId, partyId);
  if (!found) throw new AppError('NOT_FOUND', 'That party is not linked to this incident (any more). Reload the incident.');
  if (found.involvement.version !== version) {
    const changed = db.prepare<[number], { updated_at: number; updated_by: string }>('SELECT updated_at, updated_by FROM involvements WHERE seq = ?').get(found.seq)!;
    throw new AppError(
      'CONFLICT',
      `This party's involvement was changed by ${changed.updated_by} at ${formatUkDateTime(changed.updated_at)} after you opened it. Reload, then make your change again.`,
    );
  }
  return found;
}

export function updateInvolvement(ctx: CoreContext, incidentId: string, partyId: string, version: number, fields: Fields): LinkedParty {
  const actor = requireActor(ctx);
  const { db } = ctx;
  return db.transaction(() => {
    requireOpen(getIncidentOrThrow(db, incidentId));
    const { seq, involvement } = requireLink(db, incidentId, partyId, version);
    const changes = diffFields(snapshot(involvement), snapshot(fields));
    const party = getPartyOrThrow(db, partyId);
    if (changes.length === 0) return { party, involvement };
    const at = ctx.now();
    db.prepare(
      `UPDATE involvements SET notification_status = ?, notified_at = ?, notification_method = ?, version = version + 1, updated_at = ?, updated_by = ?
       WHERE seq = ?`,
    ).run(fields.notificationStatus, fields.notifiedAt, fields.notificationMethod, at, actor, seq);
    writeSets(db, seq, fields);
    refreshPartyCounts(db, incidentId);
    appendAudit(ctx, actor, at, [
      { action: 'involvement.updated', entityType: 'party', entityId: partyId, incidentId, summary: `Changed the involvement of ${party.name}`, changes },
    ]);
    return { party, involvement: getInvolvement(db, incidentId, partyId)!.involvement };
  }).immediate();
}

export function unlinkParty(ctx: CoreContext, incidentId: string, partyId: string, version: number) {
  const actor = requireActor(ctx);
  const { db } = ctx;
  return db.transaction(() => {
    requireOpen(getIncidentOrThrow(db, incidentId));
    const { seq, involvement } = requireLink(db, incidentId, partyId, version);
    const party = getPartyOrThrow(db, partyId);
    db.prepare('DELETE FROM involvements WHERE seq = ?').run(seq);
    refreshPartyCounts(db, incidentId);
    reindexIncident(db, incidentId);
    const at = ctx.now();
    appendAudit(ctx, actor, at, [
      {
        action: 'involvement.unlinked',
        entityType: 'party',
        entityId: partyId,
        incidentId,
        summary: `Unlinked ${party.name}`,
        changes: diffFields({ party: party.name, ...snapshot(involvement) }, { party: null, roles: null, dataCategories: null, notificationStatus: null, notifiedAt: null, notificationMethod: null }),
      },
    ]);
    return { incidentId, partyId };
  }).immediate();
}

/** The parties of an incident, in the order they were linked. */
export function listInvolvements(ctx: CoreContext, incidentId: string, cursor: string | null, limit: number) {
  const incident = getIncidentOrThrow(ctx.db, incidentId);
  const after = decodeCursor(cursor);
  const rows = ctx.db
    .prepare<[string, number, number], InvolvementRow>(`${INVOLVEMENT_SELECT.replace('FROM involvements v', 'FROM involvements v INDEXED BY involvements_by_incident')} WHERE v.incident_id = ? AND v.seq > ? ORDER BY v.seq LIMIT ?`)
    .all(incidentId, after?.seq ?? 0, limit + 1);
  const partyById = ctx.db.prepare<[string], PartyRow>(`${PARTY_SELECT} WHERE p.id = ?`);
  const page = pageOf(rows, limit, (r) => ({ value: r.seq, seq: r.seq }), (r) => ({
    party: toParty(partyById.get(r.party_id)!),
    involvement: toInvolvement(r),
  }));
  return { ...page, total: incident.partyCount };
}

/** Every incident touching a party, most recently discovered first. */
export function incidentsOfParty(ctx: CoreContext, partyId: string, cursor: string | null, limit: number) {
  getPartyOrThrow(ctx.db, partyId);
  const after = decodeCursor(cursor);
  const rows = ctx.db
    .prepare<Record<string, unknown>, IncidentSummaryRow & InvolvementRow & { involvement_seq: number }>(
      `SELECT ${SUMMARY_COLUMNS.split(', ').map((c) => `i.${c}`).join(', ')}, i.seq AS seq,
         v.seq AS involvement_seq, v.incident_id, v.party_id, v.notification_status, v.notified_at, v.notification_method, v.version,
         (SELECT group_concat(role) FROM involvement_roles r WHERE r.involvement_seq = v.seq) AS roles,
         (SELECT group_concat(category) FROM involvement_data_categories c WHERE c.involvement_seq = v.seq) AS data_categories
       FROM involvements v JOIN incidents i ON i.id = v.incident_id
       WHERE v.party_id = @partyId ${after ? 'AND (i.discovered_at, i.seq) < (@afterValue, @afterSeq)' : ''}
       ORDER BY i.discovered_at DESC, i.seq DESC LIMIT @limit`,
    )
    .all({ partyId, ...(after ? { afterValue: after.value, afterSeq: after.seq } : {}), limit: limit + 1 });
  return pageOf(rows, limit, (r) => ({ value: r.discovered_at, seq: r.seq }), (r) => ({
    incident: toIncidentSummary(r),
    involvement: toInvolvement({ ...r, seq: r.involvement_seq }),
  }));
}
