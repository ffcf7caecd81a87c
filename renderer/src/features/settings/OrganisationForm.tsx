import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { OrganisationSchema, type Organisation } from '../../../../shared/contract/settings';
import type { z } from '../../../../shared/zodConfig';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import { topLevelField } from '../../lib/formErrors';
import { useSettingsStore } from '../../stores/useSettingsStore';

type OrganisationFormValues = z.input<typeof OrganisationSchema>;

const toField = topLevelField(['name', 'address', 'sector', 'icoRegistrationNumber', 'dpoName', 'dpoEmail', 'dpoPhone'] as const);
const BLANK: Organisation = { name: '', address: '', sector: '', icoRegistrationNumber: '', dpoName: '', dpoEmail: '', dpoPhone: '' };

/** The organisation (controller) and its DPO: part 10 of the ICO draft and the contact point in letters. */
export function OrganisationForm() {
  const organisation = useSettingsStore((s) => s.organisation);
  const loadError = useSettingsStore((s) => s.organisationError);
  const load = useSettingsStore((s) => s.loadOrganisation);
  const update = useSettingsStore((s) => s.updateOrganisation);
  const form = useForm<OrganisationFormValues, unknown, Organisation>({
    resolver: zodResolver(OrganisationSchema),
    defaultValues: organisation ?? BLANK,
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toField);
  const { control } = form;
  const { isSubmitting, isDirty } = form.formState;

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
      show(toUiError(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Organisation">
      <Stack gap="xs">
        <Text size="sm">
          The organisation responsible for the data (the controller). Part 10 of the ICO notification draft is filled from these; when a DPO is given, letters to the
          people affected name the DPO as the contact point instead of the officer.
        </Text>
        {loadError && (
          <Alert color="red" variant="light" py={6}>
            {loadError.message}
          </Alert>
        )}
        <SimpleGrid cols={3} spacing="xs" verticalSpacing="xs">
          <TextField control={control} name="name" size="xs" label="Organisation name" />
          <TextField control={control} name="sector" size="xs" label="Sector" placeholder="e.g. Central government" />
          <TextField control={control} name="icoRegistrationNumber" size="xs" label="ICO registration number" placeholder="Data protection fee, e.g. Z1234567" />
        </SimpleGrid>
        <TextareaField control={control} name="address" size="xs" label="Address" autosize minRows={2} maxRows={5} />
        <SimpleGrid cols={3} spacing="xs" verticalSpacing="xs">
          <TextField control={control} name="dpoName" size="xs" label="DPO name" />
          <TextField control={control} name="dpoEmail" size="xs" label="DPO email" type="email" />
          <TextField control={control} name="dpoPhone" size="xs" label="DPO telephone" />
        </SimpleGrid>
        <ProblemAlert problem={problem} py={6} />
        <Group>
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            Save organisation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
