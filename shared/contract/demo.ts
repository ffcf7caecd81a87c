import { z } from '../zodConfig';
import { empty } from './common';
import type { OperationSpec } from './operation';

const DemoCountsSchema = z.object({ incidents: z.number().int(), parties: z.number().int() });

export const demoContract = {
  /** Loads the demo incidents drawn from the seed article, marked as demo data. */
  'demo:load': { access: 'write', input: empty, output: DemoCountsSchema },
  /** Removes every demo incident and every demo party no real incident uses, in one audited act. */
  'demo:remove': { access: 'write', input: empty, output: DemoCountsSchema },
} as const satisfies Record<string, OperationSpec>;
