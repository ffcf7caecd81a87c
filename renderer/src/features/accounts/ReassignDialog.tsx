import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { toUiError } from '../../lib/errors';
import { useAccountsStore } from '../../stores/useAccountsStore';

type Props = { from: string; openWork: { incidents: number; actions: number }; onClose: () => void };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Offered after a removal: the removed account's open incidents and actions, handed to another account (each change audited). */
export function ReassignDialog({ from, openWork, onClose }: Props) {
  const accounts = useAccountsStore((s) => s.accounts);
  const handOver = useAccountsStore((s) => s.reassign);
  const [to, setTo] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const what = [
    openWork.incidents > 0 && plural(openWork.incidents, 'open incident', 'open incidents'),
    openWork.actions > 0 && plural(openWork.actions, 'open action', 'open actions'),
  ]
    .filter(Boolean)
    .join(' and ');

  const reassign = async () => {
    if (!to) return setProblem('Choose the account to hand the work to.');
    setBusy(true);
    setProblem(null);
    try {
      const moved = await handOver(from, to);
      notifications.show({ message: `${plural(moved.incidents, 'incident', 'incidents')} and ${plural(moved.actions, 'action', 'actions')} now belong to ${to}.` });
      onClose();
    } catch (e) {
      setProblem(toUiError(e).message);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`${from} still owns ${what}`} size="md">
      <Stack gap="sm">
        <Text size="sm">Hand them to another account so nothing is left without an owner. Each change is recorded in the audit trail.</Text>
        <Select
          label="Hand to"
          placeholder="Choose an account"
          data={accounts.filter((a) => a.name !== from).map((a) => a.name)}
          value={to}
          onChange={setTo}
          allowDeselect={false}
          data-testid="reassign-to"
        />
        <ProblemAlert problem={problem} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Later
          </Button>
          <Button loading={isBusy} onClick={() => void reassign()}>
            Hand over
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
