import { Input, SegmentedControl } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, O> = {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  data: { value: string; label: string }[];
};

/** A labelled segmented choice (a few options, all visible) bound to one field of a react-hook-form form. */
export function SegmentedField<T extends FieldValues, O>({ control, name, label, data }: Props<T, O>) {
  const { field } = useController({ control, name });
  return (
    <Input.Wrapper label={label} inputWrapperOrder={['label', 'input', 'description', 'error']}>
      <SegmentedControl aria-label={label} size="xs" fullWidth mt={2} data={data} value={field.value} onChange={(v) => field.onChange(v)} />
    </Input.Wrapper>
  );
}
