import { Alert, Anchor, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useRetentionStore } from '../../stores/useRetentionStore';
import { useUiStore } from '../../stores/useUiStore';
import { dueCountText } from '../retention/retentionView';

/** Incidents whose personal data has passed its date in the retention schedule; nothing is erased until two people agree. */
export function DueForErasure() {
  const due = useRetentionStore((s) => s.due);
  const status = useRetentionStore((s) => s.status);
  const load = useRetentionStore((s) => s.load);
  const navigate = useUiStore((s) => s.navigate);
  useEffect(() => {
    void load();
  }, [load]);
  if (status !== 'ready' || due.length === 0) return null;
  return (
    <Alert color="orange" variant="light" py={6} data-testid="due-for-erasure">
      <Text size="sm">
        {dueCountText(due.length)} under the retention schedule.{' '}
        <Anchor component="button" size="sm" onClick={() => navigate({ page: 'retention' })}>
          Review them
        </Anchor>
      </Text>
    </Alert>
  );
}
