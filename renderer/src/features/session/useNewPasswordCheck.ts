import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { newPasswordProblem } from './sessionText';
import type { PasswordAdvice } from './usePasswordAdvice';

/**
 * Whether the new password typed twice may be used, saying why not at the password field. The core judges
 * strength as it is typed, so this is checked on submit beside the schema rather than inside it.
 */
export function useNewPasswordCheck<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  names: { password: Path<T>; confirmation: Path<T> },
  advice: PasswordAdvice | null,
): () => boolean {
  return () => {
    const problem = newPasswordProblem(form.getValues(names.password), form.getValues(names.confirmation), advice);
    if (problem) form.setError(names.password, { type: 'strength', message: problem });
    return problem === null;
  };
}
