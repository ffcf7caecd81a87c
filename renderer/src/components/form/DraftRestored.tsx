import { Alert, Button, Group, Text, type MantineSpacing } from '@mantine/core';
import { formatUkDateTime } from '../../../../shared/time/ukTime';

/** Says that the form shows a kept draft, not what is recorded, and offers to throw it away. */
export function DraftRestored({ at, onDiscard, mb }: { at: number | null; onDiscard: () => void; mb?: MantineSpacing }) {
  if (at === null) return null;
  return (
    <Alert color="blue" variant="light" py={6} mb={mb} data-testid="draft-restored">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm">Restored your unsaved draft from {formatUkDateTime(at)}. It is not recorded until you save it.</Text>
        <Button size="compact-sm" variant="subtle" onClick={onDiscard}>
          Discard draft
        </Button>
      </Group>
    </Alert>
  );
}
