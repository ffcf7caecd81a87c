import type { Output, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { CoreContext } from '../context';

export function relatedIncidents(_ctx: CoreContext, _input: ParsedInput<'incidents:related'>): Output<'incidents:related'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

