import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { toUiError } from '../../lib/errors';

/** A legal hold's reason (a claim, an ICO investigation, an inquiry): the incident is then never due and cannot be erased. */
export function LegalHoldDialog({ reference, onHold, onClose }: { reference: string; onHold: (reason: string) => Promise<void>; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const place = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onHold(reason);
      onClose();
    } catch (e) {
      setProblem(toUiError(e).message);
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Put ${reference} on legal hold`} size="md">
      <Stack gap="sm">
        <TextInput
          label="Why it must be kept"
          description="A claim, an ICO investigation, an inquiry"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <ProblemAlert problem={problem} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={isBusy} onClick={() => void place()}>
            Place hold
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
