import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAccountsStore } from '../../stores/useAccountsStore';
import { useAuthStore } from '../../stores/useAuthStore';

/**
 * Replaces the register's key, for when a password or a key file may have been exposed. The new key is
 * sealed to every account's own key, so nobody loses access and no password is needed.
 */
export function KeyRotation() {
  const rotateKey = useAccountsStore((s) => s.rotateKey);
  const reloadStatus = useAuthStore((s) => s.load);
  const [isConfirming, setConfirming] = useState(false);

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
          message="Every account keeps access with its own password. Copies of the old key file, and old backups, no longer open the register as it is now."
          confirmLabel="Rotate the key"
          onConfirm={async () => {
            const waits = await rotateKey();
            await reloadStatus();
            notifications.show({
              message: waits
                ? 'Another Casebook process has the register open, so the new key waits; it is applied the next time anyone opens the register.'
                : 'The register now has a new key. Make a new backup: old ones open only with the old key.',
            });
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
