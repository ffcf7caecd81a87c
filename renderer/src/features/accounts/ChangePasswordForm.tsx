import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, useWatch } from 'react-hook-form';
import { PasswordField } from '../../components/form/PasswordField';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import { topLevelField } from '../../lib/formErrors';
import { useAccountsStore } from '../../stores/useAccountsStore';
import { useAuthStore } from '../../stores/useAuthStore';
import { NewPasswordFields } from '../session/NewPasswordFields';
import { PasswordChangeFormSchema, type PasswordChangeFormOutput, type PasswordChangeFormValues } from '../session/newPasswordForms';
import { useNewPasswordCheck } from '../session/useNewPasswordCheck';
import { usePasswordAdvice } from '../session/usePasswordAdvice';

const PASSWORD_NAMES = { password: 'newPassword', confirmation: 'confirmation' } as const;
const NO_CURRENT = 'Enter your current password.';

/** Changes the logged-in account's own password (the core rewraps only that account's copy of the key). */
export function ChangePasswordForm() {
  const changePassword = useAccountsStore((s) => s.changePassword);
  const name = useAuthStore((s) => s.auth?.account?.name ?? '');
  const form = useForm<PasswordChangeFormValues, unknown, PasswordChangeFormOutput>({
    resolver: zodResolver(PasswordChangeFormSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmation: '' },
  });
  const { control } = form;
  const newPassword = useWatch({ control, name: 'newPassword' });
  const advice = usePasswordAdvice(newPassword, name);
  const isPasswordUsable = useNewPasswordCheck(form, PASSWORD_NAMES, advice);
  const { problem, setProblem, show } = useFormProblem(form.setError, topLevelField(['newPassword'] as const));

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setProblem(null);
    const isUsable = isPasswordUsable();
    if (currentPassword === '') setProblem(NO_CURRENT);
    if (!isUsable || currentPassword === '') return;
    try {
      await changePassword({ currentPassword, newPassword });
      notifications.show({ message: 'Your password was changed. Use the new one from your next login.' });
      form.setValue('newPassword', '');
      form.setValue('confirmation', '');
    } catch (err) {
      show(toUiError(err));
    } finally {
      // The current password is used once, whatever the answer.
      form.setValue('currentPassword', '');
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change your password">
      <Stack gap="sm" maw={420}>
        <PasswordField control={control} name="currentPassword" label="Current password" required autoComplete="current-password" />
        <NewPasswordFields control={control} label="New password" names={PASSWORD_NAMES} advice={advice} />
        <ProblemAlert problem={problem} />
        <Button type="submit" loading={form.formState.isSubmitting} w="fit-content">
          Change password
        </Button>
      </Stack>
    </form>
  );
}
