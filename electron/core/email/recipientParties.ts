import type { EmailRecipient } from '../../../shared/domain/emailSchemas';
import { domainOfAddress } from '../../../shared/domain/lookalike';
import type { DataCategory, PartyRole } from '../../../shared/domain/vocabulary';
import type { Stamp } from '../actor';
import type { CoreContext } from '../context';
import type { EmailKind } from './emailChecks';

type Link = { address: string; name: string; roles: Set<PartyRole>; dataCategories: Set<DataCategory> };
export type LinkedRecipient = { partyId: string; address: string; roles: PartyRole[]; created: boolean };

/**
 * What each person on the message was in this breach. In a CC exposure everyone whose address the others
 * saw is a data subject (their contact details were disclosed) and also received the others' addresses;
 * in a misdirected email those outside the department received data meant for someone else.
 */
function involvementOf(r: EmailRecipient, kind: EmailKind): Pick<Link, 'roles' | 'dataCategories'> {
  const outside = r.classification.domainClass !== 'internal';
  if (kind === 'cc_exposure' && r.exposed) return { roles: new Set(['data_subject', 'unintended_recipient']), dataCategories: new Set(['basic_identifiers']) };
  const unintended = kind === 'cc_exposure' ? outside : r.classification.domainClass === 'lookalike' || r.classification.domainClass === 'external';
  return { roles: new Set([unintended ? 'unintended_recipient' : 'other']), dataCategories: new Set() };
}

/** One link per address: a sender who also copied themselves, or an address in To and Bcc, is one party. */
function plannedLinks(sender: { address: string; name: string } | null, recipients: EmailRecipient[], kind: EmailKind): Link[] {
  const links = new Map<string, Link>();
  const add = (address: string, name: string, roles: Set<PartyRole>, dataCategories: Set<DataCategory>) => {
    // An address without a valid domain cannot identify a party; it stays in the preview and the messages.
    if (domainOfAddress(address) === null) return;
    const key = address.toLowerCase();
    const link = links.get(key) ?? { address, name, roles: new Set(), dataCategories: new Set() };
    for (const r of roles) link.roles.add(r);
    for (const c of dataCategories) link.dataCategories.add(c);
    links.set(key, link);
  };
  if (sender) add(sender.address, sender.name, new Set(['sender']), new Set());
  for (const r of recipients) {
    const { roles, dataCategories } = involvementOf(r, kind);
    add(r.address, r.name, roles, dataCategories);
  }
  return [...links.values()];
}

/**
 * Links the sender and every recipient to the incident, finding each party by address (the unique,
 * case-insensitive parties_by_email index) or creating it, and adding roles to a link that already
 * exists rather than failing. The caller holds the transaction and writes the one audit entry.
 */
export function linkEmailParties(
  ctx: CoreContext,
  incidentId: string,
  sender: { address: string; name: string } | null,
  recipients: EmailRecipient[],
  kind: EmailKind,
  stamp: Stamp,
): LinkedRecipient[] {
  const { db } = ctx;
  const { actor, at } = stamp;
  const findParty = db.prepare<[string], { id: string }>(`SELECT id FROM parties WHERE email = ? AND email <> ''`);
  const insertParty = db.prepare(
    `INSERT INTO parties (id, type, name, email, phone, organisation, notes, is_demo, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, 'person', @name, @email, '', '', '', 0, 1, @at, @actor, @at, @actor) RETURNING seq`,
  );
  const indexParty = db.prepare(`INSERT INTO party_search (rowid, name, email, organisation) VALUES (?, ?, ?, '')`);
  const findLink = db.prepare<[string, string], { seq: number }>('SELECT seq FROM involvements WHERE incident_id = ? AND party_id = ?');
  const insertLink = db.prepare(
    `INSERT INTO involvements (incident_id, party_id, notification_status, notified_at, notification_method, version, created_at, updated_at, updated_by)
     VALUES (?, ?, 'undecided', NULL, NULL, 1, ?, ?, ?) RETURNING seq`,
  );
  const addRole = db.prepare('INSERT OR IGNORE INTO involvement_roles (involvement_seq, role) VALUES (?, ?)');
  const addCategory = db.prepare('INSERT OR IGNORE INTO involvement_data_categories (involvement_seq, category) VALUES (?, ?)');
  const touchLink = db.prepare('UPDATE involvements SET version = version + 1, updated_at = ?, updated_by = ? WHERE seq = ?');

  return plannedLinks(sender, recipients, kind).map((link) => {
    let partyId = findParty.get(link.address)?.id;
    const created = partyId === undefined;
    if (partyId === undefined) {
      partyId = ctx.newId();
      const name = (link.name || link.address).slice(0, 300);
      const { seq } = insertParty.get({ id: partyId, name, email: link.address, at, actor }) as { seq: number };
      indexParty.run(seq, name, link.address);
    }
    const existing = findLink.get(incidentId, partyId);
    const seq = existing?.seq ?? (insertLink.get(incidentId, partyId, at, at, actor) as { seq: number }).seq;
    let added = 0;
    for (const role of link.roles) added += addRole.run(seq, role).changes;
    for (const category of link.dataCategories) added += addCategory.run(seq, category).changes;
    // A link the officer may have open elsewhere changed: its version moves so their copy is seen as stale.
    if (existing && added > 0) touchLink.run(at, actor, seq);
    return { partyId, address: link.address, roles: [...link.roles], created };
  });
}
