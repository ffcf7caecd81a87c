import type { jobContract } from '../../../shared/contract/jobs';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';

export function jobOperations(ctx: CoreContext): HandlersOf<keyof typeof jobContract> {
  return {
    'jobs:get': (i) => ctx.jobs.get(i.jobId),
    'jobs:cancel': (i) => ctx.jobs.cancel(i.jobId),
  };
}
