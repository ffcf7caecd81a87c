import { Box, Button, Group, Text } from '@mantine/core';
import { useAuthStore } from '../../stores/useAuthStore';
import { useUiStore } from '../../stores/useUiStore';
import { ROLE_NAMES } from '../accounts/roleNames';
import { BackupReminder } from './BackupReminder';

/** Who is logged in, with their role, their own password, and the lock for leaving the desk. */
export function AccountBox() {
  const account = useAuthStore((s) => s.auth?.account ?? null);
  const lock = useAuthStore((s) => s.lock);
  const navigate = useUiStore((s) => s.navigate);

  return (
    <Box p="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Text size="xs" c="dimmed">
        Logged in as
      </Text>
      <Text size="sm" fw={500} data-testid="current-account" truncate>
        {account?.name ?? 'Administrator (no accounts on this register)'}
      </Text>
      {account && (
        <>
          <Text size="xs" c="dimmed" data-testid="current-role" truncate>
            {ROLE_NAMES[account.role]}
            {account.businessUnit && ` · ${account.businessUnit}`}
          </Text>
          <BackupReminder />
          <Group gap={4} mt={6}>
            <Button size="compact-xs" variant="default" onClick={() => void lock()}>
              Lock
            </Button>
            {account.role !== 'administrator' && (
              <Button size="compact-xs" variant="subtle" onClick={() => navigate({ page: 'accounts' })}>
                Change password
              </Button>
            )}
          </Group>
        </>
      )}
    </Box>
  );
}
