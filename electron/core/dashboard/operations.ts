import type { dashboardContract } from '../../../shared/contract/dashboard';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { getDashboard } from './dashboardService';

export function dashboardOperations(ctx: CoreContext): HandlersOf<keyof typeof dashboardContract> {
  return {
    'dashboard:get': (i) => getDashboard(ctx, i.months),
  };
}
