import { formatUkDateTime } from '../time/ukTime';
import {
  AVAILABILITY_LOSS_LABELS,
  CONFIDENTIALITY_LOSS_LABELS,
  DPC_CATEGORY_LABELS,
  DPC_FACTOR_LABELS,
  EI_LEVEL_LABELS,
  INTEGRITY_LOSS_LABELS,
  SEVERITY_BAND_LABELS,
} from './severity';
import {
  ACTION_KIND_LABELS,
  ACTION_STATUS_LABELS,
  CONSEQUENCE_LIKELIHOOD_LABELS,
  CYBER_IMPACT_LABELS,
  CYBER_RECOVERY_TIME_LABELS,
  CYBER_TYPE_LABELS,
  DATA_CATEGORY_LABELS,
  EXTERNAL_RECIPIENT_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  NOTIFICATION_METHOD_LABELS,
  NOTIFICATION_STATUS_LABELS,
  OUTCOME_LABELS,
  PARTY_ROLE_LABELS,
  REGULATOR_REPORT_TYPE_LABELS,
  SUBJECT_CATEGORY_LABELS,
  SUBJECT_EXEMPTION_LABELS,
  YES_NO_UNKNOWN_LABELS,
} from './vocabulary';

/**
 * Audit entries keep raw field names and stored values (camelCase, enum codes, ms instants) because they
 * are evidence; these turn them into the officer's words for the history and for the summaries the core
 * writes, without changing what they say.
 */
const FIELD_LABELS: Record<string, string> = {
  recordMarking: 'Marking of this record',
  materialMarking: 'Marking of the material',
  materialItemCount: 'Items compromised',
  occurredAt: 'Occurred',
  discoveredAt: 'Discovered',
  reportedAt: 'Reported',
  awareAt: 'Became aware',
  containedAt: 'Contained',
  closedAt: 'Closed',
  dueAt: 'Due',
  completedAt: 'Completed',
  regulatorNotify: 'Notify the ICO?',
  regulatorRationale: 'Reasons for the ICO decision',
  regulatorDecidedAt: 'ICO decision taken',
  regulatorDecidedBy: 'ICO decision taken by',
  regulatorNotifiedAt: 'ICO notified',
  regulatorDelayReason: 'Why the ICO was told after 72 hours',
  icoReference: 'ICO reference',
  subjectsNotify: 'Tell the people affected?',
  subjectsRationale: 'Reasons for the decision on telling the people',
  subjectsDecidedAt: 'Decision on telling the people taken',
  subjectsDecidedBy: 'Decision on telling the people taken by',
  subjectsExemption: 'Ground for not telling them',
  decisionsNeedReview: 'Decisions to review after re-assessment',
  subjectCategories: 'Categories of people affected',
  howDiscovered: 'How it was discovered',
  causedByCyber: 'Caused by a cyber incident?',
  likelyConsequences: 'Likely consequences',
  publicAccount: 'Public account for the people affected',
  consequenceLikelihood: 'Likelihood of the consequences',
  staffInvolved: 'Staff involved?',
  staffTrained: 'Staff trained in data protection?',
  staffDetails: 'About the staff involved',
  priorMeasures: 'Measures in place beforehand',
  dataCategories: 'Their data involved',
  notificationStatus: 'Told?',
  notifiedAt: 'Told on',
  notificationMethod: 'How told',
  recipient: 'Who was told',
  recipientDetail: 'Which one',
  reportType: 'Report',
  submittedAt: 'Submitted',
  reportIcoReference: 'ICO reference of the report',
  delayReason: 'Reason for the delay',
  duplicateOf: 'Duplicate of',
  body: 'Note',
  number: 'Assessment number',
  dpcCategory: 'Data processing context',
  dpcAdjustment: 'Adjustment of the data processing context',
  dpcFactors: 'Factors weighed for the data processing context',
  ease: 'Ease of identification',
  confidentiality: 'Loss of confidentiality',
  integrity: 'Loss of integrity',
  availability: 'Loss of availability',
  unintelligible: 'Data unintelligible to the recipient?',
  dpc: 'Data processing context score (DPC)',
  ei: 'Ease of identification score (EI)',
  cb: 'Circumstances of the breach score (CB)',
  score: 'Severity score (SE)',
  band: 'Severity',
  cyberType: 'Type of cyber incident',
  recoveryTime: 'Time to recover',
  type: 'Person or organisation',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: { ...ACTION_STATUS_LABELS, ...INCIDENT_STATUS_LABELS },
  from: INCIDENT_STATUS_LABELS,
  to: INCIDENT_STATUS_LABELS,
  kind: { ...ACTION_KIND_LABELS, ...INCIDENT_KIND_LABELS },
  outcome: OUTCOME_LABELS,
  roles: PARTY_ROLE_LABELS,
  dataCategories: DATA_CATEGORY_LABELS,
  notificationStatus: NOTIFICATION_STATUS_LABELS,
  notificationMethod: NOTIFICATION_METHOD_LABELS,
  subjectsExemption: SUBJECT_EXEMPTION_LABELS,
  subjectCategories: SUBJECT_CATEGORY_LABELS,
  consequenceLikelihood: CONSEQUENCE_LIKELIHOOD_LABELS,
  causedByCyber: YES_NO_UNKNOWN_LABELS,
  staffInvolved: YES_NO_UNKNOWN_LABELS,
  staffTrained: YES_NO_UNKNOWN_LABELS,
  confidentialityAffected: YES_NO_UNKNOWN_LABELS,
  integrityAffected: YES_NO_UNKNOWN_LABELS,
  availabilityAffected: YES_NO_UNKNOWN_LABELS,
  cyberType: CYBER_TYPE_LABELS,
  impact: CYBER_IMPACT_LABELS,
  recoveryTime: CYBER_RECOVERY_TIME_LABELS,
  recipient: EXTERNAL_RECIPIENT_LABELS,
  reportType: REGULATOR_REPORT_TYPE_LABELS,
  dpcCategory: DPC_CATEGORY_LABELS,
  dpcFactors: DPC_FACTOR_LABELS,
  ease: EI_LEVEL_LABELS,
  confidentiality: CONFIDENTIALITY_LOSS_LABELS,
  integrity: INTEGRITY_LOSS_LABELS,
  availability: AVAILABILITY_LOSS_LABELS,
  band: SEVERITY_BAND_LABELS,
  type: { person: 'Person', organisation: 'Organisation' },
};

/** "rootCause" → "Root cause", unless the field has a better name. */
export function auditFieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The fields a change touched, in words: "Notify the ICO?, Reasons for the ICO decision". */
export function auditFieldList(fields: readonly string[]): string {
  return fields.map(auditFieldLabel).join(', ');
}

/** A stored value in words: labels for vocabularies, UK time for instants, one line per detail. */
export function auditValueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  const labels = VALUE_LABELS[field];
  if (Array.isArray(value)) return value.map((v) => (labels && typeof v === 'string' ? (labels[v] ?? v) : String(v))).join(', ');
  if (typeof value === 'string') return labels?.[value] ?? value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return /At$/.test(field) ? formatUkDateTime(value) : value.toLocaleString('en-GB');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, v]) => [key, auditValueText(key, v)] as const)
      .filter(([, text]) => text !== '—')
      .map(([key, text]) => `${auditFieldLabel(key)}: ${text}`)
      .join('\n');
  }
  return String(value);
}

/** A status change in words: "Reported → Triage". */
export function statusChangeText(from: string, to: string): string {
  return `${auditValueText('status', from)} → ${auditValueText('status', to)}`;
}

const FIELD_KEY_LIST = '[a-z][A-Za-z]*(?:, [a-z][A-Za-z]*)*';
const RAW_SUMMARIES: { action: string; pattern: RegExp }[] = [
  { action: 'incident.updated', pattern: new RegExp(`^(Changed )(${FIELD_KEY_LIST})()$`) },
  { action: 'party.updated', pattern: new RegExp(`^(Changed )(${FIELD_KEY_LIST})( of .*)$`, 's') },
  { action: 'action.updated', pattern: new RegExp(`^(Changed the action “.*”: )(${FIELD_KEY_LIST})()$`, 's') },
];

/**
 * An entry's summary in words. Registers written before the core named fields in words hold summaries
 * such as "Changed regulatorNotify, regulatorRationale" or "reported → triage"; those are read in the
 * vocabulary here (the stored text stays as it was, as evidence).
 */
export function readableSummary(entry: { action: string; summary: string }): string {
  if (entry.action === 'incident.status_changed') {
    const [, from, to, rest] = /^([a-z_]+) → ([a-z_]+)(.*)$/s.exec(entry.summary) ?? [];
    return from && to ? `${statusChangeText(from, to)}${rest ?? ''}` : entry.summary;
  }
  const [, before, fields, after] = RAW_SUMMARIES.find((s) => s.action === entry.action)?.pattern.exec(entry.summary) ?? [];
  return fields ? `${before ?? ''}${auditFieldList(fields.split(', '))}${after ?? ''}` : entry.summary;
}
