import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import type { Evidence } from '../../stores/useEmailImportStore';
import { sourceLabel } from '../evidence/evidenceView';
import { fileSizeText } from './recipientView';

/**
 * The files kept as evidence. The SHA-256 is printed whole, so an officer can compare it with a copy
 * of the file held elsewhere and show it was not altered.
 */
export function EvidenceList({ items, error }: { items: Evidence[]; error: string | null }) {
  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" variant="light" py={6}>
          {error}
        </Alert>
      )}
      {items.length === 0 && !error && (
        <Text size="sm" c="dimmed">
          No files kept yet. Import the email that went astray, or a gateway log, and it is kept here with its SHA-256.
        </Text>
      )}
      {items.map((e) => (
        <Paper key={e.id} withBorder p="xs" data-testid="evidence">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Text size="sm" fw={600} truncate>
                {e.fileName}
              </Text>
              <Badge variant="default">{sourceLabel(e)}</Badge>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {fileSizeText(e.size)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              Added {formatUkDateTime(e.addedAt)} by {e.addedBy}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap" mt={2}>
            <Text size="xs" c="dimmed">
              SHA-256
            </Text>
            <Text size="xs" ff="monospace" data-testid="evidence-sha256" style={{ overflowWrap: 'anywhere', userSelect: 'all' }}>
              {e.sha256}
            </Text>
          </Group>
          {e.source === 'email' && <AttachmentList attachments={e.attachments} />}
        </Paper>
      ))}
    </Stack>
  );
}

/** What the message carried: names and sizes as the message gave them, read when it was imported. */
function AttachmentList({ attachments }: { attachments: Evidence['attachments'] }) {
  if (attachments.length === 0) {
    return (
      <Text size="xs" c="dimmed" mt={2}>
        No attachments.
      </Text>
    );
  }
  return (
    <Stack gap={0} mt={4} data-testid="evidence-attachments" aria-label="Attachments">
      <Text size="xs" c="dimmed">
        {attachments.length === 1 ? '1 attachment' : `${attachments.length} attachments`}
      </Text>
      {attachments.map((a, i) => (
        <Text key={i} size="xs" data-testid="evidence-attachment" style={{ overflowWrap: 'anywhere' }}>
          {a.fileName}{' '}
          <Text span size="xs" c="dimmed">
            ({fileSizeText(a.size)}, {a.mediaType})
          </Text>
        </Text>
      ))}
    </Stack>
  );
}
