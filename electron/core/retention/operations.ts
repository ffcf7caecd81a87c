import type { retentionContract } from '../../../shared/contract/retention';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { dueIncidents } from './dueIncidents';
import { confirmErasure, listProposals, previewScope, proposeErasure, withdrawProposal } from './erasureService';
import { listHolds, placeHold, releaseHold } from './holds';
import { readSchedule, setSchedule } from './scheduleService';
import { subjectAccessExport } from './subjectAccess';

export function retentionOperations(ctx: CoreContext): HandlersOf<keyof typeof retentionContract> {
  return {
    'retention:getSchedule': () => readSchedule(ctx.db),
    'retention:setSchedule': (i) => setSchedule(ctx, i.periods),
    'retention:due': () => dueIncidents(ctx),
    'retention:holds': () => listHolds(ctx.db),
    'retention:hold': (i) => placeHold(ctx, i.subject, i.reason),
    'retention:release': (i) => releaseHold(ctx, i.holdId),
    'erasures:preview': (i) => previewScope(ctx, i.scope),
    'erasures:propose': (i) => proposeErasure(ctx, i.scope, i.evidence),
    'erasures:list': () => listProposals(ctx),
    'erasures:withdraw': (i) => withdrawProposal(ctx, i.id),
    'erasures:confirm': (i) => confirmErasure(ctx, i.id),
    'subjectAccess:export': (i) => subjectAccessExport(ctx, i.partyId),
  };
}
