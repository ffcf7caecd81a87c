import { Alert, Box, Button, Center, Loader, Text } from '@mantine/core';
import { useEffect } from 'react';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { PageHeader } from '../../components/PageHeader';
import { useDashboardStore } from '../../stores/useDashboardStore';
import { useSessionStore } from '../../stores/useSessionStore';
import { EmptyRegister } from '../register/EmptyRegister';
import { DashboardBody } from './DashboardBody';
import { OrganisationFirstRun } from './OrganisationFirstRun';

/** Home: what is open, what is running out, what is due, and how fast the department responds. */
export function DashboardPage() {
  const { dashboard, status, error, loadedAt } = useDashboardStore();
  const load = useDashboardStore((s) => s.load);
  const incidentCount = useSessionStore((s) => s.session?.incidentCount ?? 0);

  // Re-read whenever the dashboard is shown or the number of incidents changes (e.g. demo data loaded).
  useEffect(() => {
    if (incidentCount > 0) void load();
  }, [load, incidentCount]);

  return (
    <>
      <PageHeader title="Dashboard">
        {loadedAt !== null && (
          <Text size="xs" c="dimmed">
            As of {formatUkDateTime(loadedAt)}
          </Text>
        )}
        {incidentCount > 0 && (
          <Button variant="default" onClick={() => void load()} loading={status === 'loading'}>
            Refresh
          </Button>
        )}
      </PageHeader>
      <OrganisationFirstRun />
      {incidentCount === 0 ? (
        <EmptyRegister />
      ) : (
        <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <Box p="md" maw={1280}>
            {error && (
              <Alert color="red" variant="light" mb="sm" title="The dashboard could not be loaded">
                {error.message}
              </Alert>
            )}
            {!dashboard ? (
              status === 'loading' && (
                <Center py="xl">
                  <Loader size="sm" aria-label="Loading the dashboard" />
                </Center>
              )
            ) : (
              <DashboardBody dashboard={dashboard} />
            )}
          </Box>
        </Box>
      )}
    </>
  );
}
