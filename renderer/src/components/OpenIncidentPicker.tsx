import { Alert, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { INCIDENT_STATUSES } from '../../../shared/domain/vocabulary';
import type { IncidentSummary } from '../../../shared/contract/incidents';
import { formatUkDate } from '../../../shared/time/ukTime';
import { call } from '../lib/api';
import { toUiError } from '../lib/errors';
import { StatusBadge } from './StatusBadge';
import { showHiddenMarks } from '../../../shared/text/hiddenMarks';

type Props = { selectedId: string | null; onSelect: (incident: IncidentSummary) => void; error?: string; label?: string };

/** A closed incident takes no new evidence, so only the others are offered. */
const OPEN_STATUSES = INCIDENT_STATUSES.filter((status) => status !== 'closed');

async function findOpenIncidents(text: string): Promise<IncidentSummary[]> {
  return (await call('incidents:list', { filter: { text, statuses: OPEN_STATUSES }, limit: 20 })).items;
}

/**
 * Finds an open incident in the register by reference, title or text, for evidence that belongs to it
 * (an email, a gateway log's messages).
 */
export function OpenIncidentPicker({ selectedId, onSelect, error, label = 'Find an open incident' }: Props) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 250);
  const [results, setResults] = useState<IncidentSummary[]>([]);
  const [state, setState] = useState<{ isLoading: boolean; problem: string | null }>({ isLoading: false, problem: null });

  useEffect(() => {
    let isCurrent = true;
    setState({ isLoading: true, problem: null });
    // An empty search lists the most recently discovered open incidents: usually the one wanted.
    findOpenIncidents(query.trim())
      .then((found) => isCurrent && (setResults(found), setState({ isLoading: false, problem: null })))
      .catch((e: unknown) => isCurrent && setState({ isLoading: false, problem: toUiError(e).message }));
    return () => {
      isCurrent = false;
    };
  }, [query]);

  return (
    <Stack gap={6}>
      <TextInput
        label={label}
        placeholder="Reference, title or any text"
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
      {!state.isLoading && results.length === 0 && !state.problem && (
        <Text size="xs" c="dimmed">
          No open incident matches{query.trim() ? ` “${query.trim()}”` : ''}. Closed incidents are not offered: re-open one first.
        </Text>
      )}
      {results.length > 0 && (
        <Stack
          gap={0}
          role="listbox"
          aria-label="Matching incidents"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, maxHeight: 200, overflow: 'auto' }}
        >
          {results.map((incident) => {
            const isSelected = incident.id === selectedId;
            return (
              <UnstyledButton
                key={incident.id}
                type="button"
                role="option"
                aria-selected={isSelected}
                data-testid="incident-result"
                onClick={() => onSelect(incident)}
                px="xs"
                py={4}
                bg={isSelected ? 'indigo.0' : undefined}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Group gap="xs" wrap="nowrap" miw={0}>
                    <Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {incident.reference}
                    </Text>
                    <Text size="sm" fw={isSelected ? 600 : 400} truncate>
                      {showHiddenMarks(incident.title)}
                    </Text>
                  </Group>
                  <Group gap="xs" wrap="nowrap">
                    <StatusBadge status={incident.status} />
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatUkDate(incident.discoveredAt)}
                    </Text>
                  </Group>
                </Group>
              </UnstyledButton>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
