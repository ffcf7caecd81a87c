import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { toUiError } from '../../lib/errors';
import { useEvidenceStore, type EvidenceItem } from '../../stores/useEvidenceStore';

/** Removing an attached file needs a reason, which its custody keeps with who removed it and when. */
export function RemoveEvidenceDialog({ item, onClose }: { item: EvidenceItem; onClose: () => void }) {
  const remove = useEvidenceStore((s) => s.remove);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await remove(item.id, reason);
      onClose();
    } catch (e) {
      setProblem(toUiError(e).message);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Remove ${item.fileName}`} size="md">
      <Stack gap="sm">
        <Text size="sm">
          The file leaves this incident. Its record of custody stays, with your reason; the file itself is erased from the register unless another incident keeps it too.
        </Text>
        <Textarea
          label="Why it is removed"
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          error={problem}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={isBusy} onClick={() => void confirm()}>
            Remove the file
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
