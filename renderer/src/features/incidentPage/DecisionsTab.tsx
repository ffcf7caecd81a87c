import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Grid, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatDuration, isLateRegulatorNotification, regulatorDueAt } from '../../../../shared/domain/clocks';
import { SUBJECT_EXEMPTION_LABELS, type SubjectExemption } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import type { IncidentRecord } from '../../lib/contractTypes';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { selectLatestAssessment, useInvestigationStore } from '../../stores/useInvestigationStore';
import { useUiStore } from '../../stores/useUiStore';
import {
  decisionsPatch,
  DecisionsFormSchema,
  decisionsToForm,
  toBool,
  toDecisionsFormPath,
  type DecisionEdits,
  type DecisionsFormValues,
} from './decisionsForm';
import { RecommendationNote } from './RecommendationNote';

const REGULATOR_OPTIONS = [
  { value: '', label: 'Not decided yet' },
  { value: 'yes', label: 'Notify the ICO' },
  { value: 'no', label: 'Do not notify the ICO' },
];
const SUBJECTS_OPTIONS = [
  { value: '', label: 'Not decided yet' },
  { value: 'yes', label: 'Tell the people affected' },
  { value: 'no', label: 'Do not tell them' },
];
const EXEMPTION_OPTIONS = optionsFrom(SUBJECT_EXEMPTION_LABELS);

/** The decisions a confirmed breach needs before it may close (DOMAIN.md §6), saved as one edit. */
export function DecisionsTab({ incident }: { incident: IncidentRecord }) {
  // Keyed by version so a reload after a conflict starts the form from what is saved.
  return <DecisionsForm key={incident.version} incident={incident} />;
}

function DecisionsForm({ incident }: { incident: IncidentRecord }) {
  const update = useIncidentStore((s) => s.update);
  const latest = useInvestigationStore(selectLatestAssessment);
  const setTab = useUiStore((s) => s.setIncidentTab);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<DecisionsFormValues, unknown, DecisionEdits>({
    resolver: zodResolver(DecisionsFormSchema),
    defaultValues: decisionsToForm(incident),
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const [regulatorNotify, subjectsNotify] = useWatch({ control: form.control, name: ['regulatorNotify', 'subjectsNotify'] });
  const isClosed = incident.status === 'closed';
  // A closed incident, or an account that reads only: the form shows what is recorded, with nothing to press.
  const mayEdit = useMayCall('incidents:update');
  const isReadOnly = isClosed || !mayEdit;
  const recommendation = latest?.recommendation ?? null;
  const notifiedAt = incident.regulatorNotifiedAt;
  const isLate = notifiedAt !== null && isLateRegulatorNotification(incident.discoveredAt, notifiedAt);
  const suggestedExemption: SubjectExemption | null = recommendation
    ? (recommendation.suggestedExemption ?? (recommendation.notifySubjects ? null : 'not_high_risk'))
    : null;

  const onSubmit = form.handleSubmit(
    async (decisions) => {
      setProblem(null);
      const patch = decisionsPatch(incident, decisions);
      if (Object.keys(patch).length === 0) return;
      try {
        await update(patch);
        notifications.show({ color: 'green', message: `Saved the decisions on ${incident.reference}.` });
      } catch (e) {
        const error = toUiError(e);
        if (error.code === 'CONFLICT') return;
        const unplaced = applyFieldIssues(error.issues ?? [], form.setError, toDecisionsFormPath);
        if (!error.issues || unplaced.length > 0) setProblem(error.message);
        else setProblem('Correct the highlighted fields, then save again.');
      }
    },
    () => setProblem('Correct the highlighted fields, then save again.'),
  );

  // Adds the recommendation's words to what the officer has written, never over it.
  const adoptReason = (field: 'regulatorRationale' | 'subjectsRationale', reason: string) => () => {
    const typed = form.getValues(field).trim();
    if (typed.includes(reason)) return;
    form.setValue(field, typed ? `${typed}\n\n${reason}` : reason, { shouldDirty: true, shouldValidate: false });
  };
  const decidedBy = (at: number | null, by: string) => (by && at !== null ? `Decided ${formatUkDateTime(at)} by ${by}` : undefined);
  const isAgainst = (chosen: string, recommends: boolean | undefined) =>
    recommends !== undefined && toBool(chosen as '' | 'yes' | 'no') !== null && toBool(chosen as '' | 'yes' | 'no') !== recommends;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Decisions">
      <fieldset disabled={isReadOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          {isClosed && (
            <Alert color="gray" variant="light" py={6}>
              This incident is closed, so its decisions are read-only. Re-open it to change them.
            </Alert>
          )}
          {!isClosed && isReadOnly && <ReadOnlyNote what="the decisions" />}
          <Fieldset legend="Regulator (UK GDPR Art. 33)" variant="filled" p="sm">
            <Grid gap="md">
              <Grid.Col span={7}>
                <Stack gap="xs">
                  <SimpleGrid cols={2} spacing="sm">
                    <Controller
                      control={form.control}
                      name="regulatorNotify"
                      render={({ field }) => (
                        <Select
                          label="Notify the ICO?"
                          description={decidedBy(incident.regulatorDecidedAt, incident.regulatorDecidedBy)}
                          data={REGULATOR_OPTIONS}
                          value={field.value}
                          onChange={(v) => field.onChange(v ?? '')}
                          error={errors.regulatorNotify?.message}
                          ref={field.ref}
                        />
                      )}
                    />
                    <TextInput
                      label="Decided at"
                      description="Left empty, Casebook records now"
                      placeholder={UK_DATE_TIME_PLACEHOLDER}
                      error={errors.regulatorDecidedAt?.message}
                      {...form.register('regulatorDecidedAt')}
                    />
                  </SimpleGrid>
                  <Textarea
                    label="Rationale"
                    required={isAgainst(regulatorNotify, recommendation?.notifyRegulator)}
                    minRows={3}
                    error={errors.regulatorRationale?.message}
                    {...form.register('regulatorRationale')}
                  />
                  {regulatorNotify === 'yes' && (
                    <SimpleGrid cols={2} spacing="sm">
                      <Stack gap={2}>
                        <Text size="xs" fw={500}>
                          ICO notified
                        </Text>
                        {notifiedAt === null ? (
                          <Group gap={6}>
                            <Text size="sm" c="dimmed">
                              Not yet.
                            </Text>
                            <Button variant="subtle" size="compact-xs" onClick={() => setTab('notifications')}>
                              Record the report to the ICO
                            </Button>
                          </Group>
                        ) : (
                          <Text size="sm" data-testid="ico-notified-at">
                            {formatUkDateTime(notifiedAt)}{' '}
                            <Text span size="sm" c={isLate ? 'orange.8' : 'green.8'}>
                              {isLate
                                ? `(${formatDuration(notifiedAt - regulatorDueAt(incident.discoveredAt))} after the 72 hours)`
                                : '(within 72 hours)'}
                            </Text>
                          </Text>
                        )}
                      </Stack>
                      <TextInput
                        label="ICO case reference"
                        description="The ICO may give it after the first report"
                        error={errors.icoReference?.message}
                        {...form.register('icoReference')}
                      />
                    </SimpleGrid>
                  )}
                  {isLate && (
                    <Textarea
                      label="Reason for the delay (Art. 33(1))"
                      description="The ICO was told more than 72 hours after awareness; the notification must give the reasons"
                      required
                      minRows={2}
                      error={errors.regulatorDelayReason?.message}
                      {...form.register('regulatorDelayReason')}
                    />
                  )}
                </Stack>
              </Grid.Col>
              <Grid.Col span={5}>
                <RecommendationNote
                  testId="regulator-recommendation"
                  latest={latest}
                  recommends={recommendation?.notifyRegulator ?? null}
                  yesLabel="Notify the ICO"
                  noLabel="No need to notify the ICO"
                  reason={recommendation?.regulatorReason ?? ''}
                  decided={toBool(regulatorNotify)}
                  onUseReason={isReadOnly || !recommendation ? undefined : adoptReason('regulatorRationale', recommendation.regulatorReason)}
                />
              </Grid.Col>
            </Grid>
          </Fieldset>

          <Fieldset legend="People affected (UK GDPR Art. 34)" variant="filled" p="sm">
            <Grid gap="md">
              <Grid.Col span={7}>
                <Stack gap="xs">
                  <SimpleGrid cols={2} spacing="sm">
                    <Controller
                      control={form.control}
                      name="subjectsNotify"
                      render={({ field }) => (
                        <Select
                          label="Tell the people affected?"
                          description={decidedBy(incident.subjectsDecidedAt, incident.subjectsDecidedBy)}
                          data={SUBJECTS_OPTIONS}
                          value={field.value}
                          onChange={(v) => field.onChange(v ?? '')}
                          error={errors.subjectsNotify?.message}
                          ref={field.ref}
                        />
                      )}
                    />
                    <TextInput
                      label="Decided at"
                      description="Left empty, Casebook records now"
                      placeholder={UK_DATE_TIME_PLACEHOLDER}
                      error={errors.subjectsDecidedAt?.message}
                      {...form.register('subjectsDecidedAt')}
                    />
                  </SimpleGrid>
                  {subjectsNotify === 'no' && (
                    <Controller
                      control={form.control}
                      name="subjectsExemption"
                      render={({ field }) => (
                        <Select
                          label="Ground for not telling them"
                          description={suggestedExemption ? `Suggested: ${SUBJECT_EXEMPTION_LABELS[suggestedExemption]}` : undefined}
                          data={EXEMPTION_OPTIONS}
                          value={field.value}
                          onChange={field.onChange}
                          error={errors.subjectsExemption?.message}
                          ref={field.ref}
                        />
                      )}
                    />
                  )}
                  <Textarea
                    label="Rationale"
                    required={isAgainst(subjectsNotify, recommendation?.notifySubjects)}
                    minRows={3}
                    error={errors.subjectsRationale?.message}
                    {...form.register('subjectsRationale')}
                  />
                  {subjectsNotify === 'yes' && (
                    <Text size="xs" c="dimmed">
                      Record who was told, how and when with “Mark people as told” on the Notifications tab.
                    </Text>
                  )}
                </Stack>
              </Grid.Col>
              <Grid.Col span={5}>
                <RecommendationNote
                  testId="subjects-recommendation"
                  latest={latest}
                  recommends={recommendation?.notifySubjects ?? null}
                  yesLabel="Tell them without undue delay"
                  noLabel="No need to tell them"
                  reason={recommendation?.subjectsReason ?? ''}
                  decided={toBool(subjectsNotify)}
                  onUseReason={isReadOnly || !recommendation ? undefined : adoptReason('subjectsRationale', recommendation.subjectsReason)}
                />
              </Grid.Col>
            </Grid>
          </Fieldset>

          <Fieldset legend="Cause and lessons" variant="filled" p="sm">
            <Stack gap="xs">
              <Textarea label="Root cause" minRows={3} error={errors.rootCause?.message} {...form.register('rootCause')} />
              <Textarea
                label="Lessons learned and preventive actions"
                minRows={3}
                error={errors.lessons?.message}
                {...form.register('lessons')}
              />
            </Stack>
          </Fieldset>

          {problem && (
            <Alert color="red" variant="light">
              {problem}
            </Alert>
          )}
          {!isReadOnly && (
            <Group gap="xs">
              <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
                Save decisions
              </Button>
              {isDirty && (
                <Text size="xs" c="dimmed">
                  Unsaved changes
                </Text>
              )}
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
