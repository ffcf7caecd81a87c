import type { Stamp } from '../actor';
import type { CoreContext } from '../context';
import type { KeptMessage } from './messageSet';

export type LinkGroup = { incidentId: string; messages: KeptMessage[] };

/**
 * Stores the kept messages and turns their recipients into parties, in the caller's transaction: one
 * party per address across the whole import (an existing party with the address is reused), linked to
 * each incident once as an unintended recipient. A party already linked to the officer's incident
 * gains the role instead of a second link.
 */
export function linkRecipients(ctx: CoreContext, importId: string, groups: LinkGroup[], stamp: Stamp): { partiesCreated: number; partiesLinked: number } {
  const { db } = ctx;
  const { actor, at } = stamp;
  const findParty = db.prepare<[string], { id: string }>(`SELECT id FROM parties WHERE email = ? AND email <> ''`);
  const insertParty = db.prepare(
    `INSERT INTO parties (id, type, name, email, phone, organisation, notes, is_demo, version, created_at, created_by, updated_at, updated_by)
     VALUES (?, 'person', ?, ?, '', '', '', 0, 1, ?, ?, ?, ?)`,
  );
  const indexParty = db.prepare(`INSERT INTO party_search (rowid, name, email, organisation) VALUES (?, ?, ?, '')`);
  const insertLink = db.prepare(
    `INSERT INTO involvements (incident_id, party_id, notification_status, notified_at, notification_method, version, created_at, updated_at, updated_by)
     VALUES (?, ?, 'undecided', NULL, NULL, 1, ?, ?, ?) ON CONFLICT (incident_id, party_id) DO NOTHING`,
  );
  const existingLink = db.prepare<[string, string], { seq: number }>('SELECT seq FROM involvements WHERE incident_id = ? AND party_id = ?');
  const addRole = db.prepare(`INSERT INTO involvement_roles (involvement_seq, role) VALUES (?, 'unintended_recipient') ON CONFLICT DO NOTHING`);
  const touchLink = db.prepare('UPDATE involvements SET version = version + 1, updated_at = ?, updated_by = ? WHERE seq = ?');
  const insertMessage = db.prepare(
    `INSERT INTO email_messages (incident_id, import_id, sent_at, sender, recipient, recipient_domain, recipient_field, domain_class,
       lookalike_of, typo_class, subject, message_id, party_id)
     VALUES (?, ?, ?, ?, ?, ?, 'unknown', 'lookalike', ?, ?, ?, ?, ?)`,
  );

  const partyOf = new Map<string, string>();
  let partiesCreated = 0;
  function party(address: string): string {
    let id = partyOf.get(address);
    if (id) return id;
    id = findParty.get(address)?.id;
    if (!id) {
      id = ctx.newId();
      const { lastInsertRowid } = insertParty.run(id, address, address, at, actor, at, actor);
      indexParty.run(lastInsertRowid, address, address);
      partiesCreated += 1;
    }
    partyOf.set(address, id);
    return id;
  }

  function link(incidentId: string, partyId: string): void {
    const { changes, lastInsertRowid } = insertLink.run(incidentId, partyId, at, at, actor);
    if (changes === 1) {
      addRole.run(lastInsertRowid);
      return;
    }
    const { seq } = existingLink.get(incidentId, partyId)!;
    if (addRole.run(seq).changes === 1) touchLink.run(at, actor, seq);
  }

  for (const group of groups) {
    const linked = new Set<string>();
    for (const m of group.messages) {
      const partyId = party(m.recipient);
      if (!linked.has(partyId)) {
        link(group.incidentId, partyId);
        linked.add(partyId);
      }
      const c = m.classification;
      insertMessage.run(group.incidentId, importId, m.sentAt, m.sender, m.recipient, c.domain, c.lookalikeOf, c.typoClass, m.subject, m.messageId, partyId);
    }
  }
  return { partiesCreated, partiesLinked: partyOf.size };
}
