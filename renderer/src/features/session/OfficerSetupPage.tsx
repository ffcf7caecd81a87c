import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { OfficerForm } from './OfficerForm';

/** First run: every audit entry, note and decision names the officer, so Casebook asks who they are. */
export function OfficerSetupPage() {
  return (
    <Center h="100%" bg="gray.0">
      <Paper withBorder p="lg" w={420} shadow="xs">
        <Stack gap="sm">
          <Title order={1}>Welcome to Casebook</Title>
          <Text size="sm" c="dimmed">
            Casebook records who makes every change. Enter the name of the officer using this laptop.
          </Text>
          <OfficerForm initial={null} submitLabel="Continue" autoFocus />
        </Stack>
      </Paper>
    </Center>
  );
}
