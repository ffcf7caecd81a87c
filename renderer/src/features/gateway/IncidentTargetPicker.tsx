import { Group, Radio, Stack, Text } from '@mantine/core';
import { OpenIncidentPicker } from '../../components/OpenIncidentPicker';
import { useGatewayImportStore } from '../../stores/useGatewayImportStore';

/** Where the lookalike messages go: one new incident per lookalike domain, or all into one incident on record. */
export function IncidentTargetPicker() {
  const target = useGatewayImportStore((s) => s.target);
  const setTarget = useGatewayImportStore((s) => s.setTarget);
  const mode = useGatewayImportStore((s) => s.fileInto);
  const setFileInto = useGatewayImportStore((s) => s.setFileInto);

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
          <OpenIncidentPicker label="Find the incident" selectedId={target?.id ?? null} onSelect={setTarget} />
          {target && (
            <Text size="sm" data-testid="gateway-target">
              Adding to <strong>{target.reference}</strong> — {target.title}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
