import { Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import type { NewIncident } from '../../../../shared/domain/schemas';
import { INCIDENT_KIND_LABELS, MARKINGS, type IncidentKind } from '../../../../shared/domain/vocabulary';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { emptyDetailsForm } from './detailsForm';
import type { IncidentFormValues } from './incidentForm';
import { KindDetailsFields } from './KindDetailsFields';

const KIND_OPTIONS = optionsFrom(INCIDENT_KIND_LABELS);
const MARKING_OPTIONS = MARKINGS.map((m) => ({ value: m, label: m }));

/** Every field of an incident, shared by the new-incident page and the Details tab's edit mode. */
export function IncidentFields({ form }: { form: UseFormReturn<IncidentFormValues, unknown, NewIncident> }) {
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });

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
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label="Kind"
                  required
                  data={KIND_OPTIONS}
                  value={field.value}
                  onChange={(v) => v && changeKind(v as IncidentKind)}
                  error={errors.kind?.message}
                  ref={field.ref}
                  searchable
                />
              )}
            />
            <TextInput label="Title" required error={errors.title?.message} {...form.register('title')} />
          </SimpleGrid>
          <Textarea label="Description" minRows={3} maxRows={12} error={errors.description?.message} {...form.register('description')} />
        </Stack>
      </Fieldset>

      <Fieldset legend={`${INCIDENT_KIND_LABELS[kind]} details`} variant="filled" p="sm" data-testid="kind-details">
        <KindDetailsFields kind={kind} form={form} />
      </Fieldset>

      <Fieldset legend="When" variant="filled" p="sm">
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Occurred" placeholder={UK_DATE_TIME_PLACEHOLDER} error={errors.occurredAt?.message} {...form.register('occurredAt')} />
          <TextInput
            label="Discovered"
            description="When we became aware: starts the 72-hour clock"
            placeholder={UK_DATE_TIME_PLACEHOLDER}
            required
            error={errors.discoveredAt?.message}
            {...form.register('discoveredAt')}
          />
          <TextInput label="Reported" placeholder={UK_DATE_TIME_PLACEHOLDER} error={errors.reportedAt?.message} {...form.register('reportedAt')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend="Who" variant="filled" p="sm">
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Business unit" error={errors.businessUnit?.message} {...form.register('businessUnit')} />
          <TextInput label="Reporting officer" error={errors.reportingOfficer?.message} {...form.register('reportingOfficer')} />
          <TextInput label="Owner" error={errors.owner?.message} {...form.register('owner')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend="Protective marking" variant="filled" p="sm">
        <SimpleGrid cols={3} spacing="sm">
          <Controller
            control={form.control}
            name="recordMarking"
            render={({ field }) => (
              <Select
                label="Marking of this record"
                required
                data={MARKING_OPTIONS}
                value={field.value}
                onChange={(v) => v && field.onChange(v)}
                error={errors.recordMarking?.message}
                ref={field.ref}
              />
            )}
          />
          <Controller
            control={form.control}
            name="materialMarking"
            render={({ field }) => (
              <Select
                label="Marking of the material compromised"
                placeholder="Not known"
                data={MARKING_OPTIONS}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                clearable
                error={errors.materialMarking?.message}
                ref={field.ref}
              />
            )}
          />
          <TextInput
            label="Number of items compromised"
            inputMode="numeric"
            error={errors.materialItemCount?.message}
            {...form.register('materialItemCount')}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
