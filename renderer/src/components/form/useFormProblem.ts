import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { UiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';

/**
 * The problem a form shows beside its submit button. `show` puts the core's field issues next to their fields
 * and says the rest in the alert; when every issue found its field, `allPlaced` (if given) is said instead.
 */
export function useFormProblem<T extends FieldValues>(setError: UseFormSetError<T>, toField: (path: string) => Path<T> | null, allPlaced?: string) {
  const [problem, setProblem] = useState<string | null>(null);
  const show = (error: UiError) => {
    const unplaced = applyFieldIssues(error.issues ?? [], setError, toField);
    if (!error.issues || unplaced.length > 0) setProblem(error.message);
    else if (allPlaced) setProblem(allPlaced);
  };
  return { problem, setProblem, show };
}
