import { Alert, Badge, Box, Button, Center, Group, Loader, Paper, Progress, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { computeClocks, DEFAULT_INTERNAL_REPORT_HOURS, REGULATOR_HOURS } from '../../../../shared/domain/clocks';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { ACTION_KIND_LABELS, INCIDENT_STATUS_LABELS, INCIDENT_STATUSES, type IncidentStatus } from '../../../../shared/domain/vocabulary';
import { formatUkDate, formatUkDateTime } from '../../../../shared/time/ukTime';
import { PageHeader } from '../../components/PageHeader';
import { SeverityBadge } from '../../components/SeverityBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { useNow } from '../../lib/useNow';
import { useDashboardStore, DASHBOARD_MONTHS } from '../../stores/useDashboardStore';
import { useIncidentsStore } from '../../stores/useIncidentsStore';
import { useSessionStore } from '../../stores/useSessionStore';
import { useUiStore } from '../../stores/useUiStore';
import { isActionOverdue } from '../actions/actionForm';
import { ClockChip } from '../clocks/ClockChip';
import { registerClock } from '../clocks/clockView';
import { EmptyRegister } from '../register/EmptyRegister';
import { formatMeanHours, shareText } from './dashboardView';

// The charting library is most of the bundle's weight: it loads (from the app's own files) when first shown.
const IncidentsByMonthChart = lazy(() => import('./IncidentsByMonthChart').then((m) => ({ default: m.IncidentsByMonthChart })));

const OPEN_STATUSES = INCIDENT_STATUSES.filter((s) => s !== 'closed');

/** Home: what is open, what is running out, what is due, and how fast the department responds. */
export function DashboardPage() {
  const { dashboard, status, error, loadedAt } = useDashboardStore();
  const load = useDashboardStore((s) => s.load);
  const incidentCount = useSessionStore((s) => s.session?.incidentCount ?? 0);

  // Re-read whenever the dashboard is shown or the number of incidents changes (e.g. demo data loaded).
  useEffect(() => {
    if (incidentCount > 0) void load();
  }, [load, incidentCount]);

  return (
    <>
      <PageHeader title="Dashboard">
        {loadedAt !== null && (
          <Text size="xs" c="dimmed">
            As of {formatUkDateTime(loadedAt)}
          </Text>
        )}
        {incidentCount > 0 && (
          <Button variant="default" onClick={() => void load()} loading={status === 'loading'}>
            Refresh
          </Button>
        )}
      </PageHeader>
      {incidentCount === 0 ? (
        <EmptyRegister />
      ) : (
        <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <Box p="md" maw={1280}>
            {error && (
              <Alert color="red" variant="light" mb="sm" title="The dashboard could not be loaded">
                {error.message}
              </Alert>
            )}
            {!dashboard ? (
              status === 'loading' && (
                <Center py="xl">
                  <Loader size="sm" aria-label="Loading the dashboard" />
                </Center>
              )
            ) : (
              <DashboardBody dashboard={dashboard} />
            )}
          </Box>
        </Box>
      )}
    </>
  );
}

function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const period = `Incidents discovered ${formatUkDate(dashboard.since)} – ${formatUkDate(dashboard.until)}`;
  return (
    <Stack gap="md">
      <SimpleGrid cols={4} spacing="md">
        <OpenIncidents dashboard={dashboard} />
        <Metric
          testId="metric-within-72h"
          label={`ICO notifications within ${REGULATOR_HOURS} h`}
          value={shareText(dashboard.regulatorNotifications)}
          hint={period}
          progress={
            dashboard.regulatorNotifications.total > 0
              ? (dashboard.regulatorNotifications.within72h / dashboard.regulatorNotifications.total) * 100
              : null
          }
        />
        <Metric
          testId="metric-containment"
          label="Mean time, awareness to containment"
          value={formatMeanHours(dashboard.meanHoursToContainment)}
          hint={period}
        />
        <Metric
          testId="metric-to-regulator"
          label="Mean time, awareness to ICO notification"
          value={formatMeanHours(dashboard.meanHoursToRegulator)}
          hint={period}
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <RegulatorClocks dashboard={dashboard} />
        <ActionsDue dashboard={dashboard} />
      </SimpleGrid>
      <Panel title={`Incidents by kind per month — last ${DASHBOARD_MONTHS} months`} testId="panel-by-month">
        <Suspense fallback={<Center h={280}><Loader size="sm" aria-label="Drawing the chart" /></Center>}>
          <IncidentsByMonthChart dashboard={dashboard} />
        </Suspense>
      </Panel>
    </Stack>
  );
}

function Panel({ title, children, testId, extra }: { title: string; children: React.ReactNode; testId: string; extra?: React.ReactNode }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} component="section" aria-label={title}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Title order={2} size="h3">
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Paper>
  );
}

function Metric({ label, value, hint, progress, testId }: { label: string; value: string; hint: string; progress?: number | null; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} component="section" aria-label={label}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text fz={24} fw={700} mt={4} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {progress != null && <Progress value={progress} size="sm" mt={4} color={progress >= 90 ? 'green' : progress >= 60 ? 'yellow' : 'red'} aria-hidden />}
      <Text size="xs" c="dimmed" mt={6}>
        {hint}
      </Text>
    </Paper>
  );
}

function OpenIncidents({ dashboard }: { dashboard: Dashboard }) {
  const navigate = useUiStore((s) => s.navigate);
  const setFilter = useIncidentsStore((s) => s.setFilter);
  const counts = new Map(dashboard.openByStatus.map((s) => [s.status, s.count]));
  const total = OPEN_STATUSES.reduce((n, s) => n + (counts.get(s) ?? 0), 0);
  const showRegister = (statuses: IncidentStatus[]) => {
    setFilter({ statuses, kinds: [], markings: [], text: '' });
    navigate({ page: 'register' });
  };

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

function RegulatorClocks({ dashboard }: { dashboard: Dashboard }) {
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
              regulatorNotifiedAt: null,
              internalReportHours: DEFAULT_INTERNAL_REPORT_HOURS,
              reportedAt: null,
              subjectsHighRisk: false,
              subjectsNotify: null,
              subjectsNotifiedAt: null,
            });
            return (
              <UnstyledButton
                key={c.id}
                onClick={() => openIncident(c.id, 'notifications')}
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
                      detail={`${regulator.label}. Due ${regulator.dueAt ? formatUkDateTime(regulator.dueAt) : ''}, 72 hours after awareness (${formatUkDateTime(c.discoveredAt)}).`}
                    />
                  </Box>
                  <Text size="xs" ff="monospace" c="dimmed" style={{ flexShrink: 0 }}>
                    {c.reference}
                  </Text>
                  <Text size="sm" truncate style={{ flex: 1 }} title={c.title}>
                    {c.title}
                  </Text>
                  {c.severityBand && <SeverityBadge band={c.severityBand} size="xs" />}
                  <Text size="xs" c="dimmed" w={90} ta="right" style={{ flexShrink: 0 }}>
                    {c.regulatorNotify === true ? 'To notify' : 'Undecided'}
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

function ActionsDue({ dashboard }: { dashboard: Dashboard }) {
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
                onClick={() => openIncident(action.incidentId, 'actions')}
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
