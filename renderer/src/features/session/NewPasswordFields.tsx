import { Stack } from '@mantine/core';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { PasswordField } from '../../components/form/PasswordField';
import { PasswordAdviceView } from './PasswordAdviceView';
import type { PasswordAdvice } from './usePasswordAdvice';

type Props<T extends FieldValues, O> = {
  control: Control<T, unknown, O>;
  label: string;
  /** The new password's field, and the field it is typed again in. */
  names: { password: Path<T>; confirmation: Path<T> };
  advice: PasswordAdvice | null;
};

/** A new password typed twice, with the core's strength meter and advice as it is typed. */
export function NewPasswordFields<T extends FieldValues, O>({ control, label, names, advice }: Props<T, O>) {
  return (
    <Stack gap="xs">
      <PasswordField control={control} name={names.password} label={label} required autoComplete="new-password" />
      <PasswordAdviceView advice={advice} />
      <PasswordField control={control} name={names.confirmation} label="Confirm password" required autoComplete="new-password" />
    </Stack>
  );
}
