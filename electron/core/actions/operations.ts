import type { actionContract } from '../../../shared/contract/actions';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { addAction, listActions, updateAction } from './actionService';

export function actionOperations(ctx: CoreContext): HandlersOf<keyof typeof actionContract> {
  return {
    'actions:list': (i) => listActions(ctx, i.incidentId),
    'actions:add': (i) => addAction(ctx, i),
    'actions:update': (i) => updateAction(ctx, i.id, i.version, i.patch),
  };
}
