import { Badge, Box, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { formatSeverityScore, SEVERITY_BAND_LABELS, SEVERITY_BAND_MEANINGS, SEVERITY_BAND_RANGES, SEVERITY_BANDS } from '../../../../shared/domain/severity';
import { SUBJECT_EXEMPTION_LABELS } from '../../../../shared/domain/vocabulary';
import { SEVERITY_COLOURS } from '../../theme';
import { formulaText, type AssessmentFormValues, type LiveResult } from './assessmentForm';

const STILL_TO_CHOOSE: [keyof AssessmentFormValues, string][] = [
  ['dpcCategory', 'the data processing context'],
  ['ease', 'the ease of identification'],
  ['confidentiality', 'the loss of confidentiality'],
  ['integrity', 'the loss of integrity'],
  ['availability', 'the loss of availability'],
];

/** The score, its band and what it means, and the recommendation — computed as the officer chooses. */
export function SeverityResult({ live, values }: { live: LiveResult | null; values: AssessmentFormValues }) {
  if (!live) {
    const missing = STILL_TO_CHOOSE.filter(([field]) => values[field] === null).map(([, what]) => what);
    return (
      <Paper withBorder p="sm" data-testid="severity-result">
        <Text size="sm" fw={600} mb={4}>
          Severity (ENISA 2013)
        </Text>
        <Text size="sm" ff="monospace" c="dimmed">
          SE = DPC × EI + CB
        </Text>
        <Text size="sm" c="dimmed" mt={6}>
          Choose {joinList(missing)} to see the score and what Casebook recommends.
        </Text>
        <BandScale />
      </Paper>
    );
  }

  const { result, recommendation } = live;
  const colour = SEVERITY_COLOURS[result.band];
  return (
    <Paper withBorder p="sm" data-testid="severity-result" style={{ borderLeft: `4px solid var(--mantine-color-${colour}-6)` }}>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          Severity (ENISA 2013)
        </Text>
        <Group gap="sm" align="baseline">
          <Text fz={28} fw={700} lh={1} data-testid="severity-score">
            {formatSeverityScore(result.score)}
          </Text>
          <Badge size="lg" color={colour} variant={result.band === 'very_high' ? 'filled' : 'light'} data-testid="severity-band">
            {SEVERITY_BAND_LABELS[result.band]}
          </Badge>
        </Group>
        <Text fz={12} ff="monospace" data-testid="severity-formula">
          {formulaText(result)} — {SEVERITY_BAND_LABELS[result.band]}
        </Text>
        <Text size="sm">{SEVERITY_BAND_MEANINGS[result.band]}.</Text>
        {live.problem && (
          <Text size="sm" c="red.7">
            {live.problem}.
          </Text>
        )}
        <BandScale current={result.band} />
        <Divider my={2} />
        <Text size="sm" fw={600}>
          Recommendation
        </Text>
        <Box data-testid="recommendation-regulator">
          <Group gap={6} mb={2}>
            <Text size="sm" fw={600}>
              ICO:
            </Text>
            <Badge color={recommendation.notifyRegulator ? 'indigo' : 'gray'} variant={recommendation.notifyRegulator ? 'filled' : 'light'}>
              {recommendation.notifyRegulator ? 'Notify within 72 h' : 'No need to notify'}
            </Badge>
          </Group>
          <Text size="xs">{recommendation.regulatorReason}</Text>
        </Box>
        <Box data-testid="recommendation-subjects">
          <Group gap={6} mb={2}>
            <Text size="sm" fw={600}>
              People affected:
            </Text>
            <Badge color={recommendation.notifySubjects ? 'indigo' : 'gray'} variant={recommendation.notifySubjects ? 'filled' : 'light'}>
              {recommendation.notifySubjects ? 'Tell them without undue delay' : 'No need to tell them'}
            </Badge>
          </Group>
          <Text size="xs">{recommendation.subjectsReason}</Text>
          {recommendation.suggestedExemption && (
            <Text size="xs" c="dimmed" mt={2}>
              Ground: {SUBJECT_EXEMPTION_LABELS[recommendation.suggestedExemption]}
            </Text>
          )}
        </Box>
        <Text size="xs" c="dimmed">
          A recommendation: you record the decisions on the Decisions tab, with a rationale if you go against it.
        </Text>
      </Stack>
    </Paper>
  );
}

/** ENISA's four bands with their ranges; the one reached is marked. */
function BandScale({ current }: { current?: (typeof SEVERITY_BANDS)[number] }) {
  return (
    <Group gap={4} grow mt={4} aria-label="Severity bands">
      {SEVERITY_BANDS.map((band) => {
        const isCurrent = band === current;
        const colour = SEVERITY_COLOURS[band];
        return (
          <Box
            key={band}
            px={4}
            py={2}
            aria-current={isCurrent || undefined}
            style={{
              borderRadius: 3,
              textAlign: 'center',
              background: isCurrent ? `var(--mantine-color-${colour}-filled)` : `var(--mantine-color-${colour}-light)`,
              color: isCurrent ? 'white' : `var(--mantine-color-${colour}-9)`,
              opacity: current && !isCurrent ? 0.55 : 1,
            }}
          >
            <Text size="xs" fw={700} lh={1.3}>
              {SEVERITY_BAND_LABELS[band]}
            </Text>
            <Text size="xs" lh={1.2} style={{ fontSize: 10 }}>
              {SEVERITY_BAND_RANGES[band]}
            </Text>
          </Box>
        );
      })}
    </Group>
  );
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
