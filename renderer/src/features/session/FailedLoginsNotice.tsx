import { Button, Group, Modal, Text } from '@mantine/core';
import { useAuthStore } from '../../stores/useAuthStore';
import { failedLoginsText } from './sessionText';

/** Shown once after logging in when someone tried this account's password and failed since its last login. */
export function FailedLoginsNotice() {
  const failed = useAuthStore((s) => s.unseenFailedLogins);
  const dismiss = useAuthStore((s) => s.dismissFailedLogins);

  return (
    <Modal opened={failed.length > 0} onClose={dismiss} title="Failed login attempts" centered>
      <Text size="sm" data-testid="failed-logins">
        {failedLoginsText(failed)}
      </Text>
      <Text size="sm" c="dimmed" mt="xs">
        If these were not you, tell your departmental security officer: someone may have tried to open the register.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button onClick={dismiss}>I have read this</Button>
      </Group>
    </Modal>
  );
}
