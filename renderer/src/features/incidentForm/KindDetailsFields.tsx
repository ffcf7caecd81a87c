import { SimpleGrid } from '@mantine/core';
import type { Control } from 'react-hook-form';
import type { NewIncident } from '../../../../shared/contract/incidents';
import type { IncidentKind } from '../../../../shared/domain/vocabulary';
import { SelectField } from '../../components/form/SelectField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { detailFieldsOf, type DetailField } from './detailFields';
import type { IncidentFormValues } from './incidentForm';

type IncidentControl = Control<IncidentFormValues, unknown, NewIncident>;

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The fields of one kind's details; multi-line fields take the full width. */
export function KindDetailsFields({ kind, control }: { kind: IncidentKind; control: IncidentControl }) {
  return (
    <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
      {detailFieldsOf(kind).map((field) => {
        const isWide = field.type === 'longText' || field.type === 'list';
        return (
          <div key={`${kind}.${field.name}`} style={isWide ? { gridColumn: '1 / -1' } : undefined}>
            <DetailInput field={field} control={control} />
          </div>
        );
      })}
    </SimpleGrid>
  );
}

function DetailInput({ field, control }: { field: DetailField; control: IncidentControl }) {
  const common = { control, name: `details.${field.name}` as const, label: field.label, description: field.description };
  switch (field.type) {
    case 'text':
      return <TextField {...common} />;
    case 'count':
      return <TextField {...common} inputMode="numeric" />;
    case 'dateTime':
      return <TextField {...common} placeholder={UK_DATE_TIME_PLACEHOLDER} />;
    case 'longText':
    case 'list':
      return <TextareaField {...common} minRows={field.type === 'list' ? 3 : 2} maxRows={10} />;
    case 'yesNo':
    case 'choice':
      return (
        <SelectField
          {...common}
          data={field.type === 'yesNo' ? YES_NO : (field.options ?? [])}
          placeholder={field.type === 'yesNo' || field.isNullable ? 'Not known' : undefined}
          clearable={field.type === 'yesNo' || field.isNullable === true}
          emptyValue=""
        />
      );
    default:
      throw new Error(`Unknown detail field type ${String(field.type satisfies never)}`);
  }
}
