import type { Incident } from '../../../shared/contract/incidents';
import { SEVERITY_BAND_LABELS } from '../../../shared/domain/severity';
import type { FieldIssue } from '../../../shared/contract/result';
import type { StoredRecommendation } from '../incidents/incidentRepository';

/**
 * A report to the ICO made against the latest assessment's recommendation not to notify records a
 * decision to notify that goes against it, which needs its rationale like any such decision.
 * A rationale already recorded for the decision is enough; otherwise the report must carry one, which
 * the incident then keeps.
 */
export function reportAgainstRecommendation(
  incident: Pick<Incident, 'regulatorNotify' | 'regulatorRationale'>,
  recommendation: StoredRecommendation | null,
  rationale: string,
): { issues: FieldIssue[]; rationale: string } {
  if (!recommendation || recommendation.notifyRegulator || incident.regulatorRationale.trim()) return { issues: [], rationale: '' };
  if (rationale.trim()) return { issues: [], rationale };
  return {
    issues: [
      {
        path: 'rationale',
        message: `The latest assessment (${SEVERITY_BAND_LABELS[recommendation.band]} severity) recommends not notifying the ICO: give the rationale for notifying`,
      },
    ],
    rationale: '',
  };
}
