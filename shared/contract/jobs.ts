import { z } from '../zodConfig';
import { JobIdSchema } from './common';
import { GatewayImportResultSchema } from './gatewayLogs';
import type { OperationSpec } from './operation';

export const JOB_PHASES = ['reading', 'writing'] as const;
export const JobProgressSchema = z.object({
  phase: z.enum(JOB_PHASES),
  rows: z.number().int(),
  bytesRead: z.number().int(),
  totalBytes: z.number().int(),
  rowsPerSecond: z.number(),
});
export type JobProgress = z.output<typeof JobProgressSchema>;
export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export const JobSchema = z.object({
  jobId: JobIdSchema,
  kind: z.enum(['gateway-import']),
  state: z.enum(JOB_STATES),
  progress: JobProgressSchema,
  result: GatewayImportResultSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type Job = z.output<typeof JobSchema>;

export const jobContract = {
  'jobs:get': { access: 'read', input: z.strictObject({ jobId: JobIdSchema }), output: JobSchema },
  /** Cancels a running job; a cancelled job leaves nothing behind. */
  'jobs:cancel': { access: 'write', input: z.strictObject({ jobId: JobIdSchema }), output: JobSchema },
} as const satisfies Record<string, OperationSpec>;
