import { SimpleGrid, Stack } from '@mantine/core';
import { useWatch, type Control } from 'react-hook-form';
import { DATA_CATEGORY_LABELS, NOTIFICATION_METHOD_LABELS, NOTIFICATION_STATUS_LABELS, PARTY_ROLE_LABELS } from '../../../../shared/domain/vocabulary';
import { MultiSelectField } from '../../components/form/MultiSelectField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import type { LinkRequest } from '../../lib/contractTypes';
import type { LinkFormValues } from './linkForm';

const ROLE_OPTIONS = optionsFrom(PARTY_ROLE_LABELS);
const CATEGORY_OPTIONS = optionsFrom(DATA_CATEGORY_LABELS);
const STATUS_OPTIONS = optionsFrom(NOTIFICATION_STATUS_LABELS);
const METHOD_OPTIONS = optionsFrom(NOTIFICATION_METHOD_LABELS);

/** How a party is involved in this incident: roles, whose data, and whether they have been told. */
export function InvolvementFields({ control }: { control: Control<LinkFormValues, unknown, LinkRequest> }) {
  const status = useWatch({ control, name: 'involvement.notificationStatus' });

  return (
    <Stack gap="xs">
      <MultiSelectField
        control={control}
        name="involvement.roles"
        label="Roles in this incident"
        description="A party can hold several, e.g. both an unintended recipient and a data subject"
        required
        data={ROLE_OPTIONS}
      />
      <MultiSelectField
        control={control}
        name="involvement.dataCategories"
        label="Their personal data involved"
        description="The ICO’s categories; leave empty if none of their own data was involved"
        data={CATEGORY_OPTIONS}
        searchable
      />
      <SimpleGrid cols={3} spacing="sm">
        <SelectField control={control} name="involvement.notificationStatus" label="Told about the breach?" data={STATUS_OPTIONS} allowDeselect={false} />
        {status === 'notified' && (
          <>
            <TextField control={control} name="involvement.notifiedAt" label="Told on" required placeholder={UK_DATE_TIME_PLACEHOLDER} />
            <SelectField control={control} name="involvement.notificationMethod" label="How" required data={METHOD_OPTIONS} />
          </>
        )}
      </SimpleGrid>
    </Stack>
  );
}
