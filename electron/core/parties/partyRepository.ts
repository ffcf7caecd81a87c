import type { Party } from '../../../shared/contract/parties';
import type { PartyType } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import type { Stamp } from '../actor';
import type { Keyset } from '../cursor';
import type { Db } from '../db/openDatabase';
import { writeVersioned, type Seen } from '../db/versioning';
import { PARTY_SELECT, toParty, type PartyRow } from './partyRow';

/**
 * The parties table and its search index (party_search). Every write to them is here; the callers hold the
 * transaction.
 */

export type PartyFields = { type: PartyType; name: string; email: string; phone: string; organisation: string; notes: string };

export function getPartyOrThrow(db: Db, id: string): Party {
  const row = db.prepare<[string], PartyRow>(`${PARTY_SELECT} WHERE p.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', 'That party does not exist (it may have been removed). Search for them again.');
  return toParty(row);
}

/** Reads parties by id through one prepared statement, for a page that names many. */
export function partyReader(db: Db): (id: string) => Party {
  const byId = db.prepare<[string], PartyRow>(`${PARTY_SELECT} WHERE p.id = ?`);
  return (id) => toParty(byId.get(id)!);
}

/** The party with this address (the unique, case-insensitive parties_by_email index), if any. */
export function findPartyByEmail(db: Db, email: string): { id: string; name: string } | undefined {
  return db.prepare<[string], { id: string; name: string }>(`SELECT id, name FROM parties WHERE email = ? AND email <> ''`).get(email);
}

function indexParty(db: Db, id: string): void {
  const p = db
    .prepare<[string], { seq: number; name: string; email: string; organisation: string }>('SELECT seq, name, email, organisation FROM parties WHERE id = ?')
    .get(id)!;
  db.prepare('DELETE FROM party_search WHERE rowid = ?').run(p.seq);
  db.prepare('INSERT INTO party_search (rowid, name, email, organisation) VALUES (?, ?, ?, ?)').run(p.seq, p.name, p.email, p.organisation);
}

/** Inserts a new party at version 1, indexed for search. */
export function insertPartyRow(db: Db, id: string, fields: PartyFields, isDemo: boolean, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO parties (id, type, name, email, phone, organisation, notes, is_demo, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @type, @name, @email, @phone, @organisation, @notes, @is_demo, 1, @at, @actor, @at, @actor)`,
  ).run({ ...fields, id, is_demo: isDemo ? 1 : 0, at: stamp.at, actor: stamp.actor });
  indexParty(db, id);
}

/** Writes a party's fields from the version the officer saw (see writeVersioned), and re-indexes it. */
export function writeParty(db: Db, id: string, fields: PartyFields, stamp: Stamp, seen: Seen): void {
  writeVersioned(db, 'parties', id, fields, stamp, seen);
  indexParty(db, id);
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

/** A page of parties matching an FTS5 query (or all of them), in name order after the cursor, with one row more than asked for. */
export function partiesByName(db: Db, fts: string | null, after: Keyset | null, limit: number): PartyRow[] {
  const source = fts === null || isDenseSearch(db, fts) ? 'parties p INDEXED BY parties_by_name' : 'parties p';
  return db
    .prepare<Record<string, unknown>, PartyRow>(
      `${PARTY_SELECT.replace('FROM parties p', `FROM ${source}`)} WHERE ${fts === null ? '1' : 'p.seq IN (SELECT rowid FROM party_search WHERE party_search MATCH @fts)'}
       ${after ? 'AND (p.name, p.seq) > (@afterName, @afterSeq)' : ''}
       ORDER BY p.name, p.seq LIMIT @limit`,
    )
    .all({ ...(fts === null ? {} : { fts }), ...(after ? { afterName: after.value, afterSeq: after.seq } : {}), limit: limit + 1 });
}

/**
 * Finds parties by address and adds people known only by an address, through statements prepared once
 * for an import that meets thousands.
 */
export function prepareAddressParties(db: Db, stamp: Stamp) {
  const find = db.prepare<[string], { id: string }>(`SELECT id FROM parties WHERE email = ? AND email <> ''`);
  // run() and lastInsertRowid rather than RETURNING, which measured ~0.35 s slower over the 13,000 parties of a
  // 117,000-line gateway log (npm run bench).
  const insert = db.prepare<{ id: string; name: string; email: string; at: number; actor: string }>(
    `INSERT INTO parties (id, type, name, email, phone, organisation, notes, is_demo, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, 'person', @name, @email, '', '', '', 0, 1, @at, @actor, @at, @actor)`,
  );
  const index = db.prepare(`INSERT INTO party_search (rowid, name, email, organisation) VALUES (?, ?, ?, '')`);
  return {
    find: (address: string): string | undefined => find.get(address)?.id,
    /** Adds a person with this name and address, indexed for search. */
    add(id: string, name: string, address: string): void {
      const { lastInsertRowid } = insert.run({ id, name, email: address, at: stamp.at, actor: stamp.actor });
      index.run(lastInsertRowid, name, address);
    },
  };
}

/**
 * The parties holding any of these addresses, found in one statement through the unique, case-insensitive
 * parties_by_email index: address in lower case → party id.
 */
export function partiesByEmail(db: Db, addresses: readonly string[]): Map<string, string> {
  const rows = db
    .prepare<[string], { id: string; email: string }>(
      `SELECT id, email FROM parties INDEXED BY parties_by_email WHERE email IN (SELECT value FROM json_each(?)) AND email <> ''`,
    )
    .all(JSON.stringify(addresses));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

/** Deletes the demo parties no incident uses any more (with their index rows); returns how many. */
export function deleteUnusedDemoParties(db: Db): number {
  const unused = `is_demo = 1 AND NOT EXISTS (SELECT 1 FROM involvements v WHERE v.party_id = parties.id)`;
  const drop = db.prepare('DELETE FROM party_search WHERE rowid = ?');
  for (const { seq } of db.prepare<[], { seq: number }>(`SELECT seq FROM parties WHERE ${unused}`).all()) drop.run(seq);
  return db.prepare(`DELETE FROM parties WHERE ${unused}`).run().changes;
}

/** A party as an import of people compares it: by email, then by name and phone. */
export type PartyContact = { id: string; name: string; email: string; phone: string };

/** Finds parties by email (the unique, case-insensitive parties_by_email index) and by name (parties_by_name, case-insensitive). */
export function preparePartyLookups(db: Db) {
  const byEmail = db.prepare<[string], PartyContact>(`SELECT id, name, email, phone FROM parties WHERE email = ? AND email <> ''`);
  const byName = db.prepare<[string], PartyContact>('SELECT id, name, email, phone FROM parties WHERE name = ? ORDER BY seq');
  return {
    byEmail: (email: string): PartyContact | undefined => byEmail.get(email),
    byName: (name: string): PartyContact[] => byName.all(name),
  };
}

/** Adds people with their contact details, indexed for search, through statements prepared once for an import of thousands. */
export function preparePersonInsert(db: Db, stamp: Stamp) {
  const insert = db.prepare<Record<string, unknown>>(
    `INSERT INTO parties (id, type, name, email, phone, organisation, notes, is_demo, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, 'person', @name, @email, @phone, @organisation, '', 0, 1, @at, @actor, @at, @actor)`,
  );
  const index = db.prepare('INSERT INTO party_search (rowid, name, email, organisation) VALUES (?, ?, ?, ?)');
  return (id: string, person: { name: string; email: string; phone: string; organisation: string }): void => {
    const { lastInsertRowid } = insert.run({ ...person, id, at: stamp.at, actor: stamp.actor });
    index.run(lastInsertRowid, person.name, person.email, person.organisation);
  };
}
