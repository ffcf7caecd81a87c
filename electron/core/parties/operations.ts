import type { involvementContract, partyContract } from '../../../shared/contract/parties';
import type { peopleImportContract } from '../../../shared/contract/peopleImport';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { incidentsOfParty, linkParty, listInvolvements, unlinkParty, updateInvolvement } from './involvementService';
import { getPartyOrThrow } from './partyRepository';
import { createParty, searchParties, updateParty } from './partyService';
import { importPeople, previewPeopleImport } from './peopleImportService';

export function partyOperations(ctx: CoreContext): HandlersOf<keyof typeof partyContract> {
  return {
    'parties:search': (i) => searchParties(ctx, i.text, i.cursor, i.limit),
    'parties:get': (i) => getPartyOrThrow(ctx.db, i.id),
    'parties:create': (i) => createParty(ctx, i),
    'parties:update': (i) => updateParty(ctx, i.id, i.version, i.patch),
    'parties:incidents': (i) => incidentsOfParty(ctx, i.partyId, i.cursor, i.limit),
  };
}

export function involvementOperations(ctx: CoreContext): HandlersOf<keyof typeof involvementContract> {
  return {
    'involvements:list': (i) => listInvolvements(ctx, i.incidentId, i.cursor, i.limit),
    'involvements:link': (i) => linkParty(ctx, i.incidentId, i.party, i.involvement),
    'involvements:update': (i) => updateInvolvement(ctx, i.incidentId, i.partyId, i.version, i.involvement),
    'involvements:unlink': (i) => unlinkParty(ctx, i.incidentId, i.partyId, i.version),
  };
}

export function peopleImportOperations(ctx: CoreContext): HandlersOf<keyof typeof peopleImportContract> {
  return {
    'parties:importPreview': (i) => previewPeopleImport(ctx, i),
    'parties:import': (i) => importPeople(ctx, i),
  };
}
