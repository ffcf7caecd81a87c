import { Anchor, Button, Fieldset, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PARTY_ROLE_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { StatusBadge } from '../../components/StatusBadge';
import { toUiError } from '../../lib/errors';
import { usePartiesStore } from '../../stores/usePartiesStore';
import { useUiStore } from '../../stores/useUiStore';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

/** Every incident touching the open party, most recently discovered first. */
export function PartyIncidents() {
  const incidents = usePartiesStore((s) => s.incidents);
  const cursor = usePartiesStore((s) => s.incidentsCursor);
  const loadMore = usePartiesStore((s) => s.loadMoreIncidents);
  const openIncident = useUiStore((s) => s.openIncident);

  return (
    <Fieldset legend="Incidents involving this party" variant="filled" p="sm">
      {incidents.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not linked to any incident.
        </Text>
      ) : (
        <Table highlightOnHover data-testid="party-incidents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>Reference</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th w={130}>Status</Table.Th>
              <Table.Th w={220}>Roles</Table.Th>
              <Table.Th w={150}>Discovered</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {incidents.map(({ incident, involvement }) => (
              <Table.Tr key={incident.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component="button" type="button" size="sm" ff="monospace" onClick={() => openIncident(incident.reference)}>
                    {incident.reference}
                  </Anchor>
                </Table.Td>
                <Table.Td>{showHiddenMarks(incident.title)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={incident.status} />
                </Table.Td>
                <Table.Td>{involvement.roles.map((r) => PARTY_ROLE_LABELS[r]).join(', ')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatUkDateTime(incident.discoveredAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {cursor && (
        <Button
          variant="subtle"
          mt="xs"
          onClick={() =>
            loadMore().catch((e: unknown) => notifications.show({ color: 'red', title: 'More incidents could not be loaded', message: toUiError(e).message }))
          }
        >
          Show more incidents
        </Button>
      )}
    </Fieldset>
  );
}
