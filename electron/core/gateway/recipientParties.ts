import type { Stamp } from '../actor';
import type { CoreContext } from '../context';
import { prepareMessageInsert } from '../email/emailRepository';
import { createRecipientLinker } from '../parties/recipientLinker';
import type { KeptMessage } from './messageSet';

export type LinkGroup = { incidentId: string; messages: KeptMessage[] };

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
  const linker = createRecipientLinker(ctx, stamp);
  const insertMessage = prepareMessageInsert(ctx.db);

  // One party per distinct address across the whole import.
  const partyOf = new Map<string, string>();
  let partiesCreated = 0;
  function party(address: string): string {
    let id = partyOf.get(address);
    if (id) return id;
    const found = linker.party(address, address);
    if (found.created) partiesCreated += 1;
    id = found.partyId;
    partyOf.set(address, id);
    return id;
  }

  let count = 0;
  for (const group of groups) {
    const linked = new Set<string>();
    for (const m of group.messages) {
      if (++count % PROGRESS_EVERY === 0) written(count);
      const partyId = party(m.recipient);
      if (!linked.has(partyId)) {
        linker.link(group.incidentId, partyId, ['unintended_recipient']);
        linked.add(partyId);
      }
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
  return { partiesCreated, partiesLinked: partyOf.size };
}
