import { Button, Group, Paper, Text } from '@mantine/core';
import { closingChecklist } from '../../../../shared/domain/workflow';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useUiStore } from '../../stores/useUiStore';
import { goToPlace } from './closingPlaces';

/**
 * What is left before the incident can close as a confirmed breach, always in view: the core's own closing
 * checklist (shared/domain/workflow.ts), live with every save, each item a link to where it is answered.
 */
export function WhatsLeft({ incident }: { incident: IncidentRecord }) {
  const setTab = useUiStore((s) => s.setIncidentTab);
  if (incident.status === 'closed') return null;
  const items = closingChecklist(incident);
  return (
    <Paper px="md" py={6} radius={0} bg="gray.0" data-testid="whats-left" aria-label="What's left before closing">
      {items.length === 0 ? (
        <Text size="sm">Nothing left: the record holds everything closing as a confirmed breach needs.</Text>
      ) : (
        <Group gap={4} align="center">
          <Text size="sm" fw={600} mr={4}>
            Left before closing as a breach ({items.length}):
          </Text>
          {items.map((item) => (
            <Button key={item.text} variant="subtle" size="compact-xs" data-testid="whats-left-item" onClick={() => goToPlace(item.place, setTab)}>
              {item.text.replace(/\.$/, '')}
            </Button>
          ))}
        </Group>
      )}
    </Paper>
  );
}
