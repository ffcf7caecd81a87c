import type { sessionContract } from '../../../shared/contract/session';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { getSession } from './sessionService';

export function sessionOperations(ctx: CoreContext): HandlersOf<keyof typeof sessionContract> {
  return {
    'session:get': () => getSession(ctx),
  };
}
