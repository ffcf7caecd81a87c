import type { incidentContract } from '../../../shared/contract/incidents';
import { incidentHistory } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import type { HandlersOf } from '../operations';
import { listIncidents } from './incidentList';
import { confirmDecisions } from './decisionReview';
import { createIncident, statusHistory, transitionIncident, updateIncident } from './incidentService';
import { getIncidentOrThrow } from './incidentRepository';
import { relatedIncidents } from './relatedIncidents';

export function incidentOperations(ctx: CoreContext): HandlersOf<keyof typeof incidentContract> {
  return {
    'incidents:list': (i) => listIncidents(ctx, i),
    'incidents:get': (i) => ({ incident: getIncidentOrThrow(ctx.db, i.id), statusHistory: statusHistory(ctx, i.id) }),
    'incidents:create': (i) => createIncident(ctx, i),
    'incidents:update': (i) => updateIncident(ctx, i.id, i.version, i.patch),
    'incidents:transition': (i) => transitionIncident(ctx, i),
    'incidents:confirmDecisions': (i) => confirmDecisions(ctx, i),
    'incidents:history': (i) => {
      getIncidentOrThrow(ctx.db, i.id);
      const rows = incidentHistory(ctx.db, i.id, decodeCursor(i.cursor)?.seq ?? null, i.limit + 1);
      return pageOf(
        rows,
        i.limit,
        (e) => ({ value: e.seq, seq: e.seq }),
        (e) => e,
      );
    },
    'incidents:related': (i) => relatedIncidents(ctx, i),
  };
}
