import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, useWatch } from 'react-hook-form';
import type { Assessment } from '../../../../shared/contract/assessments';
import { formatSeverityScore, SEVERITY_BAND_LABELS } from '../../../../shared/domain/severity';
import { DraftRestored } from '../../components/form/DraftRestored';
import { draftWhat } from '../../components/form/draftText';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { useFormDraft } from '../../components/form/useFormDraft';
import { useFormProblem } from '../../components/form/useFormProblem';
import type { IncidentRecord, NewAssessmentRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { AssessmentSuggestionCard } from './AssessmentSuggestionCard';
import { AssessmentFormSchema, assessmentToForm, liveResult, toAssessmentFormPath, type AssessmentFormValues } from './assessmentForm';
import { CircumstancesSection } from './CircumstancesSection';
import { DpcSection } from './DpcSection';
import { EaseSection } from './EaseSection';
import { SeverityResult } from './SeverityResult';
import { WeighedAlongsideSection } from './WeighedAlongsideSection';

/** The ENISA 2013 form: choose, see SE = DPC × EI + CB and the recommendation at once, save a new version. */
export function AssessmentForm({ incident, latest }: { incident: IncidentRecord; latest: Assessment | null }) {
  const addAssessment = useInvestigationStore((s) => s.addAssessment);
  const form = useForm<AssessmentFormValues, unknown, NewAssessmentRequest>({
    resolver: zodResolver(AssessmentFormSchema),
    defaultValues: assessmentToForm(latest),
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toAssessmentFormPath);
  const draft = useFormDraft(form, { kind: 'assessment', incidentId: incident.id }, draftWhat('assessment', incident.reference));
  const { control } = form;
  const { isSubmitting, isDirty } = form.formState;
  const values = useWatch({ control }) as AssessmentFormValues;
  const live = liveResult(values);

  const onSubmit = form.handleSubmit(
    async (request) => {
      setProblem(null);
      try {
        const saved = await draft.submit(() => addAssessment(request));
        notifications.show({
          color: 'green',
          message: `Assessment ${saved.number} saved: ${SEVERITY_BAND_LABELS[saved.band]} (SE ${formatSeverityScore(saved.score)}).`,
        });
      } catch (e) {
        show(toUiError(e));
      }
    },
    () => setProblem('Make the choices highlighted, then save again.'),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Severity assessment">
      <Grid gap="md" align="flex-start">
        <Grid.Col span={7.5}>
          <Stack gap="sm">
            {latest === null && <AssessmentSuggestionCard onUse={(suggested) => form.reset(suggested, { keepDefaultValues: true })} />}
            <DpcSection control={control} factorsProblem={live?.problem} />
            <EaseSection control={control} />
            <CircumstancesSection control={control} />
            <WeighedAlongsideSection control={control} linkedSubjects={incident.affectedCount} />
          </Stack>
        </Grid.Col>

        <Grid.Col span={4.5} style={{ position: 'sticky', top: 0 }}>
          <Stack gap="sm">
            <DraftRestored at={draft.restoredAt} onDiscard={draft.discard} />
            <SeverityResult live={live} values={values} />
            <ProblemAlert problem={problem} py={6} />
            <Box>
              <Group gap="xs">
                <Button type="submit" loading={isSubmitting} disabled={latest !== null && !isDirty}>
                  {latest ? `Save as assessment ${latest.number + 1}` : 'Save assessment'}
                </Button>
                {latest && !isDirty && (
                  <Text size="xs" c="dimmed">
                    Change a choice to re-assess; assessment {latest.number} is kept.
                  </Text>
                )}
              </Group>
            </Box>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
