import { Badge, Group } from '@mantine/core';
import { useNow } from '../../lib/useNow';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { isActionOverdue } from './actionForm';

/** "Actions (4)" with a red count of the overdue ones, so they show from any tab. */
export function ActionsTabLabel() {
  const now = useNow(30_000);
  const items = useInvestigationStore((s) => s.actions.items);
  const open = items.filter((a) => a.status === 'open' || a.status === 'in_progress').length;
  const overdue = items.filter((a) => isActionOverdue(a, now)).length;
  return (
    <Group gap={6} wrap="nowrap">
      <span>Actions ({open.toLocaleString('en-GB')})</span>
      {overdue > 0 && (
        <Badge color="red" variant="filled" size="xs" data-testid="actions-overdue-count">
          {overdue} overdue
        </Badge>
      )}
    </Group>
  );
}
