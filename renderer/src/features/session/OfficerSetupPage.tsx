import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { OfficerSchema, type Officer } from '../../../../shared/domain/schemas';
import type { z } from '../../../../shared/zodConfig';
import { applyFieldIssues } from '../../lib/formErrors';
import { toUiError } from '../../lib/errors';
import { useSessionStore } from '../../stores/useSessionStore';

type OfficerForm = z.input<typeof OfficerSchema>;

/** First run: every audit entry, note and decision names the officer, so Casebook asks who they are. */
export function OfficerSetupPage() {
  const setOfficer = useSessionStore((s) => s.setOfficer);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<OfficerForm, unknown, Officer>({
    resolver: zodResolver(OfficerSchema),
    defaultValues: { name: '', businessUnit: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (officer) => {
    setProblem(null);
    try {
      await setOfficer(officer);
    } catch (e) {
      const error = toUiError(e);
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, (path) =>
        path === 'name' || path === 'businessUnit' ? path : null,
      );
      if (!error.issues || unplaced.length > 0) setProblem(error.message);
    }
  });

  return (
    <Center h="100%" bg="gray.0">
      <Paper withBorder p="lg" w={420} shadow="xs">
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <Title order={1}>Welcome to Casebook</Title>
            <Text size="sm" c="dimmed">
              Casebook records who makes every change. Enter the name of the officer using this laptop.
            </Text>
            <TextInput label="Your name" required autoFocus error={errors.name?.message} {...form.register('name')} />
            <TextInput
              label="Business unit"
              description="Optional. Used as the default for new incidents."
              error={errors.businessUnit?.message}
              {...form.register('businessUnit')}
            />
            {problem && (
              <Alert color="red" variant="light">
                {problem}
              </Alert>
            )}
            <Button type="submit" loading={isSubmitting} w="fit-content">
              Continue
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
