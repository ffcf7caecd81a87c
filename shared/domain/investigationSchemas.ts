import { z } from '../zodConfig';
import { IdSchema, InstantSchema, IncidentKindSchema, IncidentStatusSchema, NotificationMethodSchema, VersionSchema } from './schemas';
import { SEVERITY_BANDS, SeverityInputSchema } from './severity';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  EXTERNAL_RECIPIENTS,
  REGULATOR_REPORT_TYPES,
} from './vocabulary';

/**
 * Schemas of the assessment issue: versioned severity assessments, the notifications made, the actions
 * planned, the organisation's clock settings and the dashboard.
 */
const line = (max: number) => z.string().trim().max(max);
const count = z.number().int().min(0).max(1_000_000_000).nullable();

export const SeverityBandSchema = z.enum(SEVERITY_BANDS);

/** What the officer chooses when assessing (ENISA 2013) plus the facts ENISA weighs at the end. */
export const NewAssessmentSchema = z.strictObject({
  incidentId: IdSchema,
  severity: SeverityInputSchema,
  peopleAffected: count.default(null),
  recordsAffected: count.default(null),
  /** Data unintelligible to whoever has it, e.g. encrypted with the key safe (Art. 34(3)(a)). */
  unintelligible: z.boolean().default(false),
  notes: line(10_000).default(''),
});

export const AssessmentSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  /** 1 for the first assessment of an incident, then 2, 3…: earlier versions are kept. */
  number: z.number().int().min(1),
  severity: SeverityInputSchema,
  dpc: z.number(),
  ei: z.number(),
  cb: z.number(),
  score: z.number(),
  band: SeverityBandSchema,
  peopleAffected: count,
  recordsAffected: count,
  unintelligible: z.boolean(),
  notes: z.string(),
  recommendation: z.object({
    notifyRegulator: z.boolean(),
    notifySubjects: z.boolean(),
    regulatorReason: z.string(),
    subjectsReason: z.string(),
    suggestedExemption: z.enum(['unintelligible']).nullable(),
  }),
  assessedBy: z.string(),
  assessedAt: InstantSchema,
});
export type Assessment = z.output<typeof AssessmentSchema>;

/** A report made to the ICO: the first sets the incident's notification time and case reference. */
export const NewRegulatorReportSchema = z.strictObject({
  incidentId: IdSchema,
  version: VersionSchema,
  reportType: z.enum(REGULATOR_REPORT_TYPES),
  submittedAt: InstantSchema,
  icoReference: line(100).default(''),
  /** Required when the initial report is made more than 72 hours after awareness (Art. 33(1)). */
  delayReason: line(5000).default(''),
  notes: line(5000).default(''),
});

export const RegulatorReportSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  reportType: z.enum(REGULATOR_REPORT_TYPES),
  submittedAt: InstantSchema,
  icoReference: z.string(),
  delayReason: z.string(),
  notes: z.string(),
  recordedBy: z.string(),
  recordedAt: InstantSchema,
});
export type RegulatorReport = z.output<typeof RegulatorReportSchema>;

export const NewExternalNotificationSchema = z
  .strictObject({
    incidentId: IdSchema,
    recipient: z.enum(EXTERNAL_RECIPIENTS),
    /** Who exactly (e.g. "Metropolitan Police, Kent division"); required for "other". */
    recipientDetail: line(300).default(''),
    notifiedAt: InstantSchema,
    reference: line(200).default(''),
    notes: line(5000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.recipient === 'other' && !v.recipientDetail) {
      ctx.addIssue({ code: 'custom', path: ['recipientDetail'], message: 'Name the organisation that was told' });
    }
  });

export const ExternalNotificationSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  recipient: z.enum(EXTERNAL_RECIPIENTS),
  recipientDetail: z.string(),
  notifiedAt: InstantSchema,
  reference: z.string(),
  notes: z.string(),
  recordedBy: z.string(),
  recordedAt: InstantSchema,
});
export type ExternalNotification = z.output<typeof ExternalNotificationSchema>;

/** Marks many linked parties as told at once (Art. 34 letters sent in one mailing). */
export const MarkNotifiedSchema = z.strictObject({
  incidentId: IdSchema,
  /**
   * The parties to mark (each must be linked to the incident). Empty means every party linked as a data
   * subject who is not yet recorded as told: those told earlier keep their own date and method.
   */
  partyIds: z.array(IdSchema).max(200_000).default([]),
  notifiedAt: InstantSchema,
  method: NotificationMethodSchema,
});

const actionFields = {
  kind: z.enum(ACTION_KINDS),
  description: z.string().trim().min(1, 'Say what is to be done').max(5000),
  owner: line(200).default(''),
  dueAt: InstantSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
};

export const NewActionSchema = z.strictObject({ incidentId: IdSchema, ...actionFields });

export const ActionPatchSchema = z.strictObject({
  kind: actionFields.kind.optional(),
  description: actionFields.description.optional(),
  owner: line(200).optional(),
  dueAt: InstantSchema.nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

export const ActionSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  kind: z.enum(ACTION_KINDS),
  description: z.string(),
  owner: z.string(),
  dueAt: InstantSchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  completedAt: InstantSchema.nullable(),
  version: VersionSchema,
  createdAt: InstantSchema,
  createdBy: z.string(),
  updatedAt: InstantSchema,
  updatedBy: z.string(),
});
export type Action = z.output<typeof ActionSchema>;

/** Settings an organisation configures (lists and hours are data, not CHECKs: ARCHITECTURE.md). */
export const ClockSettingsSchema = z.strictObject({
  /** Hours from awareness within which the departmental security officer must be told (default 24). */
  internalReportHours: z.number().int().min(1).max(720),
});
export type ClockSettings = z.output<typeof ClockSettingsSchema>;

/**
 * The organisation (the controller) for part 10 of the ICO form, "About you", and the contact point the
 * Art. 34 letters give (Art. 33(3)(b)): every field optional, '' when not set.
 */
export const OrganisationSchema = z.strictObject({
  name: line(200).default(''),
  address: line(1000).default(''),
  sector: line(200).default(''),
  /** The data protection fee registration number (e.g. ZA123456). */
  icoRegistrationNumber: line(50).default(''),
  dpoName: line(200).default(''),
  dpoEmail: line(320)
    .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter an email address like name@example.gov.uk')
    .default(''),
  dpoPhone: line(50).default(''),
});
export type Organisation = z.output<typeof OrganisationSchema>;

/** An open incident whose regulator clock is running, for the dashboard. */
export const ClockWatchSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  title: z.string(),
  status: IncidentStatusSchema,
  discoveredAt: InstantSchema,
  regulatorNotify: z.boolean().nullable(),
  severityBand: SeverityBandSchema.nullable(),
});

export const ActionDueSchema = z.object({
  action: ActionSchema,
  reference: z.string(),
  title: z.string(),
});

export const DashboardSchema = z.object({
  /** The period the statistics cover: incidents discovered from `since` to `until`. */
  since: InstantSchema,
  until: InstantSchema,
  openByStatus: z.array(z.object({ status: IncidentStatusSchema, count: z.number().int() })),
  /** Open incidents awaiting the regulator decision or notification, soonest deadline first. */
  regulatorClocks: z.array(ClockWatchSchema),
  regulatorClocksTotal: z.number().int(),
  /** Open and in-progress actions due within 7 days or overdue, soonest first. */
  actionsDue: z.array(ActionDueSchema),
  actionsDueTotal: z.number().int(),
  /** Incidents discovered per London calendar month ("2026-11") and kind. */
  byMonth: z.array(z.object({ month: z.string(), kind: IncidentKindSchema, count: z.number().int() })),
  meanHoursToContainment: z.number().nullable(),
  meanHoursToRegulator: z.number().nullable(),
  regulatorNotifications: z.object({ total: z.number().int(), within72h: z.number().int() }),
});
export type Dashboard = z.output<typeof DashboardSchema>;
