import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { DecisionFields } from '../../../../shared/domain/schemas';
import { SUBJECT_EXEMPTION_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { decisionsPatch, DecisionsFormSchema, decisionsToForm, toDecisionsFormPath, type DecisionsFormValues } from './decisionsForm';

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
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<DecisionsFormValues, unknown, DecisionFields>({
    resolver: zodResolver(DecisionsFormSchema),
    defaultValues: decisionsToForm(incident),
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const [regulatorNotify, subjectsNotify] = useWatch({ control: form.control, name: ['regulatorNotify', 'subjectsNotify'] });
  const isClosed = incident.status === 'closed';

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
      }
    },
    () => setProblem('Correct the highlighted fields, then save again.'),
  );

  const decidedBy = (at: number | null, by: string) => (by && at !== null ? `Decided ${formatUkDateTime(at)} by ${by}` : undefined);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Decisions">
      <fieldset disabled={isClosed} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          {isClosed && (
            <Alert color="gray" variant="light" py={6}>
              This incident is closed, so its decisions are read-only. Re-open it to change them.
            </Alert>
          )}
          <Fieldset legend="Regulator (UK GDPR Art. 33)" variant="filled" p="sm">
            <Stack gap="xs">
              <SimpleGrid cols={3} spacing="sm">
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
              {regulatorNotify === 'yes' && (
                <SimpleGrid cols={3} spacing="sm">
                  <TextInput
                    label="ICO notified at"
                    placeholder={UK_DATE_TIME_PLACEHOLDER}
                    error={errors.regulatorNotifiedAt?.message}
                    {...form.register('regulatorNotifiedAt')}
                  />
                  <TextInput label="ICO case reference" error={errors.icoReference?.message} {...form.register('icoReference')} />
                </SimpleGrid>
              )}
              <Textarea label="Rationale" error={errors.regulatorRationale?.message} {...form.register('regulatorRationale')} />
            </Stack>
          </Fieldset>

          <Fieldset legend="People affected (UK GDPR Art. 34)" variant="filled" p="sm">
            <Stack gap="xs">
              <SimpleGrid cols={3} spacing="sm">
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
                {subjectsNotify === 'no' && (
                  <Controller
                    control={form.control}
                    name="subjectsExemption"
                    render={({ field }) => (
                      <Select
                        label="Ground for not telling them"
                        data={EXEMPTION_OPTIONS}
                        value={field.value}
                        onChange={field.onChange}
                        error={errors.subjectsExemption?.message}
                        ref={field.ref}
                      />
                    )}
                  />
                )}
              </SimpleGrid>
              <Textarea label="Rationale" error={errors.subjectsRationale?.message} {...form.register('subjectsRationale')} />
            </Stack>
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
          {!isClosed && (
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
