import { Checkbox, type CheckboxProps } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, O> = Omit<CheckboxProps, 'checked' | 'onChange' | 'name'> & {
  control: Control<T, unknown, O>;
  name: Path<T>;
};

/** A checkbox bound to one true/false field of a react-hook-form form. */
export function CheckboxField<T extends FieldValues, O>({ control, name, ...checkbox }: Props<T, O>) {
  const { field } = useController({ control, name });
  return (
    <Checkbox
      {...checkbox}
      name={field.name}
      checked={field.value}
      onChange={(event) => field.onChange(event.currentTarget.checked)}
      onBlur={field.onBlur}
      ref={field.ref}
    />
  );
}
