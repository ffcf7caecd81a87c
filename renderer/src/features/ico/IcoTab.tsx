import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { IcoFields } from '../../../../shared/contract/incidents';
import {
  CONSEQUENCE_LIKELIHOOD_LABELS,
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  ICO_INCIDENT_TYPES,
  SUBJECT_CATEGORY_LABELS,
  YES_NO_UNKNOWN_LABELS,
  type DataCategory,
} from '../../../../shared/domain/vocabulary';
import { FieldList } from '../../components/FieldList';
import type { IncidentRecord } from '../../lib/contractTypes';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { selectLatestAssessment, useInvestigationStore } from '../../stores/useInvestigationStore';
import { icoPatch, IcoFormSchema, icoToForm, toIcoFormPath, type IcoFormValues } from './icoForm';

const DATA_OPTIONS = optionsFrom(DATA_CATEGORY_LABELS);
const SUBJECT_OPTIONS = optionsFrom(SUBJECT_CATEGORY_LABELS);
const YES_NO_OPTIONS = optionsFrom(YES_NO_UNKNOWN_LABELS);
const LIKELIHOOD_OPTIONS = optionsFrom(CONSEQUENCE_LIKELIHOOD_LABELS);

/** What the ICO’s breach report asks that the rest of the record does not hold (DOMAIN.md §3.2). */
export function IcoTab({ incident }: { incident: IncidentRecord }) {
  // Keyed by version so a reload after a conflict starts the form from what is saved.
  return <IcoForm key={incident.version} incident={incident} />;
}

function IcoForm({ incident }: { incident: IncidentRecord }) {
  const update = useIncidentStore((s) => s.update);
  const parties = useIncidentStore((s) => s.parties.items);
  const latest = useInvestigationStore(selectLatestAssessment);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<IcoFormValues, unknown, IcoFields>({ resolver: zodResolver(IcoFormSchema), defaultValues: icoToForm(incident) });
  const { errors, isSubmitting, isDirty } = form.formState;
  const [staffInvolved, dataCategories] = useWatch({ control: form.control, name: ['staffInvolved', 'dataCategories'] });
  const isClosed = incident.status === 'closed';
  // A closed incident, or an account that reads only: the form shows what is recorded, with nothing to press.
  const mayEdit = useMayCall('incidents:update');
  const isReadOnly = isClosed || !mayEdit;

  const fromParties = [...new Set(parties.flatMap((p) => p.involvement.dataCategories))];
  const missingFromParties = fromParties.filter((c) => !dataCategories.includes(c));
  const addFromParties = () => {
    const next = DATA_CATEGORIES.filter((c: DataCategory) => dataCategories.includes(c) || fromParties.includes(c));
    form.setValue('dataCategories', next, { shouldDirty: true });
  };

  const onSubmit = form.handleSubmit(
    async (fields) => {
      setProblem(null);
      const patch = icoPatch(incident, fields);
      if (Object.keys(patch).length === 0) return;
      try {
        await update(patch);
        notifications.show({ color: 'green', message: `Saved the ICO report fields on ${incident.reference}.` });
      } catch (e) {
        const error = toUiError(e);
        if (error.code === 'CONFLICT') return;
        const unplaced = applyFieldIssues(error.issues ?? [], form.setError, toIcoFormPath);
        setProblem(error.issues && unplaced.length === 0 ? 'Correct the highlighted fields, then save again.' : error.message);
      }
    },
    () => setProblem('Correct the highlighted fields, then save again.'),
  );

  const choice = (name: 'causedByCyber' | 'consequenceLikelihood' | 'staffInvolved' | 'staffTrained', label: string, data: { value: string; label: string }[], description?: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          description={description}
          data={data}
          value={field.value}
          onChange={(v) => v && field.onChange(v)}
          error={errors[name]?.message}
          ref={field.ref}
        />
      )}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="ICO report">
      <fieldset disabled={isReadOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          {isClosed && (
            <Alert color="gray" variant="light" py={6}>
              This incident is closed, so these fields are read-only. Re-open it to change them.
            </Alert>
          )}
          {!isClosed && isReadOnly && <ReadOnlyNote what="these fields" />}
          <Text size="sm" c="dimmed">
            The questions of the ICO’s “Report a personal data breach” form that the rest of the record does not answer. Never put
            the breached personal data itself (e.g. names) in these fields.
          </Text>

          <Fieldset legend="About the breach" variant="filled" p="sm">
            <Stack gap="xs">
              <FieldList
                cols={3}
                items={[
                  { label: 'ICO incident type', value: ICO_INCIDENT_TYPES[incident.kind] },
                  { label: 'People affected (latest assessment)', value: latest?.peopleAffected?.toLocaleString('en-GB') ?? 'Not assessed' },
                  { label: 'Records affected (latest assessment)', value: latest?.recordsAffected?.toLocaleString('en-GB') ?? 'Not assessed' },
                ]}
              />
              <SimpleGrid cols={2} spacing="sm">
                <Textarea label="How did you find out about the breach?" minRows={2} error={errors.howDiscovered?.message} {...form.register('howDiscovered')} />
                {choice('causedByCyber', 'Was the breach caused by a cyber incident?', YES_NO_OPTIONS)}
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Fieldset legend="Data and people affected" variant="filled" p="sm">
            <Stack gap="xs">
              <Controller
                control={form.control}
                name="dataCategories"
                render={({ field }) => (
                  <MultiSelect
                    label="Categories of personal data"
                    description="Tick all that apply (ICO list)"
                    data={DATA_OPTIONS}
                    value={field.value}
                    onChange={field.onChange}
                    searchable
                    error={errors.dataCategories?.message}
                    ref={field.ref}
                  />
                )}
              />
              {!isReadOnly && missingFromParties.length > 0 && (
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    The linked parties’ data also includes: {missingFromParties.map((c) => DATA_CATEGORY_LABELS[c]).join('; ')}.
                  </Text>
                  <Button variant="subtle" size="compact-xs" onClick={addFromParties}>
                    Add them
                  </Button>
                </Group>
              )}
              <Controller
                control={form.control}
                name="subjectCategories"
                render={({ field }) => (
                  <MultiSelect
                    label="Categories of data subjects"
                    description="Tick all that apply (ICO list)"
                    data={SUBJECT_OPTIONS}
                    value={field.value}
                    onChange={field.onChange}
                    error={errors.subjectCategories?.message}
                    ref={field.ref}
                  />
                )}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend="Consequences" variant="filled" p="sm">
            <SimpleGrid cols={2} spacing="sm">
              <Textarea
                label="Likely consequences for the people affected"
                description="The impact on them, in plain words (Art. 33(3)(c))"
                minRows={3}
                error={errors.likelyConsequences?.message}
                {...form.register('likelyConsequences')}
              />
              {choice('consequenceLikelihood', 'Likelihood they will experience significant consequences', LIKELIHOOD_OPTIONS)}
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend="Staff" variant="filled" p="sm">
            <Stack gap="xs">
              <SimpleGrid cols={2} spacing="sm">
                {choice('staffInvolved', 'Was a member of staff involved?', YES_NO_OPTIONS)}
                {staffInvolved === 'yes' &&
                  choice('staffTrained', 'Had they received data protection training?', YES_NO_OPTIONS, 'In the last two years')}
              </SimpleGrid>
              <Textarea
                label="Details"
                description="Role, not name; what training and when"
                minRows={2}
                error={errors.staffDetails?.message}
                {...form.register('staffDetails')}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend="Taking action" variant="filled" p="sm">
            <Textarea
              label="Preventive measures in place before the breach"
              minRows={2}
              error={errors.priorMeasures?.message}
              {...form.register('priorMeasures')}
            />
            <Text size="xs" c="dimmed" mt={4}>
              Actions taken or proposed are on the Actions tab; the root cause and lessons on the Decisions tab.
            </Text>
          </Fieldset>

          {problem && (
            <Alert color="red" variant="light">
              {problem}
            </Alert>
          )}
          {!isReadOnly && (
            <Group gap="xs">
              <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
                Save ICO report fields
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
