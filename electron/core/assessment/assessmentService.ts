import { z } from 'zod';
import type { Assessment, NewAssessmentSchema } from '../../../shared/contract/assessments';
import { assessSeverity, DPC_FACTORS, formatSeverityScore, SEVERITY_BAND_LABELS } from '../../../shared/domain/severity';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { getIncidentOrThrow, writeSeverity } from '../incidents/incidentRepository';
import { flagAfterReassessment } from '../incidents/decisionReview';
import { requireOpen } from '../incidents/incidentRules';
import { inVocabularyOrder } from '../incidents/incidentRow';
import { assessmentsOf, insertAssessmentRow, latestAssessment } from './assessmentRepository';

export type NewAssessment = z.output<typeof NewAssessmentSchema>;

/** What an assessment's audit entry records: every input the officer chose and what the method made of it. */
function auditFields(a: Assessment): Record<string, unknown> {
  return {
    number: a.number,
    dpcCategory: a.severity.dpcCategory,
    dpcAdjustment: a.severity.dpcAdjustment,
    dpcFactors: a.severity.dpcFactors,
    ease: a.severity.ease,
    confidentiality: a.severity.confidentiality,
    integrity: a.severity.integrity,
    availability: a.severity.availability,
    maliciousIntent: a.severity.maliciousIntent,
    peopleAffected: a.peopleAffected,
    recordsAffected: a.recordsAffected,
    unintelligible: a.unintelligible,
    notes: a.notes,
    dpc: a.dpc,
    ei: a.ei,
    cb: a.cb,
    score: a.score,
    band: a.band,
  };
}

/**
 * Records a severity assessment of an open incident; the caller holds the transaction. The score and band
 * are computed here with the ENISA method (never taken from the caller), the assessment is numbered after
 * the incident's previous ones (which are kept), and the incident carries the latest band and score so the
 * register shows them. Used by the service and the demo loader.
 */
export function insertAssessment(ctx: CoreContext, input: NewAssessment, stamp: Stamp): Assessment {
  const { db } = ctx;
  const incident = getIncidentOrThrow(db, input.incidentId);
  requireOpen(incident);
  const severity = { ...input.severity, dpcFactors: inVocabularyOrder(DPC_FACTORS, input.severity.dpcFactors) };
  const result = assessSeverity(severity);
  const previous = latestAssessment(db, incident.id);
  const number = (previous?.number ?? 0) + 1;
  const id = ctx.newId();
  insertAssessmentRow(
    db,
    {
      id,
      incidentId: incident.id,
      number,
      severity,
      ...result,
      peopleAffected: input.peopleAffected,
      recordsAffected: input.recordsAffected,
      unintelligible: input.unintelligible,
      notes: input.notes,
    },
    stamp,
  );
  writeSeverity(db, incident.id, result.band, result.score);
  const review = flagAfterReassessment(ctx, incident, previous?.band ?? null, result.band);
  const assessment = latestAssessment(db, incident.id)!;
  const before = previous ? auditFields(previous) : {};
  const after = auditFields(assessment);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'assessment.added',
      entityType: 'assessment',
      entityId: id,
      incidentId: incident.id,
      summary: `Assessed severity (assessment ${number}): ${SEVERITY_BAND_LABELS[result.band]}, SE ${formatSeverityScore(result.score)}${review.length > 0 ? '; the recorded decisions are flagged for review' : ''}`,
      // Every input and result, beside the previous assessment's, so the entry stands on its own.
      changes: [...Object.keys(after).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })), ...review],
    },
  ]);
  return assessment;
}

export function addAssessment(ctx: CoreContext, input: NewAssessment): Assessment {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => insertAssessment(ctx, input, stamp)).immediate();
}

/** Every assessment of an incident, newest first, each with the recommendation it leads to. */
export function listAssessments(ctx: CoreContext, incidentId: string): { items: Assessment[] } {
  getIncidentOrThrow(ctx.db, incidentId);
  return { items: assessmentsOf(ctx.db, incidentId) };
}
