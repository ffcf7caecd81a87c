import type { Output, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { CoreContext } from '../context';

export function classifyDomains(_ctx: CoreContext, _input: ParsedInput<'domains:classify'>): Output<'domains:classify'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

