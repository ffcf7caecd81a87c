import { z } from 'zod';
import { notificationTimeIssues } from '../../../shared/domain/dateRules';
import type { LinkedParty, NewPartySchema } from '../../../shared/contract/parties';
import { PARTY_ROLE_LABELS } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import { auditStamp, requireActor, stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import type { Db } from '../db/openDatabase';
import { requireCurrentVersion } from '../db/versioning';
import { toIncidentSummary } from '../incidents/incidentRow';
import { getIncidentOrThrow, refreshPartyCounts } from '../incidents/incidentRepository';
import { refuseIssues, requireOpen } from '../incidents/incidentRules';
import { reindexIncident } from '../incidents/searchIndex';
import {
  deleteInvolvement,
  getInvolvement,
  incidentRowsOfParty,
  insertInvolvementRow,
  involvementsOf,
  writeInvolvement,
  type InvolvementFields,
} from './involvementRepository';
import { getPartyOrThrow, partyReader } from './partyRepository';
import { toInvolvement } from './partyRow';
import { insertParty } from './partyService';

type Fields = InvolvementFields;
type PartyChoice = { id: string } | { new: z.output<typeof NewPartySchema> };

const snapshot = (f: Fields) => ({
  roles: [...f.roles].sort(),
  dataCategories: [...f.dataCategories].sort(),
  notificationStatus: f.notificationStatus,
  notifiedAt: f.notifiedAt,
  notificationMethod: f.notificationMethod,
});

/** When a party was told: not before awareness, not in the future, at the input's path. */
const toldIssues = (notifiedAt: number | null, discoveredAt: number, now: number) =>
  notifiedAt === null ? [] : notificationTimeIssues('involvement.notifiedAt', 'The time they were told', notifiedAt, discoveredAt, now);

const rolesText = (f: Fields) => f.roles.map((r) => PARTY_ROLE_LABELS[r].toLowerCase()).join(', ');

/** Links a party to an incident; the caller holds the transaction. Used by the service and the demo loader. */
export function insertInvolvement(ctx: CoreContext, incidentId: string, partyId: string, fields: Fields, stamp: Stamp): LinkedParty {
  const { db } = ctx;
  const incident = getIncidentOrThrow(db, incidentId);
  const party = getPartyOrThrow(db, partyId);
  if (getInvolvement(db, incidentId, partyId)) {
    throw new AppError('CONFLICT', `${party.name} is already linked to ${incident.reference}. Edit their involvement instead.`);
  }
  refuseIssues(toldIssues(fields.notifiedAt, incident.discoveredAt, auditStamp(stamp).at));
  insertInvolvementRow(db, incidentId, partyId, fields, stamp);
  refreshPartyCounts(db, incidentId);
  reindexIncident(db, incidentId);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'involvement.linked',
      entityType: 'party',
      entityId: partyId,
      incidentId,
      summary: `Linked ${party.name} as ${rolesText(fields)}`,
      personal: [party.name],
      changes: diffFields({}, { party: party.name, ...snapshot(fields) }),
    },
  ]);
  return { party: getPartyOrThrow(db, partyId), involvement: getInvolvement(db, incidentId, partyId)!.involvement };
}

/** Links an existing party, or creates one and links it, in one transaction. */
export function linkParty(ctx: CoreContext, incidentId: string, choice: PartyChoice, fields: Fields): LinkedParty {
  const stamp = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      requireOpen(getIncidentOrThrow(ctx.db, incidentId));
      const partyId = 'id' in choice ? choice.id : insertParty(ctx, choice.new, stamp).id;
      return insertInvolvement(ctx, incidentId, partyId, fields, stamp);
    })
    .immediate();
}

/** The link as the officer saw it: it must exist and still be at the version they saw. */
function requireLink(db: Db, incidentId: string, partyId: string, version: number) {
  const found = getInvolvement(db, incidentId, partyId);
  if (!found) throw new AppError('NOT_FOUND', 'That party is not linked to this incident (any more). Reload the incident.');
  const seen = { version, what: "This party's involvement" };
  requireCurrentVersion(db, 'involvements', found.seq, seen);
  return { ...found, seen };
}

export function updateInvolvement(ctx: CoreContext, incidentId: string, partyId: string, version: number, fields: Fields): LinkedParty {
  const actor = requireActor(ctx);
  const { db } = ctx;
  return db
    .transaction(() => {
      requireOpen(getIncidentOrThrow(db, incidentId));
      const { seq, involvement, seen } = requireLink(db, incidentId, partyId, version);
      if (fields.notifiedAt !== involvement.notifiedAt) {
        refuseIssues(toldIssues(fields.notifiedAt, getIncidentOrThrow(db, incidentId).discoveredAt, ctx.now()));
      }
      const changes = diffFields(snapshot(involvement), snapshot(fields));
      const party = getPartyOrThrow(db, partyId);
      if (changes.length === 0) return { party, involvement };
      const at = ctx.now();
      writeInvolvement(db, seq, fields, { actor, at }, seen);
      refreshPartyCounts(db, incidentId);
      appendAudit(ctx, actor, at, [
        {
          action: 'involvement.updated',
          entityType: 'party',
          entityId: partyId,
          incidentId,
          summary: `Changed the involvement of ${party.name}`,
          changes,
          personal: [party.name],
        },
      ]);
      return { party, involvement: getInvolvement(db, incidentId, partyId)!.involvement };
    })
    .immediate();
}

export function unlinkParty(ctx: CoreContext, incidentId: string, partyId: string, version: number) {
  const actor = requireActor(ctx);
  const { db } = ctx;
  return db
    .transaction(() => {
      requireOpen(getIncidentOrThrow(db, incidentId));
      const { seq, involvement } = requireLink(db, incidentId, partyId, version);
      const party = getPartyOrThrow(db, partyId);
      deleteInvolvement(db, seq);
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
          personal: [party.name],
          changes: diffFields(
            { party: party.name, ...snapshot(involvement) },
            { party: null, roles: null, dataCategories: null, notificationStatus: null, notifiedAt: null, notificationMethod: null },
          ),
        },
      ]);
      return { incidentId, partyId };
    })
    .immediate();
}

/** The parties of an incident, in the order they were linked. */
export function listInvolvements(ctx: CoreContext, incidentId: string, cursor: string | null, limit: number) {
  const incident = getIncidentOrThrow(ctx.db, incidentId);
  const after = decodeCursor(cursor);
  const rows = involvementsOf(ctx.db, incidentId, after?.seq ?? 0, limit);
  const partyById = partyReader(ctx.db);
  const page = pageOf(
    rows,
    limit,
    (r) => ({ value: r.seq, seq: r.seq }),
    (r) => ({
      party: partyById(r.party_id),
      involvement: toInvolvement(r),
    }),
  );
  return { ...page, total: incident.partyCount };
}

/** Every incident touching a party, most recently discovered first. */
export function incidentsOfParty(ctx: CoreContext, partyId: string, cursor: string | null, limit: number) {
  getPartyOrThrow(ctx.db, partyId);
  const rows = incidentRowsOfParty(ctx.db, partyId, decodeCursor(cursor), limit);
  return pageOf(
    rows,
    limit,
    (r) => ({ value: r.discovered_at, seq: r.seq }),
    (r) => ({
      incident: toIncidentSummary(r),
      involvement: toInvolvement({ ...r, seq: r.involvement_seq }),
    }),
  );
}
