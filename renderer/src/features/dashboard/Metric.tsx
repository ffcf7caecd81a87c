import { Paper, Progress, Text } from '@mantine/core';

/** One headline figure, with what it covers and, for a share, a bar coloured by how good it is. */
export function Metric({ label, value, hint, progress, testId }: { label: string; value: string; hint: string; progress?: number | null; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} component="section" aria-label={label}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text fz={24} fw={700} mt={4} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {progress != null && <Progress value={progress} size="sm" mt={4} color={progress >= 90 ? 'green' : progress >= 60 ? 'yellow' : 'red'} aria-hidden />}
      <Text size="xs" c="dimmed" mt={6}>
        {hint}
      </Text>
    </Paper>
  );
}
