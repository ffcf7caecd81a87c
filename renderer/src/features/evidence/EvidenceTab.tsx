import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { subscribeToCoreEvents } from '../../lib/coreEvents';
import { useEvidenceStore } from '../../stores/useEvidenceStore';
import { AttachEvidence } from './AttachEvidence';
import { CustodyList } from './CustodyList';
import { EvidenceCard } from './EvidenceCard';
import { totalText } from './evidenceView';

/** Everything kept as evidence of the incident — imported emails and attached files — with the total, and the way to attach more. */
export function EvidenceTab({ incident }: { incident: IncidentRecord }) {
  const { id } = incident;
  const state = useEvidenceStore();
  const load = useEvidenceStore((s) => s.load);
  const mayAdd = useMayCall('evidence:add');
  const isClosed = incident.status === 'closed';
  const isCurrent = state.incidentId === id;
  const items = isCurrent ? state.items : [];
  const removed = isCurrent ? state.removed : [];

  useEffect(() => {
    void load(id);
    // An email imported, or a file attached elsewhere, changes what is kept.
    return subscribeToCoreEvents((event) => {
      if (event.type === 'data:changed' && event.entities.includes('incidents')) void load(id);
    });
  }, [id, load]);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Evidence
        </Title>
        <Text size="sm" c="dimmed" data-testid="evidence-total">
          {totalText(items.length, isCurrent ? state.totalBytes : 0)}
        </Text>
      </Group>
      {isClosed ? (
        <Text size="xs" c="dimmed">
          Closed: re-open the incident to attach or remove a file.
        </Text>
      ) : mayAdd ? (
        <AttachEvidence incidentId={id} />
      ) : (
        <ReadOnlyNote what="the evidence" />
      )}
      {isCurrent && state.error && (
        <Alert color="red" variant="light" py={6}>
          {state.error.message}
        </Alert>
      )}
      {items.map((item) => (
        <EvidenceCard key={item.id} item={item} mayRemove={mayAdd && !isClosed} />
      ))}
      <Text size="xs" c="dimmed">
        Casebook never opens a file kept as evidence: images are shown as pictures, everything else only by name, type and hash. Save a copy to open it elsewhere.
      </Text>
      {removed.length > 0 && (
        <Stack gap="xs" mt="sm">
          <Title order={3} size="h4">
            Removed
          </Title>
          {removed.map((r) => (
            <Paper key={r.id} withBorder p="xs" bg="gray.0" data-testid="evidence-removed">
              <Text size="sm" fw={600}>
                {r.fileName}
              </Text>
              <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                SHA-256 {r.sha256}
              </Text>
              <CustodyList steps={r.custody} />
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
