import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { EXTERNAL_RECIPIENT_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkNumeric } from '../../../../shared/time/ukTime';
import { FormDialog } from '../../components/form/FormDialog';
import { SelectField } from '../../components/form/SelectField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { useFormProblem } from '../../components/form/useFormProblem';
import type { ExternalNotificationRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { topLevelField } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { externalFormSchema, type ExternalFormValues } from './notificationForms';

const RECIPIENT_OPTIONS = optionsFrom(EXTERNAL_RECIPIENT_LABELS);
const toField = topLevelField(['recipient', 'recipientDetail', 'notifiedAt', 'reference', 'notes'] as const);

/** Another organisation told: police, another regulator, the Government Security Group, the minister’s office… */
export function ExternalNotificationDialog({ onClose }: { onClose: () => void }) {
  const recordExternal = useInvestigationStore((s) => s.recordExternal);
  const schema = useMemo(() => externalFormSchema(Date.now()), []);
  const form = useForm<ExternalFormValues, unknown, ExternalNotificationRequest>({
    resolver: zodResolver(schema),
    defaultValues: { recipient: null, recipientDetail: '', notifiedAt: formatUkNumeric(Date.now()), reference: '', notes: '' },
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toField);
  const { control } = form;
  const recipient = useWatch({ control, name: 'recipient' });

  const onSubmit = form.handleSubmit(async (request) => {
    setProblem(null);
    try {
      await recordExternal(request);
      onClose();
    } catch (e) {
      show(toUiError(e));
    }
  });

  return (
    <FormDialog
      title="Record an organisation told"
      label="Record an organisation told"
      onSubmit={onSubmit}
      onClose={onClose}
      problem={problem}
      submitLabel="Record"
      isSubmitting={form.formState.isSubmitting}
    >
      <SimpleGrid cols={2} spacing="sm">
        <SelectField control={control} name="recipient" label="Organisation" required data={RECIPIENT_OPTIONS} />
        <TextField
          control={control}
          name="recipientDetail"
          label="Who exactly"
          required={recipient === 'other'}
          description="e.g. Metropolitan Police, Counter Terrorism Command"
        />
        <TextField control={control} name="notifiedAt" label="Told at" required placeholder={UK_DATE_TIME_PLACEHOLDER} />
        <TextField control={control} name="reference" label="Their reference" />
      </SimpleGrid>
      <TextareaField control={control} name="notes" label="Notes" minRows={2} />
    </FormDialog>
  );
}
