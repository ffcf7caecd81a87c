import { Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { assessSeverity, formatSeverityScore, SEVERITY_BAND_LABELS } from '../../../../shared/domain/severity';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import type { AssessmentFormValues } from './assessmentForm';
import { suggestionToForm } from './suggestionForm';

/**
 * What the import already tells about the severity, offered before the first assessment. Using it only fills
 * the form: the officer checks or changes the choices and records the assessment as usual.
 */
export function AssessmentSuggestionCard({ onUse }: { onUse: (values: AssessmentFormValues) => void }) {
  const suggestion = useInvestigationStore((s) => s.suggestion);
  if (!suggestion) return null;
  const result = assessSeverity(suggestion.severity);
  return (
    <Paper withBorder p="sm" data-testid="assessment-suggestion" style={{ borderLeft: '4px solid var(--mantine-color-indigo-6)' }}>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          Suggested from the imported email: {SEVERITY_BAND_LABELS[result.band]} (SE {formatSeverityScore(result.score)})
        </Text>
        <List size="sm" spacing={2}>
          {suggestion.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <Group gap="sm">
          <Button variant="light" onClick={() => onUse(suggestionToForm(suggestion))}>
            Use this suggestion
          </Button>
          <Text size="xs" c="dimmed">
            Fills the form below; nothing is recorded until you save the assessment.
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
