import type { Incident, IncidentSummary } from '../../../shared/contract/incidents';
import { recordedDateChecks } from '../../../shared/domain/dateRules';
import type { SeverityBand } from '../../../shared/domain/severity';
import {
  DATA_CATEGORIES,
  SUBJECT_CATEGORIES,
  type ConsequenceLikelihood,
  type DataCategory,
  type IncidentKind,
  type IncidentStatus,
  type Marking,
  type Outcome,
  type SubjectCategory,
  type SubjectExemption,
} from '../../../shared/domain/vocabulary';

type YesNoUnknown = 'yes' | 'no' | 'unknown';

/** An `incidents` row as SQLite returns it. */
export type IncidentRow = {
  seq: number;
  id: string;
  reference: string;
  reference_sort: number;
  kind: IncidentKind;
  details: string;
  title: string;
  description: string;
  business_unit: string;
  reporting_officer: string;
  owner: string;
  occurred_at: number | null;
  discovered_at: number;
  reported_at: number | null;
  record_marking: Marking;
  material_marking: Marking | null;
  material_item_count: number | null;
  status: IncidentStatus;
  outcome: Outcome | null;
  duplicate_of: string | null;
  regulator_notify: 0 | 1 | null;
  regulator_rationale: string;
  regulator_decided_at: number | null;
  regulator_decided_by: string;
  regulator_notified_at: number | null;
  ico_reference: string;
  subjects_notify: 0 | 1 | null;
  subjects_rationale: string;
  subjects_exemption: SubjectExemption | null;
  subjects_decided_at: number | null;
  subjects_decided_by: string;
  root_cause: string;
  lessons: string;
  regulator_delay_reason: string;
  how_discovered: string;
  caused_by_cyber: YesNoUnknown;
  likely_consequences: string;
  consequence_likelihood: ConsequenceLikelihood;
  staff_involved: YesNoUnknown;
  staff_trained: YesNoUnknown;
  staff_details: string;
  prior_measures: string;
  public_account: string;
  severity_band: SeverityBand | null;
  severity_score: number | null;
  contained_at: number | null;
  decisions_need_review: 0 | 1;
  affected_count: number;
  party_count: number;
  is_demo: 0 | 1;
  personal_data_erased_at: number | null;
  personal_data_erased_by: string;
  version: number;
  created_at: number;
  created_by: string;
  updated_at: number;
  updated_by: string;
};

/**
 * An incident row with its ICO category sets gathered as comma lists (closed vocabularies: no commas
 * inside), read through the sets' primary keys.
 */
export type IncidentRowWithSets = IncidentRow & {
  data_categories?: string | null;
  subject_categories?: string | null;
  subjects_told_at?: number | null;
};

export const INCIDENT_SELECT = `SELECT i.*,
  (SELECT group_concat(category) FROM incident_data_categories c WHERE c.incident_id = i.id) AS data_categories,
  (SELECT group_concat(category) FROM incident_subject_categories c WHERE c.incident_id = i.id) AS subject_categories,
  -- When the people affected were told: the last data subject's notification, once every one is marked told.
  (SELECT CASE WHEN count(*) > 0 AND count(*) = sum(s.notification_status = 'notified') THEN max(s.notified_at) END
     FROM involvements s INDEXED BY involvements_by_incident WHERE s.incident_id = i.id
     AND EXISTS (SELECT 1 FROM involvement_roles r WHERE r.involvement_seq = s.seq AND r.role = 'data_subject')) AS subjects_told_at
  FROM incidents i`;

/** A set of vocabulary values, without repeats, in the vocabulary's order (so it compares and diffs stably). */
export function inVocabularyOrder<T extends string>(vocabulary: readonly T[], values: Iterable<string>): T[] {
  const chosen = new Set(values);
  return vocabulary.filter((v) => chosen.has(v));
}

const splitList = (list: string | null | undefined) => (list ? list.split(',') : []);

const bool = (v: 0 | 1 | null) => (v === null ? null : v === 1);
const bit = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

export function toIncident(r: IncidentRowWithSets): Incident {
  const incident = {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    details: JSON.parse(r.details),
    title: r.title,
    description: r.description,
    businessUnit: r.business_unit,
    reportingOfficer: r.reporting_officer,
    owner: r.owner,
    occurredAt: r.occurred_at,
    discoveredAt: r.discovered_at,
    reportedAt: r.reported_at,
    recordMarking: r.record_marking,
    materialMarking: r.material_marking,
    materialItemCount: r.material_item_count,
    status: r.status,
    outcome: r.outcome,
    duplicateOf: r.duplicate_of,
    regulatorNotify: bool(r.regulator_notify),
    regulatorRationale: r.regulator_rationale,
    regulatorDecidedAt: r.regulator_decided_at,
    regulatorDecidedBy: r.regulator_decided_by,
    regulatorNotifiedAt: r.regulator_notified_at,
    icoReference: r.ico_reference,
    subjectsNotify: bool(r.subjects_notify),
    subjectsRationale: r.subjects_rationale,
    subjectsExemption: r.subjects_exemption,
    subjectsDecidedAt: r.subjects_decided_at,
    subjectsDecidedBy: r.subjects_decided_by,
    rootCause: r.root_cause,
    lessons: r.lessons,
    regulatorDelayReason: r.regulator_delay_reason,
    dataCategories: inVocabularyOrder<DataCategory>(DATA_CATEGORIES, splitList(r.data_categories)),
    subjectCategories: inVocabularyOrder<SubjectCategory>(SUBJECT_CATEGORIES, splitList(r.subject_categories)),
    howDiscovered: r.how_discovered,
    causedByCyber: r.caused_by_cyber,
    likelyConsequences: r.likely_consequences,
    consequenceLikelihood: r.consequence_likelihood,
    staffInvolved: r.staff_involved,
    staffTrained: r.staff_trained,
    staffDetails: r.staff_details,
    priorMeasures: r.prior_measures,
    publicAccount: r.public_account,
    severityBand: r.severity_band,
    severityScore: r.severity_score,
    containedAt: r.contained_at,
    subjectsToldAt: r.subjects_told_at ?? null,
    decisionsNeedReview: r.decisions_need_review === 1,
    affectedCount: r.affected_count,
    partyCount: r.party_count,
    isDemo: r.is_demo === 1,
    personalDataErased: r.personal_data_erased_at === null ? null : { at: r.personal_data_erased_at, by: r.personal_data_erased_by },
    version: r.version,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  } as Omit<Incident, 'dateChecks'>;
  return { ...incident, dateChecks: recordedDateChecks(incident) } as Incident;
}

/** The scalar columns an officer edits, from an incident (the inverse of toIncident for those fields; the category sets live in their own tables). */
export function editableColumns(i: Incident) {
  return {
    kind: i.kind,
    details: JSON.stringify(i.details),
    title: i.title,
    description: i.description,
    business_unit: i.businessUnit,
    reporting_officer: i.reportingOfficer,
    owner: i.owner,
    occurred_at: i.occurredAt,
    discovered_at: i.discoveredAt,
    reported_at: i.reportedAt,
    record_marking: i.recordMarking,
    material_marking: i.materialMarking,
    material_item_count: i.materialItemCount,
    regulator_notify: bit(i.regulatorNotify),
    regulator_rationale: i.regulatorRationale,
    regulator_decided_at: i.regulatorDecidedAt,
    regulator_decided_by: i.regulatorDecidedBy,
    regulator_notified_at: i.regulatorNotifiedAt,
    ico_reference: i.icoReference,
    subjects_notify: bit(i.subjectsNotify),
    subjects_rationale: i.subjectsRationale,
    subjects_exemption: i.subjectsExemption,
    subjects_decided_at: i.subjectsDecidedAt,
    subjects_decided_by: i.subjectsDecidedBy,
    root_cause: i.rootCause,
    lessons: i.lessons,
    regulator_delay_reason: i.regulatorDelayReason,
    how_discovered: i.howDiscovered,
    caused_by_cyber: i.causedByCyber,
    likely_consequences: i.likelyConsequences,
    consequence_likelihood: i.consequenceLikelihood,
    staff_involved: i.staffInvolved,
    staff_trained: i.staffTrained,
    staff_details: i.staffDetails,
    prior_measures: i.priorMeasures,
    public_account: i.publicAccount,
  };
}

export const SUMMARY_COLUMNS =
  'seq, id, reference, reference_sort, title, kind, status, record_marking, discovered_at, owner, affected_count, updated_at, is_demo, severity_band, regulator_notify, regulator_notified_at';

export type IncidentSummaryRow = Pick<
  IncidentRow,
  | 'seq'
  | 'id'
  | 'reference'
  | 'reference_sort'
  | 'title'
  | 'kind'
  | 'status'
  | 'record_marking'
  | 'discovered_at'
  | 'owner'
  | 'affected_count'
  | 'updated_at'
  | 'is_demo'
  | 'severity_band'
  | 'regulator_notify'
  | 'regulator_notified_at'
>;

export function toIncidentSummary(r: IncidentSummaryRow): IncidentSummary {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    kind: r.kind,
    status: r.status,
    recordMarking: r.record_marking,
    discoveredAt: r.discovered_at,
    owner: r.owner,
    affectedCount: r.affected_count,
    updatedAt: r.updated_at,
    isDemo: r.is_demo === 1,
    severityBand: r.severity_band,
    regulatorNotify: bool(r.regulator_notify),
    regulatorNotifiedAt: r.regulator_notified_at,
  };
}
