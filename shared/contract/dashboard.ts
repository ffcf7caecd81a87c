import { z } from '../zodConfig';
import { ActionSchema } from './actions';
import { SeverityBandSchema } from './assessments';
import { IdSchema, InstantSchema } from './common';
import { IncidentKindSchema, IncidentStatusSchema } from './incidents';
import type { OperationSpec } from './operation';

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

export const dashboardContract = {
  /** The home screen: what is open, what is running out, what is due, and how fast the department responds. */
  'dashboard:get': {
    access: 'read',
    input: z.strictObject({ months: z.number().int().min(1).max(120).default(12) }),
    output: DashboardSchema,
  },
} as const satisfies Record<string, OperationSpec>;
