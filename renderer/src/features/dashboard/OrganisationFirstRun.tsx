import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useMayCall } from '../../lib/access';
import { useSettingsStore } from '../../stores/useSettingsStore';
import { OrganisationForm } from '../settings/OrganisationForm';

/**
 * Asked once, at first run: the organisation's details that every ICO draft and letter needs (part 10,
 * "About you"). Shown to an administrator while the organisation has no name, until filled in or put off
 * ("Later" puts it away while the dashboard is open; Settings → Organisation holds the same form).
 */
export function OrganisationFirstRun() {
  const mayAnswer = useMayCall('organisation:update');
  const organisation = useSettingsStore((s) => s.organisation);
  const load = useSettingsStore((s) => s.loadOrganisation);
  const [isPutOff, setPutOff] = useState(false);

  useEffect(() => {
    if (mayAnswer) void load();
  }, [mayAnswer, load]);

  if (!mayAnswer || isPutOff || organisation === null || organisation.name.trim() !== '') return null;
  return (
    <Paper withBorder p="md" m="md" maw={1100} data-testid="organisation-first-run">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4">
            Your organisation’s details for the ICO report
          </Title>
          <Button variant="subtle" size="compact-sm" onClick={() => setPutOff(true)}>
            Later
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Asked once: every ICO notification draft and letter gives them, so no report asks for them again.
        </Text>
        <OrganisationForm />
      </Stack>
    </Paper>
  );
}
