import { Alert, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Party } from '../../../../shared/contract/parties';
import { toUiError } from '../../lib/errors';
import { usePartiesStore } from '../../stores/usePartiesStore';

type Props = { selectedId: string; onSelect: (party: Party) => void; error?: string };

/** Finds a party already on record by name, email or organisation, so one person is one party. */
export function PartyPicker({ selectedId, onSelect, error }: Props) {
  const findParties = usePartiesStore((s) => s.findParties);
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 250);
  const [results, setResults] = useState<Party[]>([]);
  const [state, setState] = useState<{ isLoading: boolean; problem: string | null }>({ isLoading: false, problem: null });

  useEffect(() => {
    if (query.trim() === '') {
      setResults([]);
      return;
    }
    let isCurrent = true;
    setState({ isLoading: true, problem: null });
    findParties(query)
      .then((found) => isCurrent && (setResults(found), setState({ isLoading: false, problem: null })))
      .catch((e: unknown) => isCurrent && setState({ isLoading: false, problem: toUiError(e).message }));
    return () => {
      isCurrent = false;
    };
  }, [query, findParties]);

  return (
    <Stack gap={6}>
      <TextInput
        label="Find a party"
        placeholder="Name, email or organisation"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        rightSection={state.isLoading ? <Loader size={12} /> : null}
        error={error}
        data-autofocus
      />
      {state.problem && (
        <Alert color="red" variant="light" py={4}>
          {state.problem}
        </Alert>
      )}
      {query.trim() !== '' && !state.isLoading && results.length === 0 && !state.problem && (
        <Text size="xs" c="dimmed">
          Nobody on record matches “{query}”. Choose “New party” to record them.
        </Text>
      )}
      {results.length > 0 && (
        <Stack
          gap={0}
          role="listbox"
          aria-label="Matching parties"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, maxHeight: 220, overflow: 'auto' }}
        >
          {results.map((party) => {
            const isSelected = party.id === selectedId;
            return (
              <UnstyledButton
                key={party.id}
                role="option"
                aria-selected={isSelected}
                data-testid="party-result"
                onClick={() => onSelect(party)}
                px="xs"
                py={4}
                bg={isSelected ? 'indigo.0' : undefined}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Group justify="space-between" wrap="nowrap">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={isSelected ? 600 : 400} truncate>
                      {party.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {[party.email, party.organisation].filter(Boolean).join(' · ') || 'No email or organisation'}
                    </Text>
                  </div>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {party.incidentCount} {party.incidentCount === 1 ? 'incident' : 'incidents'}
                  </Text>
                </Group>
              </UnstyledButton>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
