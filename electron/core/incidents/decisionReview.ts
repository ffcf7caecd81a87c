import { decisionIssues } from '../../../shared/domain/decisionRules';
import type { FieldChange } from '../../../shared/contract/audit';
import type { Incident } from '../../../shared/contract/incidents';
import { SEVERITY_BAND_LABELS, type SeverityBand } from '../../../shared/domain/severity';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { requireCurrentVersion } from '../db/versioning';
import { flagDecisionsForReview, getIncidentOrThrow, latestRecommendation, writeDecisionsConfirmed } from './incidentRepository';
import { assessmentIssues, refuseIssues, requireOpen } from './incidentRules';

/**
 * A decision follows its assessment: when a re-assessment moves the incident into another
 * severity band while a regulator or data-subject decision is recorded, the decisions are flagged for
 * review. The flag stays until the officer confirms the decisions (`confirmDecisions`) or changes one
 * (incidents:update), and closing as a breach waits for it.
 */

/**
 * Raises the flag after a re-assessment from `previousBand` to `band`; the caller holds the transaction
 * and records the returned change in its audit entry. A first assessment raises nothing: it is not a
 * change of band.
 */
export function flagAfterReassessment(ctx: CoreContext, incident: Incident, previousBand: SeverityBand | null, band: SeverityBand): FieldChange[] {
  const decided = incident.regulatorNotify !== null || incident.subjectsNotify !== null;
  if (previousBand === null || previousBand === band || !decided || incident.decisionsNeedReview) return [];
  flagDecisionsForReview(ctx.db, incident.id);
  return [{ field: 'decisionsNeedReview', before: false, after: true }];
}

/**
 * The officer confirms the recorded decisions after a re-assessment; the caller holds the transaction.
 * Confirming is deciding again against the latest assessment, so the decision rules apply to the whole
 * decision (a decision against the new recommendation needs its rationale): change the decision instead
 * when they refuse. Decisions not awaiting review are left as they are.
 */
export function applyConfirmDecisions(ctx: CoreContext, input: { id: string; version: number }, stamp: Stamp): Incident {
  const { db } = ctx;
  const current = getIncidentOrThrow(db, input.id);
  const seen = { version: input.version, what: current.reference };
  requireCurrentVersion(db, 'incidents', current.id, seen);
  requireOpen(current);
  if (!current.decisionsNeedReview) return current;
  refuseIssues(
    [...assessmentIssues(current, () => true, latestRecommendation(db, current.id), ''), ...decisionIssues(current)],
    'Change the decision (with its reasons) instead of confirming it.',
  );
  writeDecisionsConfirmed(db, current.id, stamp, seen);
  const band = current.severityBand ? `${SEVERITY_BAND_LABELS[current.severityBand]} severity` : 'the latest assessment';
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'incident.decisions_confirmed',
      entityType: 'incident',
      entityId: current.id,
      incidentId: current.id,
      summary: `Confirmed the regulator and data-subject decisions after the re-assessment (${band})`,
      changes: [{ field: 'decisionsNeedReview', before: true, after: false }],
    },
  ]);
  return getIncidentOrThrow(db, current.id);
}

export function confirmDecisions(ctx: CoreContext, input: { id: string; version: number }): Incident {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => applyConfirmDecisions(ctx, input, stamp)).immediate();
}
