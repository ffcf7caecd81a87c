import type { Assessment } from '../../../shared/contract/assessments';
import {
  recommend,
  type AvailabilityLoss,
  type ConfidentialityLoss,
  type DpcCategory,
  type DpcFactor,
  type EiLevel,
  type IntegrityLoss,
  type Recommendation,
  type SeverityBand,
} from '../../../shared/domain/severity';
import type { Db } from '../db/openDatabase';

/** An `assessments` row as SQLite returns it. */
export type AssessmentRow = {
  seq: number;
  id: string;
  incident_id: string;
  number: number;
  dpc_category: DpcCategory;
  dpc_adjustment: number;
  dpc_factors: string;
  ease: EiLevel;
  confidentiality: ConfidentialityLoss;
  integrity: IntegrityLoss;
  availability: AvailabilityLoss;
  malicious_intent: 0 | 1;
  dpc: number;
  ei: number;
  cb: number;
  score: number;
  band: SeverityBand;
  people_affected: number | null;
  records_affected: number | null;
  unintelligible: 0 | 1;
  notes: string;
  assessed_by: string;
  assessed_at: number;
};

/** A recommendation with the band it came from, for the messages that quote it. */
export type StoredRecommendation = Recommendation & { band: SeverityBand };

/**
 * An assessment as the contract returns it. The recommendation is computed afresh from the stored band,
 * score, unintelligibility and number of people, so it always reads as the method's current wording.
 */
export function toAssessment(r: AssessmentRow): Assessment {
  return {
    id: r.id,
    incidentId: r.incident_id,
    number: r.number,
    severity: {
      dpcCategory: r.dpc_category,
      dpcAdjustment: r.dpc_adjustment,
      dpcFactors: JSON.parse(r.dpc_factors) as DpcFactor[],
      ease: r.ease,
      confidentiality: r.confidentiality,
      integrity: r.integrity,
      availability: r.availability,
      maliciousIntent: r.malicious_intent === 1,
    },
    dpc: r.dpc,
    ei: r.ei,
    cb: r.cb,
    score: r.score,
    band: r.band,
    peopleAffected: r.people_affected,
    recordsAffected: r.records_affected,
    unintelligible: r.unintelligible === 1,
    notes: r.notes,
    recommendation: recommend({ band: r.band, score: r.score, unintelligible: r.unintelligible === 1, peopleAffected: r.people_affected }),
    assessedBy: r.assessed_by,
    assessedAt: r.assessed_at,
  };
}

/** The latest assessment of an incident (highest number), read through the (incident_id, number) key. */
export function latestAssessment(db: Db, incidentId: string): Assessment | null {
  const row = db
    .prepare<[string], AssessmentRow>('SELECT * FROM assessments WHERE incident_id = ? ORDER BY number DESC LIMIT 1')
    .get(incidentId);
  return row ? toAssessment(row) : null;
}

/** What the latest assessment recommends, with its band, or null when the incident is not assessed yet. */
export function latestRecommendation(db: Db, incidentId: string): StoredRecommendation | null {
  const latest = latestAssessment(db, incidentId);
  return latest ? { band: latest.band, ...latest.recommendation } : null;
}

/** Every assessment of an incident, newest first. */
export function assessmentsOf(db: Db, incidentId: string) {
  return db
    .prepare<[string], AssessmentRow>('SELECT * FROM assessments WHERE incident_id = ? ORDER BY number DESC')
    .all(incidentId)
    .map(toAssessment);
}
