import type { Output, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { CoreContext } from '../context';

export function listEvidence(_ctx: CoreContext, _input: ParsedInput<'evidence:list'>): Output<'evidence:list'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

