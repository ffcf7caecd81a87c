import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { INCIDENT_KIND_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDate } from '../../../../shared/time/ukTime';
import { StatusBadge } from '../../components/StatusBadge';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useRelatedStore, type RelatedGroup } from '../../stores/useRelatedStore';
import { useUiStore } from '../../stores/useUiStore';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

const BASIS_TITLES = { domain: 'Same lookalike domain', sender: 'Same sender', party: 'Same people or organisations' } as const;

/** Other incidents sharing this one's lookalike domains, senders or parties; each opens on click. */
export function RelatedTab({ incident }: { incident: IncidentRecord }) {
  // The summary line under the header loads and refreshes the groups for the open incident.
  const isCurrent = useRelatedStore((s) => s.incidentId === incident.id);
  const groups = useRelatedStore((s) => s.groups);
  const status = useRelatedStore((s) => s.status);
  const error = useRelatedStore((s) => s.error);

  if (!isCurrent || (status === 'loading' && groups.length === 0)) return null;
  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" variant="light" py={6}>
          {error.message}
        </Alert>
      )}
      {groups.length === 0 && !error && (
        <Text size="sm" c="dimmed">
          No other incident shares a lookalike domain, a sender or a party with this one.
        </Text>
      )}
      {groups.map((g) => (
        <RelatedGroupView key={`${g.basis}:${g.key}`} group={g} />
      ))}
    </Stack>
  );
}

function RelatedGroupView({ group }: { group: RelatedGroup }) {
  const openIncident = useUiStore((s) => s.openIncident);
  const listed = group.incidents.length;
  return (
    <Stack gap={4} data-testid="related-group">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {BASIS_TITLES[group.basis]}
      </Text>
      <Title order={2} size="h3">
        {group.summary}
      </Title>
      <Table highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>Reference</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th w={150}>Kind</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
            <Table.Th w={110}>Discovered</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.incidents.map((i) => (
            <Table.Tr
              key={i.id}
              data-testid="related-incident"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => openIncident(i.reference)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') openIncident(i.reference);
              }}
            >
              <Table.Td ff="monospace">{i.reference}</Table.Td>
              <Table.Td>{showHiddenMarks(i.title)}</Table.Td>
              <Table.Td>{INCIDENT_KIND_LABELS[i.kind]}</Table.Td>
              <Table.Td>
                <StatusBadge status={i.status} />
              </Table.Td>
              <Table.Td>{formatUkDate(i.discoveredAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {group.count > listed && (
        <Text size="xs" c="dimmed">
          The {listed} most recent of {group.count.toLocaleString('en-GB')} are listed.
        </Text>
      )}
    </Stack>
  );
}
