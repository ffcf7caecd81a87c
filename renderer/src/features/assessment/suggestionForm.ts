import type { AssessmentSuggestion } from '../../../../shared/domain/assessmentSuggestion';
import type { AssessmentFormValues } from './assessmentForm';

/** The suggestion as the form holds it: every scored choice made, counts as text, the notes saying where it came from. */
export function suggestionToForm(s: AssessmentSuggestion): AssessmentFormValues {
  return {
    ...s.severity,
    peopleAffected: s.peopleAffected === null ? '' : String(s.peopleAffected),
    recordsAffected: s.recordsAffected === null ? '' : String(s.recordsAffected),
    unintelligible: false,
    notes: 'Started from Casebook’s suggestion for an imported CC exposure; checked by the assessing officer.',
  };
}
