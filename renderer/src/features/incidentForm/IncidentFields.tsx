import { Fieldset, Select, SimpleGrid, Stack } from '@mantine/core';
import { useController, useWatch, type UseFormReturn } from 'react-hook-form';
import type { NewIncident } from '../../../../shared/contract/incidents';
import { INCIDENT_KIND_LABELS, MARKINGS, type IncidentKind } from '../../../../shared/domain/vocabulary';
import { SelectField } from '../../components/form/SelectField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { emptyDetailsForm } from './detailsForm';
import type { IncidentFormValues } from './incidentForm';
import { KindDetailsFields } from './KindDetailsFields';

const KIND_OPTIONS = optionsFrom(INCIDENT_KIND_LABELS);
const MARKING_OPTIONS = MARKINGS.map((m) => ({ value: m, label: m }));

/** Every field of an incident, shared by the new-incident page and the Details tab's edit mode. */
export function IncidentFields({ form }: { form: UseFormReturn<IncidentFormValues, unknown, NewIncident> }) {
  const { control } = form;
  const kind = useWatch({ control, name: 'kind' });
  const kindField = useController({ control, name: 'kind' });

  // Fields the old and new kind share (sender, message-id…) keep what was typed.
  const changeKind = (next: IncidentKind) => {
    const typed = form.getValues('details');
    const fresh = emptyDetailsForm(next);
    for (const key of Object.keys(fresh)) if (typed[key]) fresh[key] = typed[key];
    form.setValue('kind', next, { shouldDirty: true });
    form.setValue('details', fresh, { shouldDirty: true });
  };

  return (
    <Stack gap="sm">
      <Fieldset legend="What happened" variant="filled" p="sm">
        <Stack gap="xs">
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label="Kind"
              required
              data={KIND_OPTIONS}
              value={kindField.field.value}
              onChange={(v) => v && changeKind(v as IncidentKind)}
              error={kindField.fieldState.error?.message}
              ref={kindField.field.ref}
              searchable
            />
            <TextField control={control} name="title" label="Title" required />
          </SimpleGrid>
          <TextareaField control={control} name="description" label="Description" minRows={3} maxRows={12} />
        </Stack>
      </Fieldset>

      <Fieldset legend={`${INCIDENT_KIND_LABELS[kind]} details`} variant="filled" p="sm" data-testid="kind-details">
        <KindDetailsFields kind={kind} control={control} />
      </Fieldset>

      <Fieldset legend="When" variant="filled" p="sm">
        <SimpleGrid cols={3} spacing="sm">
          <TextField control={control} name="occurredAt" label="Occurred" placeholder={UK_DATE_TIME_PLACEHOLDER} />
          <TextField
            control={control}
            name="discoveredAt"
            label="Discovered"
            description="When we became aware: starts the 72-hour clock"
            placeholder={UK_DATE_TIME_PLACEHOLDER}
            required
          />
          <TextField control={control} name="reportedAt" label="Reported" placeholder={UK_DATE_TIME_PLACEHOLDER} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend="Who" variant="filled" p="sm">
        <SimpleGrid cols={3} spacing="sm">
          <TextField control={control} name="businessUnit" label="Business unit" />
          <TextField control={control} name="reportingOfficer" label="Reporting officer" />
          <TextField control={control} name="owner" label="Owner" />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend="Protective marking" variant="filled" p="sm">
        <SimpleGrid cols={3} spacing="sm">
          <SelectField control={control} name="recordMarking" label="Marking of this record" required data={MARKING_OPTIONS} allowDeselect={false} />
          <SelectField control={control} name="materialMarking" label="Marking of the material compromised" placeholder="Not known" data={MARKING_OPTIONS} clearable />
          <TextField control={control} name="materialItemCount" label="Number of items compromised" inputMode="numeric" />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
