import type { emailContract } from '../../../shared/contract/emails';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { importEmail, previewEmail } from './emailImport';
import { listMessages } from './messageList';

export function emailOperations(ctx: CoreContext): HandlersOf<keyof typeof emailContract> {
  return {
    'emails:preview': (i) => previewEmail(ctx, i),
    'emails:import': (i) => importEmail(ctx, i),
    'messages:list': (i) => listMessages(ctx, i),
  };
}
