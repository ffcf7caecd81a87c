import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { NOTIFICATION_METHOD_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkNumeric } from '../../../../shared/time/ukTime';
import { FormDialog } from '../../components/form/FormDialog';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useFormProblem } from '../../components/form/useFormProblem';
import type { IncidentRecord, MarkNotifiedRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { topLevelField } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { PartiesToldFields } from './PartiesToldFields';
import { markFormSchema, type MarkFormValues } from './notificationForms';

const METHOD_OPTIONS = optionsFrom(NOTIFICATION_METHOD_LABELS);
const toField = topLevelField(['who', 'partyIds', 'method', 'notifiedAt'] as const);

/** Marks many linked parties as told in one step, as when one letter goes to every person affected. */
export function MarkNotifiedDialog({ incident, onClose }: { incident: IncidentRecord; onClose: () => void }) {
  const markNotified = useInvestigationStore((s) => s.markNotified);
  const schema = useMemo(() => markFormSchema(Date.now()), []);
  const form = useForm<MarkFormValues, unknown, MarkNotifiedRequest>({
    resolver: zodResolver(schema),
    defaultValues: { who: 'all_subjects', partyIds: [], method: null, notifiedAt: formatUkNumeric(Date.now()) },
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toField);
  const { control } = form;
  const who = useWatch({ control, name: 'who' });

  const onSubmit = form.handleSubmit(async (request) => {
    setProblem(null);
    try {
      const updated = await markNotified(request);
      notifications.show({ color: 'green', message: `Marked ${updated.toLocaleString('en-GB')} ${updated === 1 ? 'party' : 'parties'} as told.` });
      onClose();
    } catch (e) {
      show(toUiError(e));
    }
  });

  return (
    <FormDialog
      title="Mark people as told"
      label="Mark people as told"
      onSubmit={onSubmit}
      onClose={onClose}
      problem={problem}
      submitLabel="Mark as told"
      isSubmitting={form.formState.isSubmitting}
    >
      <PartiesToldFields control={control} subjects={incident.affectedCount} showParties={who === 'selected'} />
      <SimpleGrid cols={2} spacing="sm">
        <SelectField control={control} name="method" label="How they were told" required data={METHOD_OPTIONS} />
        <TextField control={control} name="notifiedAt" label="Told on" required placeholder={UK_DATE_TIME_PLACEHOLDER} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Each party’s notification is recorded with your name in the incident’s history.
      </Text>
    </FormDialog>
  );
}
