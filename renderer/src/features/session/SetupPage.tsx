import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { TextField } from '../../components/form/TextField';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import { topLevelField } from '../../lib/formErrors';
import { useAuthStore } from '../../stores/useAuthStore';
import { NewPasswordFields } from './NewPasswordFields';
import { SetupFormSchema, type SetupFormOutput, type SetupFormValues } from './newPasswordForms';
import { SessionCard } from './SessionCard';
import { useNewPasswordCheck } from './useNewPasswordCheck';
import { usePasswordAdvice } from './usePasswordAdvice';

const PASSWORD_NAMES = { password: 'password', confirmation: 'confirmation' } as const;

/** First run: the first administrator's account, whose password also protects the new encrypted register. */
export function SetupPage() {
  const setup = useAuthStore((s) => s.setup);
  const form = useForm<SetupFormValues, unknown, SetupFormOutput>({
    resolver: zodResolver(SetupFormSchema),
    defaultValues: { name: '', businessUnit: '', password: '', confirmation: '' },
  });
  const { control } = form;
  const [name, password] = useWatch({ control, name: ['name', 'password'] });
  const advice = usePasswordAdvice(password, name);
  const isPasswordUsable = useNewPasswordCheck(form, PASSWORD_NAMES, advice);
  const { problem, setProblem, show } = useFormProblem(form.setError, topLevelField(['name', 'password'] as const));

  const onSubmit = form.handleSubmit(
    async ({ name, businessUnit, password }) => {
      setProblem(null);
      if (!isPasswordUsable()) return;
      try {
        await setup({ name, businessUnit, password });
      } catch (err) {
        show(toUiError(err));
      }
    },
    () => {
      setProblem(null);
      isPasswordUsable();
    },
  );

  return (
    <SessionCard
      title="Create the administrator account"
      intro="Casebook keeps its register encrypted. This first account administers it: it adds the other officers’ accounts, sets the lock and makes backups. Its password opens the register, so choose one nobody could guess, and keep it safe — it cannot be recovered."
    >
      <form onSubmit={onSubmit} noValidate aria-label="Create the administrator account">
        <Stack gap="sm">
          <TextField control={control} name="name" label="Account name" description="Your name as every change you make will record it." required autoFocus />
          <TextField control={control} name="businessUnit" label="Business unit" description="Optional. Used as the default for new incidents." />
          <NewPasswordFields control={control} label="Password" names={PASSWORD_NAMES} advice={advice} />
          <ProblemAlert problem={problem} />
          <Button type="submit" loading={form.formState.isSubmitting} w="fit-content">
            Create account and open Casebook
          </Button>
        </Stack>
      </form>
    </SessionCard>
  );
}
