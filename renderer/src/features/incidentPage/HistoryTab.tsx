import { Alert, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { AuditVerification } from '../../components/AuditVerification';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { auditFieldLabel, auditValueText, readableSummary } from '../../../../shared/domain/auditWords';

/** Every recorded change to the incident, newest first, straight from the audit log. */
export function HistoryTab() {
  const history = useIncidentStore((s) => s.history);
  const loadHistory = useIncidentStore((s) => s.loadHistory);

  // Re-read whenever the tab is shown: any edit on the other tabs adds entries.
  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  return (
    <Stack gap="sm">
      <AuditVerification />
      {history.error && (
        <Alert color="red" variant="light">
          {history.error.message}
        </Alert>
      )}
      <Stack gap="xs" data-testid="history">
        {history.items.map((entry) => (
          <HistoryEntry key={entry.seq} entry={entry} />
        ))}
      </Stack>
      {history.nextCursor && (
        <Button variant="subtle" onClick={() => void loadHistory(true)} w="fit-content">
          Show older changes
        </Button>
      )}
    </Stack>
  );
}

const VALUE_STYLE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function HistoryEntry({ entry }: { entry: AuditEntry }) {
  return (
    <Paper withBorder p="xs" data-testid="history-entry">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatUkDateTime(entry.at)}
          </Text>
          <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {entry.actor}
          </Text>
          <Text size="sm" truncate>
            {readableSummary(entry)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }} title={entry.action}>
          #{entry.seq}
        </Text>
      </Group>
      {entry.changes.length > 0 && (
        <Table mt={4} fz="xs" verticalSpacing={2} withRowBorders={false} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>Field</Table.Th>
              <Table.Th>Before</Table.Th>
              <Table.Th w={24}>
                <VisuallyHidden>changed to</VisuallyHidden>
              </Table.Th>
              <Table.Th>After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Td c="dimmed" title={change.field}>
                  {auditFieldLabel(change.field)}
                </Table.Td>
                <Table.Td style={VALUE_STYLE}>{auditValueText(change.field, change.before)}</Table.Td>
                <Table.Td c="dimmed">→</Table.Td>
                <Table.Td style={VALUE_STYLE}>{auditValueText(change.field, change.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
