import type { Output, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { CoreContext } from '../context';

export function inspectGatewayLog(_ctx: CoreContext, _input: ParsedInput<'gatewayLogs:inspect'>): Output<'gatewayLogs:inspect'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

export function startGatewayImport(_ctx: CoreContext, _input: ParsedInput<'gatewayLogs:import'>): Output<'gatewayLogs:import'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

