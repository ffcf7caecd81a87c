import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, useWatch } from 'react-hook-form';
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
import { MultiSelectField } from '../../components/form/MultiSelectField';
import { RecordForm } from '../../components/form/RecordForm';
import { SelectField } from '../../components/form/SelectField';
import { TextareaField } from '../../components/form/TextareaField';
import { useFormProblem } from '../../components/form/useFormProblem';
import { useMayCall } from '../../lib/access';
import { useFieldFocusRequests } from '../../lib/fieldFocus';
import { toUiError } from '../../lib/errors';
import { optionsFrom } from '../../lib/options';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { selectLatestAssessment, useInvestigationStore } from '../../stores/useInvestigationStore';
import { icoPatch, IcoFormSchema, icoToForm, toIcoFormPath, type IcoField, type IcoFormValues } from './icoForm';

const DATA_OPTIONS = optionsFrom(DATA_CATEGORY_LABELS);
const SUBJECT_OPTIONS = optionsFrom(SUBJECT_CATEGORY_LABELS);
const YES_NO_OPTIONS = optionsFrom(YES_NO_UNKNOWN_LABELS);
const LIKELIHOOD_OPTIONS = optionsFrom(CONSEQUENCE_LIKELIHOOD_LABELS);
const CORRECT_FIELDS = 'Correct the highlighted fields, then save again.';

/** What the ICO’s breach report asks that the rest of the record does not hold (docs/domain.md#the-icos-breach-report-form). */
export function IcoTab({ incident }: { incident: IncidentRecord }) {
  // Keyed by version so a reload after a conflict starts the form from what is saved.
  return <IcoForm key={incident.version} incident={incident} />;
}

function IcoForm({ incident }: { incident: IncidentRecord }) {
  const update = useIncidentStore((s) => s.update);
  const parties = useIncidentStore((s) => s.parties.items);
  const latest = useInvestigationStore(selectLatestAssessment);
  const form = useForm<IcoFormValues, unknown, IcoFields>({ resolver: zodResolver(IcoFormSchema), defaultValues: icoToForm(incident) });
  const { problem, setProblem, show } = useFormProblem(form.setError, toIcoFormPath, CORRECT_FIELDS);
  useFieldFocusRequests(Object.keys(IcoFormSchema.shape) as IcoField[], form.setFocus);
  const { control } = form;
  const { isSubmitting, isDirty } = form.formState;
  const [staffInvolved, dataCategories] = useWatch({ control, name: ['staffInvolved', 'dataCategories'] });
  const isClosed = incident.status === 'closed';
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
        show(error);
      }
    },
    () => setProblem(CORRECT_FIELDS),
  );

  const choice = (
    name: 'causedByCyber' | 'consequenceLikelihood' | 'staffInvolved' | 'staffTrained',
    label: string,
    data: { value: string; label: string }[],
    description?: string,
  ) => <SelectField control={control} name={name} label={label} description={description} data={data} allowDeselect={false} />;

  return (
    <RecordForm
      label="ICO report"
      onSubmit={onSubmit}
      isClosed={isClosed}
      isReadOnly={isReadOnly}
      closedText="This incident is closed, so these fields are read-only. Re-open it to change them."
      readOnlyWhat="these fields"
      problem={problem}
      submitLabel="Save ICO report fields"
      isSubmitting={isSubmitting}
      isDirty={isDirty}
    >
      <Text size="sm" c="dimmed">
        The questions of the ICO’s “Report a personal data breach” form that the rest of the record does not answer. Never put the breached personal data itself (e.g.
        names) in these fields.
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
            <TextareaField control={control} name="howDiscovered" label="How did you find out about the breach?" minRows={2} />
            {choice('causedByCyber', 'Was the breach caused by a cyber incident?', YES_NO_OPTIONS)}
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend="Data and people affected" variant="filled" p="sm">
        <Stack gap="xs">
          <MultiSelectField
            control={control}
            name="dataCategories"
            label="Categories of personal data"
            description="Tick all that apply (ICO list)"
            data={DATA_OPTIONS}
            searchable
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
          <MultiSelectField
            control={control}
            name="subjectCategories"
            label="Categories of data subjects"
            description="Tick all that apply (ICO list)"
            data={SUBJECT_OPTIONS}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend="Consequences" variant="filled" p="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextareaField
            control={control}
            name="likelyConsequences"
            label="Likely consequences for the people affected"
            description="The impact on them, in plain words (Art. 33(3)(c))"
            minRows={3}
          />
          {choice('consequenceLikelihood', 'Likelihood they will experience significant consequences', LIKELIHOOD_OPTIONS)}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend="Staff" variant="filled" p="sm">
        <Stack gap="xs">
          <SimpleGrid cols={2} spacing="sm">
            {choice('staffInvolved', 'Was a member of staff involved?', YES_NO_OPTIONS)}
            {staffInvolved === 'yes' && choice('staffTrained', 'Had they received data protection training?', YES_NO_OPTIONS, 'In the last two years')}
          </SimpleGrid>
          <TextareaField control={control} name="staffDetails" label="Details" description="Role, not name; what training and when" minRows={2} />
        </Stack>
      </Fieldset>

      <Fieldset legend="Taking action" variant="filled" p="sm">
        <TextareaField control={control} name="priorMeasures" label="Preventive measures in place before the breach" minRows={2} />
        <Text size="xs" c="dimmed" mt={4}>
          Actions taken or proposed are on the Actions tab; the root cause and lessons on the Decisions tab.
        </Text>
      </Fieldset>
    </RecordForm>
  );
}
