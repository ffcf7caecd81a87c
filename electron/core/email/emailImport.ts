import type { Output, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { CoreContext } from '../context';

export function previewEmail(_ctx: CoreContext, _input: ParsedInput<'emails:preview'>): Output<'emails:preview'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

export function importEmail(_ctx: CoreContext, _input: ParsedInput<'emails:import'>): Output<'emails:import'> {
  throw new AppError('INTERNAL', 'Not built yet (issue 5).');
}

