import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMayCall } from '../../lib/access';
import { toUiError } from '../../lib/errors';
import { useIncidentsStore } from '../../stores/useIncidentsStore';
import { useSessionStore } from '../../stores/useSessionStore';
import { useUiStore } from '../../stores/useUiStore';
import { ProblemAlert } from '../../components/form/ProblemAlert';

/** An empty database: start recording, or load demo incidents drawn from real reported cases. */
export function EmptyRegister() {
  const loadDemo = useSessionStore((s) => s.loadDemo);
  const reload = useIncidentsStore((s) => s.reload);
  const navigate = useUiStore((s) => s.navigate);
  const mayRecord = useMayCall('incidents:create');
  const [isLoading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onLoadDemo = async () => {
    setLoading(true);
    setProblem(null);
    try {
      const added = await loadDemo();
      await reload();
      notifications.show({
        color: 'pink',
        message: `Loaded ${added.incidents} demo incidents and ${added.parties} demo parties. Remove them in Settings when you are done.`,
      });
    } catch (e) {
      setProblem(toUiError(e).message);
      setLoading(false);
    }
  };

  return (
    <Stack p="xl" align="center">
      <Paper withBorder p="lg" maw={560} data-testid="empty-register">
        <Stack gap="sm">
          <Title order={2}>No incidents recorded yet</Title>
          <Text size="sm">Record the first incident, or load demo incidents to see how Casebook works.</Text>
          <Text size="sm" c="dimmed">
            The demo incidents are based on published cases: emails for the US military (.mil) sent to Mali (.ml), papers left at a bus stop, documents left in the Kabul
            embassy, and applicants copied in on one email. They are marked “Demo” everywhere and can be removed in one step from Settings.
          </Text>
          <ProblemAlert problem={problem} />
          {mayRecord ? (
            <Group gap="xs">
              <Button onClick={() => navigate({ page: 'newIncident' })}>New incident</Button>
              <Button variant="default" loading={isLoading} onClick={() => void onLoadDemo()}>
                Load demo incidents
              </Button>
            </Group>
          ) : (
            <Text size="sm" fw={500}>
              Your account reads the register; an officer or administrator records incidents.
            </Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
