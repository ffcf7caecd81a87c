import { Alert, Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DemoBadge } from '../../components/DemoBadge';
import { PageHeader } from '../../components/PageHeader';
import { ScrollPage } from '../../components/ScrollPage';
import { usePartiesStore } from '../../stores/usePartiesStore';
import { useUiStore } from '../../stores/useUiStore';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

/** Everyone on record, by name; search by name, email or organisation. */
export function PartiesPage() {
  const { text, results, nextCursor, status, error } = usePartiesStore(
    useShallow((s) => ({ text: s.text, results: s.results, nextCursor: s.nextCursor, status: s.status, error: s.error })),
  );
  const search = usePartiesStore((s) => s.search);
  const navigate = useUiStore((s) => s.navigate);
  const [typed, setTyped] = useState(text);
  const searchLater = useDebouncedCallback((value: string) => void search(value), 250);

  useEffect(() => {
    void search(usePartiesStore.getState().text);
  }, [search]);

  return (
    <>
      <PageHeader title="Parties" />
      <Group px="md" py={8} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <TextInput
          aria-label="Search parties"
          placeholder="Search by name, email or organisation"
          type="search"
          w={360}
          value={typed}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            searchLater(e.currentTarget.value);
          }}
        />
      </Group>
      <ScrollPage>
        {error && (
          <Alert color="red" variant="light" mb="sm">
            {error.message}
          </Alert>
        )}
        {status === 'ready' && results.length === 0 ? (
          <Text size="sm" c="dimmed">
            {text ? `Nobody on record matches “${text}”.` : 'No parties on record yet. Add them from an incident’s Parties tab.'}
          </Text>
        ) : (
          <Table highlightOnHover data-testid="parties-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Organisation</Table.Th>
                <Table.Th ta="right">Incidents</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.map((party) => (
                <Table.Tr key={party.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component="button" type="button" size="sm" onClick={() => navigate({ page: 'party', id: party.id })}>
                        {showHiddenMarks(party.name)}
                      </Anchor>
                      {party.isDemo && <DemoBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td>{party.email || '—'}</Table.Td>
                  <Table.Td>{party.organisation || '—'}</Table.Td>
                  <Table.Td ta="right">{party.incidentCount.toLocaleString('en-GB')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {nextCursor && (
          <Button variant="subtle" mt="xs" loading={status === 'loading'} onClick={() => void search(text, true)}>
            Show more
          </Button>
        )}
      </ScrollPage>
    </>
  );
}
