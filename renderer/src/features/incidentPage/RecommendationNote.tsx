import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { Assessment } from '../../../../shared/contract/assessments';
import { formatSeverityScore, SEVERITY_BAND_LABELS } from '../../../../shared/domain/severity';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { useUiStore } from '../../stores/useUiStore';

type Props = {
  latest: Assessment | null;
  /** What the assessment recommends for this decision. */
  recommends: boolean | null;
  yesLabel: string;
  noLabel: string;
  reason: string;
  /** The decision as chosen on screen: null while undecided. */
  decided: boolean | null;
  onUseReason?: () => void;
  testId: string;
};

/** The latest assessment's recommendation for one decision, beside it, saying when the choice goes against it. */
export function RecommendationNote({ latest, recommends, yesLabel, noLabel, reason, decided, onUseReason, testId }: Props) {
  const setTab = useUiStore((s) => s.setIncidentTab);
  if (latest === null || recommends === null) {
    return (
      <Paper withBorder p="xs" bg="gray.0" data-testid={testId}>
        <Text size="xs" c="dimmed">
          No assessment yet. Assess the severity for Casebook’s recommendation.
        </Text>
        <Button variant="subtle" size="compact-xs" px={0} onClick={() => setTab('assessment')}>
          Go to the Assessment tab
        </Button>
      </Paper>
    );
  }
  const isAgainst = decided !== null && decided !== recommends;
  return (
    <Paper withBorder p="xs" data-testid={testId} data-against={isAgainst || undefined} style={isAgainst ? { borderColor: 'var(--mantine-color-orange-5)' } : undefined}>
      <Stack gap={4}>
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed">
            Recommended by assessment {latest.number} ({SEVERITY_BAND_LABELS[latest.band]}, SE {formatSeverityScore(latest.score)}), {formatUkDateTime(latest.assessedAt)}
          </Text>
        </Group>
        <Group gap={6}>
          <Badge color={recommends ? 'indigo' : 'gray'} variant={recommends ? 'filled' : 'light'}>
            {recommends ? yesLabel : noLabel}
          </Badge>
          {decided !== null && (
            <Text size="xs" c={isAgainst ? 'orange.8' : 'green.8'} fw={600}>
              {isAgainst ? 'Your decision goes against it: the rationale must say why' : 'Your decision follows it'}
            </Text>
          )}
        </Group>
        <Text size="xs">{reason}</Text>
        {onUseReason && (
          <Button variant="subtle" size="compact-xs" px={0} w="fit-content" onClick={onUseReason}>
            Use this as the rationale
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
