import { suggestAssessment, type AssessmentSuggestion } from '../../../shared/domain/assessmentSuggestion';
import type { CoreContext } from '../context';
import { getIncidentOrThrow } from '../incidents/incidentRepository';

/** The facts the suggestion rests on, read from the register; the rule itself is shared/domain/assessmentSuggestion.ts. */
export function suggestionFor(ctx: CoreContext, incidentId: string): AssessmentSuggestion | null {
  const incident = getIncidentOrThrow(ctx.db, incidentId);
  const email = ctx.db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM evidence WHERE incident_id = ? AND source = 'email'`).get(incident.id)!;
  return suggestAssessment({ kind: incident.kind, fromImportedEmail: email.n > 0, linkedSubjects: incident.affectedCount });
}
