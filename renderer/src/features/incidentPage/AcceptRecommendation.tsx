import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Assessment } from '../../../../shared/contract/assessments';
import { formatSeverityScore, SEVERITY_BAND_LABELS } from '../../../../shared/domain/severity';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { toUiError, type UiError } from '../../lib/errors';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { acceptedDecisions, isAcceptOffered, recommendedReasons, type AcceptedReasons } from './acceptRecommendation';

/**
 * The latest assessment's recommendation, offered as the decisions: both reasons shown in full as the
 * rationale, editable, and recorded with one press once read.
 */
export function AcceptRecommendation({ incident, latest }: { incident: IncidentRecord; latest: Assessment | null }) {
  const mayEdit = useMayCall('incidents:update');
  if (!mayEdit || latest === null || !isAcceptOffered(incident, latest)) return null;
  // Keyed by the assessment, so a re-assessment offers its own reasons.
  return <AcceptPanel key={latest.id} latest={latest} />;
}

function AcceptPanel({ latest }: { latest: Assessment }) {
  const update = useIncidentStore((s) => s.update);
  const [reasons, setReasons] = useState<AcceptedReasons>(() => recommendedReasons(latest));
  const [isSaving, setSaving] = useState(false);
  const [problem, setProblem] = useState<UiError | null>(null);
  const { notifyRegulator, notifySubjects } = latest.recommendation;

  const accept = async () => {
    setSaving(true);
    setProblem(null);
    try {
      await update(acceptedDecisions(latest, reasons));
      notifications.show({ color: 'green', message: 'Recorded the decisions as recommended, with their reasons.' });
    } catch (e) {
      const error = toUiError(e);
      if (error.code !== 'CONFLICT') setProblem(error);
    } finally {
      setSaving(false);
    }
  };

  const reason = (field: keyof AcceptedReasons, label: string) => (
    <Textarea
      label={label}
      description="The rationale recorded with the decision. Edit it if it does not fit this breach."
      value={reasons[field]}
      onChange={(e) => setReasons((r) => ({ ...r, [field]: e.currentTarget.value }))}
      autosize
      minRows={3}
      maxRows={12}
    />
  );

  return (
    <Paper withBorder p="sm" data-testid="accept-recommendation" style={{ borderLeft: '4px solid var(--mantine-color-indigo-6)' }}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Casebook’s recommendation from assessment {latest.number} ({SEVERITY_BAND_LABELS[latest.band]}, SE {formatSeverityScore(latest.score)})
        </Text>
        <Group gap="xs">
          <Badge color={notifyRegulator ? 'indigo' : 'gray'} variant="light">
            {notifyRegulator ? 'Notify the ICO' : 'Do not notify the ICO'}
          </Badge>
          <Badge color={notifySubjects ? 'indigo' : 'gray'} variant="light">
            {notifySubjects ? 'Tell the people affected' : 'Do not tell them'}
          </Badge>
        </Group>
        <SimpleGrid cols={2} spacing="sm">
          {reason('regulatorRationale', 'Why (regulator, Art. 33)')}
          {reason('subjectsRationale', 'Why (people affected, Art. 34)')}
        </SimpleGrid>
        {problem && (
          <Alert color="red" variant="light" py={6}>
            {problem.message}
          </Alert>
        )}
        <Group gap="sm">
          <Button onClick={() => void accept()} loading={isSaving}>
            Accept the recommendation
          </Button>
          <Text size="xs" c="dimmed">
            Records both decisions with these reasons, decided now. Choose otherwise on the Decisions tab.
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
