import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { EXTERNAL_RECIPIENT_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkNumeric } from '../../../../shared/time/ukTime';
import type { ExternalNotificationRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { externalFormSchema, type ExternalFormValues } from './notificationForms';

const RECIPIENT_OPTIONS = optionsFrom(EXTERNAL_RECIPIENT_LABELS);
const FIELDS = ['recipient', 'recipientDetail', 'notifiedAt', 'reference', 'notes'] as const;

/** Another organisation told: police, another regulator, the Government Security Group, the minister’s office… */
export function ExternalNotificationDialog({ onClose }: { onClose: () => void }) {
  const recordExternal = useInvestigationStore((s) => s.recordExternal);
  const [problem, setProblem] = useState<string | null>(null);
  const schema = useMemo(() => externalFormSchema(Date.now()), []);
  const form = useForm<ExternalFormValues, unknown, ExternalNotificationRequest>({
    resolver: zodResolver(schema),
    defaultValues: { recipient: null, recipientDetail: '', notifiedAt: formatUkNumeric(Date.now()), reference: '', notes: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const recipient = useWatch({ control: form.control, name: 'recipient' });

  const onSubmit = form.handleSubmit(async (request) => {
    setProblem(null);
    try {
      await recordExternal(request);
      onClose();
    } catch (e) {
      const error = toUiError(e);
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, (path) => {
        const field = path.split('.')[0] ?? '';
        return (FIELDS as readonly string[]).includes(field) ? (field as (typeof FIELDS)[number]) : null;
      });
      if (!error.issues || unplaced.length > 0) setProblem(error.message);
    }
  });

  return (
    <Modal opened onClose={onClose} title="Record an organisation told">
      <form onSubmit={onSubmit} noValidate aria-label="Record an organisation told">
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <Controller
              control={form.control}
              name="recipient"
              render={({ field }) => (
                <Select
                  label="Organisation"
                  required
                  data={RECIPIENT_OPTIONS}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.recipient?.message}
                  ref={field.ref}
                />
              )}
            />
            <TextInput
              label="Who exactly"
              required={recipient === 'other'}
              description="e.g. Metropolitan Police, Counter Terrorism Command"
              error={errors.recipientDetail?.message}
              {...form.register('recipientDetail')}
            />
            <TextInput
              label="Told at"
              required
              placeholder={UK_DATE_TIME_PLACEHOLDER}
              error={errors.notifiedAt?.message}
              {...form.register('notifiedAt')}
            />
            <TextInput label="Their reference" error={errors.reference?.message} {...form.register('reference')} />
          </SimpleGrid>
          <Textarea label="Notes" minRows={2} error={errors.notes?.message} {...form.register('notes')} />
          {problem && (
            <Alert color="red" variant="light">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
