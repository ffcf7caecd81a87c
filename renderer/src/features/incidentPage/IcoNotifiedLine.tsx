import { Button, Group, Stack, Text } from '@mantine/core';
import { formatDuration, isLateRegulatorNotification, regulatorDueAt } from '../../../../shared/domain/clocks';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useUiStore } from '../../stores/useUiStore';

/** When the ICO was told, and whether within the 72 hours; or a way to the Notifications tab to record it. */
export function IcoNotifiedLine({ incident }: { incident: IncidentRecord }) {
  const setTab = useUiStore((s) => s.setIncidentTab);
  const notifiedAt = incident.regulatorNotifiedAt;
  const isLate = notifiedAt !== null && isLateRegulatorNotification(incident.discoveredAt, notifiedAt);
  return (
    <Stack gap={2}>
      <Text size="xs" fw={500}>
        ICO notified
      </Text>
      {notifiedAt === null ? (
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            Not yet.
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={() => setTab('notifications')}>
            Record the report to the ICO
          </Button>
        </Group>
      ) : (
        <Text size="sm" data-testid="ico-notified-at">
          {formatUkDateTime(notifiedAt)}{' '}
          <Text span size="sm" c={isLate ? 'orange.8' : 'green.8'}>
            {isLate ? `(${formatDuration(notifiedAt - regulatorDueAt(incident.discoveredAt))} after the 72 hours)` : '(within 72 hours)'}
          </Text>
        </Text>
      )}
    </Stack>
  );
}
