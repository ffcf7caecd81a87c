import { z } from '../zodConfig';
import { EXTERNAL_RECIPIENTS, REGULATOR_REPORT_TYPES } from '../domain/vocabulary';
import { IdSchema, InstantSchema, line, VersionSchema } from './common';
import { IncidentSchema } from './incidents';
import type { OperationSpec } from './operation';
import { NotificationMethodSchema } from './parties';

/** A report made to the ICO: the first sets the incident's notification time and case reference. */
export const NewRegulatorReportSchema = z.strictObject({
  incidentId: IdSchema,
  version: VersionSchema,
  reportType: z.enum(REGULATOR_REPORT_TYPES),
  submittedAt: InstantSchema,
  icoReference: line(100).default(''),
  /** Required when the initial report is made more than 72 hours after awareness (Art. 33(1)). */
  delayReason: line(5000).default(''),
  /**
   * The reasons for notifying when the latest assessment recommends not to (the decision this report
   * records); the incident keeps them as the regulator decision's rationale.
   */
  rationale: line(5000).default(''),
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

export const notificationContract = {
  'notifications:list': {
    access: 'read',
    input: z.strictObject({ incidentId: IdSchema }),
    output: z.object({ regulator: z.array(RegulatorReportSchema), external: z.array(ExternalNotificationSchema) }),
  },
  /** Records a report to the ICO; the initial one sets when the regulator was notified. */
  'notifications:recordRegulator': {
    access: 'write',
    input: NewRegulatorReportSchema,
    output: z.object({ incident: IncidentSchema, report: RegulatorReportSchema }),
  },
  /** Records that another organisation (police, GSG, the minister's office…) was told. */
  'notifications:recordExternal': { access: 'write', input: NewExternalNotificationSchema, output: ExternalNotificationSchema },
  /** Marks linked parties as told, in one step. */
  'involvements:markNotified': { access: 'write', input: MarkNotifiedSchema, output: z.object({ updated: z.number().int().min(0) }) },
} as const satisfies Record<string, OperationSpec>;
