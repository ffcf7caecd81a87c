import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, O> = Omit<MultiSelectProps, 'value' | 'onChange' | 'error' | 'name'> & {
  control: Control<T, unknown, O>;
  name: Path<T>;
};

/** A Mantine MultiSelect bound to one list field of a react-hook-form form; shows that field's error. */
export function MultiSelectField<T extends FieldValues, O>({ control, name, ...select }: Props<T, O>) {
  const { field, fieldState } = useController({ control, name });
  return <MultiSelect {...select} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} ref={field.ref} />;
}
