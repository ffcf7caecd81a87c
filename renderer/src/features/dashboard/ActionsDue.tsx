import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { ACTION_KIND_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDate, formatUkDateTime } from '../../../../shared/time/ukTime';
import { useNow } from '../../lib/useNow';
import { useUiStore } from '../../stores/useUiStore';
import { isActionOverdue } from '../actions/actionForm';
import { Panel } from './Panel';

/** Actions overdue or due within a week, each opening its incident's Actions tab. */
export function ActionsDue({ dashboard }: { dashboard: Dashboard }) {
  const now = useNow(30_000);
  const openIncident = useUiStore((s) => s.openIncident);
  const more = dashboard.actionsDueTotal - dashboard.actionsDue.length;
  return (
    <Panel
      title="Actions due"
      testId="panel-actions"
      extra={
        <Text size="xs" c="dimmed">
          Overdue or due within 7 days
        </Text>
      }
    >
      {dashboard.actionsDue.length === 0 ? (
        <Text size="sm" c="dimmed" py="xs">
          No action is overdue or due in the next 7 days.
        </Text>
      ) : (
        <Stack gap={0}>
          {dashboard.actionsDue.map(({ action, reference }) => {
            const isOverdue = isActionOverdue(action, now);
            return (
              <UnstyledButton
                key={action.id}
                onClick={() => openIncident(reference, 'actions')}
                data-testid="action-due"
                className="casebook-row-button"
                aria-label={`${reference}: ${action.description}, due ${action.dueAt === null ? 'no date' : formatUkDateTime(action.dueAt)}`}
              >
                <Group gap="sm" wrap="nowrap" py={5} px={4}>
                  <Group gap={6} w={158} wrap="nowrap" style={{ flexShrink: 0 }}>
                    <Text size="sm" c={isOverdue ? 'red.7' : undefined} fw={isOverdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
                      {action.dueAt === null ? '—' : formatUkDate(action.dueAt)}
                    </Text>
                    {isOverdue && (
                      <Badge color="red" variant="filled" size="xs" style={{ flexShrink: 0 }}>
                        Overdue
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" ff="monospace" c="dimmed" style={{ flexShrink: 0 }}>
                    {reference}
                  </Text>
                  <Text size="sm" truncate style={{ flex: 1 }} title={action.description}>
                    {action.description}
                  </Text>
                  <Text size="xs" c="dimmed" maw={140} truncate title={`${ACTION_KIND_LABELS[action.kind]} action${action.owner ? `, owner ${action.owner}` : ''}`}>
                    {action.owner || ACTION_KIND_LABELS[action.kind]}
                  </Text>
                </Group>
              </UnstyledButton>
            );
          })}
          {more > 0 && (
            <Text size="xs" c="dimmed" pt={4}>
              and {more.toLocaleString('en-GB')} more
            </Text>
          )}
        </Stack>
      )}
    </Panel>
  );
}
