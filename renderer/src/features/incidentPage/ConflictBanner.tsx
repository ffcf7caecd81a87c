import { Alert, Button, Group, Text } from '@mantine/core';
import { useIncidentStore } from '../../stores/useIncidentStore';

/** Optimistic concurrency made visible: a save from a stale copy was refused, and the way out is one click. */
export function ConflictBanner() {
  const hasConflict = useIncidentStore((s) => s.hasConflict);
  const reload = useIncidentStore((s) => s.reload);
  if (!hasConflict) return null;
  return (
    <Alert color="orange" variant="light" mx="md" mt="xs" py={6} data-testid="conflict-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          Someone changed this incident since you opened it, so your change was not saved. Reload to see the latest version, then make your change again.
        </Text>
        <Button size="xs" color="orange" onClick={() => void reload()}>
          Reload
        </Button>
      </Group>
    </Alert>
  );
}
