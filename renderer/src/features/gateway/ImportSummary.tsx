import { Badge, Code, Group, Paper, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { DOMAIN_CLASS_LABELS, DOMAIN_CLASSES } from '../../../../shared/domain/lookalike/classes';
import type { GatewayImportResult } from '../../../../shared/contract/gatewayLogs';
import { useUiStore } from '../../stores/useUiStore';
import { addedToOpenText, formatCount } from './gatewayView';

/** What the import came to: the counts, the file's fingerprint, and the incidents the lookalike messages went into. */
export function ImportSummary({ result }: { result: GatewayImportResult }) {
  const openIncident = useUiStore((s) => s.openIncident);
  const addedToOpen = result.groups.filter((g) => g.openForDomain);

  return (
    <Stack gap="sm" data-testid="gateway-summary">
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Imported {result.fileName}
          </Text>
          <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="sm">
            <Figure label="Rows read" value={result.rowCount} />
            <Figure label="Messages kept" value={result.messageCount} />
            <Figure label="Parties created" value={result.partiesCreated} />
          </SimpleGrid>
          <Group gap="xs" aria-label="Recipients by class">
            {DOMAIN_CLASSES.map((domainClass) => (
              <Badge key={domainClass} variant={domainClass === 'lookalike' ? 'filled' : 'light'} color={domainClass === 'lookalike' ? 'red' : 'gray'} tt="none">
                {DOMAIN_CLASS_LABELS[domainClass]}: {formatCount(result.byClass[domainClass] ?? 0)}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            Only the lookalike messages were kept; the other rows were counted, then dropped. SHA-256 of the file:{' '}
            <Code fz="xs" data-testid="gateway-sha256">
              {result.sha256}
            </Code>
          </Text>
        </Stack>
      </Paper>
      {addedToOpen.map((group) => (
        <Text key={group.domain} size="sm" data-testid="gateway-added-to-open">
          {addedToOpenText(group)}.
        </Text>
      ))}
      {result.groups.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="gateway-no-groups">
          No message in this log went to a lookalike domain; no incident was created.
        </Text>
      ) : (
        <Table withTableBorder striped fz="sm" verticalSpacing={4} aria-label="Lookalike domains found" data-testid="gateway-groups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Lookalike domain</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th ta="right">Messages</Table.Th>
              <Table.Th>Incident</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.groups.map((group) => (
              <Table.Tr key={`${group.domain}-${group.incidentId}`} data-testid="gateway-group">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {group.domain}
                  </Text>
                  <Text size="xs" c="dimmed">
                    lookalike of {group.lookalikeOf}
                  </Text>
                </Table.Td>
                <Table.Td>{group.reason}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatCount(group.messageCount)}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <UnstyledButton
                      onClick={() => openIncident(group.reference)}
                      c="indigo.7"
                      fw={600}
                      ff="monospace"
                      fz="sm"
                      td="underline"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {group.reference}
                    </UnstyledButton>
                    <Badge size="xs" variant="light" color={group.created ? 'teal' : 'gray'}>
                      {group.created ? 'new' : group.openForDomain ? 'already open' : 'existing'}
                    </Badge>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatCount(value)}
      </Text>
    </div>
  );
}
