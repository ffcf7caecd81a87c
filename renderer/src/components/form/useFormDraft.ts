import { useWatch, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { FormKey } from '../../stores/useDraftsStore';
import { useDraft, type DraftKeeper } from './useDraft';

/**
 * useDraft for a react-hook-form form. A restored draft is laid over the form's defaults, which stay what
 * is recorded, so the form shows as changed; discarding puts the recorded values back.
 */
export function useFormDraft<V extends FieldValues, T>(form: UseFormReturn<V, unknown, T>, key: FormKey | null, what: string): DraftKeeper {
  const values = useWatch({ control: form.control }) as Record<string, unknown>;
  const draft = useDraft({
    form: key,
    values,
    isDirty: form.formState.isDirty,
    what,
    onRestore: (kept) => form.reset({ ...form.formState.defaultValues, ...kept } as DefaultValues<V>, { keepDefaultValues: true }),
  });
  return {
    ...draft,
    discard: () => {
      draft.discard();
      form.reset();
    },
  };
}
