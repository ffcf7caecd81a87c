import { Alert, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Action } from '../../../../shared/contract/actions';
import { ACTION_KIND_LABELS, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { ActionDialog } from './ActionDialog';
import { dueDateToText, isActionOverdue } from './actionForm';

const STATUS_COLOURS = { open: 'blue', in_progress: 'indigo', done: 'green', cancelled: 'gray' } as const satisfies Record<ActionStatus, string>;

type Dialog = { action: Action | null } | null;

/** Containment, recovery and preventive actions: who does what by when; the overdue ones stand out. */
export function ActionsTab({ incident }: { incident: IncidentRecord }) {
  const actions = useInvestigationStore((s) => s.actions);
  const hasConflict = useInvestigationStore((s) => s.hasActionConflict);
  const loadActions = useInvestigationStore((s) => s.loadActions);
  const now = useNow(30_000);
  const [dialog, setDialog] = useState<Dialog>(null);
  const isClosed = incident.status === 'closed';
  const mayAdd = useMayCall('actions:add');
  const mayEdit = useMayCall('actions:update');
  const overdue = actions.items.filter((a) => isActionOverdue(a, now)).length;
  const open = actions.items.filter((a) => a.status === 'open' || a.status === 'in_progress').length;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="actions-summary">
          {actions.items.length === 0
            ? 'No actions yet.'
            : `${open} to do${overdue > 0 ? `, ${overdue} overdue` : ''}; ${actions.items.length - open} done or cancelled.`}
        </Text>
        {!isClosed && (mayAdd ? <Button onClick={() => setDialog({ action: null })}>Add action</Button> : <ReadOnlyNote what="the actions" />)}
      </Group>
      {hasConflict && (
        <Alert color="orange" variant="light" py={6} data-testid="action-conflict">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              Someone changed this action since you opened it, so your change was not saved. Reload to see the latest version, then make your change again.
            </Text>
            <Button size="xs" color="orange" onClick={() => void loadActions()}>
              Reload
            </Button>
          </Group>
        </Alert>
      )}
      {actions.error && (
        <Alert color="red" variant="light">
          {actions.error.message}
        </Alert>
      )}
      {actions.status === 'ready' && actions.items.length === 0 ? (
        <Text size="sm" c="dimmed" py="xs">
          Plan what will stop the harm (containment, e.g. recall the email, ask recipients to delete it), put things right (recovery) and stop it happening again
          (preventive).
        </Text>
      ) : (
        actions.items.length > 0 && (
          <Table highlightOnHover data-testid="actions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>Kind</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th w={160}>Owner</Table.Th>
                <Table.Th w={196}>Due</Table.Th>
                <Table.Th w={110}>Status</Table.Th>
                <Table.Th w={130}>
                  <VisuallyHidden>Change</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {actions.items.map((action) => (
                <ActionRow key={action.id} action={action} isOverdue={isActionOverdue(action, now)} onEdit={isClosed || !mayEdit ? null : () => setDialog({ action })} />
              ))}
            </Table.Tbody>
          </Table>
        )
      )}
      {dialog && <ActionDialog action={dialog.action} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

/** onEdit is null where the incident is closed or the account may not change actions: no Done, no Edit. */
function ActionRow({ action, isOverdue, onEdit }: { action: Action; isOverdue: boolean; onEdit: (() => void) | null }) {
  const updateAction = useInvestigationStore((s) => s.updateAction);
  const [isBusy, setBusy] = useState(false);
  const isDone = action.status === 'done' || action.status === 'cancelled';

  const markDone = async () => {
    setBusy(true);
    try {
      await updateAction(action.id, action.version, { status: 'done' });
    } catch (e) {
      const error = toUiError(e);
      if (error.code !== 'CONFLICT') notifications.show({ color: 'red', title: 'Not saved', message: error.message, autoClose: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    // A done action steps back on a grey ground rather than fading, so its text stays readable.
    <Table.Tr data-testid="action-row" data-overdue={isOverdue || undefined} bg={isDone ? 'gray.0' : undefined}>
      <Table.Td>
        <Text size="sm">{ACTION_KIND_LABELS[action.kind]}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', textDecoration: action.status === 'cancelled' ? 'line-through' : undefined }}>
          {action.description}
        </Text>
        {action.completedAt !== null && (
          <Text size="xs" c="dimmed">
            Done {formatUkDateTime(action.completedAt)} ({action.updatedBy})
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{action.owner || '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" c={isOverdue ? 'red.7' : undefined} fw={isOverdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
            {action.dueAt === null ? '—' : dueDateToText(action.dueAt)}
          </Text>
          {isOverdue && (
            <Badge color="red" variant="filled" size="xs" style={{ flexShrink: 0 }}>
              Overdue
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOURS[action.status]} variant="light">
          {ACTION_STATUS_LABELS[action.status]}
        </Badge>
      </Table.Td>
      <Table.Td>
        {onEdit && (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {!isDone && (
              <Button variant="subtle" size="compact-xs" loading={isBusy} onClick={() => void markDone()} aria-label={`Mark done: ${action.description}`}>
                Done
              </Button>
            )}
            <Button variant="subtle" size="compact-xs" onClick={onEdit} aria-label={`Edit action: ${action.description}`}>
              Edit
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
