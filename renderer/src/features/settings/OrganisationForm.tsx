import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { OrganisationSchema, type Organisation } from '../../../../shared/contract/settings';
import type { z } from '../../../../shared/zodConfig';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { useSettingsStore } from '../../stores/useSettingsStore';

type OrganisationFormValues = z.input<typeof OrganisationSchema>;

const FIELDS = ['name', 'address', 'sector', 'icoRegistrationNumber', 'dpoName', 'dpoEmail', 'dpoPhone'] as const;
const BLANK: Organisation = { name: '', address: '', sector: '', icoRegistrationNumber: '', dpoName: '', dpoEmail: '', dpoPhone: '' };

/** The organisation (controller) and its DPO: part 10 of the ICO draft and the contact point in letters. */
export function OrganisationForm() {
  const organisation = useSettingsStore((s) => s.organisation);
  const loadError = useSettingsStore((s) => s.organisationError);
  const load = useSettingsStore((s) => s.loadOrganisation);
  const update = useSettingsStore((s) => s.updateOrganisation);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<OrganisationFormValues, unknown, Organisation>({
    resolver: zodResolver(OrganisationSchema),
    defaultValues: organisation ?? BLANK,
  });
  const { errors, isSubmitting, isDirty } = form.formState;

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (organisation) form.reset(organisation);
  }, [organisation, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const saved = await update(values);
      form.reset(saved);
      notifications.show({ message: 'Organisation details saved. ICO drafts and letters now use them.' });
    } catch (e) {
      const error = toUiError(e);
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, (path) =>
        (FIELDS as readonly string[]).includes(path) ? (path as (typeof FIELDS)[number]) : null,
      );
      if (!error.issues || unplaced.length > 0) setProblem(error.message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Organisation">
      <Stack gap="xs">
        <Text size="sm">
          The organisation responsible for the data (the controller). Part 10 of the ICO notification draft is filled
          from these; when a DPO is given, letters to the people affected name the DPO as the contact point instead of
          the officer.
        </Text>
        {loadError && (
          <Alert color="red" variant="light" py={6}>
            {loadError.message}
          </Alert>
        )}
        <SimpleGrid cols={3} spacing="xs" verticalSpacing="xs">
          <TextInput size="xs" label="Organisation name" error={errors.name?.message} {...form.register('name')} />
          <TextInput size="xs" label="Sector" placeholder="e.g. Central government" error={errors.sector?.message} {...form.register('sector')} />
          <TextInput
            size="xs"
            label="ICO registration number"
            placeholder="Data protection fee, e.g. Z1234567"
            error={errors.icoRegistrationNumber?.message}
            {...form.register('icoRegistrationNumber')}
          />
        </SimpleGrid>
        <Textarea size="xs" label="Address" autosize minRows={2} maxRows={5} error={errors.address?.message} {...form.register('address')} />
        <SimpleGrid cols={3} spacing="xs" verticalSpacing="xs">
          <TextInput size="xs" label="DPO name" error={errors.dpoName?.message} {...form.register('dpoName')} />
          <TextInput size="xs" label="DPO email" type="email" error={errors.dpoEmail?.message} {...form.register('dpoEmail')} />
          <TextInput size="xs" label="DPO telephone" error={errors.dpoPhone?.message} {...form.register('dpoPhone')} />
        </SimpleGrid>
        {problem && (
          <Alert color="red" variant="light" py={6}>
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            Save organisation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
