import type { Output, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { CoreContext } from '../context';

export function generateLookalikeList(_ctx: CoreContext, _input: ParsedInput<'lookalikes:generate'>): Output<'lookalikes:generate'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

export function exportLookalikes(_ctx: CoreContext, _input: ParsedInput<'lookalikes:export'>): Output<'lookalikes:export'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

