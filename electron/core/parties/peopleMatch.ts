import type { PeopleRow } from '../../../shared/contract/peopleImport';
import type { Db } from '../db/openDatabase';
import { linkedPartyIds } from './involvementRepository';
import { preparePartyLookups } from './partyRepository';
import { phoneKey, type CheckedRow } from './peopleRows';

export type PartyMatch = NonNullable<PeopleRow['match']>;

/**
 * The party already on the register that each row is: the one with its email, or else the only one with
 * its name and phone. A matched party's record is kept as it is; where the row says otherwise, the note
 * says so. Rows with problems and repeats of earlier rows are not matched.
 */
export function matchPeople(db: Db, incidentId: string, rows: readonly CheckedRow[]): Map<number, PartyMatch> {
  const parties = preparePartyLookups(db);
  const linked = linkedPartyIds(db, incidentId);
  const matches = new Map<number, PartyMatch>();
  for (const row of rows) {
    if (row.problems.length > 0 || row.duplicateOf !== null) continue;
    const byEmail = row.email ? parties.byEmail(row.email) : undefined;
    if (byEmail) {
      const note = byEmail.name.toLowerCase() === row.name.toLowerCase() ? null : `On the register as ${byEmail.name}, with this email; their record is kept as it is`;
      matches.set(row.row, { partyId: byEmail.id, name: byEmail.name, by: 'email', alreadyLinked: linked.has(byEmail.id), note });
      continue;
    }
    const phone = phoneKey(row.phone);
    if (phone === '') continue;
    const same = parties.byName(row.name).filter((p) => phoneKey(p.phone) === phone);
    if (same.length !== 1) continue;
    const party = same[0]!;
    const note =
      row.email === ''
        ? null
        : party.email === ''
          ? 'The register has no email for them; the one in this row is not added to their record'
          : `Their email on the register is ${party.email}; it is kept`;
    matches.set(row.row, { partyId: party.id, name: party.name, by: 'namePhone', alreadyLinked: linked.has(party.id), note });
  }
  return matches;
}
