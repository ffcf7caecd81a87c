import type { draftContract } from '../../../shared/contract/drafts';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { discardDraft, getDraft, listDrafts, saveDraft } from './draftService';

export function draftOperations(ctx: CoreContext): HandlersOf<keyof typeof draftContract> {
  return {
    'drafts:save': (i) => saveDraft(ctx, { kind: i.kind, incidentId: i.incidentId }, i.values),
    'drafts:list': () => listDrafts(ctx),
    'drafts:get': (i) => getDraft(ctx, i),
    'drafts:discard': (i) => discardDraft(ctx, i),
  };
}
