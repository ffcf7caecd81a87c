import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  Input,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { Assessment } from '../../../../shared/contract/assessments';
import {
  AVAILABILITY_LOSS,
  AVAILABILITY_LOSS_LABELS,
  AVAILABILITY_LOSS_SCORES,
  CONFIDENTIALITY_LOSS,
  CONFIDENTIALITY_LOSS_LABELS,
  CONFIDENTIALITY_LOSS_SCORES,
  DPC_ADJUSTMENT_MAX,
  DPC_ADJUSTMENT_MIN,
  DPC_BASE_SCORES,
  DPC_CATEGORIES,
  DPC_CATEGORY_EXAMPLES,
  DPC_CATEGORY_LABELS,
  DPC_FACTOR_EXPLANATIONS,
  DPC_FACTOR_LABELS,
  DPC_FACTORS,
  EI_LEVEL_LABELS,
  EI_LEVEL_MEANINGS,
  EI_LEVELS,
  EI_VALUES,
  formatSeverityScore,
  INTEGRITY_LOSS,
  INTEGRITY_LOSS_LABELS,
  INTEGRITY_LOSS_SCORES,
  MALICIOUS_INTENT_LABEL,
  MALICIOUS_INTENT_SCORE,
  SEVERITY_BAND_LABELS,
} from '../../../../shared/domain/severity';
import type { IncidentRecord, NewAssessmentRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { AssessmentFormSchema, assessmentToForm, dpcText, liveResult, toAssessmentFormPath, type AssessmentFormValues } from './assessmentForm';
import { SeverityResult } from './SeverityResult';

const ADJUSTMENTS = Array.from({ length: DPC_ADJUSTMENT_MAX - DPC_ADJUSTMENT_MIN + 1 }, (_, i) => DPC_ADJUSTMENT_MIN + i).map((n) => ({
  value: String(n),
  label: n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0',
}));

const points = (n: number) => (n === 0 ? '0' : `+${n}`);

/** The ENISA 2013 form: choose, see SE = DPC × EI + CB and the recommendation at once, save a new version. */
export function AssessmentForm({ incident, latest }: { incident: IncidentRecord; latest: Assessment | null }) {
  const addAssessment = useInvestigationStore((s) => s.addAssessment);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<AssessmentFormValues, unknown, NewAssessmentRequest>({
    resolver: zodResolver(AssessmentFormSchema),
    defaultValues: assessmentToForm(latest),
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const values = useWatch({ control: form.control }) as AssessmentFormValues;
  const live = liveResult(values);
  const category = values.dpcCategory;

  const onSubmit = form.handleSubmit(
    async (request) => {
      setProblem(null);
      try {
        const saved = await addAssessment(request);
        notifications.show({
          color: 'green',
          message: `Assessment ${saved.number} saved: ${SEVERITY_BAND_LABELS[saved.band]} (SE ${formatSeverityScore(saved.score)}).`,
        });
      } catch (e) {
        const error = toUiError(e);
        const unplaced = applyFieldIssues(error.issues ?? [], form.setError, toAssessmentFormPath);
        if (!error.issues || unplaced.length > 0) setProblem(error.message);
      }
    },
    () => setProblem('Make the choices highlighted, then save again.'),
  );

  /** A set of mutually exclusive levels, each with its score and what it means. */
  const levels = (
    name: 'dpcCategory' | 'ease' | 'confidentiality' | 'integrity' | 'availability',
    label: string,
    options: readonly { value: string; title: ReactNode; description?: ReactNode }[],
    cols = 1,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Radio.Group
          label={label}
          value={field.value ?? null}
          onChange={(v) => field.onChange(v)}
          error={errors[name]?.message}
          required
        >
          <SimpleGrid cols={cols} spacing={6} verticalSpacing={6} mt={4}>
            {options.map((o) => (
              <Radio
                key={o.value}
                value={o.value}
                label={o.title}
                description={o.description}
                size="xs"
                ref={o === options[0] ? field.ref : undefined}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
      )}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Severity assessment">
      <Grid gap="md" align="flex-start">
        <Grid.Col span={7.5}>
          <Stack gap="sm">
            <Fieldset legend="1 · Data processing context (DPC)" variant="filled" p="sm">
              <Stack gap="sm">
                {levels(
                  'dpcCategory',
                  'What kind of data, in its context?',
                  DPC_CATEGORIES.map((c) => ({
                    value: c,
                    title: (
                      <>
                        <b>{DPC_CATEGORY_LABELS[c]}</b> — base score {DPC_BASE_SCORES[c]}
                      </>
                    ),
                    description: DPC_CATEGORY_EXAMPLES[c],
                  })),
                  2,
                )}
                <Input.Wrapper
                  label="Contextual adjustment"
                  description="Move the score up or down for the context; the DPC stays within 1–4"
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                >
                  <Controller
                    control={form.control}
                    name="dpcAdjustment"
                    render={({ field }) => (
                      <Group gap="sm" mt={4} mb={2}>
                        <SegmentedControl
                          aria-label="Contextual adjustment"
                          size="xs"
                          data={ADJUSTMENTS}
                          value={String(field.value)}
                          onChange={(v) => field.onChange(Number(v))}
                        />
                        {category && (
                          <Text size="sm" ff="monospace" data-testid="dpc-text">
                            {dpcText(DPC_BASE_SCORES[category], values.dpcAdjustment, clampDpc(DPC_BASE_SCORES[category] + values.dpcAdjustment))}
                          </Text>
                        )}
                      </Group>
                    )}
                  />
                </Input.Wrapper>
                <Controller
                  control={form.control}
                  name="dpcFactors"
                  render={({ field }) => (
                    <Checkbox.Group
                      label="Factors that justify the adjustment"
                      description={values.dpcAdjustment !== 0 ? 'Tick at least one' : 'Tick any that apply'}
                      value={field.value}
                      onChange={field.onChange}
                      error={errors.dpcFactors?.message ?? (values.dpcAdjustment !== 0 && values.dpcFactors.length === 0 ? live?.problem : undefined)}
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                    >
                      <SimpleGrid cols={2} spacing={6} verticalSpacing={6} mt={4}>
                        {DPC_FACTORS.map((f, i) => (
                          <Checkbox
                            key={f}
                            value={f}
                            size="xs"
                            label={DPC_FACTOR_LABELS[f]}
                            description={DPC_FACTOR_EXPLANATIONS[f]}
                            ref={i === 0 ? field.ref : undefined}
                          />
                        ))}
                      </SimpleGrid>
                    </Checkbox.Group>
                  )}
                />
              </Stack>
            </Fieldset>

            <Fieldset legend="2 · Ease of identification (EI)" variant="filled" p="sm">
              {levels(
                'ease',
                'How easily can the people be identified from the data?',
                EI_LEVELS.map((l) => ({
                  value: l,
                  title: (
                    <>
                      <b>{EI_LEVEL_LABELS[l]}</b> — {EI_VALUES[l]}
                    </>
                  ),
                  description: EI_LEVEL_MEANINGS[l],
                })),
                2,
              )}
              <Text size="xs" c="dimmed" mt={6}>
                Count identification through public data, the internet and cross-matching too.
              </Text>
            </Fieldset>

            <Fieldset legend="3 · Circumstances of breach (CB)" variant="filled" p="sm">
              <Stack gap="sm">
                {levels(
                  'confidentiality',
                  'Loss of confidentiality',
                  CONFIDENTIALITY_LOSS.map((l) => ({ value: l, title: scored(CONFIDENTIALITY_LOSS_SCORES[l], CONFIDENTIALITY_LOSS_LABELS[l]) })),
                )}
                {levels(
                  'integrity',
                  'Loss of integrity',
                  INTEGRITY_LOSS.map((l) => ({ value: l, title: scored(INTEGRITY_LOSS_SCORES[l], INTEGRITY_LOSS_LABELS[l]) })),
                )}
                {levels(
                  'availability',
                  'Loss of availability',
                  AVAILABILITY_LOSS.map((l) => ({ value: l, title: scored(AVAILABILITY_LOSS_SCORES[l], AVAILABILITY_LOSS_LABELS[l]) })),
                )}
                <Checkbox
                  size="xs"
                  label={scored(MALICIOUS_INTENT_SCORE, MALICIOUS_INTENT_LABEL)}
                  {...form.register('maliciousIntent')}
                />
              </Stack>
            </Fieldset>

            <Fieldset legend="4 · Weighed alongside the score" variant="filled" p="sm">
              <Stack gap="xs">
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput
                    label="People affected"
                    description={`Approximate is fine. ${incident.affectedCount.toLocaleString('en-GB')} linked here as data subjects.`}
                    inputMode="numeric"
                    error={errors.peopleAffected?.message}
                    {...form.register('peopleAffected')}
                  />
                  <TextInput
                    label="Records affected"
                    description="Approximate number of personal data records"
                    inputMode="numeric"
                    error={errors.recordsAffected?.message}
                    {...form.register('recordsAffected')}
                  />
                </SimpleGrid>
                <Checkbox
                  size="xs"
                  label="The data was unintelligible to whoever has it (e.g. encrypted, with the key kept safe)"
                  description="UK GDPR Art. 34(3)(a): then the people need not be told"
                  {...form.register('unintelligible')}
                />
                <Textarea
                  label="Notes"
                  description="What the choices rest on, e.g. who the recipients are, what the addresses reveal"
                  minRows={2}
                  error={errors.notes?.message}
                  {...form.register('notes')}
                />
              </Stack>
            </Fieldset>
          </Stack>
        </Grid.Col>

        <Grid.Col span={4.5} style={{ position: 'sticky', top: 0 }}>
          <Stack gap="sm">
            <SeverityResult live={live} values={values} />
            {problem && (
              <Alert color="red" variant="light" py={6}>
                {problem}
              </Alert>
            )}
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

function scored(score: number, label: string): ReactNode {
  return (
    <>
      <Text span size="xs" ff="monospace" fw={700} c="dimmed" mr={6}>
        {points(score)}
      </Text>
      {label}
    </>
  );
}

const clampDpc = (raw: number) => Math.min(4, Math.max(1, raw));
