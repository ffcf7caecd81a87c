import { Alert, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAccountsStore } from '../../stores/useAccountsStore';
import { useAuthStore } from '../../stores/useAuthStore';
import type { Account } from '../../../../shared/contract/accounts';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { ReassignDialog } from './ReassignDialog';
import { ROLE_NAMES } from './roleNames';

const WAITS =
  'Another Casebook process (the command line, or the app on another login) has the register open, so the new key waits. The account already cannot log in; the re-key completes the next time anyone opens the register.';

/** Every account on the signed list; any but your own can have its role changed or be removed, each re-keying the register. */
export function AccountsTable() {
  const accounts = useAccountsStore((s) => s.accounts);
  const status = useAccountsStore((s) => s.status);
  const error = useAccountsStore((s) => s.error);
  const load = useAccountsStore((s) => s.load);
  const remove = useAccountsStore((s) => s.remove);
  const changeRole = useAccountsStore((s) => s.changeRole);
  const [changing, setChanging] = useState<Account | null>(null);
  const [leftOver, setLeftOver] = useState<{ from: string; openWork: { incidents: number; actions: number } } | null>(null);
  const me = useAuthStore((s) => s.auth?.account?.name);
  // Re-read after a revocation: the status carries the waiting re-key the banner shows.
  const reloadStatus = useAuthStore((s) => s.load);
  const [removing, setRemoving] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'error' && error) {
    return (
      <Alert color="red" variant="light">
        {error.message}
      </Alert>
    );
  }

  return (
    <>
      <Table striped withTableBorder fz="sm" data-testid="accounts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Business unit</Table.Th>
            <Table.Th>Last login</Table.Th>
            <Table.Th>Signing key</Table.Th>
            <Table.Th>
              <VisuallyHidden>Change</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => (
            <Table.Tr key={a.name} data-testid="account-row">
              <Table.Td fw={500}>{a.name}</Table.Td>
              <Table.Td>{ROLE_NAMES[a.role]}</Table.Td>
              <Table.Td>{a.businessUnit}</Table.Td>
              <Table.Td>
                {a.lastLoginAt ? (
                  formatUkDateTime(a.lastLoginAt)
                ) : (
                  <Text span c="dimmed" size="sm">
                    Never
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {a.awaitingFirstLogin ? (
                  <Badge color="yellow" variant="light" size="sm" title="Created by an administrator; chooses its own password and makes its own keys at its first login">
                    Awaiting first login
                  </Badge>
                ) : (
                  <Text span ff="monospace" size="xs" title="The account's signing key id on the signed list of accounts">
                    {a.keyId ?? '—'}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {a.name !== me && (
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => setChanging(a)}>
                      Change role
                    </Button>
                    <Button size="compact-xs" color="red" variant="subtle" onClick={() => setRemoving(a.name)}>
                      Remove
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing}’s account?`}
          message={`${removing} will no longer be able to open the register: the register gets a new key, and copies of the old key file no longer open it. Their past entries in the audit trail keep their name.`}
          confirmLabel="Remove account"
          onConfirm={async () => {
            const { rekeyPending, openWork } = await remove(removing);
            await reloadStatus();
            notifications.show({
              message: rekeyPending ? `${removing}’s account was removed. ${WAITS}` : `${removing}’s account was removed and the register re-keyed.`,
            });
            if (openWork.incidents + openWork.actions > 0) setLeftOver({ from: removing, openWork });
          }}
          onClose={() => setRemoving(null)}
        />
      )}
      {leftOver && <ReassignDialog from={leftOver.from} openWork={leftOver.openWork} onClose={() => setLeftOver(null)} />}
      {changing && (
        <ChangeRoleDialog
          account={changing}
          onChange={async (role) => {
            const waits = await changeRole(changing.name, role);
            await reloadStatus();
            const done = `${changing.name} is now ${ROLE_NAMES[role].toLowerCase()}.`;
            notifications.show({ message: waits ? `${done} ${WAITS}` : `${done} The register was re-keyed.` });
          }}
          onClose={() => setChanging(null)}
        />
      )}
    </>
  );
}
