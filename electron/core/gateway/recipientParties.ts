import type { Stamp } from '../actor';
import type { CoreContext } from '../context';
import { prepareMessageInsert } from '../email/emailRepository';
import { prepareIncidentLinks } from '../parties/involvementRepository';
import { partiesByEmail, prepareAddressParties } from '../parties/partyRepository';
import type { KeptMessage } from './messageSet';

export type LinkGroup = { incidentId: string; messages: KeptMessage[] };

const UNINTENDED = ['unintended_recipient'] as const;
/** Longest party name the register keeps, as the recipient linker's. */
const NAME_MAX = 300;
/** How often (in messages) the write says it is still going, so a long transaction still sends progress. */
const PROGRESS_EVERY = 2_000;

/**
 * Stores the kept messages and turns their recipients into parties, in the caller's transaction: one
 * party per address across the whole import (an existing party with the address is reused), linked to
 * each incident once as an unintended recipient. A party already linked to the officer's incident
 * gains the role instead of a second link. `written` is told how many messages are stored, every few thousand.
 */
export function linkRecipients(
  ctx: CoreContext,
  importId: string,
  groups: LinkGroup[],
  stamp: Stamp,
  written: (messages: number) => void = () => {},
): { partiesCreated: number; partiesLinked: number } {
  const parties = prepareAddressParties(ctx.db, stamp);
  const linksOf = prepareIncidentLinks(ctx.db, stamp);
  const insertMessage = prepareMessageInsert(ctx.db);

  // One party per distinct address across the whole import; those already in the register found in one pass.
  const partyOf = partiesByEmail(ctx.db, [...new Set(groups.flatMap((g) => g.messages.map((m) => m.recipient)))]);
  const used = new Set<string>();
  let partiesCreated = 0;
  function party(address: string): string {
    let id = partyOf.get(address);
    if (id === undefined) {
      id = ctx.newId();
      parties.add(id, address.slice(0, NAME_MAX), address);
      partiesCreated += 1;
      partyOf.set(address, id);
    }
    used.add(id);
    return id;
  }

  const incidentLinks = new Map<string, ReturnType<typeof linksOf>>();
  let count = 0;
  for (const group of groups) {
    let link = incidentLinks.get(group.incidentId);
    if (!link) incidentLinks.set(group.incidentId, (link = linksOf(group.incidentId)));
    for (const m of group.messages) {
      if (++count % PROGRESS_EVERY === 0) written(count);
      const partyId = party(m.recipient);
      link(partyId, UNINTENDED);
      const c = m.classification;
      insertMessage({
        incidentId: group.incidentId,
        evidenceId: null,
        importId,
        sentAt: m.sentAt,
        sender: m.sender,
        recipient: m.recipient,
        domain: c.domain,
        field: 'unknown',
        domainClass: 'lookalike',
        lookalikeOf: c.lookalikeOf,
        typoClass: c.typoClass,
        domainReason: c.reason,
        subject: m.subject,
        messageId: m.messageId,
        partyId,
      });
    }
  }
  return { partiesCreated, partiesLinked: used.size };
}
