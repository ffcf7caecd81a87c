import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { formatUkDate, formatUkDateTime } from '../../../../shared/time/ukTime';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRetentionStore } from '../../stores/useRetentionStore';

const KIND_LABELS = { backup: 'Backup', pre_migration: 'Copy before an upgrade', set_aside: 'Register set aside by a restore', report: 'Exported report' } as const;

/**
 * Copies of the register's data outside the live file, which an erasure cannot reach: listed with their
 * dates; those Casebook made in its own folders deleted in one action. Backups and reports sit wherever they
 * were saved, so they are listed for the administrator to deal with.
 */
export function OutsideCopies() {
  const copies = useRetentionStore((s) => s.copies);
  const loadCopies = useRetentionStore((s) => s.loadCopies);
  const deleteCopies = useRetentionStore((s) => s.deleteCopies);
  const [isConfirming, setConfirming] = useState(false);
  useEffect(() => {
    void loadCopies();
  }, [loadCopies]);
  if (!copies) return null;
  const deletable = copies.copies.filter((c) => c.canDelete).length;
  return (
    <Stack gap="xs" data-testid="outside-copies">
      <Text size="sm">
        {copies.lastErasureAt === null
          ? 'Nothing has been erased yet.'
          : `The last erasure was on ${formatUkDateTime(copies.lastErasureAt)}: copies made before it still hold what it erased.`}{' '}
        Solid-state drives may keep old blocks even after a file is deleted.
      </Text>
      {copies.copies.length === 0 ? (
        <Text size="sm" c="dimmed">
          No copies are known.
        </Text>
      ) : (
        <Table verticalSpacing={2}>
          <Table.Tbody>
            {copies.copies.map((c) => (
              <Table.Tr key={`${c.kind}-${c.name}-${c.madeAt}`}>
                <Table.Td>{KIND_LABELS[c.kind]}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {c.name}
                  </Text>
                </Table.Td>
                <Table.Td>{formatUkDate(c.madeAt)}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {c.canDelete ? 'In Casebook’s folder' : 'Where it was saved'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button color="red" variant="light" disabled={deletable === 0} onClick={() => setConfirming(true)}>
          Delete Casebook’s copies ({deletable})
        </Button>
      </Group>
      {isConfirming && (
        <ConfirmDialog
          title="Delete Casebook’s copies?"
          message={`This overwrites and deletes ${deletable} ${deletable === 1 ? 'copy' : 'copies'} Casebook made of the register in its own folder. The deletion is recorded in the audit trail.`}
          confirmLabel="Delete copies"
          onConfirm={async () => {
            const deleted = await deleteCopies();
            notifications.show({ message: `${deleted.length} ${deleted.length === 1 ? 'copy' : 'copies'} deleted.` });
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
