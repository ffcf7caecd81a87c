import type { assessmentContract } from '../../../shared/contract/assessments';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { addAssessment, listAssessments } from './assessmentService';
import { suggestionFor } from './assessmentSuggestion';

export function assessmentOperations(ctx: CoreContext): HandlersOf<keyof typeof assessmentContract> {
  return {
    'assessments:list': (i) => listAssessments(ctx, i.incidentId),
    'assessments:add': (i) => addAssessment(ctx, i),
    'assessments:suggest': (i) => suggestionFor(ctx, i.incidentId),
  };
}
