import { Select, type SelectProps } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, O> = Omit<SelectProps, 'value' | 'onChange' | 'error' | 'name'> & {
  control: Control<T, unknown, O>;
  name: Path<T>;
  /** What the field holds when nothing is chosen: null, or '' where the form keeps "not decided" as an empty string. */
  emptyValue?: null | '';
};

/** A Mantine Select bound to one field of a react-hook-form form; shows that field's error. */
export function SelectField<T extends FieldValues, O>({ control, name, emptyValue = null, ...select }: Props<T, O>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Select
      {...select}
      value={field.value ?? null}
      onChange={(value) => field.onChange(value ?? emptyValue)}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      ref={field.ref}
    />
  );
}
