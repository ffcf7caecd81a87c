import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { toUiError } from '../../lib/errors';
import { useAccountsStore } from '../../stores/useAccountsStore';
import { useAuthStore } from '../../stores/useAuthStore';
import { NewPasswordFields } from '../session/NewPasswordFields';
import { newPasswordProblem } from '../session/sessionText';
import { usePasswordAdvice } from '../session/usePasswordAdvice';

/** Changes the logged-in account's own password (the core rewraps only that account's copy of the key). */
export function ChangePasswordForm() {
  const changePassword = useAccountsStore((s) => s.changePassword);
  const name = useAuthStore((s) => s.auth?.account?.name ?? '');
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const advice = usePasswordAdvice(newPassword, name);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const weak = newPasswordProblem(newPassword, confirmation, advice);
    setPasswordError(weak);
    if (currentPassword === '') setProblem('Enter your current password.');
    if (weak || currentPassword === '') return;
    setBusy(true);
    try {
      await changePassword({ currentPassword, newPassword });
      notifications.show({ message: 'Your password was changed. Use the new one from your next login.' });
      setNewPassword('');
      setConfirmation('');
    } catch (err) {
      const error = toUiError(err);
      const atNew = error.issues?.find((i) => i.path === 'newPassword');
      if (atNew) setPasswordError(atNew.message);
      else setProblem(error.message);
    } finally {
      // The current password is used once, whatever the answer.
      setCurrentPassword('');
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Change your password">
      <Stack gap="sm" maw={420}>
        <PasswordInput
          label="Current password"
          required
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.currentTarget.value)}
        />
        <NewPasswordFields
          label="New password"
          password={newPassword}
          confirmation={confirmation}
          onPassword={setNewPassword}
          onConfirmation={setConfirmation}
          advice={advice}
          error={passwordError}
        />
        {problem && (
          <Alert color="red" variant="light">
            {problem}
          </Alert>
        )}
        <Button type="submit" loading={isBusy} w="fit-content">
          Change password
        </Button>
      </Stack>
    </form>
  );
}
