import type { demoContract } from '../../../shared/contract/demo';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { loadDemo, removeDemo } from './demoService';

export function demoOperations(ctx: CoreContext): HandlersOf<keyof typeof demoContract> {
  return {
    'demo:load': () => loadDemo(ctx),
    'demo:remove': () => removeDemo(ctx),
  };
}
