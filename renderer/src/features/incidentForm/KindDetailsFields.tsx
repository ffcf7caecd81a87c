import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { NewIncident } from '../../../../shared/domain/schemas';
import type { IncidentKind } from '../../../../shared/domain/vocabulary';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { detailFieldsOf, type DetailField } from './detailFields';
import type { IncidentFormValues } from './incidentForm';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The fields of one kind's details; multi-line fields take the full width. */
export function KindDetailsFields({ kind, form }: { kind: IncidentKind; form: UseFormReturn<IncidentFormValues, unknown, NewIncident> }) {
  const errors = form.formState.errors.details;
  return (
    <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
      {detailFieldsOf(kind).map((field) => {
        const name = `details.${field.name}` as const;
        const error = errors?.[field.name]?.message;
        const common = { label: field.label, description: field.description, error };
        const isWide = field.type === 'longText' || field.type === 'list';
        return (
          <div key={`${kind}.${field.name}`} style={isWide ? { gridColumn: '1 / -1' } : undefined}>
            {renderField(field, name, common, form)}
          </div>
        );
      })}
    </SimpleGrid>
  );
}

function renderField(
  field: DetailField,
  name: `details.${string}`,
  common: { label: string; description: string | undefined; error: string | undefined },
  form: UseFormReturn<IncidentFormValues, unknown, NewIncident>,
) {
  switch (field.type) {
    case 'text':
      return <TextInput {...common} {...form.register(name)} />;
    case 'count':
      return <TextInput {...common} inputMode="numeric" {...form.register(name)} />;
    case 'dateTime':
      return <TextInput {...common} placeholder={UK_DATE_TIME_PLACEHOLDER} {...form.register(name)} />;
    case 'longText':
    case 'list':
      return <Textarea {...common} minRows={field.type === 'list' ? 3 : 2} maxRows={10} {...form.register(name)} />;
    case 'yesNo':
    case 'choice':
      return (
        <Controller
          control={form.control}
          name={name}
          render={({ field: f }) => (
            <Select
              {...common}
              data={field.type === 'yesNo' ? YES_NO : (field.options ?? [])}
              placeholder={field.type === 'yesNo' || field.isNullable ? 'Not known' : undefined}
              clearable={field.type === 'yesNo' || field.isNullable === true}
              value={f.value || null}
              onChange={(v) => f.onChange(v ?? '')}
              onBlur={f.onBlur}
              ref={f.ref}
            />
          )}
        />
      );
    default:
      throw new Error(`Unknown detail field type ${String(field.type satisfies never)}`);
  }
}
