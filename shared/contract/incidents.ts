import { z } from '../zodConfig';
import { KindWithDetailsSchema, parseDetails, type KindWithDetails } from '../domain/incidentDetails';
import { SEVERITY_BANDS } from '../domain/severity';
import {
  CONSEQUENCE_LIKELIHOODS,
  DATA_CATEGORIES,
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  MARKINGS,
  OUTCOMES,
  SUBJECT_CATEGORIES,
  SUBJECT_EXEMPTIONS,
  YES_NO_UNKNOWN,
} from '../domain/vocabulary';
import { AuditEntrySchema } from './audit';
import { IdSchema, InstantSchema, line, page, pageRequest, requiredLine, VersionSchema } from './common';
import type { OperationSpec } from './operation';

export const IncidentKindSchema = z.enum(INCIDENT_KINDS);
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);
export const MarkingSchema = z.enum(MARKINGS);
export const OutcomeSchema = z.enum(OUTCOMES);
export const DataCategorySchema = z.enum(DATA_CATEGORIES);
export const SubjectExemptionSchema = z.enum(SUBJECT_EXEMPTIONS);

/** The fields an officer types when recording an incident (kind and details travel together). */
const incidentCoreFields = {
  title: requiredLine(300, 'a title'),
  description: line(20_000).default(''),
  businessUnit: line(200).default(''),
  reportingOfficer: line(200).default(''),
  owner: line(200).default(''),
  occurredAt: InstantSchema.nullable().default(null),
  discoveredAt: InstantSchema,
  reportedAt: InstantSchema.nullable().default(null),
  recordMarking: MarkingSchema.default('OFFICIAL-SENSITIVE'),
  materialMarking: MarkingSchema.nullable().default(null),
  materialItemCount: z.number().int().min(0).max(100_000_000).nullable().default(null),
};

function checkDates(v: { occurredAt?: number | null; discoveredAt?: number; reportedAt?: number | null }, ctx: z.core.$RefinementCtx) {
  if (v.occurredAt != null && v.discoveredAt != null && v.occurredAt > v.discoveredAt) {
    ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'It cannot have happened after it was discovered' });
  }
  if (v.reportedAt != null && v.discoveredAt != null && v.reportedAt < v.discoveredAt) {
    ctx.addIssue({ code: 'custom', path: ['reportedAt'], message: 'It cannot have been reported before it was discovered' });
  }
}

export const NewIncidentSchema = z
  .strictObject({
    ...incidentCoreFields,
    kind: IncidentKindSchema,
    details: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine(checkDates)
  .transform((v, ctx) => {
    const details = parseDetails(v.kind, v.details, ctx);
    return details === undefined ? z.NEVER : ({ ...v, details } as typeof v & KindWithDetails);
  });
export type NewIncident = z.input<typeof NewIncidentSchema>;
export type ParsedNewIncident = z.output<typeof NewIncidentSchema>;

/** Decisions recorded during the investigation (docs/domain.md#uk-gdpr-articles-33-and-34, docs/domain.md#closing-a-confirmed-breach) */
export const DecisionFieldsSchema = z.strictObject({
  regulatorNotify: z.boolean().nullable(),
  regulatorRationale: line(5000),
  regulatorDecidedAt: InstantSchema.nullable(),
  regulatorNotifiedAt: InstantSchema.nullable(),
  icoReference: line(100),
  subjectsNotify: z.boolean().nullable(),
  subjectsRationale: line(5000),
  subjectsExemption: SubjectExemptionSchema.nullable(),
  subjectsDecidedAt: InstantSchema.nullable(),
  rootCause: line(10_000),
  lessons: line(10_000),
  /** Art. 33(1): a notification made after 72 hours must say why it was late. */
  regulatorDelayReason: line(5000),
  /** The account of the breach written for the people affected (Art. 34(2)): the only narrative a letter carries (docs/domain.md). */
  publicAccount: line(5000),
});
export type DecisionFields = z.output<typeof DecisionFieldsSchema>;

/** What the ICO's breach form asks that the rest of the record does not hold (docs/domain.md#the-icos-breach-report-form). */
export const IcoFieldsSchema = z.strictObject({
  dataCategories: z.array(DataCategorySchema).max(DATA_CATEGORIES.length),
  subjectCategories: z.array(z.enum(SUBJECT_CATEGORIES)).max(SUBJECT_CATEGORIES.length),
  howDiscovered: line(5000),
  causedByCyber: z.enum(YES_NO_UNKNOWN),
  likelyConsequences: line(10_000),
  consequenceLikelihood: z.enum(CONSEQUENCE_LIKELIHOODS),
  staffInvolved: z.enum(YES_NO_UNKNOWN),
  staffTrained: z.enum(YES_NO_UNKNOWN),
  staffDetails: line(5000),
  priorMeasures: line(10_000),
});
export type IcoFields = z.output<typeof IcoFieldsSchema>;

export const IncidentBaseSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  kind: IncidentKindSchema,
  title: z.string(),
  description: z.string(),
  businessUnit: z.string(),
  reportingOfficer: z.string(),
  owner: z.string(),
  occurredAt: InstantSchema.nullable(),
  discoveredAt: InstantSchema,
  reportedAt: InstantSchema.nullable(),
  recordMarking: MarkingSchema,
  materialMarking: MarkingSchema.nullable(),
  materialItemCount: z.number().int().nullable(),
  status: IncidentStatusSchema,
  outcome: OutcomeSchema.nullable(),
  duplicateOf: IdSchema.nullable(),
  ...DecisionFieldsSchema.shape,
  ...IcoFieldsSchema.shape,
  /** The band of the latest severity assessment (ENISA), kept on the incident for the register. */
  severityBand: z.enum(SEVERITY_BANDS).nullable(),
  severityScore: z.number().nullable(),
  containedAt: InstantSchema.nullable(),
  /** When the last data subject was told, once every linked data subject is marked told (Art. 34); else null. */
  subjectsToldAt: InstantSchema.nullable(),
  regulatorDecidedBy: z.string(),
  subjectsDecidedBy: z.string(),
  /** Re-assessed into another severity band since the decisions were recorded: they await the officer's review. */
  decisionsNeedReview: z.boolean(),
  /** Recorded dates that break a date rule (records saved before the rules): flagged, still editable. */
  dateChecks: z.array(z.object({ path: z.string(), message: z.string() })),
  affectedCount: z.number().int().min(0),
  partyCount: z.number().int().min(0),
  isDemo: z.boolean(),
  /** When its personal data was erased under the retention schedule, and who confirmed it (docs/retention.md); null while it holds it. */
  personalDataErased: z.object({ at: InstantSchema, by: z.string() }).nullable(),
  version: VersionSchema,
  createdAt: InstantSchema,
  createdBy: z.string(),
  updatedAt: InstantSchema,
  updatedBy: z.string(),
});

/** A whole incident: its fields with its kind's details. */
export const IncidentSchema = IncidentBaseSchema.omit({ kind: true }).and(KindWithDetailsSchema);
export type Incident = Omit<z.output<typeof IncidentBaseSchema>, 'kind'> & KindWithDetails;

/** One row of the register. */
export const IncidentSummarySchema = IncidentBaseSchema.pick({
  id: true,
  reference: true,
  title: true,
  kind: true,
  status: true,
  recordMarking: true,
  discoveredAt: true,
  owner: true,
  affectedCount: true,
  updatedAt: true,
  isDemo: true,
  severityBand: true,
  regulatorNotify: true,
  regulatorNotifiedAt: true,
});
export type IncidentSummary = z.output<typeof IncidentSummarySchema>;

export const SORT_FIELDS = ['reference', 'title', 'kind', 'status', 'recordMarking', 'discoveredAt', 'owner', 'affectedCount', 'updatedAt'] as const;
export const SortFieldSchema = z.enum(SORT_FIELDS);
export type SortField = z.output<typeof SortFieldSchema>;

export const IncidentFilterSchema = z.strictObject({
  statuses: z.array(IncidentStatusSchema).max(INCIDENT_STATUSES.length).default([]),
  kinds: z.array(IncidentKindSchema).max(INCIDENT_KINDS.length).default([]),
  markings: z.array(MarkingSchema).max(MARKINGS.length).default([]),
  text: line(200).default(''),
});
export type IncidentFilter = z.input<typeof IncidentFilterSchema>;

/** Patch of the editable fields; kind and details, when sent, are re-validated together. */
export const IncidentPatchSchema = z
  .strictObject({
    title: requiredLine(300, 'a title').optional(),
    description: line(20_000).optional(),
    businessUnit: line(200).optional(),
    reportingOfficer: line(200).optional(),
    owner: line(200).optional(),
    occurredAt: InstantSchema.nullable().optional(),
    discoveredAt: InstantSchema.optional(),
    reportedAt: InstantSchema.nullable().optional(),
    recordMarking: MarkingSchema.optional(),
    materialMarking: MarkingSchema.nullable().optional(),
    materialItemCount: z.number().int().min(0).max(100_000_000).nullable().optional(),
    ...DecisionFieldsSchema.partial().shape,
    ...IcoFieldsSchema.partial().shape,
    kind: IncidentKindSchema.optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .transform((v, ctx) => {
    if (v.kind === undefined) {
      if (v.details !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Send the kind with its details', input: v });
        return z.NEVER;
      }
      const { kind: _kind, details: _details, ...rest } = v;
      return rest as typeof rest & Partial<KindWithDetails>;
    }
    // A kind without details keeps the incident's details if the kind is unchanged (the core decides).
    if (v.details === undefined) return v as typeof v & Partial<KindWithDetails>;
    const details = parseDetails(v.kind, v.details, ctx);
    return details === undefined ? z.NEVER : ({ ...v, details } as typeof v & Partial<KindWithDetails>);
  });
export type IncidentPatch = z.input<typeof IncidentPatchSchema>;
export type ParsedIncidentPatch = z.output<typeof IncidentPatchSchema>;

export const StatusChangeSchema = z.object({
  from: IncidentStatusSchema,
  to: IncidentStatusSchema,
  reason: z.string(),
  outcome: OutcomeSchema.nullable(),
  actor: z.string(),
  at: InstantSchema,
});
export type StatusChange = z.output<typeof StatusChangeSchema>;

export const IncidentRefSchema = z.strictObject({ incidentId: IdSchema });

/** Other incidents sharing something with this one. */
export const RELATED_BASES = ['domain', 'sender', 'party'] as const;
export const RelatedGroupSchema = z.object({
  basis: z.enum(RELATED_BASES),
  key: z.string(),
  /** In words: "army.ml has appeared in 7 other incidents since January 2023". */
  summary: z.string(),
  count: z.number().int(),
  since: InstantSchema.nullable(),
  incidents: z.array(IncidentSummarySchema),
});

export const incidentContract = {
  /** One page of the register, filtered, searched and sorted, keyset-paginated. */
  'incidents:list': {
    access: 'read',
    input: z.strictObject({
      filter: IncidentFilterSchema.default({ statuses: [], kinds: [], markings: [], text: '' }),
      sort: z.strictObject({ field: SortFieldSchema, direction: z.enum(['asc', 'desc']) }).default({ field: 'discoveredAt', direction: 'desc' }),
      ...pageRequest(500, 100),
    }),
    output: page(IncidentSummarySchema).extend({ total: z.number().int().min(0) }),
  },
  /** One incident with its status history. */
  'incidents:get': {
    access: 'read',
    input: z.strictObject({ id: IdSchema }),
    output: z.object({ incident: IncidentSchema, statusHistory: z.array(StatusChangeSchema) }),
  },
  /** Records a new incident and gives it the next reference of the year, INC-YYYY-NNNN. */
  'incidents:create': { access: 'write', input: NewIncidentSchema, output: IncidentSchema },
  /** Changes fields of an open incident; `version` must be the one the officer was looking at. */
  'incidents:update': {
    access: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema, patch: IncidentPatchSchema }),
    output: IncidentSchema,
  },
  /** Moves an incident along the workflow (docs/domain.md#workflow). */
  'incidents:transition': {
    access: 'write',
    input: z.strictObject({
      id: IdSchema,
      version: VersionSchema,
      to: IncidentStatusSchema,
      reason: z.string().trim().max(5000).default(''),
      outcome: OutcomeSchema.nullable().default(null),
      duplicateOf: z.string().trim().max(100).nullable().default(null),
    }),
    output: IncidentSchema,
  },
  /**
   * Confirms the regulator and data-subject decisions flagged for review after a re-assessment into another
   * severity band (changing a decision through incidents:update clears the flag too).
   */
  'incidents:confirmDecisions': { access: 'write', input: z.strictObject({ id: IdSchema, version: VersionSchema }), output: IncidentSchema },
  /** Every recorded change to an incident, newest first, read from the audit log. */
  'incidents:history': {
    access: 'read',
    input: z.strictObject({ id: IdSchema, ...pageRequest(500, 100) }),
    output: page(AuditEntrySchema),
  },
  /** Other incidents with the same lookalike domain, the same sender, or the same party. */
  'incidents:related': { access: 'read', input: IncidentRefSchema, output: z.object({ groups: z.array(RelatedGroupSchema) }) },
} as const satisfies Record<string, OperationSpec>;
