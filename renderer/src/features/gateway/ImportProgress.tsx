import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { Job } from '../../../../shared/contract/jobs';
import { useGatewayImportStore } from '../../stores/useGatewayImportStore';
import { PHASE_TEXT, progressLine, progressPercent } from './gatewayView';

/** A running import: how far through the file, how fast, and a way to stop it with nothing left behind. */
export function ImportProgress({ job, fileName }: { job: Job; fileName: string | null }) {
  const cancel = useGatewayImportStore((s) => s.cancel);
  const { progress } = job;
  const percent = progressPercent(progress);

  return (
    <Paper withBorder p="sm" data-testid="gateway-progress">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm" fw={600} aria-live="polite">
            {PHASE_TEXT[progress.phase]} {fileName}
          </Text>
          <Button variant="default" size="xs" onClick={() => void cancel()}>
            Cancel
          </Button>
        </Group>
        <Progress
          value={percent}
          size="lg"
          striped={progress.phase === 'writing'}
          animated={progress.phase === 'writing'}
          aria-label="Import progress"
          transitionDuration={150}
        />
        <Text size="sm" c="dimmed" data-testid="gateway-rate" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {progressLine(progress)}
          {progress.phase === 'writing' ? ' · saving the lookalike messages in one transaction' : ` · ${percent}% of the file`}
        </Text>
      </Stack>
    </Paper>
  );
}
