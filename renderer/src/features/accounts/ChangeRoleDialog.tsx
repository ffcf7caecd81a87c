import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ACCOUNT_ROLES, type Account, type AccountRole } from '../../../../shared/contract/accounts';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { toUiError } from '../../lib/errors';
import { ROLE_DESCRIPTIONS, ROLE_NAMES } from './roleNames';

/**
 * Changes an account's role without re-creating it. The core signs the new role into the list of accounts
 * and re-keys the register, so a copy of the account's old key file cannot bring the old role back.
 */
export function ChangeRoleDialog({ account, onChange, onClose }: { account: Account; onChange: (role: AccountRole) => Promise<void>; onClose: () => void }) {
  const [role, setRole] = useState<AccountRole>(account.role);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onChange(role);
      onClose();
    } catch (e) {
      setProblem(toUiError(e).message);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Change ${account.name}’s role`} size="md">
      <Stack gap="sm">
        <Radio.Group value={role} onChange={(v) => setRole(v as AccountRole)} label="Role">
          <Stack gap={6} mt={4}>
            {ACCOUNT_ROLES.map((r) => (
              <Radio key={r} value={r} label={ROLE_NAMES[r]} description={ROLE_DESCRIPTIONS[r]} />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          The register gets a new key, handed to every account. Copies of the old key file (in backups, or kept by {account.name}) no longer open it.
        </Text>
        <ProblemAlert problem={problem} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button loading={isBusy} disabled={role === account.role} onClick={() => void confirm()}>
            Change role
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
