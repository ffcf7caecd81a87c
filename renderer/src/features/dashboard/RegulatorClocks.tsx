import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { computeClocks, DEFAULT_INTERNAL_REPORT_HOURS, regulatorDueAt } from '../../../../shared/domain/clocks';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { formatUkDeadline } from '../../../../shared/time/ukTime';
import { SeverityBadge } from '../../components/SeverityBadge';
import { useNow } from '../../lib/useNow';
import { useUiStore } from '../../stores/useUiStore';
import { ClockChip } from '../clocks/ClockChip';
import { registerClock } from '../clocks/clockView';
import { Panel } from './Panel';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

/** Open incidents whose 72 hours to the ICO are running or spent, each opening on its Notifications tab. */
export function RegulatorClocks({ dashboard }: { dashboard: Dashboard }) {
  const now = useNow(30_000);
  const openIncident = useUiStore((s) => s.openIncident);
  const more = dashboard.regulatorClocksTotal - dashboard.regulatorClocks.length;
  return (
    <Panel
      title="ICO clocks running or overdue"
      testId="panel-clocks"
      extra={
        <Text size="xs" c="dimmed">
          Open incidents without an ICO decision or notification
        </Text>
      }
    >
      {dashboard.regulatorClocks.length === 0 ? (
        <Text size="sm" c="dimmed" py="xs">
          No open incident is waiting on the ICO decision or notification.
        </Text>
      ) : (
        <Stack gap={0}>
          {dashboard.regulatorClocks.map((c) => {
            const { regulator } = computeClocks({
              discoveredAt: c.discoveredAt,
              now,
              regulatorNotify: c.regulatorNotify,
              notNotifying: null,
              regulatorNotifiedAt: null,
              internalReportHours: DEFAULT_INTERNAL_REPORT_HOURS,
              reportedAt: null,
              subjectsHighRisk: false,
              subjectsNotify: null,
              subjectsNotifiedAt: null,
            });
            const span = { from: c.discoveredAt, to: regulatorDueAt(c.discoveredAt) };
            return (
              <UnstyledButton
                key={c.id}
                onClick={() => openIncident(c.reference, 'notifications')}
                data-testid="clock-watch"
                className="casebook-row-button"
                aria-label={`${c.reference} ${c.title}: ${regulator.label}`}
              >
                <Group gap="sm" wrap="nowrap" py={5} px={4}>
                  <Box w={132} style={{ flexShrink: 0 }}>
                    <ClockChip
                      title="ICO"
                      clock={regulator}
                      label={registerClock({ ...c, regulatorNotifiedAt: null }, now).text}
                      testId="clock-watch-chip"
                      detail={`${regulator.label}. Due ${regulator.dueAt ? formatUkDeadline(regulator.dueAt, span) : ''}, 72 hours after awareness (${formatUkDeadline(c.discoveredAt, span)}).`}
                    />
                  </Box>
                  <Text size="xs" ff="monospace" c="dimmed" style={{ flexShrink: 0 }}>
                    {c.reference}
                  </Text>
                  <Text size="sm" truncate style={{ flex: 1 }} title={c.title}>
                    {showHiddenMarks(c.title)}
                  </Text>
                  {c.severityBand && <SeverityBadge band={c.severityBand} size="xs" />}
                  <Text size="xs" c="dimmed" w={90} ta="right" style={{ flexShrink: 0 }}>
                    {c.regulatorNotify === true ? 'To notify' : c.regulatorNotify === false ? 'Decision incomplete' : 'Undecided'}
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
