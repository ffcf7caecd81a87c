import type { EmailRecipient } from '../../../shared/contract/emails';
import { domainOfAddress } from '../../../shared/domain/lookalike';
import type { DataCategory, PartyRole } from '../../../shared/domain/vocabulary';
import type { Stamp } from '../actor';
import type { CoreContext } from '../context';
import { createRecipientLinker } from '../parties/recipientLinker';
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
 * Links the sender and every recipient to the incident (parties found by address or created; roles added
 * to a link that already exists). The caller holds the transaction and writes the one audit entry.
 */
export function linkEmailParties(
  ctx: CoreContext,
  incidentId: string,
  sender: { address: string; name: string } | null,
  recipients: EmailRecipient[],
  kind: EmailKind,
  stamp: Stamp,
): LinkedRecipient[] {
  const linker = createRecipientLinker(ctx, stamp);
  return plannedLinks(sender, recipients, kind).map((link) => {
    const { partyId, created } = linker.party(link.address, link.name);
    linker.link(incidentId, partyId, link.roles, link.dataCategories);
    return { partyId, address: link.address, roles: [...link.roles], created };
  });
}
