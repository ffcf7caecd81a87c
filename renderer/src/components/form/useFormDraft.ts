import { useWatch, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import type { FormKey, FormValues } from '../../stores/useDraftsStore';
import { changedFields } from './draftFields';
import { useDraft, type DraftKeeper } from './useDraft';

/**
 * useDraft for a react-hook-form form. Only the fields the officer changed are kept, and restoring sets
 * them over what is recorded now: a form reopened after someone else saved the record (a newer version)
 * shows their change and the officer's, never the officer's stale copy of the rest. Discarding puts the
 * recorded values back.
 */
export function useFormDraft<V extends FieldValues, T>(form: UseFormReturn<V, unknown, T>, key: FormKey | null, what: string): DraftKeeper {
  const values = useWatch({ control: form.control }) as FormValues;
  const changed = changedFields(values, form.formState.dirtyFields as Record<string, unknown>);
  const draft = useDraft({
    form: key,
    values: changed,
    isDirty: Object.keys(changed).length > 0,
    what,
    onRestore: (kept) => {
      for (const [name, value] of Object.entries(kept)) {
        if (name in values) form.setValue(name as Path<V>, value as PathValue<V, Path<V>>, { shouldDirty: true });
      }
    },
  });
  return {
    ...draft,
    discard: () => {
      draft.discard();
      form.reset();
    },
  };
}
