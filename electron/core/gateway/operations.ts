import type { gatewayLogContract } from '../../../shared/contract/gatewayLogs';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { inspectGatewayLog, startGatewayImport } from './gatewayImport';

export function gatewayLogOperations(ctx: CoreContext): HandlersOf<keyof typeof gatewayLogContract> {
  return {
    'gatewayLogs:inspect': (i) => inspectGatewayLog(ctx, i),
    'gatewayLogs:import': (i) => startGatewayImport(ctx, i),
  };
}
