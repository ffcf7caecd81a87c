import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { subscribeToCoreEvents } from '../../lib/coreEvents';
import { useEmailImportStore } from '../../stores/useEmailImportStore';
import { EvidenceList } from './EvidenceList';
import { MessagesTable } from './MessagesTable';

/** The incident's evidence files and the messages behind it, and the way to add another email. */
export function EmailTab({ incident }: { incident: IncidentRecord }) {
  const evidence = useEmailImportStore((s) => s.evidence);
  const messages = useEmailImportStore((s) => s.messages);
  const loadEvidence = useEmailImportStore((s) => s.loadEvidence);
  const loadMessages = useEmailImportStore((s) => s.loadMessages);
  const openDialog = useEmailImportStore((s) => s.openDialog);
  const isClosed = incident.status === 'closed';
  const mayImport = useMayCall('emails:import');
  const { id } = incident;

  useEffect(() => {
    const reload = () => void Promise.all([loadEvidence(id), loadMessages(id)]);
    reload();
    // An import here, or a gateway log finishing in the background, adds files and rows.
    return subscribeToCoreEvents((event) => {
      if (event.type === 'data:changed' && event.entities.includes('incidents')) reload();
    });
  }, [id, loadEvidence, loadMessages]);

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Email evidence
          </Title>
          {isClosed ? (
            <Text size="xs" c="dimmed">
              Closed: re-open the incident to add an email.
            </Text>
          ) : !mayImport ? (
            <ReadOnlyNote what="the evidence" />
          ) : (
            <Button onClick={() => openDialog({ context: { id, reference: incident.reference, title: incident.title } })}>Import email…</Button>
          )}
        </Group>
        {/* The files the messages were read from; attached files are on the Evidence tab with everything else. */}
        <EvidenceList items={evidence.incidentId === id ? evidence.items.filter((e) => e.source !== 'file') : []} error={evidence.error?.message ?? null} />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Messages
        </Title>
        <MessagesTable
          items={messages.incidentId === id ? messages.items : []}
          total={messages.incidentId === id ? messages.total : 0}
          hasMore={messages.incidentId === id && messages.nextCursor !== null}
          isLoading={messages.status === 'loading'}
          error={messages.error?.message ?? null}
          onLoadMore={() => void loadMessages(id, true)}
        />
      </Stack>
    </Stack>
  );
}
