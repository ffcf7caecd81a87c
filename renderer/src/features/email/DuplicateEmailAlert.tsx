import { Alert, Button, Group, Text } from '@mantine/core';
import type { ConflictHolder } from '../../../../shared/contract/result';

type Props = { message: string; holder: ConflictHolder; isImporting: boolean; onOpen: () => void; onAddTo: () => void };

/**
 * The core refused to record an email a second time and named the incident that holds it: the two ways on
 * are offered here, so the officer need not find that incident by hand.
 */
export function DuplicateEmailAlert({ message, holder, isImporting, onOpen, onAddTo }: Props) {
  return (
    <Alert color="orange" variant="light" title="This email is already recorded" data-testid="duplicate-email">
      <Text size="sm">{message}</Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={onOpen}>
          Open {holder.reference}
        </Button>
        <Button size="xs" variant="default" onClick={onAddTo} loading={isImporting}>
          Add to it
        </Button>
      </Group>
    </Alert>
  );
}
