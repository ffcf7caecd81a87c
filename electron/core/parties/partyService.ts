import { z } from 'zod';
import { NewPartySchema, PartyPatchSchema, type Party } from '../../../shared/contract/parties';
import { AppError } from '../../../shared/contract/result';
import { auditStamp, requireActor, stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import type { Db } from '../db/openDatabase';
import { requireCurrentVersion } from '../db/versioning';
import { reindexIncidentsOfParty, toFtsQuery } from '../incidents/searchIndex';
import { findPartyByEmail, getPartyOrThrow, insertPartyRow, partiesByName, writeParty } from './partyRepository';
import { toParty } from './partyRow';
import { auditFieldList } from '../../../shared/domain/auditWords';
import { refuseIfErased } from '../retention/erasedParty';

type NewParty = z.output<typeof NewPartySchema>;
type PartyPatch = z.output<typeof PartyPatchSchema>;

function requireUniqueEmail(db: Db, email: string, exceptId: string | null): void {
  if (!email) return;
  const other = findPartyByEmail(db, email);
  if (other && other.id !== exceptId) {
    throw new AppError('CONFLICT', `${other.name} already has the address ${email}. Pick them from the search instead of creating a new party.`, [
      { path: 'email', message: 'Already used by another party' },
    ]);
  }
}

const snapshot = (p: Party) => ({ type: p.type, name: p.name, email: p.email, phone: p.phone, organisation: p.organisation, notes: p.notes });

/** Inserts a party; the caller holds the transaction. */
export function insertParty(ctx: CoreContext, input: NewParty, stamp: Stamp, isDemo = false): Party {
  requireUniqueEmail(ctx.db, input.email, null);
  const id = ctx.newId();
  insertPartyRow(ctx.db, id, input, isDemo, stamp);
  const party = getPartyOrThrow(ctx.db, id);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    { action: 'party.created', entityType: 'party', entityId: id, incidentId: null, summary: `Added party ${party.name}`, changes: diffFields({}, snapshot(party)) },
  ]);
  return party;
}

export function createParty(ctx: CoreContext, input: NewParty): Party {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => insertParty(ctx, input, stamp)).immediate();
}

export function updateParty(ctx: CoreContext, id: string, version: number, patch: PartyPatch): Party {
  const actor = requireActor(ctx);
  const { db } = ctx;
  return db
    .transaction(() => {
      const current = getPartyOrThrow(db, id);
      refuseIfErased(db, id);
      const seen = { version, what: current.name };
      requireCurrentVersion(db, 'parties', id, seen);
      const next = { ...current, ...patch };
      const changes = diffFields(snapshot(current), snapshot(next));
      if (changes.length === 0) return current;
      if (patch.email !== undefined) requireUniqueEmail(db, next.email, id);
      const at = ctx.now();
      writeParty(db, id, snapshot(next), { actor, at }, seen);
      if (changes.some((c) => ['name', 'email', 'organisation'].includes(c.field))) reindexIncidentsOfParty(db, id);
      appendAudit(ctx, actor, at, [
        {
          action: 'party.updated',
          entityType: 'party',
          entityId: id,
          incidentId: null,
          summary: `Changed ${auditFieldList(changes.map((c) => c.field))} of ${next.name}`,
          changes,
          personal: [next.name],
        },
      ]);
      return getPartyOrThrow(db, id);
    })
    .immediate();
}

/** Parties by name, email or organisation (every word, the last as a prefix), in name order. */
export function searchParties(ctx: CoreContext, text: string, cursor: string | null, limit: number) {
  const rows = partiesByName(ctx.db, toFtsQuery(text), decodeCursor(cursor), limit);
  return pageOf(rows, limit, (r) => ({ value: r.name, seq: r.seq }), toParty);
}
