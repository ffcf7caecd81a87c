import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { IncidentStatus } from '../../../../shared/domain/vocabulary';
import { allowedMoves, isOutcomeRequired, isReasonRequired, moveLabel } from '../../../../shared/domain/workflow';
import { toUiError } from '../../lib/errors';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { TransitionDialog } from './TransitionDialog';

const ORDER: readonly IncidentStatus[] = ['reported', 'triage', 'investigating', 'contained', 'notifying', 'closed'];

/** Only the moves the workflow allows from here; those that need a reason or an outcome ask for it first. */
export function WorkflowActions({ incident }: { incident: IncidentRecord }) {
  const transition = useIncidentStore((s) => s.transition);
  const [pending, setPending] = useState<IncidentStatus | null>(null);
  const [asking, setAsking] = useState<IncidentStatus | null>(null);
  const from = incident.status;

  const move = async (to: IncidentStatus) => {
    if (isReasonRequired(from, to) || isOutcomeRequired(to)) {
      setAsking(to);
      return;
    }
    setPending(to);
    try {
      // The status badge changing is the confirmation; a toast as well would only queue up behind others.
      await transition({ to });
    } catch (e) {
      notifications.show({ color: 'red', title: 'The incident was not moved', message: toUiError(e).message, autoClose: false });
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <Group gap="xs" wrap="nowrap" role="group" aria-label="Workflow">
        {allowedMoves(from).map((to) => {
          const isForward = to !== 'closed' && from !== 'closed' && ORDER.indexOf(to) > ORDER.indexOf(from);
          return (
            <Button
              key={to}
              variant={isForward ? 'filled' : to === 'closed' ? 'outline' : 'default'}
              color={to === 'closed' ? 'dark' : undefined}
              loading={pending === to}
              onClick={() => void move(to)}
            >
              {moveLabel(from, to)}
            </Button>
          );
        })}
      </Group>
      {asking && <TransitionDialog incident={incident} to={asking} onClose={() => setAsking(null)} />}
    </>
  );
}
