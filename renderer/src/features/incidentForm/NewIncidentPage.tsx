import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import type { NewIncident } from '../../../../shared/contract/incidents';
import { DraftRestored } from '../../components/form/DraftRestored';
import { draftWhat } from '../../components/form/draftText';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { useFormDraft } from '../../components/form/useFormDraft';
import { useFormProblem } from '../../components/form/useFormProblem';
import { PageHeader } from '../../components/PageHeader';
import { ScrollPage } from '../../components/ScrollPage';
import { toUiError } from '../../lib/errors';
import { useAuthStore } from '../../stores/useAuthStore';
import { useIncidentsStore } from '../../stores/useIncidentsStore';
import { useSessionStore } from '../../stores/useSessionStore';
import { useUiStore } from '../../stores/useUiStore';
import { IncidentFields } from './IncidentFields';
import { IncidentFormSchema, newIncidentForm, toIncidentFormPath, type IncidentFormValues } from './incidentForm';

const NEW_INCIDENT = { kind: 'newIncident', incidentId: null } as const;

export function NewIncidentPage() {
  // The logged-in account is who records; a register opened without the vault keeps the foundation's officer.
  const account = useAuthStore((s) => s.auth?.account ?? null);
  const sessionOfficer = useSessionStore((s) => s.session?.officer ?? null);
  const officer = account ? { name: account.name, businessUnit: account.businessUnit } : sessionOfficer;
  const loadSession = useSessionStore((s) => s.load);
  const create = useIncidentsStore((s) => s.create);
  const navigate = useUiStore((s) => s.navigate);
  const openIncident = useUiStore((s) => s.openIncident);
  const form = useForm<IncidentFormValues, unknown, NewIncident>({
    resolver: zodResolver(IncidentFormSchema),
    defaultValues: newIncidentForm(officer),
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toIncidentFormPath, 'Correct the highlighted fields, then record the incident again.');
  const draft = useFormDraft(form, NEW_INCIDENT, draftWhat('newIncident', null));

  // Cancelling throws the typed incident away, so it asks first when there is something to lose.
  // Read while rendering: react-hook-form works out only the form state a render has asked for.
  const { isDirty } = form.formState;
  const cancel = () => {
    if (isDirty && !window.confirm('Discard the new incident you were writing? It has not been recorded.')) return;
    draft.discard();
    navigate({ page: 'register' });
  };

  const onSubmit = form.handleSubmit(
    async (incident) => {
      setProblem(null);
      try {
        const created = await draft.submit(() => create(incident));
        // The session's counts decide whether the register shows its empty state.
        void loadSession();
        notifications.show({ color: 'green', message: `Recorded ${created.reference}.` });
        openIncident(created.reference);
      } catch (e) {
        show(toUiError(e));
      }
    },
    () => setProblem('Correct the highlighted fields, then record the incident.'),
  );

  return (
    <form onSubmit={onSubmit} noValidate style={{ display: 'contents' }} aria-label="New incident">
      <PageHeader title="New incident">
        <Button variant="default" onClick={cancel}>
          Cancel
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting}>
          Record incident
        </Button>
      </PageHeader>
      <ScrollPage>
        <DraftRestored at={draft.restoredAt} onDiscard={draft.discard} mb="sm" />
        <ProblemAlert problem={problem} mb="sm" testId="form-problem" />
        <IncidentFields form={form} />
        <Group mt="md">
          <Button type="submit" loading={form.formState.isSubmitting}>
            Record incident
          </Button>
        </Group>
      </ScrollPage>
    </form>
  );
}
