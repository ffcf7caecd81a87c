import type { lookalikeContract } from '../../../shared/contract/lookalikes';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { exportLookalikes, generateLookalikeList } from './lookalikeService';

export function lookalikeOperations(ctx: CoreContext): HandlersOf<keyof typeof lookalikeContract> {
  return {
    'lookalikes:generate': (i) => generateLookalikeList(ctx, i),
    'lookalikes:export': (i) => exportLookalikes(ctx, i),
  };
}
