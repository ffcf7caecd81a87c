import { Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { INCIDENT_STATUS_LABELS, INCIDENT_STATUSES, type IncidentStatus } from '../../../../shared/domain/vocabulary';
import { StatusBadge } from '../../components/StatusBadge';
import { useUiStore } from '../../stores/useUiStore';

const OPEN_STATUSES = INCIDENT_STATUSES.filter((s) => s !== 'closed');

/** The open incidents, in all and by status; each count opens the register filtered to them. */
export function OpenIncidents({ dashboard }: { dashboard: Dashboard }) {
  const navigate = useUiStore((s) => s.navigate);
  const counts = new Map(dashboard.openByStatus.map((s) => [s.status, s.count]));
  const total = OPEN_STATUSES.reduce((n, s) => n + (counts.get(s) ?? 0), 0);
  const showRegister = (statuses: IncidentStatus[]) => navigate({ page: 'register', filter: { statuses, kinds: [], markings: [], text: '' } });

  return (
    <Paper withBorder p="sm" data-testid="metric-open" component="section" aria-label="Open incidents">
      <Group justify="space-between" align="baseline">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
          Open incidents
        </Text>
        <UnstyledButton onClick={() => showRegister([...OPEN_STATUSES])} aria-label={`Show all ${total} open incidents in the register`}>
          <Text fz={24} fw={700} data-testid="metric-open-value">
            {total.toLocaleString('en-GB')}
          </Text>
        </UnstyledButton>
      </Group>
      <Stack gap={2} mt={4}>
        {OPEN_STATUSES.map((s) => (
          <UnstyledButton
            key={s}
            onClick={() => showRegister([s])}
            aria-label={`${INCIDENT_STATUS_LABELS[s]}: ${counts.get(s) ?? 0} — show them in the register`}
            data-testid={`open-${s}`}
            className="casebook-row-button"
          >
            <Group justify="space-between" px={4} py={1}>
              <StatusBadge status={s} />
              <Text size="sm" fw={500}>
                {(counts.get(s) ?? 0).toLocaleString('en-GB')}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
