import {
  DATA_CATEGORY_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  NOTIFICATION_METHOD_LABELS,
  NOTIFICATION_STATUS_LABELS,
  OUTCOME_LABELS,
  PARTY_ROLE_LABELS,
  SUBJECT_EXEMPTION_LABELS,
} from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';

/**
 * Audit entries keep raw field names and stored values (camelCase, enum codes, ms instants) because they
 * are evidence; this turns them into words for reading without changing what they say.
 */
const FIELD_LABELS: Record<string, string> = {
  recordMarking: 'Marking of this record',
  materialMarking: 'Marking of the material',
  materialItemCount: 'Items compromised',
  regulatorNotify: 'Notify the ICO?',
  regulatorNotifiedAt: 'ICO notified at',
  icoReference: 'ICO reference',
  subjectsNotify: 'Tell the people affected?',
  subjectsExemption: 'Ground for not telling them',
  dataCategories: 'Their data involved',
  notificationStatus: 'Told?',
  notifiedAt: 'Told on',
  notificationMethod: 'How told',
  duplicateOf: 'Duplicate of',
  body: 'Note',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: INCIDENT_STATUS_LABELS,
  from: INCIDENT_STATUS_LABELS,
  to: INCIDENT_STATUS_LABELS,
  kind: INCIDENT_KIND_LABELS,
  outcome: OUTCOME_LABELS,
  roles: PARTY_ROLE_LABELS,
  dataCategories: DATA_CATEGORY_LABELS,
  notificationStatus: NOTIFICATION_STATUS_LABELS,
  notificationMethod: NOTIFICATION_METHOD_LABELS,
  subjectsExemption: SUBJECT_EXEMPTION_LABELS,
};

/** "regulatorRationale" → "Regulator rationale", unless the field has a better name. */
export function auditFieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
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
