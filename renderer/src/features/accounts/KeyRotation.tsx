import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAccountsStore } from '../../stores/useAccountsStore';
import { useAuthStore } from '../../stores/useAuthStore';

/**
 * Replaces the register's key, for when a password or a key file may have been exposed. Only the caller's
 * own copy can be rewrapped (the others need their owners' passwords), so every other account goes.
 */
export function KeyRotation() {
  const rotateKey = useAccountsStore((s) => s.rotateKey);
  const accounts = useAccountsStore((s) => s.accounts);
  const me = useAuthStore((s) => s.auth?.account?.name);
  const [isConfirming, setConfirming] = useState(false);
  const others = accounts.filter((a) => a.name !== me).map((a) => a.name);

  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">
        Rotate the key if a password or the key file beside the register may have been exposed. Old backups keep the old key and the accounts they were made with.
      </Text>
      <Button color="red" variant="light" onClick={() => setConfirming(true)}>
        Rotate the register’s key
      </Button>
      {isConfirming && (
        <ConfirmDialog
          title="Rotate the register’s key?"
          message={
            others.length > 0
              ? `Only your account keeps access. These accounts are removed and must be created again with new passwords: ${others.join(', ')}.`
              : 'Your account keeps access with its current password.'
          }
          confirmLabel="Rotate the key"
          onConfirm={async () => {
            await rotateKey();
            notifications.show({ message: 'The register now has a new key. Make a new backup: old ones open only with the old key.' });
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
