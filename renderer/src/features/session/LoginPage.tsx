import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { LoginSchema } from '../../../../shared/contract/auth';
import type { z } from '../../../../shared/zodConfig';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { toUiError } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { useAuthStore } from '../../stores/useAuthStore';
import { retryText } from './sessionText';
import { FirstLoginForm } from './FirstLoginForm';
import { SessionCard } from './SessionCard';

type LoginValues = z.input<typeof LoginSchema>;

/**
 * Login, and the lock screen (the same card): it shows nothing of the register, only who may open it.
 * While wrong passwords are slowing logins down, the button waits out the core's back-off with a countdown.
 */
export function LoginPage() {
  const login = useAuthStore((s) => s.login);
  const retryAfterMs = useAuthStore((s) => s.auth?.retryAfterMs ?? 0);
  const form = useForm<LoginValues, unknown, z.output<typeof LoginSchema>>({
    resolver: zodResolver(LoginSchema),
    defaultValues: { name: '', password: '' },
  });
  const [problem, setProblem] = useState<string | null>(null);
  // The core's answer to an account that has not yet chosen its own password: held only until that form is done.
  const [firstLogin, setFirstLogin] = useState<{ name: string; givenPassword: string } | null>(null);
  const [retryAt, setRetryAt] = useState(0);
  const now = useNow(250);

  // The core says how long to wait from the moment it answered; the countdown runs from then.
  useEffect(() => {
    setRetryAt(retryAfterMs > 0 ? Date.now() + retryAfterMs : 0);
  }, [retryAfterMs]);

  const waitMs = Math.max(0, retryAt - now);

  // One sentence for both fields, on the card: the login screen says no more about which was missing.
  const onSubmit = form.handleSubmit(
    async (credentials) => {
      setProblem(null);
      try {
        await login(credentials);
      } catch (err) {
        const error = toUiError(err);
        if (error.code === 'CONFLICT' && error.issues?.some((i) => i.path === 'newPassword'))
          setFirstLogin({ name: credentials.name, givenPassword: credentials.password });
        else setProblem(error.message);
      } finally {
        // Used once, then gone: a wrong password is not left in the field, nor a right one in memory.
        form.setValue('password', '');
      }
    },
    () => setProblem('Enter your account name and password.'),
  );

  if (firstLogin) return <FirstLoginForm name={firstLogin.name} givenPassword={firstLogin.givenPassword} onCancel={() => setFirstLogin(null)} />;

  return (
    <SessionCard title="Casebook is locked" intro="Log in with your Casebook account to open the register.">
      <form onSubmit={onSubmit} noValidate aria-label="Log in">
        <Stack gap="sm">
          <TextInput label="Account name" required autoFocus autoComplete="username" {...form.register('name')} />
          <PasswordInput label="Password" required autoComplete="current-password" {...form.register('password')} />
          <ProblemAlert problem={problem} testId="login-problem" />
          {waitMs > 0 && (
            <Alert color="yellow" variant="light" data-testid="login-retry">
              {retryText(waitMs)}
            </Alert>
          )}
          <Button type="submit" loading={form.formState.isSubmitting} disabled={waitMs > 0} w="fit-content">
            Log in
          </Button>
        </Stack>
      </form>
    </SessionCard>
  );
}
