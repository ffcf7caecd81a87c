import type { Output, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { CoreContext } from '../context';

export function listMessages(_ctx: CoreContext, _input: ParsedInput<'messages:list'>): Output<'messages:list'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

