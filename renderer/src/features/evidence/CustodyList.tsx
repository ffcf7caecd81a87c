import { Stack, Text } from '@mantine/core';
import type { CustodyEntry } from '../../../../shared/contract/evidence';
import { custodyText } from './evidenceView';

/** An item's chain of custody, oldest first: each add, export and removal with who, when and the hash it had. */
export function CustodyList({ steps }: { steps: CustodyEntry[] }) {
  return (
    <Stack gap={0} aria-label="Chain of custody" data-testid="evidence-custody">
      <Text size="xs" c="dimmed" fw={600}>
        Chain of custody
      </Text>
      {steps.map((step, i) => (
        <Text key={i} size="xs" data-testid="custody-step" title={`SHA-256 ${step.sha256}`}>
          {custodyText(step)}
        </Text>
      ))}
    </Stack>
  );
}
