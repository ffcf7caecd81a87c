import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { useEffect } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useIncidentsStore } from '../../stores/useIncidentsStore';
import { useMayCall } from '../../lib/access';
import { useSessionStore } from '../../stores/useSessionStore';
import { useUiStore } from '../../stores/useUiStore';
import { RegisterExportButton } from '../reports/RegisterExportDialog';
import { EmptyRegister } from './EmptyRegister';
import { RegisterTable } from './RegisterTable';
import { RegisterToolbar } from './RegisterToolbar';

/** Home: every incident, searchable, filterable and sortable. */
export function RegisterPage() {
  const navigate = useUiStore((s) => s.navigate);
  const mayCreate = useMayCall('incidents:create');
  const status = useIncidentsStore((s) => s.status);
  const error = useIncidentsStore((s) => s.error);
  const rowCount = useIncidentsStore((s) => s.rows.length);
  const reload = useIncidentsStore((s) => s.reload);
  const isDatabaseEmpty = useSessionStore((s) => s.session?.incidentCount === 0);

  // The register is re-read each time it is shown: the officer may have just changed an incident.
  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <>
      <PageHeader title="Register">
        {!isDatabaseEmpty && <RegisterExportButton />}
        {mayCreate && <Button onClick={() => navigate({ page: 'newIncident' })}>New incident</Button>}
      </PageHeader>
      {isDatabaseEmpty ? (
        <EmptyRegister />
      ) : (
        <>
          <RegisterToolbar />
          {error && (
            <Alert color="red" variant="light" m="md" title="The register could not be loaded">
              {error.message}{' '}
              <Button variant="subtle" size="compact-xs" onClick={() => void reload()}>
                Try again
              </Button>
            </Alert>
          )}
          {status === 'loading' && rowCount === 0 ? (
            <Center py="xl">
              <Loader size="sm" />
            </Center>
          ) : status === 'ready' && rowCount === 0 ? (
            <Text c="dimmed" size="sm" p="md" data-testid="register-no-match">
              No incidents match this search and these filters.
            </Text>
          ) : (
            <RegisterTable />
          )}
        </>
      )}
    </>
  );
}
