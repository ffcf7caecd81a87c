import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { ACCOUNT_ROLES, type AccountRole } from '../../../../shared/contract/accounts';
import { toUiError } from '../../lib/errors';
import { useAccountsStore } from '../../stores/useAccountsStore';
import { NewPasswordFields } from '../session/NewPasswordFields';
import { newPasswordProblem } from '../session/sessionText';
import { usePasswordAdvice } from '../session/usePasswordAdvice';
import { ROLE_DESCRIPTIONS, ROLE_NAMES } from './roleNames';

const ROLE_OPTIONS = ACCOUNT_ROLES.map((role) => ({ value: role, label: ROLE_NAMES[role] }));

/** An administrator adds an officer's or reviewer's account with a first password to hand over in person. */
export function NewAccountForm() {
  const create = useAccountsStore((s) => s.create);
  const [name, setName] = useState('');
  const [role, setRole] = useState<AccountRole>('officer');
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
      const account = await create({ name, role, businessUnit, password });
      setName('');
      setBusinessUnit('');
      setPassword('');
      setConfirmation('');
      notifications.show({ message: `${account.name} can now log in as ${ROLE_NAMES[account.role].toLowerCase()}.` });
    } catch (err) {
      const error = toUiError(err);
      const atPassword = error.issues?.find((i) => i.path === 'password');
      const atName = error.issues?.find((i) => i.path === 'name');
      if (atPassword) setPasswordError(atPassword.message);
      if (atName) setNameError(atName.message);
      if (!atPassword && !atName) setProblem(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="New account">
      <Stack gap="sm" maw={420}>
        <Group grow align="flex-start">
          <TextInput label="Account name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameError} />
          <Select
            label="Role"
            required
            data={ROLE_OPTIONS}
            description={ROLE_DESCRIPTIONS[role]}
            value={role}
            allowDeselect={false}
            onChange={(value) => value && setRole(value as AccountRole)}
          />
        </Group>
        <TextInput label="Business unit" value={businessUnit} onChange={(e) => setBusinessUnit(e.currentTarget.value)} />
        <NewPasswordFields
          label="First password"
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
          Create account
        </Button>
      </Stack>
    </form>
  );
}
