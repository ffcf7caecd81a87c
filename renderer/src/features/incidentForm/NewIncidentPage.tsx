import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import type { NewIncident } from '../../../../shared/contract/incidents';
import { ProblemAlert } from '../../components/form/ProblemAlert';
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

  const onSubmit = form.handleSubmit(
    async (incident) => {
      setProblem(null);
      try {
        const created = await create(incident);
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
        <Button variant="default" onClick={() => navigate({ page: 'register' })}>
          Cancel
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting}>
          Record incident
        </Button>
      </PageHeader>
      <ScrollPage>
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
