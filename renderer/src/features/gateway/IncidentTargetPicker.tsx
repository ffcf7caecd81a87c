import { Alert, Group, Loader, Radio, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { IncidentSummary } from '../../../../shared/domain/schemas';
import { toUiError } from '../../lib/errors';
import { useGatewayImportStore } from '../../stores/useGatewayImportStore';

/** Where the lookalike messages go: one new incident per lookalike domain, or all into one incident on record. */
export function IncidentTargetPicker() {
  const target = useGatewayImportStore((s) => s.target);
  const setTarget = useGatewayImportStore((s) => s.setTarget);
  const mode = useGatewayImportStore((s) => s.fileInto);
  const setFileInto = useGatewayImportStore((s) => s.setFileInto);
  const findIncidents = useGatewayImportStore((s) => s.findIncidents);
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 250);
  const [results, setResults] = useState<IncidentSummary[]>([]);
  const [state, setState] = useState<{ isLoading: boolean; problem: string | null }>({ isLoading: false, problem: null });

  useEffect(() => {
    // With nothing typed, the most recently discovered open incidents are offered.
    if (mode !== 'existing') return;
    let isCurrent = true;
    setState({ isLoading: true, problem: null });
    findIncidents(query.trim())
      .then((found) => isCurrent && (setResults(found), setState({ isLoading: false, problem: null })))
      .catch((e: unknown) => isCurrent && setState({ isLoading: false, problem: toUiError(e).message }));
    return () => {
      isCurrent = false;
    };
  }, [mode, query, findIncidents]);

  return (
    <Stack gap={6}>
      <Radio.Group label="File the messages in" value={mode} onChange={(value) => setFileInto(value === 'existing' ? 'existing' : 'new')}>
        <Group gap="lg" mt={4}>
          <Radio value="new" label="One new incident per lookalike domain" />
          <Radio value="existing" label="Add everything to an existing incident" />
        </Group>
      </Radio.Group>
      {mode === 'existing' && (
        <Stack gap={6} maw={640}>
          <TextInput
            label="Find the incident"
            placeholder="Words from its title, description or people; or pick a recent one below"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            rightSection={state.isLoading ? <Loader size={12} /> : null}
            error={target ? undefined : results.length === 0 && query.trim() !== '' && !state.isLoading ? 'No open incident matches' : undefined}
          />
          {state.problem && (
            <Alert color="red" variant="light" py={4}>
              {state.problem}
            </Alert>
          )}
          {target && (
            <Text size="sm" data-testid="gateway-target">
              Adding to <strong>{target.reference}</strong> — {target.title}
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
                const isSelected = incident.id === target?.id;
                return (
                  <UnstyledButton
                    key={incident.id}
                    role="option"
                    aria-selected={isSelected}
                    onClick={() => setTarget(incident)}
                    px="xs"
                    py={4}
                    bg={isSelected ? 'indigo.0' : undefined}
                    style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                  >
                    <Text size="sm" fw={isSelected ? 600 : 400} truncate>
                      <Text span ff="monospace" size="sm">
                        {incident.reference}
                      </Text>{' '}
                      {incident.title}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
