import type { DataCategory, PartyRole } from '../../../shared/domain/vocabulary';
import type { Stamp } from '../actor';
import type { CoreContext } from '../context';
import { prepareLinkWrites } from './involvementRepository';
import { prepareAddressParties } from './partyRepository';

/** Longest party name the register keeps (display names in headers can run on). */
const NAME_MAX = 300;

export type RecipientLinker = {
  /** The party with this address (the unique, case-insensitive parties_by_email index), created if there is none. */
  party(address: string, name: string): { partyId: string; created: boolean };
  /** Links the party to the incident with these roles, adding them to a link that already exists. */
  link(incidentId: string, partyId: string, roles: Iterable<PartyRole>, dataCategories?: Iterable<DataCategory>): void;
};

/**
 * People named by an address in an imported email or gateway log, in bulk: parties found by address or
 * created (and indexed for search), links made or given the extra roles rather than refused. A link that
 * changes moves its version, so an officer's open copy is seen as stale. No audit entries: an import writes
 * its own one entry. The caller holds the transaction; the statements are prepared once per import.
 */
export function createRecipientLinker(ctx: CoreContext, stamp: Stamp): RecipientLinker {
  const parties = prepareAddressParties(ctx.db, stamp);
  const link = prepareLinkWrites(ctx.db, stamp);
  return {
    party(address, name) {
      const found = parties.find(address);
      if (found !== undefined) return { partyId: found, created: false };
      const partyId = ctx.newId();
      parties.add(partyId, (name || address).slice(0, NAME_MAX), address);
      return { partyId, created: true };
    },
    link(incidentId, partyId, roles, dataCategories = []) {
      link(incidentId, partyId, roles, dataCategories);
    },
  };
}
