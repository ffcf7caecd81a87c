import { TextInput, type TextInputProps } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, O> = Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'name'> & {
  control: Control<T, unknown, O>;
  name: Path<T>;
};

/** A one-line text input (also dates and counts typed as text) bound to one field of a react-hook-form form. */
export function TextField<T extends FieldValues, O>({ control, name, ...input }: Props<T, O>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextInput {...input} name={field.name} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} ref={field.ref} />
  );
}
