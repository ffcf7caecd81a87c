import { IncidentKindSchema, MarkingSchema, NewIncidentSchema, type IncidentPatch, type NewIncident } from '../../../../shared/contract/incidents';
import type { Officer } from '../../../../shared/contract/session';
import type { IncidentKind } from '../../../../shared/domain/vocabulary';
import type { IncidentRecord } from '../../lib/contractTypes';
import { z } from '../../../../shared/zodConfig';
import { forwardContractIssues, truncatePath } from '../../lib/formErrors';
import { instantToText, textToInstant } from '../../lib/ukDateText';
import { detailsFromForm, detailsToForm, emptyDetailsForm, textToCount, type DetailsFormValues } from './detailsForm';

/** The incident form holds text where officers type text (dates, counts); the schema converts it. */
export const IncidentFormSchema = z
  .object({
    kind: IncidentKindSchema,
    title: z.string(),
    description: z.string(),
    businessUnit: z.string(),
    reportingOfficer: z.string(),
    owner: z.string(),
    occurredAt: z.string(),
    discoveredAt: z.string(),
    reportedAt: z.string(),
    recordMarking: MarkingSchema,
    materialMarking: MarkingSchema.nullable(),
    materialItemCount: z.string(),
    details: z.record(z.string(), z.string()),
  })
  .transform((form, ctx): NewIncident => {
    const discoveredAt = textToInstant(form.discoveredAt, ['discoveredAt'], ctx, 'when it was discovered');
    const incident: NewIncident = {
      kind: form.kind,
      title: form.title,
      description: form.description,
      businessUnit: form.businessUnit,
      reportingOfficer: form.reportingOfficer,
      owner: form.owner,
      occurredAt: textToInstant(form.occurredAt, ['occurredAt'], ctx),
      // Never sent when unreadable: the issue above stops the submit.
      discoveredAt: discoveredAt ?? 0,
      reportedAt: textToInstant(form.reportedAt, ['reportedAt'], ctx),
      recordMarking: form.recordMarking,
      materialMarking: form.materialMarking,
      materialItemCount: textToCount(form.materialItemCount, ['materialItemCount'], ctx),
      details: detailsFromForm(form.kind, form.details, ctx),
    };
    // The contract's schema has the last word, so the form can never accept what the core would refuse.
    // An unreadable discovery date is left out, so the other dates are not judged against a stand-in.
    const checked = NewIncidentSchema.safeParse({ ...incident, discoveredAt: discoveredAt ?? undefined });
    forwardContractIssues(checked.error?.issues ?? [], ctx, toIncidentFormPath);
    return incident;
  });

export type IncidentFormValues = z.input<typeof IncidentFormSchema>;

/**
 * The form field that shows a problem at a contract path: fields by name, details by
 * `details.<field>`; a problem with one list entry shows on the whole list.
 */
export function toIncidentFormPath(contractPath: string): 'details' | `details.${string}` | Exclude<keyof IncidentFormValues, 'details'> | null {
  // `incidents:update` reports problems inside its `patch`; `incidents:create` at the top level.
  const path = contractPath.replace(/^patch\./, '');
  if (path.startsWith('details.')) return truncatePath(path, 2) as `details.${string}`;
  const field = truncatePath(path, 1);
  return field in EMPTY_CORE_FIELDS ? (field as Exclude<keyof IncidentFormValues, 'details'>) : null;
}

const EMPTY_CORE_FIELDS = {
  kind: 'misdirected_email',
  title: '',
  description: '',
  businessUnit: '',
  reportingOfficer: '',
  owner: '',
  occurredAt: '',
  discoveredAt: '',
  reportedAt: '',
  recordMarking: 'OFFICIAL-SENSITIVE',
  materialMarking: null,
  materialItemCount: '',
} as const satisfies Omit<IncidentFormValues, 'details'>;

/** A blank incident, owned and reported by the officer at the keyboard. */
export function newIncidentForm(officer: Officer | null, kind: IncidentKind = 'misdirected_email'): IncidentFormValues {
  return {
    ...EMPTY_CORE_FIELDS,
    kind,
    businessUnit: officer?.businessUnit ?? '',
    reportingOfficer: officer?.name ?? '',
    owner: officer?.name ?? '',
    details: emptyDetailsForm(kind),
  };
}

/** An existing incident in the form, for editing. */
export function incidentToForm(incident: IncidentRecord): IncidentFormValues {
  return {
    kind: incident.kind,
    title: incident.title,
    description: incident.description,
    businessUnit: incident.businessUnit,
    reportingOfficer: incident.reportingOfficer,
    owner: incident.owner,
    occurredAt: instantToText(incident.occurredAt),
    discoveredAt: instantToText(incident.discoveredAt),
    reportedAt: instantToText(incident.reportedAt),
    recordMarking: incident.recordMarking,
    materialMarking: incident.materialMarking,
    materialItemCount: incident.materialItemCount === null ? '' : String(incident.materialItemCount),
    details: detailsToForm(incident.kind, incident.details) satisfies DetailsFormValues,
  };
}

const PATCHABLE = [
  'title',
  'description',
  'businessUnit',
  'reportingOfficer',
  'owner',
  'occurredAt',
  'discoveredAt',
  'reportedAt',
  'recordMarking',
  'materialMarking',
  'materialItemCount',
] as const satisfies readonly (keyof NewIncident & keyof IncidentPatch)[];

/**
 * Only what changed, so the history shows the officer's edit and nothing else. Kind and details
 * travel together because the core re-validates details against the kind.
 */
export function incidentPatch(incident: IncidentRecord, edited: NewIncident): IncidentPatch {
  const patch: Record<string, unknown> = {};
  for (const field of PATCHABLE) {
    if (!isSame(edited[field], incident[field])) patch[field] = edited[field];
  }
  if (edited.kind !== incident.kind || !isSame(edited.details, incident.details)) {
    patch.kind = edited.kind;
    patch.details = edited.details;
  }
  return patch as IncidentPatch;
}

function isSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Key order differs between what the core returns and what the form builds; values are what matter. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value ?? null;
}
