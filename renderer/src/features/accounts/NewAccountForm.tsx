import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, useWatch } from 'react-hook-form';
import { ACCOUNT_ROLES } from '../../../../shared/contract/accounts';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import { topLevelField } from '../../lib/formErrors';
import { useAccountsStore } from '../../stores/useAccountsStore';
import { NewPasswordFields } from '../session/NewPasswordFields';
import { NewAccountFormSchema, type NewAccountFormOutput, type NewAccountFormValues } from '../session/newPasswordForms';
import { useNewPasswordCheck } from '../session/useNewPasswordCheck';
import { usePasswordAdvice } from '../session/usePasswordAdvice';
import { ROLE_DESCRIPTIONS, ROLE_NAMES } from './roleNames';

const ROLE_OPTIONS = ACCOUNT_ROLES.map((role) => ({ value: role, label: ROLE_NAMES[role] }));
const PASSWORD_NAMES = { password: 'password', confirmation: 'confirmation' } as const;
const EMPTY: NewAccountFormValues = { name: '', role: 'officer', businessUnit: '', password: '', confirmation: '' };

/** An administrator adds an officer's or reviewer's account with a first password to hand over in person. */
export function NewAccountForm() {
  const create = useAccountsStore((s) => s.create);
  const form = useForm<NewAccountFormValues, unknown, NewAccountFormOutput>({ resolver: zodResolver(NewAccountFormSchema), defaultValues: EMPTY });
  const { control } = form;
  const [name, role, password] = useWatch({ control, name: ['name', 'role', 'password'] });
  const advice = usePasswordAdvice(password, name);
  const isPasswordUsable = useNewPasswordCheck(form, PASSWORD_NAMES, advice);
  const { problem, setProblem, show } = useFormProblem(form.setError, topLevelField(['name', 'password'] as const));

  const onSubmit = form.handleSubmit(
    async ({ name, role, businessUnit, password }) => {
      setProblem(null);
      if (!isPasswordUsable()) return;
      try {
        const account = await create({ name, role, businessUnit, password });
        form.reset({ ...EMPTY, role });
        notifications.show({
          message: `${account.name} can now log in as ${ROLE_NAMES[account.role].toLowerCase()}. At their first login they choose their own password, and the first password stops working.`,
        });
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
    <form onSubmit={onSubmit} noValidate aria-label="New account">
      <Stack gap="sm" maw={420}>
        <Group grow align="flex-start">
          <TextField control={control} name="name" label="Account name" required />
          <SelectField control={control} name="role" label="Role" required data={ROLE_OPTIONS} description={ROLE_DESCRIPTIONS[role]} allowDeselect={false} />
        </Group>
        <TextField control={control} name="businessUnit" label="Business unit" />
        <NewPasswordFields control={control} label="First password" names={PASSWORD_NAMES} advice={advice} />
        <ProblemAlert problem={problem} />
        <Button type="submit" loading={form.formState.isSubmitting} w="fit-content">
          Create account
        </Button>
      </Stack>
    </form>
  );
}
