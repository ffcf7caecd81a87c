import { Alert, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAccountsStore } from '../../stores/useAccountsStore';
import { useAuthStore } from '../../stores/useAuthStore';
import { ROLE_NAMES } from './roleNames';

/** Every local account; any but your own can be removed (its key slot goes with it). */
export function AccountsTable() {
  const accounts = useAccountsStore((s) => s.accounts);
  const status = useAccountsStore((s) => s.status);
  const error = useAccountsStore((s) => s.error);
  const load = useAccountsStore((s) => s.load);
  const remove = useAccountsStore((s) => s.remove);
  const me = useAuthStore((s) => s.auth?.account?.name);
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
              <Table.Td ta="right">
                {a.name !== me && (
                  <Button size="compact-xs" color="red" variant="subtle" onClick={() => setRemoving(a.name)}>
                    Remove
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing}’s account?`}
          message={`${removing} will no longer be able to open the register. Their past entries in the audit trail keep their name.`}
          confirmLabel="Remove account"
          onConfirm={async () => {
            await remove(removing);
            notifications.show({ message: `${removing}’s account was removed.` });
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </>
  );
}
