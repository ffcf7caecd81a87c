import type { evidenceContract } from '../../../shared/contract/evidence';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { listEvidence } from './evidenceList';
import { addEvidence, exportEvidence, removeEvidence, thumbnailOf } from './evidenceService';

export function evidenceOperations(ctx: CoreContext): HandlersOf<keyof typeof evidenceContract> {
  return {
    'evidence:list': (i) => listEvidence(ctx, i),
    'evidence:add': (i) => addEvidence(ctx, i),
    'evidence:export': (i) => exportEvidence(ctx, i),
    'evidence:remove': (i) => removeEvidence(ctx, i),
    'evidence:thumbnail': (i) => thumbnailOf(ctx, i),
  };
}
