import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { toUiError } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { useAuthStore } from '../../stores/useAuthStore';
import { retryText } from './sessionText';
import { SessionCard } from './SessionCard';

/**
 * Login, and the lock screen (the same card): it shows nothing of the register, only who may open it.
 * While wrong passwords are slowing logins down, the button waits out the core's back-off with a countdown.
 */
export function LoginPage() {
  const login = useAuthStore((s) => s.login);
  const retryAfterMs = useAuthStore((s) => s.auth?.retryAfterMs ?? 0);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [retryAt, setRetryAt] = useState(0);
  const now = useNow(250);

  // The core says how long to wait from the moment it answered; the countdown runs from then.
  useEffect(() => {
    setRetryAt(retryAfterMs > 0 ? Date.now() + retryAfterMs : 0);
  }, [retryAfterMs]);

  const waitMs = Math.max(0, retryAt - now);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '' || password === '') {
      setProblem('Enter your account name and password.');
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await login({ name, password });
    } catch (err) {
      setProblem(toUiError(err).message);
      setBusy(false);
    } finally {
      // Used once, then gone: a wrong password is not left in the field, nor a right one in memory.
      setPassword('');
    }
  };

  return (
    <SessionCard title="Casebook is locked" intro="Log in with your Casebook account to open the register.">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Log in">
        <Stack gap="sm">
          <TextInput
            label="Account name"
            required
            autoFocus
            autoComplete="username"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            required
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {problem && (
            <Alert color="red" variant="light" data-testid="login-problem">
              {problem}
            </Alert>
          )}
          {waitMs > 0 && (
            <Alert color="yellow" variant="light" data-testid="login-retry">
              {retryText(waitMs)}
            </Alert>
          )}
          <Button type="submit" loading={isBusy} disabled={waitMs > 0} w="fit-content">
            Log in
          </Button>
        </Stack>
      </form>
    </SessionCard>
  );
}
