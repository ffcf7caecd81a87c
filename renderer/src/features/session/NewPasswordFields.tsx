import { PasswordInput, Stack } from '@mantine/core';
import { PasswordAdviceView } from './PasswordAdviceView';
import type { PasswordAdvice } from './usePasswordAdvice';

type Props = {
  label: string;
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  advice: PasswordAdvice | null;
  error: string | null;
};

/** A new password typed twice, with the core's strength meter and advice as it is typed. */
export function NewPasswordFields({ label, password, confirmation, onPassword, onConfirmation, advice, error }: Props) {
  return (
    <Stack gap="xs">
      <PasswordInput
        label={label}
        required
        autoComplete="new-password"
        value={password}
        onChange={(e) => onPassword(e.currentTarget.value)}
        error={error}
      />
      <PasswordAdviceView advice={advice} />
      <PasswordInput
        label="Confirm password"
        required
        autoComplete="new-password"
        value={confirmation}
        onChange={(e) => onConfirmation(e.currentTarget.value)}
      />
    </Stack>
  );
}
