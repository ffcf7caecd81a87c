import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { toUiError } from '../../lib/errors';
import { useAuthStore } from '../../stores/useAuthStore';
import { NewPasswordFields } from './NewPasswordFields';
import { newPasswordProblem } from './sessionText';
import { SessionCard } from './SessionCard';
import { usePasswordAdvice } from './usePasswordAdvice';

/** First run: the first administrator's account, whose password also protects the new encrypted register. */
export function SetupPage() {
  const setup = useAuthStore((s) => s.setup);
  const [name, setName] = useState('');
  const [businessUnit, setBusinessUnit] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const advice = usePasswordAdvice(password, name);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setNameError(name.trim() === '' ? 'Enter the account name' : null);
    const weak = newPasswordProblem(password, confirmation, advice);
    setPasswordError(weak);
    if (name.trim() === '' || weak) return;
    setBusy(true);
    try {
      await setup({ name, businessUnit, password });
    } catch (err) {
      const error = toUiError(err);
      const atPassword = error.issues?.find((i) => i.path === 'password');
      const atName = error.issues?.find((i) => i.path === 'name');
      if (atPassword) setPasswordError(atPassword.message);
      if (atName) setNameError(atName.message);
      if (!atPassword && !atName) setProblem(error.message);
      setBusy(false);
    }
  };

  return (
    <SessionCard
      title="Create the administrator account"
      intro="Casebook keeps its register encrypted. This first account administers it: it adds the other officers’ accounts, sets the lock and makes backups. Its password opens the register, so choose one nobody could guess, and keep it safe — it cannot be recovered."
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Create the administrator account">
        <Stack gap="sm">
          <TextInput
            label="Account name"
            description="Your name as every change you make will record it."
            required
            autoFocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
          />
          <TextInput
            label="Business unit"
            description="Optional. Used as the default for new incidents."
            value={businessUnit}
            onChange={(e) => setBusinessUnit(e.currentTarget.value)}
          />
          <NewPasswordFields
            label="Password"
            password={password}
            confirmation={confirmation}
            onPassword={setPassword}
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
            Create account and open Casebook
          </Button>
        </Stack>
      </form>
    </SessionCard>
  );
}
