import { z } from '../zodConfig';
import { JobIdSchema } from './common';
import { JobProgressSchema, JobSchema } from './jobs';

/** Events that flow from the core to the UI: over one preload subscription, or server-sent events. */
export const CoreEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job:progress'), jobId: JobIdSchema, progress: JobProgressSchema }),
  z.object({ type: z.literal('job:finished'), job: JobSchema }),
  z.object({ type: z.literal('data:changed'), entities: z.array(z.enum(['incidents', 'parties', 'settings'])) }),
  /** The register was closed (idle, the OS locked or suspended, or someone chose to): show the login, drop all data. */
  z.object({ type: z.literal('session:locked'), reason: z.enum(['idle', 'os', 'user']) }),
]);
export type CoreEvent = z.output<typeof CoreEventSchema>;
