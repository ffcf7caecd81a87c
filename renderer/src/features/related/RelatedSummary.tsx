import { Anchor, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { IncidentRecord } from '../../lib/contractTypes';
import { subscribeToCoreEvents } from '../../lib/coreEvents';
import { useRelatedStore, type RelatedGroup } from '../../stores/useRelatedStore';
import { useUiStore } from '../../stores/useUiStore';
import { relatedLine } from './relatedLine';

/** One empty list, so the selector's answer is stable while another incident's groups are held. */
const NONE: RelatedGroup[] = [];

/** A line under the header when other incidents share this one's lookalike domain, sender or parties. */
export function RelatedSummary({ incident }: { incident: IncidentRecord }) {
  const load = useRelatedStore((s) => s.load);
  const groups = useRelatedStore((s) => (s.incidentId === incident.id ? s.groups : NONE));
  const setTab = useUiStore((s) => s.setIncidentTab);
  const { id } = incident;

  useEffect(() => {
    void load(id);
    // Another import elsewhere can make this incident part of a pattern.
    return subscribeToCoreEvents((event) => {
      if (event.type === 'data:changed' && event.entities.includes('incidents')) void load(id);
    });
  }, [id, load]);

  const line = relatedLine(groups);
  if (line === '') return null;
  return (
    <Group gap={6} px="md" pb={6} wrap="nowrap" data-testid="related-summary">
      <Text size="xs" fw={600} c="orange.9" style={{ whiteSpace: 'nowrap' }}>
        Related
      </Text>
      <Anchor component="button" type="button" size="xs" c="orange.9" onClick={() => setTab('related')} ta="left">
        {line}
      </Anchor>
    </Group>
  );
}
