import type { Assessment } from '../../../shared/contract/assessments';
import {
  recommend,
  type AvailabilityLoss,
  type ConfidentialityLoss,
  type DpcCategory,
  type DpcFactor,
  type EiLevel,
  type IntegrityLoss,
  type SeverityBand,
} from '../../../shared/domain/severity';
import type { Stamp } from '../actor';
import type { Db } from '../db/openDatabase';

/** The assessments table: every write to it is here; the callers hold the transaction. */

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
  const row = db.prepare<[string], AssessmentRow>('SELECT * FROM assessments WHERE incident_id = ? ORDER BY number DESC LIMIT 1').get(incidentId);
  return row ? toAssessment(row) : null;
}

/** Every assessment of an incident, newest first. */
export function assessmentsOf(db: Db, incidentId: string) {
  return db.prepare<[string], AssessmentRow>('SELECT * FROM assessments WHERE incident_id = ? ORDER BY number DESC').all(incidentId).map(toAssessment);
}

/** Inserts an assessment, numbered by the caller, with the severity it computed. */
export function insertAssessmentRow(db: Db, a: Omit<Assessment, 'recommendation' | 'assessedBy' | 'assessedAt'>, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO assessments (id, incident_id, number, dpc_category, dpc_adjustment, dpc_factors, ease, confidentiality, integrity,
       availability, malicious_intent, dpc, ei, cb, score, band, people_affected, records_affected, unintelligible, notes,
       assessed_by, assessed_at)
     VALUES (@id, @incident_id, @number, @dpc_category, @dpc_adjustment, @dpc_factors, @ease, @confidentiality, @integrity,
       @availability, @malicious_intent, @dpc, @ei, @cb, @score, @band, @people_affected, @records_affected, @unintelligible, @notes,
       @assessed_by, @assessed_at)`,
  ).run({
    id: a.id,
    incident_id: a.incidentId,
    number: a.number,
    dpc_category: a.severity.dpcCategory,
    dpc_adjustment: a.severity.dpcAdjustment,
    dpc_factors: JSON.stringify(a.severity.dpcFactors),
    ease: a.severity.ease,
    confidentiality: a.severity.confidentiality,
    integrity: a.severity.integrity,
    availability: a.severity.availability,
    malicious_intent: a.severity.maliciousIntent ? 1 : 0,
    dpc: a.dpc,
    ei: a.ei,
    cb: a.cb,
    score: a.score,
    band: a.band,
    people_affected: a.peopleAffected,
    records_affected: a.recordsAffected,
    unintelligible: a.unintelligible ? 1 : 0,
    notes: a.notes,
    assessed_by: stamp.actor,
    assessed_at: stamp.at,
  });
}
