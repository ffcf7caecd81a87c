import { MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import {
  DATA_CATEGORY_LABELS,
  NOTIFICATION_METHOD_LABELS,
  NOTIFICATION_STATUS_LABELS,
  PARTY_ROLE_LABELS,
} from '../../../../shared/domain/vocabulary';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import type { LinkRequest } from '../../lib/contractTypes';
import type { LinkFormValues } from './linkForm';

const ROLE_OPTIONS = optionsFrom(PARTY_ROLE_LABELS);
const CATEGORY_OPTIONS = optionsFrom(DATA_CATEGORY_LABELS);
const STATUS_OPTIONS = optionsFrom(NOTIFICATION_STATUS_LABELS);
const METHOD_OPTIONS = optionsFrom(NOTIFICATION_METHOD_LABELS);

/** How a party is involved in this incident: roles, whose data, and whether they have been told. */
export function InvolvementFields({ form }: { form: UseFormReturn<LinkFormValues, unknown, LinkRequest> }) {
  const errors = form.formState.errors.involvement;
  const status = useWatch({ control: form.control, name: 'involvement.notificationStatus' });

  return (
    <Stack gap="xs">
      <Controller
        control={form.control}
        name="involvement.roles"
        render={({ field }) => (
          <MultiSelect
            label="Roles in this incident"
            description="A party can hold several, e.g. both an unintended recipient and a data subject"
            required
            data={ROLE_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            error={errors?.roles?.message}
            ref={field.ref}
          />
        )}
      />
      <Controller
        control={form.control}
        name="involvement.dataCategories"
        render={({ field }) => (
          <MultiSelect
            label="Their personal data involved"
            description="The ICO’s categories; leave empty if none of their own data was involved"
            data={CATEGORY_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            error={errors?.dataCategories?.message}
            searchable
            ref={field.ref}
          />
        )}
      />
      <SimpleGrid cols={3} spacing="sm">
        <Controller
          control={form.control}
          name="involvement.notificationStatus"
          render={({ field }) => (
            <Select
              label="Told about the breach?"
              data={STATUS_OPTIONS}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              error={errors?.notificationStatus?.message}
              ref={field.ref}
            />
          )}
        />
        {status === 'notified' && (
          <>
            <TextInput
              label="Told on"
              required
              placeholder={UK_DATE_TIME_PLACEHOLDER}
              error={errors?.notifiedAt?.message}
              {...form.register('involvement.notifiedAt')}
            />
            <Controller
              control={form.control}
              name="involvement.notificationMethod"
              render={({ field }) => (
                <Select
                  label="How"
                  required
                  data={METHOD_OPTIONS}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors?.notificationMethod?.message}
                  ref={field.ref}
                />
              )}
            />
          </>
        )}
      </SimpleGrid>
    </Stack>
  );
}
