import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { OfficerSchema, type Officer } from '../../../../shared/domain/schemas';
import type { z } from '../../../../shared/zodConfig';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { useSessionStore } from '../../stores/useSessionStore';

type OfficerFormValues = z.input<typeof OfficerSchema>;

type Props = { initial: Officer | null; submitLabel: string; autoFocus?: boolean; onSaved?: (officer: Officer) => void };

/** The officer's name and business unit: asked on first run, changeable in Settings. */
export function OfficerForm({ initial, submitLabel, autoFocus = false, onSaved }: Props) {
  const setOfficer = useSessionStore((s) => s.setOfficer);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<OfficerFormValues, unknown, Officer>({
    resolver: zodResolver(OfficerSchema),
    defaultValues: { name: initial?.name ?? '', businessUnit: initial?.businessUnit ?? '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (officer) => {
    setProblem(null);
    try {
      const saved = await setOfficer(officer);
      form.reset({ name: saved.name, businessUnit: saved.businessUnit });
      onSaved?.(saved);
    } catch (e) {
      const error = toUiError(e);
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, (path) =>
        path === 'name' || path === 'businessUnit' ? path : null,
      );
      if (!error.issues || unplaced.length > 0) setProblem(error.message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Officer">
      <Stack gap="sm">
        <TextInput label="Your name" required autoFocus={autoFocus} error={errors.name?.message} {...form.register('name')} />
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
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
