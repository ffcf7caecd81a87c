import type { Assessment } from '../../../../shared/contract/assessments';
import type { IncidentPatch } from '../../../../shared/contract/incidents';
import type { IncidentRecord } from '../../lib/contractTypes';

/** The two reasons the officer reads, and may edit, before accepting. */
export type AcceptedReasons = { regulatorRationale: string; subjectsRationale: string };

/** The recommendation's reasons as the rationale of each decision, word for word. */
export function recommendedReasons(a: Assessment): AcceptedReasons {
  return { regulatorRationale: a.recommendation.regulatorReason, subjectsRationale: a.recommendation.subjectsReason };
}

/**
 * The decisions the latest assessment recommends, with the officer's (checked) reasons: the patch that
 * records them. Not telling the people takes the recommendation's Art. 34(3) ground, or "no high risk",
 * as the Decisions tab suggests; the core's decision rules judge the result like any other edit.
 */
export function acceptedDecisions(a: Assessment, reasons: AcceptedReasons): IncidentPatch {
  const { notifyRegulator, notifySubjects, suggestedExemption } = a.recommendation;
  return {
    regulatorNotify: notifyRegulator,
    regulatorRationale: reasons.regulatorRationale.trim(),
    subjectsNotify: notifySubjects,
    subjectsRationale: reasons.subjectsRationale.trim(),
    subjectsExemption: notifySubjects ? null : (suggestedExemption ?? 'not_high_risk'),
  };
}

/** Offered while a decision is still open, or flagged for review after a re-assessment. */
export function isAcceptOffered(i: Pick<IncidentRecord, 'status' | 'regulatorNotify' | 'subjectsNotify' | 'decisionsNeedReview'>, latest: Assessment | null): boolean {
  if (latest === null || i.status === 'closed') return false;
  return i.regulatorNotify === null || i.subjectsNotify === null || i.decisionsNeedReview;
}
