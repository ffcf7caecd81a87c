import { Text } from '@mantine/core';
import type { IncidentRecord } from '../../lib/contractTypes';
/** Placeholder wired into the shell; the email issue's UI replaces it. */
export function EmailTab(_props: { incident: IncidentRecord }) {
  return <Text c="dimmed">Coming in this change.</Text>;
}
