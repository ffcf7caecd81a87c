import { z } from 'zod';
import { NewPartySchema, PartyPatchSchema, type Party } from '../../../shared/contract/parties';
import { AppError } from '../../../shared/contract/result';
import { auditStamp, requireActor, stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import type { Db } from '../db/openDatabase';
import { requireVersion } from '../incidents/incidentStore';
import { reindexIncidentsOfParty, toFtsQuery } from '../incidents/searchIndex';
import { PARTY_SELECT, toParty, type PartyRow } from './partyRow';

type NewParty = z.output<typeof NewPartySchema>;
type PartyPatch = z.output<typeof PartyPatchSchema>;

export function getPartyOrThrow(db: Db, id: string): Party {
  const row = db.prepare<[string], PartyRow>(`${PARTY_SELECT} WHERE p.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', 'That party does not exist (it may have been removed). Search for them again.');
  return toParty(row);
}

function requireUniqueEmail(db: Db, email: string, exceptId: string | null): void {
  if (!email) return;
  const other = db.prepare<[string], { id: string; name: string }>(`SELECT id, name FROM parties WHERE email = ? AND email <> ''`).get(email);
  if (other && other.id !== exceptId) {
    throw new AppError('CONFLICT', `${other.name} already has the address ${email}. Pick them from the search instead of creating a new party.`, [
      { path: 'email', message: 'Already used by another party' },
    ]);
  }
}

function indexParty(db: Db, id: string): void {
  const p = db.prepare<[string], { seq: number; name: string; email: string; organisation: string }>(
    'SELECT seq, name, email, organisation FROM parties WHERE id = ?',
  ).get(id)!;
  db.prepare('DELETE FROM party_search WHERE rowid = ?').run(p.seq);
  db.prepare('INSERT INTO party_search (rowid, name, email, organisation) VALUES (?, ?, ?, ?)').run(p.seq, p.name, p.email, p.organisation);
}

const snapshot = (p: Party) => ({ type: p.type, name: p.name, email: p.email, phone: p.phone, organisation: p.organisation, notes: p.notes });

/** Inserts a party; the caller holds the transaction. */
export function insertParty(ctx: CoreContext, input: NewParty, stamp: Stamp, isDemo = false): Party {
  const { actor, at } = stamp;
  requireUniqueEmail(ctx.db, input.email, null);
  const id = ctx.newId();
  ctx.db
    .prepare(
      `INSERT INTO parties (id, type, name, email, phone, organisation, notes, is_demo, version, created_at, created_by, updated_at, updated_by)
       VALUES (@id, @type, @name, @email, @phone, @organisation, @notes, @is_demo, 1, @at, @actor, @at, @actor)`,
    )
    .run({ ...input, id, is_demo: isDemo ? 1 : 0, at, actor });
  indexParty(ctx.db, id);
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
  return db.transaction(() => {
    const current = getPartyOrThrow(db, id);
    requireVersion(current, version, current.name);
    const next = { ...current, ...patch };
    const changes = diffFields(snapshot(current), snapshot(next));
    if (changes.length === 0) return current;
    if (patch.email !== undefined) requireUniqueEmail(db, next.email, id);
    const at = ctx.now();
    db.prepare(
      `UPDATE parties SET type = @type, name = @name, email = @email, phone = @phone, organisation = @organisation, notes = @notes,
         version = version + 1, updated_at = @at, updated_by = @actor WHERE id = @id AND version = @version`,
    ).run({ ...snapshot(next), id, version, at, actor });
    indexParty(db, id);
    if (changes.some((c) => ['name', 'email', 'organisation'].includes(c.field))) reindexIncidentsOfParty(db, id);
    appendAudit(ctx, actor, at, [
      { action: 'party.updated', entityType: 'party', entityId: id, incidentId: null, summary: `Changed ${changes.map((c) => c.field).join(', ')} of ${next.name}`, changes },
    ]);
    return getPartyOrThrow(db, id);
  }).immediate();
}

/**
 * Whether a search matches enough parties that walking the name index until a page is full beats
 * fetching every match and sorting it (measured at 388,000 parties: npm run bench). Matches that are
 * few, or a small share of all parties, may all sit late in name order, so they are fetched instead.
 */
function isDenseSearch(db: Db, fts: string): boolean {
  const { n: matches } = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM party_search WHERE party_search MATCH ?').get(fts)!;
  const { last } = db.prepare<[], { last: number | null }>('SELECT max(seq) AS last FROM parties').get()!;
  return matches > 2000 && matches * 64 > (last ?? 0);
}

/** Parties by name, email or organisation (every word, the last as a prefix), in name order. */
export function searchParties(ctx: CoreContext, text: string, cursor: string | null, limit: number) {
  const after = decodeCursor(cursor);
  const fts = toFtsQuery(text);
  const source = fts === null || isDenseSearch(ctx.db, fts) ? 'parties p INDEXED BY parties_by_name' : 'parties p';
  const rows = ctx.db
    .prepare<Record<string, unknown>, PartyRow>(
      `${PARTY_SELECT.replace('FROM parties p', `FROM ${source}`)} WHERE ${fts === null ? '1' : 'p.seq IN (SELECT rowid FROM party_search WHERE party_search MATCH @fts)'}
       ${after ? 'AND (p.name, p.seq) > (@afterName, @afterSeq)' : ''}
       ORDER BY p.name, p.seq LIMIT @limit`,
    )
    .all({ ...(fts === null ? {} : { fts }), ...(after ? { afterName: after.value, afterSeq: after.seq } : {}), limit: limit + 1 });
  return pageOf(rows, limit, (r) => ({ value: r.name, seq: r.seq }), toParty);
}
