import { Textarea, type TextareaProps } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, O> = Omit<TextareaProps, 'value' | 'onChange' | 'error' | 'name'> & {
  control: Control<T, unknown, O>;
  name: Path<T>;
};

/** A multi-line text input bound to one field of a react-hook-form form; shows that field's error. */
export function TextareaField<T extends FieldValues, O>({ control, name, ...input }: Props<T, O>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Textarea {...input} name={field.name} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} ref={field.ref} />
  );
}
