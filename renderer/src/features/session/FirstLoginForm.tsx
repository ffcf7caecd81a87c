import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import { topLevelField } from '../../lib/formErrors';
import { useAuthStore } from '../../stores/useAuthStore';
import { NewPasswordFields } from './NewPasswordFields';
import { FirstLoginFormSchema, type FirstLoginFormOutput, type FirstLoginFormValues } from './newPasswordForms';
import { SessionCard } from './SessionCard';

const PASSWORD_NAMES = { password: 'newPassword', confirmation: 'confirmation' } as const;

/**
 * An account's first login: the password the administrator gave stops working, and the account chooses
 * its own. Casebook then makes the account's own keys, so nobody else — not the administrator who
 * created it — ever knows them. The core judges the new password's strength when it is submitted.
 */
export function FirstLoginForm({ name, givenPassword, onCancel }: { name: string; givenPassword: string; onCancel: () => void }) {
  const firstLogin = useAuthStore((s) => s.firstLogin);
  const form = useForm<FirstLoginFormValues, unknown, FirstLoginFormOutput>({
    resolver: zodResolver(FirstLoginFormSchema),
    defaultValues: { newPassword: '', confirmation: '' },
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, topLevelField(['newPassword'] as const));

  const onSubmit = form.handleSubmit(async ({ newPassword, confirmation }) => {
    setProblem(null);
    if (newPassword !== confirmation) {
      form.setError('newPassword', { type: 'confirmation', message: 'The two passwords differ. Type the same password twice.' });
      return;
    }
    try {
      await firstLogin({ name, password: givenPassword, newPassword });
    } catch (err) {
      show(toUiError(err));
    }
  });

  return (
    <SessionCard title="Choose your own password" intro={`Welcome, ${name}. This is your first login.`}>
      <form onSubmit={onSubmit} noValidate aria-label="Choose your own password">
        <Stack gap="sm">
          <Text size="sm">
            The password you were given works only once. Choose one that only you know: Casebook then makes your account’s own keys, which sign everything you record.
            Nobody else, not even the administrator who created your account, can use them.
          </Text>
          <NewPasswordFields control={form.control} label="Your new password" names={PASSWORD_NAMES} advice={null} />
          <ProblemAlert problem={problem} testId="first-login-problem" />
          <Group gap="sm">
            <Button type="submit" loading={form.formState.isSubmitting}>
              Set password and log in
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              Back
            </Button>
          </Group>
        </Stack>
      </form>
    </SessionCard>
  );
}
