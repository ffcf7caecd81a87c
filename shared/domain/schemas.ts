import { z } from '../zodConfig';
import { KindWithDetailsSchema, parseDetails, type KindWithDetails } from './incidentDetails';
import { SEVERITY_BANDS } from './severity';
import {
  DATA_CATEGORIES,
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  MARKINGS,
  NOTIFICATION_METHODS,
  NOTIFICATION_STATUSES,
  CONSEQUENCE_LIKELIHOODS,
  OUTCOMES,
  PARTY_ROLES,
  SUBJECT_CATEGORIES,
  YES_NO_UNKNOWN,
  PARTY_TYPES,
  SUBJECT_EXEMPTIONS,
} from './vocabulary';

/** Entity ids are UUIDs (loosely checked: z.guid accepts any 8-4-4-4-12 hex form). */
export const IdSchema = z.guid();
/** Instants are UTC milliseconds; the UI shows them in Europe/London. */
export const InstantSchema = z.number().int().min(0).max(8_640_000_000_000);
export const VersionSchema = z.number().int().min(1);

const line = (max: number) => z.string().trim().max(max);
const requiredLine = (max: number, what: string) => z.string().trim().min(1, `Enter ${what}`).max(max);

export const IncidentKindSchema = z.enum(INCIDENT_KINDS);
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);
export const MarkingSchema = z.enum(MARKINGS);
export const OutcomeSchema = z.enum(OUTCOMES);
export const PartyRoleSchema = z.enum(PARTY_ROLES);
export const DataCategorySchema = z.enum(DATA_CATEGORIES);
export const NotificationStatusSchema = z.enum(NOTIFICATION_STATUSES);
export const NotificationMethodSchema = z.enum(NOTIFICATION_METHODS);
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

function checkDates(
  v: { occurredAt?: number | null; discoveredAt?: number; reportedAt?: number | null },
  ctx: z.core.$RefinementCtx,
) {
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

/** Decisions recorded during the investigation (DOMAIN.md §3.1, §6); the assessment issue extends them. */
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
});
export type DecisionFields = z.output<typeof DecisionFieldsSchema>;

/** What the ICO's breach form asks that the rest of the record does not hold (DOMAIN.md §3.2). */
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
  affectedCount: z.number().int().min(0),
  partyCount: z.number().int().min(0),
  isDemo: z.boolean(),
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

export const SORT_FIELDS = [
  'reference',
  'title',
  'kind',
  'status',
  'recordMarking',
  'discoveredAt',
  'owner',
  'affectedCount',
  'updatedAt',
] as const;
export const SortFieldSchema = z.enum(SORT_FIELDS);
export type SortField = z.output<typeof SortFieldSchema>;

export const IncidentFilterSchema = z.strictObject({
  statuses: z.array(IncidentStatusSchema).max(INCIDENT_STATUSES.length).default([]),
  kinds: z.array(IncidentKindSchema).max(INCIDENT_KINDS.length).default([]),
  markings: z.array(MarkingSchema).max(MARKINGS.length).default([]),
  text: line(200).default(''),
});
export type IncidentFilter = z.input<typeof IncidentFilterSchema>;

/** An opaque keyset position: the sort value and row of the last item shown. */
export const CursorSchema = z.string().max(1000);

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

export const PartySchema = z.object({
  id: IdSchema,
  type: z.enum(PARTY_TYPES),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  organisation: z.string(),
  notes: z.string(),
  isDemo: z.boolean(),
  incidentCount: z.number().int().min(0),
  version: VersionSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  updatedBy: z.string(),
});
export type Party = z.output<typeof PartySchema>;

const emailField = z
  .string()
  .trim()
  .max(320)
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter an email address like name@example.gov.uk');

export const NewPartySchema = z.strictObject({
  type: z.enum(PARTY_TYPES).default('person'),
  name: requiredLine(300, 'a name'),
  email: emailField.default(''),
  phone: line(50).default(''),
  organisation: line(300).default(''),
  notes: line(10_000).default(''),
});
export type NewParty = z.input<typeof NewPartySchema>;

export const PartyPatchSchema = z.strictObject({
  type: z.enum(PARTY_TYPES).optional(),
  name: requiredLine(300, 'a name').optional(),
  email: emailField.optional(),
  phone: line(50).optional(),
  organisation: line(300).optional(),
  notes: line(10_000).optional(),
});

/** How a party is involved in one incident. */
export const InvolvementFieldsSchema = z
  .strictObject({
    roles: z.array(PartyRoleSchema).min(1, 'Give the party at least one role').max(PARTY_ROLES.length),
    dataCategories: z.array(DataCategorySchema).max(DATA_CATEGORIES.length).default([]),
    notificationStatus: NotificationStatusSchema.default('undecided'),
    notifiedAt: InstantSchema.nullable().default(null),
    notificationMethod: NotificationMethodSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.roles).size !== v.roles.length) {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'Each role once' });
    }
    if (v.notificationStatus === 'notified') {
      if (v.notifiedAt === null) ctx.addIssue({ code: 'custom', path: ['notifiedAt'], message: 'Enter when they were told' });
      if (v.notificationMethod === null) {
        ctx.addIssue({ code: 'custom', path: ['notificationMethod'], message: 'Choose how they were told' });
      }
    } else if (v.notifiedAt !== null || v.notificationMethod !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['notificationStatus'],
        message: 'A date and method of notification need the status "notified"',
      });
    }
  });
export type InvolvementFields = z.input<typeof InvolvementFieldsSchema>;

export const InvolvementSchema = z.object({
  incidentId: IdSchema,
  partyId: IdSchema,
  roles: z.array(PartyRoleSchema),
  dataCategories: z.array(DataCategorySchema),
  notificationStatus: NotificationStatusSchema,
  notifiedAt: InstantSchema.nullable(),
  notificationMethod: NotificationMethodSchema.nullable(),
  version: VersionSchema,
});
export type Involvement = z.output<typeof InvolvementSchema>;

/** A party as linked to one incident. */
export const LinkedPartySchema = z.object({ party: PartySchema, involvement: InvolvementSchema });
export type LinkedParty = z.output<typeof LinkedPartySchema>;

/** An incident as seen from a party's page. */
export const PartyIncidentSchema = z.object({
  incident: IncidentSummarySchema,
  involvement: InvolvementSchema,
});

export const NoteSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  body: z.string(),
  author: z.string(),
  createdAt: InstantSchema,
});
export type Note = z.output<typeof NoteSchema>;

export const StatusChangeSchema = z.object({
  from: IncidentStatusSchema,
  to: IncidentStatusSchema,
  reason: z.string(),
  outcome: OutcomeSchema.nullable(),
  actor: z.string(),
  at: InstantSchema,
});
export type StatusChange = z.output<typeof StatusChangeSchema>;

export const FieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.output<typeof FieldChangeSchema>;

/** One entry of the append-only, hash-chained audit log. */
export const AuditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: InstantSchema,
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  incidentId: z.string().nullable(),
  summary: z.string(),
  changes: z.array(FieldChangeSchema),
  hash: z.string(),
});
export type AuditEntry = z.output<typeof AuditEntrySchema>;

export const AuditVerificationSchema = z.object({
  ok: z.boolean(),
  entryCount: z.number().int().min(0),
  headHash: z.string(),
  firstBadSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type AuditVerification = z.output<typeof AuditVerificationSchema>;

export const OfficerSchema = z.strictObject({
  name: requiredLine(200, 'your name'),
  businessUnit: line(200).default(''),
});
export type Officer = z.output<typeof OfficerSchema>;

export const SessionSchema = z.object({
  officer: OfficerSchema.nullable(),
  incidentCount: z.number().int().min(0),
  demoIncidentCount: z.number().int().min(0),
  schemaVersion: z.number().int(),
});
export type Session = z.output<typeof SessionSchema>;
