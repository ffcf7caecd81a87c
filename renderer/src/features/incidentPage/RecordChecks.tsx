import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { useIncidentStore } from '../../stores/useIncidentStore';

/** Field names as the incident page labels them, for the date checks. */
const DATE_LABELS: Record<string, string> = {
  occurredAt: 'Occurred',
  reportedAt: 'Reported',
  regulatorNotifiedAt: 'ICO notified',
  regulatorDecidedAt: 'Regulator decision',
  subjectsDecidedAt: 'Data-subject decision',
  subjectsToldAt: 'People told',
  containedAt: 'Contained',
};

/**
 * What the register flags on a record rather than refusing it: dates recorded before the date
 * rules that break one, and decisions awaiting review after a re-assessment into another band, which the
 * officer confirms here or changes on the Decisions tab.
 */
export function RecordChecks({ incident }: { incident: IncidentRecord }) {
  const mayConfirm = useMayCall('incidents:confirmDecisions');
  const confirmDecisions = useIncidentStore((s) => s.confirmDecisions);
  const [confirming, setConfirming] = useState(false);
  const confirm = async () => {
    setConfirming(true);
    try {
      await confirmDecisions();
    } catch (e) {
      notifications.show({ color: 'red', title: 'The decisions were not confirmed', message: toUiError(e).message });
    } finally {
      setConfirming(false);
    }
  };
  return (
    <>
      {incident.dateChecks.length > 0 && (
        <Text size="xs" c="orange.8" data-testid="date-checks">
          <b>Check these dates:</b> {incident.dateChecks.map((c) => `${DATE_LABELS[c.path] ?? c.path} — ${c.message}`).join('; ')}.
        </Text>
      )}
      {incident.decisionsNeedReview && (
        <Alert color="orange" variant="light" p="xs" data-testid="decisions-review">
          <Group justify="space-between" wrap="nowrap">
            <Text size="xs">
              Re-assessed into another severity band since the regulator and data-subject decisions were recorded: confirm them, or change them on the Decisions tab.
            </Text>
            {mayConfirm && incident.status !== 'closed' && (
              <Button size="compact-xs" variant="light" color="orange" loading={confirming} onClick={() => void confirm()}>
                Confirm decisions
              </Button>
            )}
          </Group>
        </Alert>
      )}
    </>
  );
}
