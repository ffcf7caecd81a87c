import { Text } from '@mantine/core';

/** Placeholder wired into the shell; the email issue's UI replaces it. */
export function GatewayImportPage() {
  return <Text c="dimmed">Coming in this change.</Text>;
}
