import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import type { NewIncident } from '../../../../shared/contract/incidents';
import { DraftRestored } from '../../components/form/DraftRestored';
import { draftWhat } from '../../components/form/draftText';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { useFormDraft } from '../../components/form/useFormDraft';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { IncidentFields } from '../incidentForm/IncidentFields';
import { IncidentFormSchema, incidentPatch, incidentToForm, toIncidentFormPath, type IncidentFormValues } from '../incidentForm/incidentForm';

const CORRECT_FIELDS = 'Correct the highlighted fields, then save again.';

/** Edits an open incident against the version on screen; only changed fields are sent. */
export function DetailsEditor({ incident, onDone }: { incident: IncidentRecord; onDone: () => void }) {
  const update = useIncidentStore((s) => s.update);
  const form = useForm<IncidentFormValues, unknown, NewIncident>({
    resolver: zodResolver(IncidentFormSchema),
    defaultValues: incidentToForm(incident),
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toIncidentFormPath, CORRECT_FIELDS);
  const draft = useFormDraft(form, { kind: 'incidentDetails', incidentId: incident.id }, draftWhat('incidentDetails', incident.reference));
  const cancel = () => {
    draft.discard();
    onDone();
  };

  const onSubmit = form.handleSubmit(
    async (edited) => {
      setProblem(null);
      const patch = incidentPatch(incident, edited);
      if (Object.keys(patch).length === 0) {
        cancel();
        return;
      }
      try {
        await draft.submit(() => update(patch));
        notifications.show({ color: 'green', message: `Saved ${incident.reference}.` });
        onDone();
      } catch (e) {
        const error = toUiError(e);
        // A conflict is explained by the banner above the tabs, with its Reload button.
        if (error.code === 'CONFLICT') return;
        show(error);
      }
    },
    () => setProblem(CORRECT_FIELDS),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit incident">
      <Stack gap="sm">
        <DraftRestored at={draft.restoredAt} onDiscard={draft.discard} />
        <ProblemAlert problem={problem} />
        <IncidentFields form={form} />
        <Group gap="xs">
          <Button type="submit" loading={form.formState.isSubmitting}>
            Save changes
          </Button>
          <Button variant="default" onClick={cancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
